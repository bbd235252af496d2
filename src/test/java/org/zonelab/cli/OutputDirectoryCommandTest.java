package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, section 1: an output directory is the command's alone. Links planted under zonelab's names
 * are refused and never followed, two writers never share a directory, leftovers of a killed command
 * are removed, unusable directories and a full disk are one-line errors, and {@code sweep --resume}
 * needs a sweep to resume. Commands run in-process ({@link MainTest#zonelab}) and, where another
 * process matters, in child JVMs.
 */
class OutputDirectoryCommandTest {
    private static final Path CATALOGUE = Path.of("scenarios/data/zones-2019.csv").toAbsolutePath();
    private static final String LOCK = ".zonelab.lock";

    @TempDir
    Path tmp;

    private Path scenario(String name, double scale) throws IOException {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\nyears: 1\nscale: " + scale + "\nreplications: 2\nzones: " + CATALOGUE
                + "\n");
        return f;
    }

    private Path sweepFile() throws IOException {
        scenario("base", 0.01);
        Path f = tmp.resolve("sweep.yaml");
        Files.writeString(f, "name: links\nbase: base.yaml\nreplications: 1\ndesign: grid\nvary:\n  scale: [0.01, 0.02]\n");
        return f;
    }

    /** A folder outside the output directory with a file in it: what a planted link points at. */
    private Path victim() throws IOException {
        Path v = Files.createDirectories(tmp.resolve("victim"));
        Files.writeString(v.resolve("precious.txt"), "keep me\n");
        return v;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertOneLine(MainTest.Outcome o, int code, String... parts) {
        assertEquals(code, o.code(), o.err());
        assertEquals(1, o.errLines().size(), o.err());
        for (String p : parts) {
            assertTrue(o.err().contains(p), "expected \"" + p + "\" in: " + o.err());
        }
        assertFalse(o.err().contains("a bug") || o.err().contains("\tat "), o.err());
    }

    // ---- links ----------------------------------------------------------------------------------------

    @Test
    void aSweepJournalLinkedToADirectoryIsRefusedAndNothingInItIsDeleted() throws IOException {
        Path sweep = sweepFile();
        Path victim = victim();
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve(".sweep-journal"), victim);
        for (String[] extra : List.of(new String[0], new String[] {"--force"}, new String[] {"--resume"})) {
            List<String> args = new ArrayList<>(List.of("sweep", sweep.toString(), "--out", out.toString(), "--quiet"));
            args.addAll(List.of(extra));
            MainTest.Outcome o = MainTest.zonelab(args.toArray(String[]::new));
            assertOneLine(o, 2, out.resolve(".sweep-journal").toString(), "symbolic link");
            assertEquals(List.of("precious.txt"), names(victim), String.join(" ", extra));
        }
        assertTrue(Files.isSymbolicLink(out.resolve(".sweep-journal")), "the link itself is left alone too");
    }

    @Test
    void anEventsPartLinkedToAFileIsRefusedAndTheFileIsNotWritten() throws IOException {
        Path f = scenario("events", 0.01);
        Path victim = victim().resolve("precious.txt");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve(".events.csv.00000.part"), victim);
        MainTest.Outcome o = MainTest.zonelab("run", f.toString(), "--out", out.toString(), "--events", "--quiet");
        assertOneLine(o, 2, ".events.csv.00000.part", "symbolic link");
        assertEquals("keep me\n", Files.readString(victim));
        assertFalse(Files.exists(out.resolve("manifest.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "sweep"})
    void chartsLinkedToADirectoryIsRefusedAndNoPngIsWrittenThere(String command) throws IOException {
        Path victim = victim();
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("charts"), victim);
        String[] args = command.equals("run")
                ? new String[] {"run", scenario("charts", 0.01).toString(), "--events", "--out", out.toString(), "--quiet"}
                : new String[] {"sweep", sweepFile().toString(), "--out", out.toString(), "--quiet"};
        assertOneLine(MainTest.zonelab(args), 2, out.resolve("charts").toString(), "symbolic link");
        assertEquals(List.of("precious.txt"), names(victim));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest.json", "timeseries.csv", "summary.csv", LOCK, ".summary.csv.0123abcd-0000-4000-8000-"
            + "0123456789ab.tmp"})
    void anyZonelabEntryThatIsALinkIsRefused(String name) throws IOException {
        Path f = scenario("entry", 0.01);
        Path victim = victim().resolve("precious.txt");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve(name), victim);
        assertOneLine(MainTest.zonelab("run", f.toString(), "--out", out.toString(), "--quiet"), 2,
                out.resolve(name).toString(), "symbolic link");
        assertEquals("keep me\n", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(out.resolve(name)), "nothing was replaced");
    }

    // ---- one writer at a time ---------------------------------------------------------------------

    /** {@code zonelab ARGS} in a child JVM (the test classpath), output to files in tmp. */
    private Process child(String tag, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(tmp.resolve(tag + ".out").toFile())
                .redirectError(tmp.resolve(tag + ".err").toFile()).start();
    }

    private String stderr(String tag) throws IOException {
        return Files.readString(tmp.resolve(tag + ".err"));
    }

    @Test
    void aDirectoryLockedByAnotherProcessOrThisOneIsRefusedAsInUse() throws Exception {
        Path f = scenario("locked", 0.01);
        Path out = Files.createDirectories(tmp.resolve("out"));
        try (FileChannel ch = FileChannel.open(out.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            assertTrue(held.isValid());
            Process p = child("locked", "run", f.toString(), "--out", out.toString(), "--quiet");
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child did not end");
            assertEquals(2, p.exitValue(), stderr("locked"));
            List<String> lines = stderr("locked").lines().toList();
            assertEquals(List.of("zonelab run: " + out + " is in use by another zonelab process; wait for it to finish, "
                    + "or choose another --out"), lines);

            // The same JVM (a second command in-process) is refused as well, however the lock is seen.
            assertOneLine(MainTest.zonelab("run", f.toString(), "--out", out.toString(), "--quiet"), 2,
                    out + " is in use by another zonelab process");
        }
        assertFalse(Files.exists(out.resolve("manifest.json")), "nothing was written while it was locked");
        assertEquals(0, MainTest.zonelab("run", f.toString(), "--out", out.toString(), "--quiet").code(),
                "free again once released");
    }

    @Test
    void twoRunsIntoOneDirectoryAtOnceGiveOneCompleteRunWhoseManifestMatchesItsFiles() throws Exception {
        Path f = scenario("race", 0.02);
        Path out = tmp.resolve("race-out");
        Process a = child("a", "run", f.toString(), "--out", out.toString(), "--seed", "111", "--threads", "1");
        Process b = child("b", "run", f.toString(), "--out", out.toString(), "--seed", "222", "--threads", "1");
        try {
            assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS), "a run did not end");
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
        int codeA = a.exitValue();
        int codeB = b.exitValue();
        assertEquals(List.of(0, 2), Stream.of(codeA, codeB).sorted().toList(),
                "exactly one writes: " + stderr("a") + stderr("b"));
        String loser = codeA == 2 ? "a" : "b";
        List<String> lines = stderr(loser).lines().toList();
        assertEquals(1, lines.size(), stderr(loser));
        assertTrue(lines.get(0).matches("zonelab run: " + Pattern.quote(out.toString()) + " is in use by another zonelab "
                + "process( \\(pid \\d+\\))?; wait for it to finish, or choose another --out"), lines.get(0));

        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("complete", m.get("status").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = m.get("files").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertEquals(e.getValue().get("sha256").asText(), sha256(out.resolve(e.getKey())), e.getKey());
        }
        Set<String> manifestSeeds = new HashSet<>();
        m.get("replications").forEach(r -> manifestSeeds.add(r.get("seed").asText()));
        for (String csv : List.of("summary.csv", "timeseries.csv")) {
            Set<String> csvSeeds = new HashSet<>();
            List<String> all = Files.readAllLines(out.resolve(csv));
            all.subList(1, all.size()).forEach(line -> csvSeeds.add(line.split(",")[2]));
            assertEquals(manifestSeeds, csvSeeds, csv + " comes from the manifest's run");
        }
        assertEquals(codeA == 0 ? 111 : 222, m.get("base_seed").asLong());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    // ---- leftovers ------------------------------------------------------------------------------------

    @Test
    void leftoversOfAKilledCommandAreRemovedAndOtherFilesKept() throws IOException {
        Path f = scenario("leftovers", 0.01);
        Path out = Files.createDirectories(tmp.resolve("out"));
        List<String> leftovers = List.of(".timeseries.csv.0123abcd-0000-4000-8000-0123456789ab.tmp",
                ".manifest.json.fedcba98-7654-4321-8000-0123456789ab.tmp", ".events.csv.00003.part");
        List<String> kept = List.of("notes.txt", ".mine.tmp", ".events.csv.3.part", "timeseries.csv.tmp");
        for (String n : leftovers) {
            Files.writeString(out.resolve(n), "half a file");
        }
        for (String n : kept) {
            Files.writeString(out.resolve(n), "mine");
        }
        Path charts = Files.createDirectories(out.resolve("charts"));
        Files.writeString(charts.resolve(".final-year.png.0123abcd-0000-4000-8000-0123456789ab.tmp"), "half");
        Files.writeString(charts.resolve("mine.png"), "mine");
        assertEquals(0, MainTest.zonelab("run", f.toString(), "--out", out.toString(), "--quiet").code());
        List<String> now = names(out);
        for (String n : leftovers) {
            assertFalse(now.contains(n), n + " is removed");
        }
        assertTrue(now.containsAll(kept), "other files are kept: " + now);
        List<String> inCharts = names(charts);
        assertTrue(inCharts.contains("mine.png"), "a chart of someone else is kept: " + inCharts);
        assertFalse(inCharts.stream().anyMatch(n -> n.startsWith(".")), "leftovers in charts/ are removed: " + inCharts);
    }

    // ---- unusable directories, a full disk ------------------------------------------------------------

    @Test
    void anEmptyOutIsRefusedAndNothingIsWritten() throws IOException {
        Path f = scenario("empty", 0.01);
        List<String> before = names(Path.of(""));
        assertOneLine(MainTest.zonelab("run", f.toString(), "--out", "", "--quiet"), 2, "empty path");
        assertEquals(before, names(Path.of("")), "nothing in the working directory");
    }

    @Test
    void anOutThatIsAFileIsRefused() throws IOException {
        Path f = scenario("file", 0.01);
        Path file = Files.writeString(tmp.resolve("a-file"), "mine");
        assertOneLine(MainTest.zonelab("run", f.toString(), "--out", file.toString(), "--quiet"), 2,
                file + " is a file, not a directory");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void anOutWhoseParentIsMissingIsRefusedAndNotCreated() throws IOException {
        Path f = scenario("parent", 0.01);
        Path out = tmp.resolve("missing/run");
        assertOneLine(MainTest.zonelab("compare", f.toString(), scenario("other", 0.01).toString(), "--out",
                out.toString(), "--quiet"), 2, out + " cannot be created: its parent", "is not an existing directory");
        assertFalse(Files.exists(tmp.resolve("missing")));
    }

    /**
     * Directories that root cannot write either: /proc/1 (writable by no one) and /sys (which
     * access(2) calls writable for root, but where no file can be created).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/proc/1", "/proc/1/zonelab-out", "/sys"})
    void anOutThatCannotBeWrittenIsRefused(String dir) throws IOException {
        Path f = scenario("unwritable", 0.01);
        assertOneLine(MainTest.zonelab("run", f.toString(), "--out", dir, "--quiet"), 2, "zonelab run: " + dir + " ",
                "cannot be");
    }

    @Test
    void aFullDiskIsOneLineSayingWhatWasNotWrittenAndNothingIsComplete() throws Exception {
        Path f = scenario("full", 0.01);
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        Path out = disk.resolve("run");
        // A real full disk: a 64 KiB tmpfs (root can mount one); where mounting is not allowed, a
        // child JVM under a 64 KiB file-size limit (ulimit -f), whose writes fail with EFBIG instead.
        boolean mounted = mountTmpfs(disk, "64k");
        String err;
        int code;
        try {
            if (mounted) {
                MainTest.Outcome o = MainTest.zonelab("run", f.toString(), "--out", out.toString(), "--quiet");
                code = o.code();
                err = o.err();
            } else {
                List<String> cmd = new ArrayList<>(List.of("sh", "-c", "ulimit -f 128 && exec \"$@\"", "sh",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                        System.getProperty("java.class.path"), Main.class.getName(), "run", f.toString(), "--out",
                        out.toString(), "--quiet"));
                Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("full.err").toFile())
                        .redirectOutput(tmp.resolve("full.out").toFile()).start();
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child did not end");
                code = p.exitValue();
                err = stderr("full");
            }
            assertEquals(1, code, err);
            List<String> lines = err.lines().toList();
            assertEquals(1, lines.size(), err);
            assertTrue(lines.get(0).matches("zonelab run: could not write " + Pattern.quote(out.toString())
                    + "/(timeseries|summary)\\.csv: .+; nothing was marked complete"), lines.get(0));
            assertTrue(lines.get(0).contains(mounted ? "No space left on device" : "File too large"), lines.get(0));
            assertFalse(err.contains("a bug"), err);
            assertFalse(Files.exists(out.resolve("manifest.json")), "nothing looks complete");
            if (Files.exists(out)) {
                assertTrue(names(out).stream().noneMatch(n -> n.endsWith(".tmp")), "temporary files removed: " + names(out));
            }
        } finally {
            if (mounted) {
                new ProcessBuilder("umount", disk.toString()).start().waitFor();
            }
        }
    }

    /** Mounts a tmpfs of this size on dir; false when this process may not mount (or has no mount). */
    private boolean mountTmpfs(Path dir, String size) throws InterruptedException {
        try {
            return new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("mount.txt").toFile()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    // ---- sweep --resume ---------------------------------------------------------------------------------

    @Test
    void resumingADirectoryThatHoldsNoSweepIsRefused() throws IOException {
        Path sweep = sweepFile();
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertOneLine(MainTest.zonelab("sweep", sweep.toString(), "--resume", "--out", empty.toString(), "--quiet"), 2,
                empty + ": holds no sweep to resume");
        assertTrue(names(empty).stream().noneMatch(n -> n.endsWith(".csv") || n.equals("manifest.json")),
                "no fresh sweep was started: " + names(empty));

        Path missing = tmp.resolve("missing");
        assertOneLine(MainTest.zonelab("sweep", sweep.toString(), "--resume", "--out", missing.toString(), "--quiet"),
                2, missing + ": holds no sweep to resume");
        assertFalse(Files.exists(missing, LinkOption.NOFOLLOW_LINKS), "the directory was not created");
    }

    @Test
    void aLinkIsNeverFollowedWhenTheManifestIsRead() throws IOException {
        Path f = scenario("complete", 0.01);
        Path done = tmp.resolve("done");
        assertEquals(0, MainTest.zonelab("run", f.toString(), "--out", done.toString(), "--quiet").code());
        byte[] manifest = Files.readAllBytes(done.resolve("manifest.json"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("manifest.json"), done.resolve("manifest.json"));
        MainTest.Outcome o = MainTest.zonelab("run", f.toString(), "--out", out.toString(), "--quiet", "--force");
        assertOneLine(o, 2, "symbolic link");
        assertArrayEquals(manifest, Files.readAllBytes(done.resolve("manifest.json")), "the other run is untouched");
        assertTrue(Files.isSymbolicLink(out.resolve("manifest.json")), "and the link is not removed either");
    }
}
