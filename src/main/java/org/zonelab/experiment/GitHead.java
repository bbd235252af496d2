package org.zonelab.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The commit checked out in the git working tree that holds a folder, read from the files under
 * {@code .git} without running git: {@code HEAD}, the branch's loose ref or {@code packed-refs}, and
 * for a linked worktree ({@code .git} is a file {@code gitdir: ...}) its {@code commondir}. Anything it
 * does not understand (no checkout, an unborn branch, a reftable repository) gives no commit rather
 * than an error: the commit is extra information in a manifest, never needed to run.
 */
final class GitHead {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    /** Largest HEAD, ref, gitdir or commondir file read, in bytes (they hold one line). */
    private static final long MAX_SMALL_FILE = 4096;

    private GitHead() {
    }

    /** The commit of the working tree holding {@code folder} (searched upwards), or null. */
    static String commit(Path folder) {
        try {
            for (Path d = folder.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
                Path dotGit = d.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return head(dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    String link = small(dotGit);
                    return link != null && link.startsWith("gitdir:")
                            ? head(d.resolve(link.substring("gitdir:".length()).trim()).normalize()) : null;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String head(Path gitDir) throws IOException {
        String head = small(gitDir.resolve("HEAD"));
        if (head == null || COMMIT.matcher(head).matches()) {
            return head; // a detached HEAD names its commit
        }
        if (!head.startsWith("ref:")) {
            return null;
        }
        String ref = head.substring("ref:".length()).trim();
        String common = small(gitDir.resolve("commondir"));
        Path commonDir = common == null ? gitDir : gitDir.resolve(common).normalize();
        for (Path dir : new Path[] {gitDir, commonDir}) {
            String loose = small(dir.resolve(ref));
            if (loose != null && COMMIT.matcher(loose).matches()) {
                return loose;
            }
        }
        Path packed = commonDir.resolve("packed-refs");
        if (!Files.isRegularFile(packed)) {
            return null;
        }
        try (BufferedReader r = Files.newBufferedReader(packed, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                int space = line.indexOf(' ');
                if (space > 0 && line.substring(space + 1).equals(ref) && COMMIT.matcher(line.substring(0, space)).matches()) {
                    return line.substring(0, space);
                }
            }
        }
        return null;
    }

    /** A small file's text, trimmed, or null when it is missing, not a regular file or too large. */
    private static String small(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_SMALL_FILE) {
            return null;
        }
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
}
