package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
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
 * The corpus of bad sensitivity factors files in {@code src/test/resources/bad-factors}, with the
 * conventions of the bad-sweep and bad-targets corpora: the first line is {@code # expect: <message>},
 * the second {@code # at: [file:]line:col}. The base scenarios they name are in {@code parts/}; the zone
 * data are copied beside the corpus folder. Also a good factors file read back in full (settings,
 * factors, outputs, the file's run settings on every design point), the defaults of a file that leaves
 * them out, and which files {@link SensitivityLoader#isFactorsFile} takes for factors files.
 */
class BadFactorsTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-factors");
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
    void badFactorsFileIsRefusedWithItsExpectedMessageAndPosition(String name) throws IOException {
        TestFiles.assertRefused(CORPUS, work, name, SensitivityLoader::load);
    }

    @Test
    void corpusCoversManyCases() throws IOException {
        assertTrue(corpus().count() >= 100, "the bad-factors corpus lost files");
    }

    @Test
    void baseFilesOfTheCorpusAreThemselvesValid() {
        assertEquals("factors-corpus-base", ScenarioLoader.load(work.resolve("parts/base.yaml")).name());
        assertEquals("factors-corpus-plain", ScenarioLoader.load(work.resolve("parts/plain.yaml")).name());
        assertEquals(2, SweepLoader.load(work.resolve("parts/other-sweep.yaml")).size());
        assertEquals(1, CalibrationLoader.load(work.resolve("parts/other-targets.yaml")).free().size());
        assertEquals(1, SensitivityLoader.load(work.resolve("parts/other-factors.yaml")).factors().size());
    }

    @Test
    void missingFactorsFileIsReportedAtItsStart() {
        Path file = work.resolve("no-such-factors.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> SensitivityLoader.load(file));
        assertEquals(file + ":1:1: cannot read factors file: file not found", e.getMessage());
        assertFalse(SensitivityLoader.isFactorsFile(file), "a missing file is not a factors file");
    }

    @Test
    void hostileYamlIsRefusedAsInScenarios() throws IOException {
        Path file = work.resolve("tagged.yaml");
        Files.writeString(file, "base: parts/base.yaml\n"
                + "factors: {growth_drift: !!javax.script.ScriptEngineManager [{min: -0.05, max: 0.02}]}\n"
                + "outputs: [gdp_bn]\n");
        ScenarioException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(ScenarioException.class, () -> SensitivityLoader.load(file)));
        assertTrue(e.detail().startsWith("YAML tags are not allowed"), e.detail());
        assertEquals(2, e.line(), "at the tag");
        assertFalse(SensitivityLoader.isFactorsFile(file), "an unreadable file is not taken for a factors file");
    }

    @Test
    void isFactorsFileTellsFactorsFilesFromScenariosSweepsAndTargetsFiles() {
        assertTrue(SensitivityLoader.isFactorsFile(work.resolve("parts/other-factors.yaml")));
        assertTrue(SensitivityLoader.isFactorsFile(work.resolve("factor-unknown-parameter.yaml")),
                "a bad factors file is still a factors file, so that its problem is reported as one");
        assertTrue(SensitivityLoader.isFactorsFile(work.resolve("missing-base.yaml")),
                "factors: without base: is a factors file missing its base, not a scenario with an unknown key");
        assertFalse(SensitivityLoader.isFactorsFile(work.resolve("parts/base.yaml")), "a scenario");
        assertFalse(SensitivityLoader.isFactorsFile(work.resolve("parts/other-sweep.yaml")), "a sweep");
        assertFalse(SensitivityLoader.isFactorsFile(work.resolve("parts/other-targets.yaml")), "a targets file");
        assertFalse(SensitivityLoader.isFactorsFile(work.resolve("empty-file.yaml")), "an empty file");
        assertFalse(SensitivityLoader.isFactorsFile(work.resolve("top-level-list.yaml")), "a list");
    }

    @Test
    void goodFactorsFileLoadsWithEveryKey() throws IOException, NoSuchAlgorithmException {
        Path file = work.resolve("good-levers.yaml");
        Files.writeString(file, """
                name: corpus-levers
                description: A good factors file.
                base: parts/base.yaml
                scale: 0.02
                years: 6
                replications: 3
                seed: 42
                method: sobol
                morris: {trajectories: 10, levels: 6, bootstrap: 200}
                sobol: {samples: 64, second_order: true, bootstrap: 500}
                factors:
                  growth_drift: {min: -0.05, max: 0.02}
                  parameters.init_firms: {min: 100000, max: 200000}
                  policies.clusters.intensity: {min: 0, max: 2}
                  policies.regional_coordination.intensity: {min: 0, max: 1}
                  policies.openness.openness_boost: {min: 0, max: 5}
                  policies.clusters.from: {min: 2020, max: 2022}
                  policies.clusters.to: {min: 2022, max: 2025}
                outputs: [gdp_bn, zone_gdp_gini, survival_5y, unicorns]
                """);
        SensitivitySpec spec = SensitivityLoader.load(file);
        assertEquals("corpus-levers", spec.name());
        assertEquals("A good factors file.", spec.description());
        assertEquals(file, spec.source());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
                spec.sha256());
        assertEquals(3, spec.replications());
        assertEquals(42, spec.seed());
        assertEquals(SensitivitySpec.Method.SOBOL, spec.method());
        assertEquals(new SensitivitySpec.Morris(10, 6, 200), spec.morris());
        assertEquals(new SensitivitySpec.Sobol(64, true, 500), spec.sobol());
        assertEquals(SensitivitySpec.Method.MORRIS, spec.withMethod(SensitivitySpec.Method.MORRIS).method());

        List<SensitivitySpec.Factor> factors = spec.factors();
        assertEquals(List.of("parameters.growth_drift", "parameters.init_firms", "policies.clusters.intensity",
                        "policies.regional_coordination.intensity", "policies.openness.openness_boost",
                        "policies.clusters.from", "policies.clusters.to"),
                factors.stream().map(SensitivitySpec.Factor::key).toList(),
                "a bare parameter name is parameters.<name>");
        assertEquals(List.of("parameters", "growth_drift"), factors.get(0).path());
        assertEquals(List.of("parameters", "init_firms"), factors.get(1).path());
        assertEquals(List.of("policies", "regional_coordination", "intensity"), factors.get(3).path());
        assertEquals(List.of("policies", "openness", "openness_boost"), factors.get(4).path());
        assertEquals("growth_drift", factors.get(0).label());
        assertEquals("clusters.intensity", factors.get(2).label());
        assertEquals(List.of(-0.05, 100000.0, 0.0, 0.0, 0.0, 2020.0, 2022.0),
                factors.stream().map(SensitivitySpec.Factor::min).toList());
        assertEquals(List.of(0.02, 200000.0, 2.0, 1.0, 5.0, 2022.0, 2025.0),
                factors.stream().map(SensitivitySpec.Factor::max).toList());
        assertEquals(List.of(false, true, false, false, false, true, true),
                factors.stream().map(SensitivitySpec.Factor::whole).toList());
        assertEquals(new Position(file, 12, 3), factors.get(0).at());
        assertEquals(new Position(file, 18, 3), factors.get(6).at());

        List<SensitivitySpec.Output> outputs = spec.outputs();
        assertEquals(List.of("gdp_bn", "zone_gdp_gini", "survival_5y", "unicorns"),
                outputs.stream().map(SensitivitySpec.Output::name).toList());
        assertEquals(List.of(CalibrationSpec.Kind.INDICATOR, CalibrationSpec.Kind.INDICATOR,
                CalibrationSpec.Kind.MOMENT, CalibrationSpec.Kind.INDICATOR),
                outputs.stream().map(SensitivitySpec.Output::kind).toList());

        Scenario base = spec.base();
        assertEquals("factors-corpus-base", base.name());
        assertEquals(0.02, base.scale());
        assertEquals(6, base.years());
        assertEquals(3, base.replications());
        assertEquals(42, base.seed());
        assertEquals(2025, spec.lastYear(), "six years from the base's start in 2020");
        assertEquals(List.of("clusters"), base.policies().stream().map(PolicySetting::lever).toList(),
                "the factors add no lever to the base itself");

        assertEquals(123456, factors.get(1).value(0.234564), "whole-number keys are rounded");
        assertEquals(-0.015, factors.get(0).value(0.5), 1e-12);
        assertEquals(-0.05, factors.get(0).value(0));
        assertEquals(0.02, factors.get(0).value(1));

        Scenario point = spec.scenarioFor(new double[] {-0.01, 123456, 1.5, 0.25, 3, 2021, 2023});
        assertEquals(-0.01, point.modelConfig().parameters().get(Param.GROWTH_DRIFT));
        assertEquals(123456, point.modelConfig().parameters().get(Param.INIT_FIRMS));
        PolicySetting clusters = lever(point, "clusters");
        assertEquals(1.5, clusters.intensity());
        assertEquals(2021, clusters.fromYear());
        assertEquals(2023, clusters.toYear());
        assertEquals(0.05, clusters.settings().get("anchor_growth"), "the base's other settings are kept");
        assertEquals(0.25, lever(point, "regional_coordination").intensity(),
                "a lever with no block in the base gets one");
        assertEquals(3.0, lever(point, "openness").settings().get("openness_boost"));
        assertEquals(0.02, point.scale(), "the file's run settings apply to every design point");
        assertEquals(6, point.years());
        assertEquals(3, point.replications());
        assertEquals(42, point.seed());
        assertThrows(IllegalArgumentException.class, () -> spec.scenarioFor(new double[] {0.0}));
    }

    @Test
    void defaultsApplyWhenTheFileLeavesThemOut() throws IOException {
        Path file = work.resolve("plain-study.yaml");
        Files.writeString(file, """
                base: parts/base.yaml
                factors:
                  growth_drift: {min: -0.05, max: 0.02}
                outputs: [gdp_bn]
                """);
        SensitivitySpec spec = SensitivityLoader.load(file);
        Scenario written = ScenarioLoader.load(work.resolve("parts/base.yaml"));
        assertEquals("plain-study", spec.name(), "the name comes from the file name");
        assertEquals("", spec.description());
        assertEquals(SensitivitySpec.Method.MORRIS, spec.method());
        assertEquals(SensitivityLoader.DEFAULT_MORRIS, spec.morris());
        assertEquals(SensitivityLoader.DEFAULT_SOBOL, spec.sobol());
        assertEquals(written.replications(), spec.replications(), "the base scenario's replications");
        assertEquals(written.seed(), spec.seed(), "the base scenario's seed");
        assertEquals(written.scale(), spec.base().scale());
        assertEquals(written.years(), spec.base().years());
    }

    @Test
    void blocksGivenInPartTakeTheRestFromTheDefaults() throws IOException {
        Path file = work.resolve("partial-blocks.yaml");
        Files.writeString(file, """
                base: parts/base.yaml
                morris: {levels: 6}
                sobol: {second_order: true}
                factors:
                  growth_drift: {min: -0.05, max: 0.02}
                outputs: [gdp_bn]
                """);
        SensitivitySpec spec = SensitivityLoader.load(file);
        SensitivitySpec.Morris m = SensitivityLoader.DEFAULT_MORRIS;
        SensitivitySpec.Sobol s = SensitivityLoader.DEFAULT_SOBOL;
        assertEquals(new SensitivitySpec.Morris(m.trajectories(), 6, m.bootstrap()), spec.morris());
        assertEquals(new SensitivitySpec.Sobol(s.samples(), true, s.bootstrap()), spec.sobol());
    }

    private static PolicySetting lever(Scenario s, String lever) {
        return s.policies().stream().filter(p -> p.lever().equals(lever)).findFirst().orElseThrow();
    }
}
