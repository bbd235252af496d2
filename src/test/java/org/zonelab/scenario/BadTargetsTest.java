package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.param.Param;

/**
 * The corpus of bad calibration targets files in {@code src/test/resources/bad-targets}, with the
 * conventions of the bad-scenario and bad-sweep corpora: the first line is {@code # expect: <message>},
 * the second {@code # at: [file:]line:col}. The base scenarios they name are in {@code parts/}; the zone
 * data are copied beside the corpus folder. Also a good targets file, read back in full.
 */
class BadTargetsTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-targets");
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
    void badTargetsFileIsRefusedWithItsExpectedMessageAndPosition(String name) throws IOException {
        TestFiles.assertRefused(CORPUS, work, name, CalibrationLoader::load);
    }

    @Test
    void corpusCoversManyCases() throws IOException {
        assertTrue(corpus().count() >= 40, "the bad-targets corpus lost files");
    }

    @Test
    void baseFilesOfTheCorpusAreThemselvesValid() {
        assertEquals("targets-corpus-base", ScenarioLoader.load(work.resolve("parts/base.yaml")).name());
        assertEquals("targets-corpus-plain", ScenarioLoader.load(work.resolve("parts/plain.yaml")).name());
        assertEquals(2, SweepLoader.load(work.resolve("parts/other-sweep.yaml")).size());
        assertEquals(1, CalibrationLoader.load(work.resolve("parts/other-targets.yaml")).free().size());
    }

    @Test
    void missingTargetsFileIsReportedAtItsStart() {
        Path file = work.resolve("no-such-targets.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> CalibrationLoader.load(file));
        assertEquals(file + ":1:1: cannot read targets file: file not found", e.getMessage());
    }

    @Test
    void hostileYamlIsRefusedAsInScenarios() throws IOException {
        Path file = work.resolve("tagged.yaml");
        Files.writeString(file, "base: !!javax.script.ScriptEngineManager [parts/base.yaml]\n"
                + "free: {entry_rate: {min: 0.05, max: 0.2}}\n"
                + "targets: [{moment: survival_5y, value: 0.69, sd: 0.03}]\n");
        ScenarioException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(ScenarioException.class, () -> CalibrationLoader.load(file)));
        assertTrue(e.detail().startsWith("YAML tags are not allowed"), e.detail());
    }

    @Test
    void goodTargetsFileLoadsWithEveryKey() throws IOException {
        Path file = work.resolve("good-fit.yaml");
        Files.writeString(file, """
                name: corpus-fit
                description: A good targets file.
                base: parts/base.yaml
                scale: 0.02
                years: 6
                replications: 3
                seed: 42
                method: cma-es
                budget: {evaluations: 50}
                free:
                  entry_rate: {min: 0.05, max: 0.2}
                  parameters.growth_drift: {min: -0.05, max: 0.02, log: false}
                  policies.clusters.intensity: {min: 0.1, max: 2, log: true}
                  init_firms: {min: 100000, max: 200000}
                targets:
                  - {indicator: gdp_bn, year: 2021, value: 13600, sd: 680, source: "data/EVIDENCE.md 7c"}
                  - {moment: survival_5y, value: 0.69, sd: 0.03}
                  - {indicator: firms, year: 2025, interval: [175000, 190000]}
                holdout:
                  - {indicator: listed_firms, year: 2022, value: 1900, sd: 100}
                """);
        CalibrationSpec spec = CalibrationLoader.load(file);
        assertEquals("corpus-fit", spec.name());
        assertEquals("A good targets file.", spec.description());
        assertEquals(file, spec.source());
        assertEquals(3, spec.replications());
        assertEquals(42, spec.seed());
        assertEquals(CalibrationSpec.CMA_ES, spec.method());
        assertEquals(50, spec.evaluations());

        List<CalibrationSpec.FreeParameter> free = spec.free();
        assertEquals(List.of("parameters.entry_rate", "parameters.growth_drift", "policies.clusters.intensity",
                "parameters.init_firms"), free.stream().map(CalibrationSpec.FreeParameter::key).toList());
        assertEquals(List.of("parameters", "entry_rate"), free.get(0).path());
        assertEquals(List.of("policies", "clusters", "intensity"), free.get(2).path());
        assertEquals("entry_rate", free.get(0).label());
        assertEquals(0.05, free.get(0).min());
        assertEquals(0.2, free.get(0).max());
        assertEquals(-0.05, free.get(1).min());
        assertEquals(0.02, free.get(1).max());
        assertEquals(List.of(false, false, true, false),
                free.stream().map(CalibrationSpec.FreeParameter::log).toList());
        assertEquals(List.of(false, false, false, true),
                free.stream().map(CalibrationSpec.FreeParameter::whole).toList());
        assertEquals(new Position(file, 11, 3), free.get(0).at());

        List<CalibrationSpec.Target> targets = spec.targets();
        assertEquals(3, targets.size());
        CalibrationSpec.Target gdp = targets.get(0);
        assertEquals(CalibrationSpec.Kind.INDICATOR, gdp.kind());
        assertEquals("gdp_bn", gdp.name());
        assertEquals(2021, gdp.year());
        assertEquals(13600, gdp.value());
        assertEquals(680, gdp.sd());
        assertFalse(gdp.isInterval());
        assertEquals("data/EVIDENCE.md 7c", gdp.source());
        assertEquals(file + ":16:5", gdp.where());
        CalibrationSpec.Target survival = targets.get(1);
        assertEquals(CalibrationSpec.Kind.MOMENT, survival.kind());
        assertEquals("survival_5y", survival.name());
        assertEquals(2025, survival.year(), "a moment without a year is the run's last year (years: 6 from 2020)");
        assertEquals(0.69, survival.value());
        assertEquals(0.03, survival.sd());
        assertEquals("", survival.source());
        CalibrationSpec.Target firms = targets.get(2);
        assertEquals("firms", firms.name());
        assertEquals(2025, firms.year(), "2025 is in the run only with the file's years: 6");
        assertTrue(firms.isInterval());
        assertEquals(175000, firms.low());
        assertEquals(190000, firms.high());
        assertEquals(182500, firms.value(), "an interval's value is its midpoint");
        assertTrue(Double.isNaN(firms.sd()));

        assertEquals(1, spec.holdout().size());
        CalibrationSpec.Target listed = spec.holdout().get(0);
        assertEquals(CalibrationSpec.Kind.INDICATOR, listed.kind());
        assertEquals("listed_firms", listed.name());
        assertEquals(2022, listed.year());
        assertEquals(1900, listed.value());
        assertEquals(100, listed.sd());

        Scenario base = spec.base();
        assertEquals(0.02, base.scale());
        assertEquals(6, base.years());
        assertEquals(2020, base.startYear());
        assertEquals(3, base.replications());
        assertEquals(42, base.seed());
        assertEquals("targets-corpus-base", base.name());
        assertEquals(Param.ENTRY_RATE.defaultValue(), base.modelConfig().parameters().get(Param.ENTRY_RATE));

        Scenario candidate = spec.scenarioFor(new double[] {0.125, -0.01, 1.5, 120000});
        assertEquals(0.125, candidate.modelConfig().parameters().get(Param.ENTRY_RATE));
        assertEquals(-0.01, candidate.modelConfig().parameters().get(Param.GROWTH_DRIFT));
        assertEquals(120000, candidate.modelConfig().parameters().get(Param.INIT_FIRMS));
        PolicySetting clusters = candidate.policies().stream().filter(p -> p.lever().equals("clusters"))
                .findFirst().orElseThrow();
        assertEquals(1.5, clusters.intensity());
        assertEquals(0.02, candidate.scale(), "the file's overrides apply to every candidate");
        assertEquals(6, candidate.years());
        assertEquals(3, candidate.replications());
        assertEquals(42, candidate.seed());
        assertThrows(IllegalArgumentException.class, () -> spec.scenarioFor(new double[] {0.1}));
    }

    @Test
    void defaultsApplyWhenTheFileLeavesThemOut() throws IOException {
        Path file = work.resolve("plain-fit.yaml");
        Files.writeString(file, """
                base: parts/base.yaml
                free:
                  entry_rate: {min: 0.05, max: 0.2}
                targets:
                  - {indicator: gdp_bn, year: 2024, value: 13600, sd: 680}
                """);
        CalibrationSpec spec = CalibrationLoader.load(file);
        assertEquals("plain-fit", spec.name(), "the name comes from the file name");
        assertEquals("", spec.description());
        assertEquals(CalibrationLoader.DEFAULT_EVALUATIONS, spec.evaluations());
        assertEquals(2, spec.replications(), "the base scenario's replications");
        assertEquals(List.of(), spec.holdout());
        assertEquals(0.05, spec.base().scale());
        assertEquals(5, spec.base().years());
    }
}
