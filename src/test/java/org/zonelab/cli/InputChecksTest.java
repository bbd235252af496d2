package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line checks a scenario file as written before its options apply, then the options
 * against the scenario, and each error names its source: {@code file:line:col} for the file,
 * {@code zonelab CMD: --option:} for an option.
 */
class InputChecksTest {
    private static final String ZONES = Path.of("scenarios/data/zones-2019.csv").toAbsolutePath().toString();

    @TempDir
    Path tmp;

    private Path scenario(String name, String body) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, "name: " + name.replace(".yaml", "") + "\nreplications: 1\nzones: " + ZONES + "\n" + body);
        return f;
    }

    private MainTest.Outcome run(Path f, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("run", f.toString(), "--out",
                tmp.resolve("out-" + f.getFileName()).toString(), "--quiet"));
        args.addAll(List.of(options));
        return MainTest.zonelab(args.toArray(String[]::new));
    }

    @Test
    void aBadScaleInTheFileIsReportedEvenWithScaleGiven() throws IOException {
        Path f = scenario("neg.yaml", "years: 1\nscale: -1\n");
        MainTest.Outcome o = run(f, "--scale", "0.01");
        assertEquals(2, o.code(), o.out() + o.err());
        assertEquals(List.of(f + ":5:8: scale: -1 is out of range; allowed: (0, 1]"), o.errLines());
        assertFalse(Files.exists(tmp.resolve("out-neg.yaml")), "nothing was run");
    }

    @Test
    void aBadYearsInTheFileIsReportedEvenWithYearsGiven() throws IOException {
        Path f = scenario("fifteen.yaml", "scale: 0.01\nyears: fifteen\n");
        MainTest.Outcome o = run(f, "--years", "1");
        assertEquals(2, o.code(), o.out() + o.err());
        assertEquals(List.of(f + ":5:8: years: expected a whole number, got text \"fifteen\""), o.errLines());
    }

    @Test
    void aYearsOptionThatBreaksTheScenarioIsReportedAsTheOptions() throws IOException {
        Path f = scenario("event.yaml", "scale: 0.01\nyears: 3\nevents:\n  - {type: pandemic, year: 2022}\n");
        MainTest.Outcome o = run(f, "--years", "1");
        assertEquals(2, o.code(), o.out() + o.err());
        assertEquals(List.of("zonelab run: --years: with --years 1 the scenario is invalid: " + f + ":7:28: "
                + "events[0].year: 2022 is outside the run; allowed: years in [2020, 2020]"), o.errLines());
    }

    @Test
    void aScaleOptionThatLeavesNoFirmAgentsIsRefused() throws IOException {
        Path f = scenario("empty.yaml", "years: 1\n");
        MainTest.Outcome o = run(f, "--scale", "1e-300");
        assertEquals(2, o.code(), o.out() + o.err());
        assertEquals(List.of("zonelab run: --scale: 1E-300 leaves no firm agents (init_firms 150000 x scale rounds "
                + "to 0); the smallest useful scale is 0.00000334 (one firm agent)"), o.errLines());
        assertFalse(Files.exists(tmp.resolve("out-empty.yaml")), "no empty model was run");
    }

    @Test
    void aScaleInTheFileThatLeavesNoFirmAgentsIsRefused() throws IOException {
        Path f = scenario("empty-file.yaml", "years: 1\nscale: 1e-300\n");
        MainTest.Outcome o = MainTest.zonelab("validate", f.toString());
        assertEquals(2, o.code(), o.out() + o.err());
        assertEquals(List.of(f + ":5:8: scale: 1E-300 leaves no firm agents (init_firms 150000 x scale rounds to 0); "
                + "the smallest useful scale is 0.00000334 (one firm agent)"), o.errLines());
    }

    @Test
    void benchWithScaleZeroIsAUsageErrorNotAnInternalOne() {
        MainTest.Outcome o = MainTest.zonelab("bench", "scenarios/baseline.yaml", "--scale", "0", "--years", "1");
        assertEquals(2, o.code(), o.out() + o.err());
        assertEquals(List.of("zonelab bench: --scale: 0 is out of range; allowed: (0, 1] (see zonelab bench --help)"),
                o.errLines());
    }

    @Test
    void benchRefusesAScaleThatLeavesNoFirmAgents() {
        MainTest.Outcome o = MainTest.zonelab("bench", "scenarios/baseline.yaml", "--scale", "1e-9", "--years", "1");
        assertEquals(2, o.code(), o.out() + o.err());
        assertEquals(1, o.errLines().size(), o.err());
        assertTrue(o.err().startsWith("zonelab bench: --scale: 0.000000001 leaves no firm agents"), o.err());
    }

    @Test
    void benchChecksTheScenarioFileAsWritten() throws IOException {
        Path f = scenario("bench-bad.yaml", "years: 1\nscale: 7\n");
        MainTest.Outcome o = MainTest.zonelab("bench", f.toString(), "--scale", "0.01");
        assertEquals(2, o.code(), o.out() + o.err());
        assertEquals(List.of(f + ":5:8: scale: 7 is out of range; allowed: (0, 1]"), o.errLines());
    }
}
