package org.zonelab.scenario;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zonelab.scenario.Node.ListNode;
import org.zonelab.scenario.Node.MapNode;

/**
 * The zone files that a run's manifest records under {@value ResolvedScenario#ZONE_FILES}, and where
 * they are now. Each is recorded by its absolute path and, since runs record it, by its path relative
 * to the run directory ({@value #RELATIVE}). A project folder moved or copied with its results keeps
 * the second and loses the first, so the files are looked for at both places: the recorded paths when
 * every file there is the one the run read (sha256), else the relative ones when every file there is.
 *
 * @param list  the manifest's list, for messages
 * @param files the list's entries, in order
 */
record RecordedZoneFiles(ListNode list, List<File> files) {
    /** The manifest key of a zone file's path relative to the run directory (the manifest's folder). */
    static final String RELATIVE = "relative_path";

    /**
     * One recorded zone file.
     *
     * @param node     its entry, for messages
     * @param at       its place in the manifest ({@code zone_files[1]})
     * @param path     its absolute path when the run read it
     * @param relative its path relative to the run directory, or null (older manifests, other drives)
     * @param kind     its kind, for the size limit when it is read
     * @param sha256   the SHA-256 of its bytes when the run read it
     */
    record File(MapNode node, String at, String path, String relative, InputFiles.Kind kind, String sha256) {
    }

    /** The manifest's zone files, or null when it records none (a manifest of an older zonelab). */
    static RecordedZoneFiles of(MapNode root) {
        Node n = root.get(ResolvedScenario.ZONE_FILES);
        if (n == null) {
            return null;
        }
        ListNode list = Checks.list(n, ResolvedScenario.ZONE_FILES, "a list of {kind, path, sha256}");
        List<File> files = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String at = ResolvedScenario.ZONE_FILES + "[" + i + "]";
            MapNode f = Checks.map(list.items().get(i), at, "a map {kind, path, sha256}");
            Node relative = f.get(RELATIVE);
            files.add(new File(f, at, Checks.text(required(f, at, "path"), at + ".path"),
                    relative == null || Checks.isNull(relative) ? null : Checks.text(relative, at + "." + RELATIVE),
                    kind(f.get("kind")), Checks.text(required(f, at, "sha256"), at + ".sha256")));
        }
        return new RecordedZoneFiles(list, List.copyOf(files));
    }

    /**
     * Where each recorded file is to be read now, by its recorded path: the recorded paths themselves
     * when they all hold the files the run read; else the paths relative to {@code runDir} when those
     * all do, or when those all exist and the recorded ones do not (so that a changed file is reported
     * where it was found); else the recorded paths. A file that exists at the place chosen but holds
     * other bytes than the run read is refused here, before anything parses it; a missing one is left
     * to the loader, which names it. Each file is read and hashed once per place.
     *
     * @throws ScenarioException with the changed file's place in the manifest
     */
    Map<String, Path> locate(Path runDir) {
        Map<String, Path> recorded = new LinkedHashMap<>();
        Map<String, Path> moved = new LinkedHashMap<>();
        Path base = real(runDir);
        for (File f : files) {
            recorded.put(f.path(), Path.of(f.path()));
            Path there = f.relative() == null ? null : resolve(base, f.relative());
            if (there != null) {
                moved.put(f.path(), there);
            }
        }
        Map<Path, String> hashes = new HashMap<>();
        Map<String, Path> chosen = recorded;
        if (!matches(recorded, hashes) && moved.size() == files.size()
                && (matches(moved, hashes) || allExist(moved) && !allExist(recorded))) {
            chosen = moved;
        }
        for (File f : files) {
            Path place = chosen.get(f.path());
            String now = hashNow(f, place, hashes);
            if (now != null && !now.equals(f.sha256())) {
                throw ResolvedScenario.changed(f, ResolvedScenario.absolute(place), now);
            }
        }
        return chosen;
    }

    /** Whether every file is at its place with the bytes the run read. */
    private boolean matches(Map<String, Path> places, Map<Path, String> hashes) {
        for (File f : files) {
            if (!f.sha256().equals(hashNow(f, places.get(f.path()), hashes))) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the file at this place (read once, then remembered), or null if it cannot be read. */
    private static String hashNow(File f, Path place, Map<Path, String> hashes) {
        if (!hashes.containsKey(place)) {
            String sha;
            try {
                sha = Sha256.hex(InputFiles.readOnce(place, f.kind()));
            } catch (IOException e) {
                sha = null;
            }
            hashes.put(place, sha);
        }
        return hashes.get(place);
    }

    private static boolean allExist(Map<String, Path> places) {
        for (Path p : places.values()) {
            try {
                InputFiles.requireRegular(p);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** A relative path written by a run, against the run directory; null when it is not a valid path here. */
    private static Path resolve(Path base, String relative) {
        try {
            Path p = Path.of(relative);
            return p.isAbsolute() ? null : base.resolve(p).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * A path without links, so that {@code ..} in a relative path means the same when written and when
     * read; the absolute path when it does not exist.
     */
    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The kind recorded ({@code zone_catalogue}); a catalogue's size limit when it is not one of ours. */
    private static InputFiles.Kind kind(Node n) {
        if (n != null && n instanceof Node.ScalarNode s) {
            for (InputFiles.Kind k : InputFiles.Kind.values()) {
                if (k.name().toLowerCase(Locale.ROOT).equals(s.text())) {
                    return k;
                }
            }
        }
        return InputFiles.Kind.ZONE_CATALOGUE;
    }

    private static Node required(MapNode m, String path, String key) {
        Node n = m.get(key);
        if (n == null) {
            throw Checks.error(m, path, "missing key " + Text.quote(key));
        }
        return n;
    }
}
