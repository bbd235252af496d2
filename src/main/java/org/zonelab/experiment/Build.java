package org.zonelab.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.zonelab.scenario.Sha256;

/**
 * The identity of the running ZoneLab: its version and the SHA-256 of its code. Two runs with the same
 * scenario, seed and build identity give the same numbers; a resumed sweep must have the build
 * identity it started with.
 *
 * <p>The code's SHA-256 is taken over the compiled classes and resources, not over the jar's bytes, so
 * that rebuilding the same sources gives the same identity (a jar's bytes change with its time
 * stamps): each file under {@code org/} in name order, as its name, its length and its bytes. When
 * ZoneLab runs from its jar, the jar manifest's {@code Class-Path} (the names and versions of the
 * libraries it was built with) is hashed too. When it runs from a folder of classes (the tests:
 * {@code target/classes}), the folder's files are hashed in the same way.
 */
public final class Build {
    /** The version of the pom, used when running from classes rather than the jar. */
    public static final String FALLBACK_VERSION = "0.1.0";

    private static final String CODE_ROOT = "org/";

    private Build() {
    }

    /** The running ZoneLab version, e.g. {@code 0.1.0}: the jar manifest's Implementation-Version. */
    public static String version() {
        Package p = Build.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK_VERSION : v;
    }

    /** Hex SHA-256 of the running code (see the class comment); computed once. */
    public static String sha256() {
        return Holder.SHA256;
    }

    /** {@code zonelab <version> (build <first 12 hex digits of sha256>)}. */
    public static String identity() {
        return "zonelab " + version() + " (build " + sha256().substring(0, 12) + ")";
    }

    /**
     * The git commit checked out where the running code was built (the checkout that holds its jar or
     * its classes folder: the launcher runs the jar under the checkout's {@code target/}), or null when
     * the code is not inside a git working tree. It names the commit only: uncommitted changes are not
     * detected here, but they change {@link #sha256()}.
     */
    public static String gitCommit() {
        return Holder.GIT_COMMIT;
    }

    /** Computes the code hash and reads the commit on first use only. */
    private static final class Holder {
        static final String SHA256 = compute();
        static final String GIT_COMMIT = GitHead.commit(location());
    }

    /** The jar or classes folder of the running code. */
    private static Path location() {
        CodeSource source = Build.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot find the code of ZoneLab to identify its build");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot locate the code of ZoneLab: " + source.getLocation(), e);
        }
    }

    private static String compute() {
        Path location = location();
        try {
            return Files.isDirectory(location) ? folderHash(location) : jarHash(location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code of ZoneLab to identify its build", e);
        }
    }

    private static String jarHash(Path jar) throws IOException {
        MessageDigest d = Sha256.digest();
        try (JarFile j = new JarFile(jar.toFile())) {
            TreeMap<String, JarEntry> entries = new TreeMap<>();
            for (Enumeration<JarEntry> e = j.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(CODE_ROOT)) {
                    entries.put(entry.getName(), entry);
                }
            }
            for (JarEntry entry : entries.values()) {
                try (InputStream in = j.getInputStream(entry)) {
                    add(d, entry.getName(), in.readAllBytes());
                }
            }
            String classPath = j.getManifest() == null ? null
                    : j.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath != null) {
                add(d, "Class-Path", classPath.getBytes(StandardCharsets.UTF_8));
            }
        }
        return Sha256.hex(d);
    }

    private static String folderHash(Path root) throws IOException {
        MessageDigest d = Sha256.digest();
        Path code = root.resolve(CODE_ROOT);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(code)) {
            try (Stream<Path> all = Files.walk(code)) {
                all.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        TreeMap<String, Path> byName = new TreeMap<>();
        for (Path f : files) {
            byName.put(root.relativize(f).toString().replace('\\', '/'), f);
        }
        for (var e : byName.entrySet()) {
            add(d, e.getKey(), Files.readAllBytes(e.getValue()));
        }
        return Sha256.hex(d);
    }

    private static void add(MessageDigest d, String name, byte[] bytes) {
        d.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        d.update(bytes);
    }
}
