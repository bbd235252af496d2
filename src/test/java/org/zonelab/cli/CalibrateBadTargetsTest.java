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
 * {@code zonelab calibrate} with a bad targets file (from the corpus of src/test/resources/bad-targets,
 * which BadTargetsTest checks message by message): exit 2, one line {@code file:line:col: message} on
 * stderr, no stack trace, nothing on stdout and no output directory.
 */
class CalibrateBadTargetsTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-targets");

    @TempDir
    Path tmp;
    private Path work;

    @BeforeEach
    void copyCorpusBesideZoneData() throws IOException {
        work = tmp.resolve("bad");
        TestFiles.copyTree(CORPUS, work);
        TestFiles.copyTree(Path.of("scenarios/data"), work.resolve("data"));
    }



    @ParameterizedTest
    @ValueSource(strings = {"target-sd-zero.yaml", "free-unknown-parameter.yaml", "missing-targets.yaml",
            "years-breaks-base.yaml", "base-invalid.yaml", "empty-file.yaml"})
    void badTargetsFileExits2WithOneLineAndNoOutput(String name) throws IOException {
        Path out = tmp.resolve("out");
        MainTest.Outcome o = MainTest.zonelab("calibrate", work.resolve(name).toString(), "--out", out.toString(),
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
    void badTargetsFileWritesNoDefaultResultsDirectory() throws IOException {
        // Without --out the directory would be results/calibrate-<name>/<time>/, <name> from the file name.
        Path file = work.resolve("cli-bad-targets-no-output.yaml");
        Files.copy(work.resolve("target-sd-zero.yaml"), file);
        Path results = ResultsDirectory.RESULTS.resolve("calibrate-cli-bad-targets-no-output");
        assertFalse(Files.exists(results), results + " exists before the test");
        MainTest.Outcome o = MainTest.zonelab("calibrate", file.toString(), "--quiet");
        assertEquals(2, o.code(), o.err());
        assertEquals(List.of(file + ":7:55: targets[0].sd: 0 is out of range; allowed: numbers > 0"), o.errLines());
        assertFalse(Files.exists(results), "no output directory");
    }

    @Test
    void missingTargetsFileExits2WithOneLine() {
        Path file = tmp.resolve("no-such-targets.yaml");
        MainTest.Outcome o = MainTest.zonelab("calibrate", file.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(List.of(file + ":1:1: cannot read targets file: file not found"), o.errLines());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
