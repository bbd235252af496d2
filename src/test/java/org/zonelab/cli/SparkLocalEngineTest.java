package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.SweepJournal;
import org.zonelab.output.SweepWriter;

/**
 * {@code --engine spark --master local[2]} on a real Spark in this JVM (issue 16): a small sweep, a
 * run's replications, a compare, a small Morris analysis and a small calibration write every file byte for byte as the local
 * engine does (all but the manifest, which names the engine and the session's times); a sweep killed
 * on Spark resumes on Spark to the same bytes; bad engine options are one line and exit 2.
 */
class SparkLocalEngineTest {
    private static final String SPARK_LOCAL = "local[2]";
    @TempDir
    static Path tmp;
    private static Path base;

    @BeforeAll
    static void smallBase() throws IOException {
        base = tmp.resolve("base.yaml");
        Files.writeString(base, "name: small\ndescription: A small, short base.\nextends: "
                + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\nscale: 0.02\nyears: 2\nreplications: 2\n"
                + "policies:\n  entrepreneurship: {intensity: 0}\n");
    }

    /** Runs a command on the local engine and on Spark local[2], and checks both wrote the same files. */
    private static void sameFilesOnBothEngines(String name, String... command) throws IOException {
        Path local = tmp.resolve(name + "-local");
        Path spark = tmp.resolve(name + "-spark");
        MainTest.Outcome l = MainTest.zonelab(with(command, "--out", local.toString(), "--quiet", "--threads", "2"));
        assertEquals(0, l.code(), l.err());
        MainTest.Outcome s = MainTest.zonelab(with(command, "--out", spark.toString(), "--quiet", "--engine", "spark",
                "--master", SPARK_LOCAL));
        assertEquals(0, s.code(), s.err());
        String manifest = Files.readString(spark.resolve(RunDirectoryWriter.MANIFEST));
        assertTrue(manifest.contains("\"spark " + SPARK_LOCAL + "\"") || s.out().contains("spark " + SPARK_LOCAL),
                "the manifest or the report names the engine: " + manifest + s.out());
        assertTrue(RunDirectoryWriter.isComplete(spark));
        List<Path> files = files(local);
        assertEquals(files, files(spark), "the same files");
        assertTrue(files.size() >= 2, "files: " + files);
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f)), name + ": " + f);
        }
    }

    private static String[] with(String[] command, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** Every file under a directory but the manifest, relative to it, sorted. */
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(p -> !p.toString().equals(RunDirectoryWriter.MANIFEST)).sorted().toList();
        }
    }

    @Test
    void aSweepIsTheSameOnSpark() throws IOException {
        Path sweep = tmp.resolve("sweep.yaml");
        Files.writeString(sweep, "name: tiny-sweep\ndescription: Two points.\nbase: " + base + "\nreplications: 2\n"
                + "design: grid\nvary:\n  policies.entrepreneurship.intensity: [0, 1]\n");
        sameFilesOnBothEngines("sweep", "sweep", sweep.toString(), "--timeseries");
    }

    @Test
    void aRunsReplicationsAreTheSameOnSpark() throws IOException {
        sameFilesOnBothEngines("run", "run", base.toString());
    }

    @Test
    void agentLogsNeedTheLocalEngine() {
        Path out = tmp.resolve("run-events");
        MainTest.Outcome o = MainTest.zonelab("run", base.toString(), "--out", out.toString(), "--quiet", "--events",
                "--engine", "spark", "--master", SPARK_LOCAL);
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.errLines().size(), o.err());
        assertTrue(o.err().contains("--engine local"), o.err());
        assertTrue(!Files.exists(out), "nothing written");
    }

    @Test
    void aCompareIsTheSameOnSpark() throws IOException {
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, "name: other\ndescription: With entrepreneurship support.\nextends: " + base + "\n"
                + "policies:\n  entrepreneurship: {intensity: 1}\n");
        sameFilesOnBothEngines("compare", "compare", base.toString(), other.toString());
    }

    @Test
    void aMorrisAnalysisIsTheSameOnSpark() throws IOException {
        Path factors = tmp.resolve("factors.yaml");
        Files.writeString(factors, "name: tiny-morris\ndescription: Two factors.\nbase: " + base + "\nreplications: 2\n"
                + "seed: 3\nmorris: {trajectories: 3, levels: 4, bootstrap: 100}\nfactors:\n"
                + "  policies.entrepreneurship.intensity: {min: 0, max: 1}\n"
                + "  growth_drift: {min: -0.03, max: 0.03}\noutputs: [gdp_bn, firms]\n");
        sameFilesOnBothEngines("morris", "sensitivity", factors.toString());
    }

    @Test
    void aCalibrationIsTheSameOnSpark() throws IOException {
        Path targets = tmp.resolve("targets.yaml");
        Files.writeString(targets, "name: tiny-fit\ndescription: One free parameter.\nbase: " + base + "\nyears: 1\n"
                + "replications: 2\nseed: 4\nmethod: cma-es\nbudget: {evaluations: 8}\nfree:\n"
                + "  entry_rate: {min: 0.05, max: 0.2}\ntargets:\n"
                + "  - {indicator: new_firms, year: 2020, value: 30000, sd: 1000, source: test}\n");
        sameFilesOnBothEngines("calibrate", "calibrate", targets.toString());
    }

    @Test
    void aSweepKilledOnSparkResumesOnSparkToTheSameBytes() throws Exception {
        Path sweep = tmp.resolve("resumed.yaml");
        Files.writeString(sweep, "name: resumed\ndescription: Four points.\nbase: " + base + "\nreplications: 2\n"
                + "design: grid\nvary:\n  policies.entrepreneurship.intensity: [0, 0.25, 0.5, 1]\n");
        Path local = tmp.resolve("resumed-local");
        assertEquals(0, MainTest.zonelab("sweep", sweep.toString(), "--out", local.toString(), "--quiet").code());
        Path spark = tmp.resolve("resumed-spark");
        String[] onSpark = {"--engine", "spark", "--master", SPARK_LOCAL};
        int journaled = KilledChild.killWhenJournaled(SweepJournal.folder(spark).resolve(SweepJournal.FILE), 2,
                tmp.resolve("killed.log"), with(new String[] {"sweep", sweep.toString(), "--out", spark.toString(),
                        "--quiet"}, onSpark));
        assertTrue(journaled >= 2 && journaled < 8, "killed after " + journaled + " runs");
        MainTest.Outcome resumed = MainTest.zonelab(with(new String[] {"sweep", sweep.toString(), "--out",
                spark.toString(), "--quiet", "--resume"}, onSpark));
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("resumed from the journal"), resumed.out());
        assertArrayEquals(Files.readAllBytes(local.resolve(SweepWriter.RUNS)), Files.readAllBytes(spark.resolve(SweepWriter.RUNS)));
    }

    @Test
    void badEngineOptionsAreOneLineAndExitTwo() throws IOException {
        Path sweep = tmp.resolve("bad-options.yaml");
        Files.writeString(sweep, "name: bad\ndescription: One point.\nbase: " + base + "\nreplications: 1\n"
                + "design: grid\nvary:\n  policies.entrepreneurship.intensity: [0]\n");
        String[][] cases = {
            {"--engine", "flink"},
            {"--master", "local[2]"},
            {"--engine", "spark", "--master", "yarn"},
            {"--engine", "spark", "--master", "local[0]"},
            {"--engine", "spark", "--master", "spark://example.org:7077"},
            {"--engine", "spark", "--threads", "2"},
        };
        for (String[] c : cases) {
            Path out = tmp.resolve("bad-" + String.join("", c).replaceAll("[^a-z0-9]", ""));
            MainTest.Outcome o = MainTest.zonelab(with(new String[] {"sweep", sweep.toString(), "--out", out.toString(),
                    "--quiet"}, c));
            assertEquals(2, o.code(), String.join(" ", c) + ": " + o.err());
            assertEquals(1, o.errLines().size(), String.join(" ", c) + ": " + o.err());
            assertTrue(o.err().contains("--engine") || o.err().contains("--master") || o.err().contains("--threads"), o.err());
            assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing written for " + String.join(" ", c));
        }
    }
}
