package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad sweep files in {@code src/test/resources/bad-sweeps}, with the conventions of the
 * bad-scenario corpus: the first line is {@code # expect: <message>}, the second
 * {@code # at: [file:]line:col}. The base scenarios they name are in {@code parts/}; the zone data are
 * copied beside the corpus folder.
 */
class BadSweepTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-sweeps");
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @TempDir
    static Path tmp;
    private static Path work;

    @BeforeAll
    static void copyCorpusBesideZoneData() throws IOException {
        work = tmp.resolve("bad");
        TestFiles.copyTree(CORPUS, work);
        TestFiles.copyTree(Path.of("scenarios/data"), work.resolve("data"));
    }

    static Stream<String> corpus() throws IOException {
        return TestFiles.corpus(CORPUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badSweepIsRefusedWithItsExpectedMessageAndPosition(String name) throws IOException {
        TestFiles.assertRefused(CORPUS, work, name, SweepLoader::load);
    }

    @Test
    void corpusCoversManyCases() throws IOException {
        assertTrue(corpus().count() >= 45, "the bad-sweep corpus lost files");
    }

    @Test
    void baseFilesOfTheCorpusAreThemselvesValid() {
        assertEquals("sweep-corpus-base", ScenarioLoader.load(work.resolve("parts/base.yaml")).name());
        assertEquals(2, SweepLoader.load(work.resolve("parts/other-sweep.yaml")).size());
    }

    @Test
    void missingSweepFileIsReportedAtItsStart() {
        Path file = work.resolve("no-such-sweep.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(file));
        assertEquals(file + ":1:1: cannot read sweep file: file not found", e.getMessage());
    }

    @Test
    void hostileYamlIsRefusedAsInScenarios() throws IOException {
        Path file = work.resolve("tagged.yaml");
        Files.writeString(file, "base: !!javax.script.ScriptEngineManager [parts/base.yaml]\nvary: {seed: [1]}\n");
        ScenarioException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(ScenarioException.class, () -> SweepLoader.load(file)));
        assertTrue(e.detail().startsWith("YAML tags are not allowed"), e.detail());
        assertTrue(!SweepLoader.isSweep(file), "an unreadable file is not taken for a sweep");
    }
}
