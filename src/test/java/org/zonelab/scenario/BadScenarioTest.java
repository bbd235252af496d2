package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad scenario files in {@code src/test/resources/bad-scenarios}: each file's first line
 * is {@code # expect: <message>}, its second {@code # at: [file:]line:col}. Each must be refused with
 * exactly that message and location, quickly. Hostile inputs too large to commit are generated here.
 */
class BadScenarioTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-scenarios");
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
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badScenarioIsRefusedWithItsExpectedMessageAndPosition(String name) throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve(name), StandardCharsets.UTF_8);
        String first = lines.isEmpty() ? "" : lines.get(0);
        assertTrue(first.startsWith("# expect: "), name + ": the first line must be '# expect: <message>'");
        String expected = first.substring("# expect: ".length());
        String at = lines.size() > 1 && lines.get(1).startsWith("# at: ") ? lines.get(1).substring(6).trim() : null;

        Path file = work.resolve(name);
        ScenarioException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)));
        assertEquals(expected, e.detail(), name);
        assertEquals(e.file() + ":" + e.line() + ":" + e.column() + ": " + expected, e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
        if (at != null) {
            String[] parts = at.split(":");
            Path expectedFile = parts.length == 3 ? work.resolve(parts[0]).normalize() : file;
            int k = parts.length - 2;
            assertEquals(expectedFile, e.file(), name + ": file");
            assertEquals(Integer.parseInt(parts[k]), e.line(), name + ": line");
            assertEquals(Integer.parseInt(parts[k + 1]), e.column(), name + ": column");
        }
    }

    @Test
    void corpusCoversManyCases() throws IOException {
        assertTrue(corpus().count() >= 60, "the bad-scenario corpus lost files");
    }

    @Test
    void tenThousandDeepNestingIsRefusedQuickly() throws IOException {
        Path file = work.resolve("deep-nesting.yaml");
        Files.writeString(file, "name: deep\nparameters: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        ScenarioException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)));
        assertEquals("maps and lists are nested more than 50 levels deep", e.detail());
        assertEquals(2, e.line());
        assertEquals(62, e.column());
    }

    @Test
    void deepBlockNestingIsRefusedToo() throws IOException {
        StringBuilder sb = new StringBuilder("name: deep\nparameters:\n");
        for (int i = 0; i < 200; i++) {
            sb.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        sb.append("  ".repeat(201)).append("1\n");
        Path file = work.resolve("deep-block.yaml");
        Files.writeString(file, sb.toString());
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals("maps and lists are nested more than 50 levels deep", e.detail());
    }

    @Test
    void nonUtf8FileIsRefusedAtTheBadByte() throws IOException {
        Path file = work.resolve("latin1.yaml");
        byte[] bytes = "# comment\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals("the file is not valid UTF-8 (byte 0xE9 at offset 26); save it as UTF-8", e.detail());
        assertEquals(2, e.line());
        assertEquals(17, e.column());
    }

    @Test
    void missingFileIsReportedAtItsStart() {
        Path file = work.resolve("no-such-scenario.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(file + ":1:1: cannot read scenario file: file not found", e.getMessage());
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing() throws IOException {
        Path file = work.resolve("huge.yaml");
        Files.writeString(file, "description: \"" + "x".repeat(6 * 1024 * 1024) + "\"\n");
        ScenarioException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)));
        assertTrue(e.detail().endsWith("scenario files are limited to 5242880 bytes (5 MB)"), e.detail());
    }

    @Test
    void unsafeFileNameNeedsAnExplicitName() throws IOException {
        Path file = work.resolve("my scenario.yaml");
        Files.writeString(file, "years: 3\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals("scenario name \"my scenario\" (from the file name) is not a safe directory name; add a "
                + "name: key using letters, digits, \".\", \"_\" and \"-\", not starting with \".\", at most 100 "
                + "characters", e.detail());
        Files.writeString(file, "name: mine\nyears: 3\n");
        assertEquals("mine", ScenarioLoader.load(file).name());
    }

    @Test
    void aliasesWithinTheLimitsAreExpanded() throws IOException {
        Path file = work.resolve("aliases.yaml");
        Files.writeString(file, "name: aliases\nyears: &y 5\nevents:\n  - &e {type: pandemic, year: 2021}\n  - *e\n");
        Scenario s = ScenarioLoader.load(file);
        assertEquals(5, s.years());
        assertEquals(2, s.events().size());
        assertEquals(s.events().get(0), s.events().get(1));
    }

    @Test
    void scalarAnchorsAreExpandedToo() throws IOException {
        Path file = work.resolve("scalar-aliases.yaml");
        Files.writeString(file, "name: scalars\nscale: &i 0.5\nyears: &n 4\nevents:\n"
                + "  - {type: pandemic, year: 2021, severity: *i, duration_years: *n}\n"
                + "policies:\n  clusters: {intensity: *i, to: 2023}\n");
        Scenario s = ScenarioLoader.load(file);
        assertEquals(0.5, s.scale());
        assertEquals(0.5, s.events().get(0).severity());
        assertEquals(4.0, s.events().get(0).durationYears());
        assertEquals(0.5, s.policies().get(0).intensity());
    }
}
