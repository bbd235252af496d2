package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.output.OutputDirectory;
import org.zonelab.output.RunDirectoryWriter;

/**
 * The real command line in a child JVM (the test classpath, main class {@link Main}): what a user's
 * shell sees, and what a run killed with SIGKILL leaves behind.
 */
class ChildProcessTest {
    private static final Path CATALOGUE = Path.of("scenarios/data/zones-2019.csv").toAbsolutePath();

    @TempDir
    Path tmp;

    /** Starts {@code zonelab ARGS} in a child JVM, stdout and stderr going to files in tmp. */
    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(tmp.resolve("stdout.txt").toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile())
                .start();
    }

    private Path scenario(String name, double scale, int years, int reps) throws IOException {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\nscale: " + scale + "\nyears: " + years + "\nreplications: " + reps
                + "\nzones: " + CATALOGUE + "\n");
        return f;
    }

    @Test
    void aRunKilledWithSigkillLeavesNoCompleteManifest() throws Exception {
        Path f = scenario("killed", 0.3, 8, 4); // about 20 s of work on one thread
        Path out = tmp.resolve("run");
        // An earlier, unfinished command's report: the new run must not leave it looking like its own.
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.html"), "<!DOCTYPE html><title>an older run</title>");
        Process p = start("run", f.toString(), "--reps", "4", "--threads", "1", "--out", out.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (Files.exists(out.resolve("report.html")) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(Files.exists(out.resolve("report.html")), "the old report was not removed within 15 s; "
                    + "stderr: " + Files.readString(tmp.resolve("stderr.txt")));
            // Let it get into the replications (the first one takes a few seconds), then kill it.
            long mid = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
            while (p.isAlive() && System.nanoTime() < mid) {
                Thread.sleep(20);
            }
            if (!p.isAlive()) {
                fail("the run ended (exit " + p.exitValue() + ") before it could be killed; make the test scenario "
                        + "bigger");
            }
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the killed JVM did not end");
            if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
                assertEquals(128 + 9, p.exitValue(), "killed by signal 9");
            }
        } finally {
            p.destroyForcibly();
        }

        assertFalse(RunDirectoryWriter.isComplete(out), "a killed run must not look complete");
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(x -> x.getFileName().toString()).sorted().toList();
        }
        for (String finalName : List.of(RunDirectoryWriter.MANIFEST, RunDirectoryWriter.TIMESERIES,
                RunDirectoryWriter.SUMMARY, "report.html", "charts")) {
            assertFalse(names.contains(finalName), finalName + " under its final name in " + names);
        }
        assertTrue(names.stream().allMatch(n -> n.equals(OutputDirectory.LOCK) || n.startsWith(".") && n.endsWith(".tmp")),
                "only temporary files and the lock file remain: " + names);
    }

    @Test
    void withOutputNotATerminalOnlyTheSummaryIsPrintedAndStderrStaysEmpty() throws Exception {
        Path f = scenario("piped", 0.01, 1, 2);
        Path out = tmp.resolve("piped-run");
        // No --quiet: the progress bar must stay off because stdout is a file, not a terminal.
        Process p = start("run", f.toString(), "--threads", "2", "--out", out.toString());
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run did not end within 60 s");
        String stderr = Files.readString(tmp.resolve("stderr.txt"));
        String stdout = Files.readString(tmp.resolve("stdout.txt"));
        assertEquals(0, p.exitValue(), stderr);
        assertEquals("", stderr, "nothing on stderr");
        assertFalse(stdout.contains("\r"), "no progress bar redraws on stdout");
        List<String> lines = stdout.lines().toList();
        assertEquals(4 + RunCommand.KEY_INDICATORS.size(), lines.size(), stdout);
        assertTrue(lines.get(0).matches("piped: 2 replications, 1 years from 2020, scale 0\\.01, seed 20210309 "
                + "\\(2 threads, \\d+\\.\\d s\\)"), lines.get(0));
        assertEquals("Results in " + out + "/ (timeseries.csv, summary.csv, moments.csv, manifest.json)", lines.get(1));
        assertEquals("Final year 2020, mean of 2 replications:", lines.get(2));
        for (int i = 0; i < RunCommand.KEY_INDICATORS.size(); i++) {
            assertTrue(lines.get(3 + i).matches("  " + RunCommand.KEY_INDICATORS.get(i).key() + " +[0-9.,]+"),
                    lines.get(3 + i));
        }
        assertEquals("Report: " + out.resolve("report.html"), lines.get(lines.size() - 1));
        assertTrue(RunDirectoryWriter.isComplete(out));
    }
}
