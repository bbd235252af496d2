package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zonelab.scenario.TestFiles;

/**
 * {@code zonelab sensitivity} with a bad factors file (from the corpus of src/test/resources/bad-factors,
 * which BadFactorsTest checks message by message): exit 2, one line {@code file:line:col: message} on
 * stderr, no stack trace, nothing on stdout and no output directory. Also {@code zonelab validate} on a
 * good factors file (OK and its summary) and on bad ones (exit 2, the same line).
 */
class SensitivityBadFactorsTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-factors");

    @TempDir
    Path tmp;
    private Path work;

    @BeforeEach
    void copyCorpusBesideZoneData() throws IOException {
        work = tmp.resolve("bad");
        TestFiles.copyTree(CORPUS, work);
        TestFiles.copyTree(Path.of("scenarios/data"), work.resolve("data"));
    }


    /**
     * A few of each kind: the file itself, its base, a factor, an output, the design's size, and files the
     * design used to refuse only at run time (a range end past the shortened run, overlapping from and to).
     */
    @ParameterizedTest
    @ValueSource(strings = {"empty-file.yaml", "a-sweep-file.yaml", "base-invalid.yaml", "years-breaks-base.yaml",
            "factor-unknown-parameter.yaml", "factor-intensity-above-range.yaml", "missing-outputs.yaml",
            "runs-too-many-sobol.yaml", "factor-from-outside-shortened-run.yaml", "factor-from-after-to.yaml",
            "yaml-tag.yaml"})
    void badFactorsFileExits2WithOneLineAndNoOutput(String name) throws IOException {
        Path out = tmp.resolve("out");
        MainTest.Outcome o = MainTest.zonelab("sensitivity", work.resolve(name).toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().startsWith(work + "/"), "the line starts with the file: " + o.err());
        assertEquals(TestFiles.expectedLine(CORPUS, name), o.err().stripTrailing().replace(work + "/", ""));
        assertEquals(1, o.errLines().size(), o.err());
        assertTrue(o.err().matches("\\S+:\\d+:\\d+: [^\\n]+\\n"), o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
        assertEquals("", o.out());
        assertFalse(Files.exists(out), "no output directory");
    }

    @Test
    void badFactorsFileWritesNoDefaultResultsDirectory() throws IOException {
        // Without --out the directory would be results/sensitivity-<name>/<time>/, <name> from the file name.
        Path file = work.resolve("cli-bad-factors-no-output.yaml");
        Files.copy(work.resolve("factor-intensity-above-range.yaml"), file);
        Path results = ResultsDirectory.RESULTS.resolve("sensitivity-cli-bad-factors-no-output");
        assertFalse(Files.exists(results), results + " exists before the test");
        MainTest.Outcome o = MainTest.zonelab("sensitivity", file.toString(), "--quiet");
        assertEquals(2, o.code(), o.err());
        assertEquals(List.of(file + ":5:59: factors.policies.regional_coordination.intensity.max: 6 is out of range; "
                + "allowed: [0, 5]"), o.errLines());
        assertEquals("", o.out());
        assertFalse(Files.exists(results), "no output directory");
    }

    @Test
    void missingFactorsFileExits2WithOneLine() {
        Path file = tmp.resolve("no-such-factors.yaml");
        MainTest.Outcome o = MainTest.zonelab("sensitivity", file.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(List.of(file + ":1:1: cannot read factors file: file not found"), o.errLines());
        assertEquals("", o.out());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void validatePrintsOkAndTheDesignsOfAGoodFactorsFile() throws IOException {
        Path file = work.resolve("good.yaml");
        Files.writeString(file, """
                name: cli-good
                base: parts/base.yaml
                replications: 3
                method: sobol
                morris: {trajectories: 5}
                sobol: {samples: 16, second_order: true}
                factors:
                  growth_drift: {min: -0.05, max: 0.02}
                  policies.regional_coordination.intensity: {min: 0, max: 1}
                outputs: [gdp_bn, survival_5y, unicorns]
                """);
        MainTest.Outcome o = MainTest.zonelab("validate", file.toString());
        assertEquals("", o.err());
        assertEquals(0, o.code());
        // Morris: 5 trajectories x (2 + 1) points x 3 replications; Sobol with second order: 16 x (2 x 2 + 2) x 3.
        assertEquals("OK " + file + ": sensitivity cli-good, 2 factors, 3 outputs, method sobol; morris 45 runs, "
                + "sobol 288 runs\n", o.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"factor-unknown-parameter.yaml", "outputs-unknown.yaml", "factor-from-after-to.yaml",
            "factor-from-outside-shortened-run.yaml", "runs-too-many-morris-default.yaml", "missing-base.yaml"})
    void validateRefusesABadFactorsFileWithItsLine(String name) throws IOException {
        MainTest.Outcome o = MainTest.zonelab("validate", work.resolve("parts/base.yaml").toString(),
                work.resolve(name).toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(List.of(TestFiles.expectedLine(CORPUS, name)),
                o.errLines().stream().map(l -> l.replace(work + "/", "")).toList());
        assertTrue(o.out().startsWith("OK " + work.resolve("parts/base.yaml") + ": factors-corpus-base, "), o.out());
        assertEquals(1, o.out().lines().count(), "only the good file is OK: " + o.out());
    }
}
