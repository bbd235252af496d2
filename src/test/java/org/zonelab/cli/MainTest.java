package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zonelab.experiment.Seeds;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line, run in-process with captured streams. */
class MainTest {
    private static final Path BASELINE = Path.of("scenarios/baseline.yaml");
    private static final Path SWEEP = Path.of("scenarios/sweeps/coordination-entrepreneurship.yaml");

    @TempDir
    Path tmp;

    /** Exit code and captured output of one command line. */
    record Outcome(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Outcome zonelab(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private Path tinyScenario() throws IOException {
        Path f = tmp.resolve("tiny.yaml");
        Files.writeString(f, "name: tiny\nyears: 1\nscale: 0.01\nreplications: 2\nzones: "
                + Path.of("scenarios/data/zones-2019.csv").toAbsolutePath() + "\n");
        return f;
    }

    @Test
    void validateReportsOkWithASummaryLine() {
        Outcome o = zonelab("validate", BASELINE.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("OK scenarios/baseline.yaml: baseline, 15 years from 2020, scale 1, 169 zones, 0 policies, "
                + "0 events\n", o.out());
        assertEquals("", o.err());
    }

    @Test
    void validateReportsTheErrorLineAndExits2() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "years: fifteen\n");
        Outcome o = zonelab("validate", BASELINE.toString(), bad.toString());
        assertEquals(2, o.code());
        assertTrue(o.out().startsWith("OK scenarios/baseline.yaml: baseline,"), o.out());
        assertEquals(List.of(bad + ":1:8: years: expected a whole number, got text \"fifteen\""), o.errLines());
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        Outcome o = zonelab("frobnicate");
        assertEquals(2, o.code());
        assertEquals(1, o.errLines().size(), o.err());
        assertTrue(o.err().contains("frobnicate"), o.err());
    }

    @Test
    void noCommandIsAUsageError() {
        Outcome o = zonelab();
        assertEquals(2, o.code());
        assertEquals(1, o.errLines().size(), o.err());
    }

    @Test
    void badOptionValuesAreOneLineUsageErrors() throws IOException {
        Path f = tinyScenario();
        for (String[] args : List.of(new String[] {"run", f.toString(), "--scale", "2"},
                new String[] {"run", f.toString(), "--scale", "abc"},
                new String[] {"run", f.toString(), "--reps", "0"},
                new String[] {"run", f.toString(), "--years", "101"},
                new String[] {"run", f.toString(), "--threads", "0"},
                new String[] {"run", f.toString(), "--bogus"},
                new String[] {"run"})) {
            Outcome o = zonelab(args);
            assertEquals(2, o.code(), String.join(" ", args));
            assertEquals(1, o.errLines().size(), o.err());
            assertTrue(o.err().startsWith("zonelab run: "), o.err());
        }
        assertEquals("zonelab run: --scale: 2 is out of range; allowed: (0, 1] (see zonelab run --help)\n",
                zonelab("run", f.toString(), "--scale", "2").err());
    }

    @Test
    void runOfABadScenarioIsOneErrorLine() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nscale: 0\n");
        Outcome o = zonelab("run", bad.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, o.code());
        assertEquals(List.of(bad + ":2:8: scale: 0 is out of range; allowed: (0, 1]"), o.errLines());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void benchTimesAReplicationAndReportsHeapPerFirm() {
        Outcome o = zonelab("bench", BASELINE.toString(), "--scale", "0.02", "--years", "1", "--process");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().matches("(?s).*scale 0\\.02 +[0-9.]+ s wall .* bytes of heap per firm.*"), o.out());
        assertTrue(o.out().matches("(?s).*ZoneLab [0-9]+ ns per firm-step; MASON's floor .* [0-9.]+ ns per agent-step; "
                + "ratio [0-9.]+ .*"), o.out());
        for (String part : new String[] {"innovation", "growth", "collaboration", "shuffle_and_dispatch", "end_of_quarter"}) {
            assertTrue(o.out().matches("(?s).*\\n +" + part + " +[0-9]+ +[0-9.]+ %.*"), part + " in " + o.out());
        }
    }

