package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.experiment.Seeds;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.SweepJournal;
import org.zonelab.output.SweepWriter;

/**
 * {@code zonelab sweep}: a 2 x 2 grid with 2 replications on a tiny base scenario, run once straight
 * through (in-process) and once killed with SIGKILL in a child JVM and resumed; the final files must be
 * byte-identical.
 */
class SweepCommandTest {
    private static final List<String> FILES = List.of(SweepWriter.RUNS, SweepWriter.TIMESERIES,
            SweepWriter.BEHAVIORSPACE);
    private static final String[] OPTIONS = {"--format", "behaviorspace", "--timeseries"};

    @TempDir
    static Path tmp;
    static Path sweep;
    static Path straight;

    static Path parent;
    static Path catalogue;

    @BeforeAll
    static void sweepStraightThrough() throws IOException {
        // A copy of the baseline and its zone data, which the resume test changes between kill and resume.
        parent = tmp.resolve("inputs/baseline.yaml");
        Files.createDirectories(parent.getParent().resolve("data"));
        Files.copy(Path.of("scenarios/baseline.yaml"), parent);
        for (String f : List.of("zones-2019.csv", "city-tiers.csv", "zone-anchors.csv")) {
            Files.copy(Path.of("scenarios/data").resolve(f), parent.getParent().resolve("data").resolve(f));
        }
        catalogue = parent.getParent().resolve("data/zones-2019.csv");
        Path base = tmp.resolve("tiny-base.yaml");
        Files.writeString(base, "name: tiny-base\nextends: inputs/baseline.yaml"
                + "\nscale: 0.02\nyears: 2\npolicies:\n  regional_coordination: {intensity: 0}\n"
                + "  entrepreneurship: {intensity: 0}\n");
        sweep = tmp.resolve("tiny-sweep.yaml");
        Files.writeString(sweep, "name: tiny-sweep\nbase: tiny-base.yaml\nreplications: 2\ndesign: grid\nvary:\n"
                + "  policies.regional_coordination.intensity: [0, 1]\n  policies.entrepreneurship.intensity: [0, 1]\n");
        straight = tmp.resolve("straight");
        MainTest.Outcome o = sweep("--out", straight.toString(), "--threads", "2", "--quiet");
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
    }

    private static MainTest.Outcome sweep(String... args) {
        List<String> all = new ArrayList<>(List.of("sweep", sweep.toString()));
        all.addAll(List.of(OPTIONS));
        all.addAll(List.of(args));
        return MainTest.zonelab(all.toArray(String[]::new));
    }