    @Test
    void validateAcceptsSweepFilesWithASummaryLine() {
        Outcome o = zonelab("validate", SWEEP.toString(), BASELINE.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("OK " + SWEEP + ": sweep coordination-entrepreneurship, grid, 9 points x 5 replications\n"
                + "OK scenarios/baseline.yaml: baseline, 15 years from 2020, scale 1, 169 zones, 0 policies, "
                + "0 events\n", o.out());
        assertEquals("", o.err());
    }

    @Test
    void validateReportsABadSweepAsOneLine() throws IOException {
        Path bad = tmp.resolve("bad-sweep.yaml");
        Files.writeString(bad, "base: " + BASELINE.toAbsolutePath() + "\nvary: {scal: [0.1]}\n");
        Outcome o = zonelab("validate", bad.toString());
        assertEquals(2, o.code());
        assertEquals("", o.out());
        assertEquals(List.of(bad + ":2:8: vary: unknown key \"scal\" (did you mean \"scale\"?); allowed: scale, "
                + "years, seed, start_year, parameters.<name>, policies.<lever>.intensity|from|to|<setting>"),
                o.errLines());
    }

    @Test
    void sweepReportsABadOrMissingFileAsOneLine() throws IOException {
        Path bad = tmp.resolve("bad-sweep.yaml");
        Files.writeString(bad, "base: " + BASELINE.toAbsolutePath() + "\ndesign: lhs\nvary: {seed: [1, 2]}\n");
        Outcome o = zonelab("sweep", bad.toString());
        assertEquals(2, o.code());
        assertEquals(List.of(bad + ":2:9: design: lhs needs samples, the number of design points; add samples: N "
                + "with N a whole number in [1, 100000]"), o.errLines());

        Outcome missing = zonelab("sweep", tmp.resolve("none.yaml").toString());
        assertEquals(2, missing.code());
        assertEquals(List.of(tmp.resolve("none.yaml") + ":1:1: cannot read sweep file: file not found"),
                missing.errLines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "compare", "sweep", "calibrate", "sensitivity", "reproduce", "gui",
            "bench"})
    void everyCommandHasHelp(String command) {
        Outcome o = zonelab(command, "--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("Usage: zonelab " + command), o.out());
    }

    @Test
    void runWritesACompleteRunDirectory() throws IOException {
        Path f = tinyScenario();
        Path out = Files.createDirectories(tmp.resolve("runs")).resolve("tiny"); // --out's parent must exist
        Outcome o = zonelab("run", f.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
        assertTrue(o.out().contains("Results in " + out + "/"), o.out());
        assertTrue(o.out().contains("gdp_bn"), o.out());
        assertEquals("scenario,replication,seed,year,quarter,scope,scope_id,indicator,value",
                Files.readAllLines(out.resolve("timeseries.csv")).get(0));
        assertEquals("scenario,replication,seed,indicator,value",
                Files.readAllLines(out.resolve("summary.csv")).get(0));
        List<String> moments = Files.readAllLines(out.resolve("moments.csv"));
        assertEquals("scenario,replication,seed,year,moment,value", moments.get(0));
        assertTrue(moments.stream().anyMatch(l -> l.startsWith("tiny,1,") && l.contains(",2020,revenue_tail_hill,")),
                String.join("\n", moments));
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("complete", m.get("status").asText());
        assertEquals(moments.size() - 1, m.get("files").get("moments.csv").get("rows").asInt());
        assertEquals("tiny", m.get("scenario").asText());
        assertEquals(2, m.get("replications").size());
        assertEquals(Seeds.forReplication(20210309L, 1), m.get("replications").get(1).get("seed").asLong());
        assertEquals(0.01, m.get("scale").asDouble());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".zonelab.lock", "charts", "manifest.json", "moments.csv", "report.html", "summary.csv",
                            "timeseries.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }

        Outcome again = zonelab("run", f.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, again.code());
        assertEquals(List.of(out + ": holds a complete run already (manifest.json); use --force to overwrite it "
                + "or --out to choose another directory"), again.errLines());
        assertEquals(0, zonelab("run", f.toString(), "--out", out.toString(), "--quiet", "--force").code());
    }

    @Test
    void outputIsByteIdenticalForAnyThreadCount() throws IOException {
        Path f = tinyScenario();
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        assertEquals(0, zonelab("run", f.toString(), "--reps", "3", "--out", one.toString(), "--threads", "1",
                "--quiet").code());
        assertEquals(0, zonelab("run", f.toString(), "--reps", "3", "--out", three.toString(), "--threads", "3",
                "--quiet").code());
        for (String name : List.of("timeseries.csv", "summary.csv", "moments.csv")) {
            assertEquals(-1L, Files.mismatch(one.resolve(name), three.resolve(name)), name);
        }
    }

    @Test
    void defaultRunDirectoryStaysUnderResults() {
        Path dir = ResultsDirectory.newDirectory("baseline");
        assertEquals(3, dir.getNameCount());
        assertEquals(Path.of("results", "baseline"), dir.getParent());
        assertTrue(dir.getFileName().toString().matches("\\d{8}-\\d{6}(-\\d+)?"), dir.toString());
    }

    @Test
    void internalErrorsAreOneLineWithAHintAndExit1() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cl.addSubcommand("boom", new Boom());
        cl.setErr(new PrintWriter(err, true)); // reaches the subcommand just added
        int code = cl.execute("boom");
        assertEquals(1, code);
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("zonelab: internal error: IllegalStateException: kaput"), lines.get(0));
        assertTrue(lines.get(0).contains("ZONELAB_DEBUG=1"), lines.get(0));
        if (!"1".equals(System.getenv("ZONELAB_DEBUG"))) {
            assertEquals(1, lines.size(), "no stack trace without ZONELAB_DEBUG=1");
        }
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("kaput");
        }
    }
}