    @Test
    void runsCsvHasOneRowPerRunWithTheSameSeedsAtEveryPoint() throws IOException {
        List<String> lines = Files.readAllLines(straight.resolve(SweepWriter.RUNS));
        assertTrue(lines.get(0).startsWith("point,policies.regional_coordination.intensity,"
                + "policies.entrepreneurship.intensity,replication,seed,zones,firms,"), lines.get(0));
        assertEquals(1 + 4 * 2, lines.size());
        Map<String, String> seedOfReplication = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            assertEquals(Integer.toString((i - 1) / 2), c[0], "plan order: point by point");
            assertEquals(Integer.toString((i - 1) % 2), c[3], "then replication by replication");
            String previous = seedOfReplication.putIfAbsent(c[3], c[4]);
            assertTrue(previous == null || previous.equals(c[4]), "common random numbers across points");
        }
        assertEquals(Long.toString(Seeds.forReplication(20210309L, 1)), seedOfReplication.get("1"));
        assertFalse(Files.exists(SweepJournal.folder(straight)), "the journal is removed when the sweep is complete");
        JsonNode m = new ObjectMapper().readTree(straight.resolve("manifest.json").toFile());
        assertEquals("complete", m.get("status").asText());
        assertEquals(8, m.get("runs").asInt());
    }

    @Test
    void behaviorSpaceTableHasThePreambleAndOneRowPerRun() throws IOException {
        List<String> lines = Files.readAllLines(straight.resolve(SweepWriter.BEHAVIORSPACE));
        assertTrue(lines.get(0).startsWith("\"BehaviorSpace results (ZoneLab "), lines.get(0));
        assertEquals("\"tiny-sweep.yaml\"", lines.get(1));
        assertEquals("\"tiny-sweep\"", lines.get(2));
        assertEquals("\"min-pxcor\",\"max-pxcor\",\"min-pycor\",\"max-pycor\"", lines.get(4));
        assertTrue(lines.get(6).startsWith("\"[run number]\",\"policies.regional_coordination.intensity\","
                + "\"policies.entrepreneurship.intensity\",\"[step]\",\"zones\",\"firms\""), lines.get(6));
        assertEquals(7 + 8, lines.size());
        assertTrue(lines.get(7).startsWith("\"1\",\"0\",\"0\",\"8\",\"169\","), lines.get(7));
    }

    @Test
    void aSweepKilledWithSigkillResumesToByteIdenticalFiles() throws Exception {
        Path out = tmp.resolve("killed");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "sweep", sweep.toString(),
                "--out", out.toString(), "--threads", "1"));
        cmd.addAll(List.of(OPTIONS));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.txt").toFile()).start();
        Path journal = SweepJournal.folder(out).resolve(SweepJournal.FILE);
        int journaled = 0;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && System.nanoTime() < deadline) {
                journaled = Files.isRegularFile(journal) ? (int) Files.readAllLines(journal).size() - 1 : 0;
                if (journaled >= 2) {
                    break;
                }
                Thread.sleep(10);
            }
            if (!p.isAlive()) {
                fail("the sweep ended (exit " + p.exitValue() + ") before it could be killed: "
                        + Files.readString(tmp.resolve("child.txt")));
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the killed JVM did not end");
        } finally {
            p.destroyForcibly();
        }
        assertTrue(journaled >= 2 && journaled < 8, "killed after " + journaled + " runs");
        assertFalse(RunDirectoryWriter.isComplete(out), "a killed sweep is not complete");
        for (String f : FILES) {
            assertFalse(Files.exists(out.resolve(f)), f + " is written only at the end");
        }

        MainTest.Outcome fresh = sweep("--out", out.toString(), "--quiet");
        assertEquals(2, fresh.code(), "an unfinished sweep is not overwritten without --resume");
        assertTrue(fresh.err().contains("--resume"), fresh.err());

        // A file the base extends, and the zone catalogue, changed between the kill and the resume.
        assertResumeIsRefusedWhileChanged(out, parent, "parameters: {}", "parameters: {init_firms: 140000}");
        assertResumeIsRefusedWhileChanged(out, catalogue, ",116.40,39.90,", ",116.41,39.90,");

        MainTest.Outcome resumed = sweep("--out", out.toString(), "--resume", "--threads", "2", "--quiet");
        assertEquals(0, resumed.code(), resumed.err());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(straight.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertTrue(m.get("runs_resumed").asInt() >= journaled, "finished runs were kept, not rerun: " + m);
        assertTrue(resumed.out().contains("resumed from the journal"), resumed.out());

        MainTest.Outcome again = sweep("--out", out.toString(), "--resume", "--quiet");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("complete already"), again.err());
    }

    /** Changes an input file, checks that --resume is refused with one line, and puts the file back. */
    private static void assertResumeIsRefusedWhileChanged(Path out, Path file, String from, String to)
            throws IOException {
        String original = Files.readString(file);
        assertTrue(original.contains(from), file + " has " + from);
        try {
            Files.writeString(file, original.replace(from, to));
            MainTest.Outcome o = sweep("--out", out.toString(), "--resume", "--quiet");
            assertEquals(2, o.code(), file + " changed: " + o.err());
            assertEquals(1, o.errLines().size(), o.err());
            assertTrue(o.err().contains("started from other inputs"), o.err());
        } finally {
            Files.writeString(file, original);
        }
    }

    @Test
    void resumingWithAnotherSweepFileIsRefused() throws IOException {
        Path out = tmp.resolve("other");
        Files.createDirectories(SweepJournal.folder(out));
        Files.writeString(SweepJournal.folder(out).resolve(SweepJournal.FILE),
                "zonelab-sweep-journal\t1\tdeadbeef\ttrue\t2020-01-01T00:00:00Z\n");
        MainTest.Outcome o = sweep("--out", out.toString(), "--resume", "--quiet");
        assertEquals(2, o.code());
        assertEquals(1, o.errLines().size(), o.err());
        assertTrue(o.err().contains("started from other inputs"), o.err());
    }

    @Test
    void aSweepOverAnOldSweepRetractsItsReportAndChartsButKeepsOtherFiles() throws IOException {
        // A complete sweep with its report and charts, and a picture zonelab did not write.
        Path dir = tmp.resolve("over-old");
        Files.createDirectories(dir.resolve("charts"));
        List<String> oldCharts = new ArrayList<>();
        try (var files = Files.walk(straight)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = straight.relativize(p).toString();
                Files.copy(p, dir.resolve(name));
                if (name.startsWith("charts/")) {
                    oldCharts.add(name);
                }
            }
        }
        assertTrue(Files.exists(dir.resolve("report.html")) && !oldCharts.isEmpty(), "the old sweep has a report");
        Files.write(dir.resolve("charts/mine.png"), new byte[] {1, 2, 3});
        // One design point: no comparison, so the new sweep writes no report of its own.
        Path one = tmp.resolve("one-point.yaml");
        Files.writeString(one, "name: one-point\nbase: tiny-base.yaml\nreplications: 1\ndesign: grid\nvary:\n"
                + "  policies.regional_coordination.intensity: [0.5]\n");

        MainTest.Outcome o = MainTest.zonelab("sweep", one.toString(), "--out", dir.toString(), "--force",
                "--threads", "2", "--quiet");
        assertEquals(0, o.code(), o.err());
        assertTrue(RunDirectoryWriter.isComplete(dir));
        assertFalse(Files.exists(dir.resolve("report.html")), "the old sweep's report is not left beside the new runs");
        for (String chart : oldCharts) {
            assertFalse(Files.exists(dir.resolve(chart)), chart);
        }
        assertTrue(Files.exists(dir.resolve("charts/mine.png")), "a file zonelab did not write is kept");
        assertEquals(1 + 1, Files.readAllLines(dir.resolve(SweepWriter.RUNS)).size());
    }

    @Test
    void aSweepWithAReportSaysSoInItsLastLineAndOneWithoutDoesNot() throws IOException {
        Path dir = tmp.resolve("two-points");
        MainTest.Outcome o = loudSweep(dir, "[0, 1]");
        List<String> lines = o.out().lines().toList();
        assertEquals("Report: " + dir.resolve("report.html"), lines.get(lines.size() - 1));
        assertTrue(Files.isRegularFile(dir.resolve("report.html")));
        assertTrue(o.out().contains("Results in " + dir + "/ (runs.csv, comparison.csv, charts/, report.html, manifest.json)"),
                o.out());

        Path single = tmp.resolve("one-point-loud");
        MainTest.Outcome without = loudSweep(single, "[0.5]");
        assertFalse(without.out().contains("Report:"), without.out());
        assertTrue(without.out().contains("Results in " + single + "/ (runs.csv, manifest.json)"), without.out());
    }

    /** A one-replication sweep over regional coordination's intensity, without --quiet, into this directory. */
    private static MainTest.Outcome loudSweep(Path dir, String intensities) throws IOException {
        Path file = tmp.resolve(dir.getFileName() + ".yaml");
        Files.writeString(file, "name: " + dir.getFileName() + "\nbase: tiny-base.yaml\nreplications: 1\ndesign: grid\n"
                + "vary:\n  policies.regional_coordination.intensity: " + intensities + "\n");
        MainTest.Outcome o = MainTest.zonelab("sweep", file.toString(), "--out", dir.toString(), "--threads", "2");
        assertEquals(0, o.code(), o.err());
        return o;
    }
}
