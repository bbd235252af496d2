package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.param.Param;
import org.zonelab.scenario.SweepSpec.DesignPoint;
import org.zonelab.scenario.SweepSpec.Dimension;

class SweepLoaderTest {
    private static final Path EXAMPLE = Path.of("scenarios/sweeps/coordination-entrepreneurship.yaml");

    @TempDir
    Path tmp;

    /** A small base scenario beside a copy of the zone data. */
    private Path base() throws IOException {
        TestFiles.copyTree(Path.of("scenarios/data"), tmp.resolve("data"));
        return write("base.yaml", """
                name: small
                years: 6
                scale: 0.05
                seed: 11
                replications: 3
                policies:
                  clusters: {intensity: 0.5, anchor_growth: 0.05}
                """);
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static double intensity(Scenario s, String lever) {
        return s.policies().stream().filter(p -> p.lever().equals(lever)).findFirst().orElseThrow().intensity();
    }

    @Test
    void exampleSweepIsAThreeByThreeGridOnTheSmallBase() {
        SweepSpec s = SweepLoader.load(EXAMPLE);
        assertEquals("coordination-entrepreneurship", s.name());
        assertEquals(SweepSpec.Design.GRID, s.design());
        assertEquals(5, s.replications());
        assertEquals(9, s.size());
        assertEquals("sweep-base", s.base().name());
        assertEquals(0.05, s.base().scale());
        assertEquals(5, s.base().years());
        assertEquals(Sha256.hex(readAll(EXAMPLE)), s.sha256());

        List<DesignPoint> points = s.points();
        assertEquals(9, points.size());
        double[][] expected = {{0, 0}, {0, 0.5}, {0, 1}, {0.5, 0}, {0.5, 0.5}, {0.5, 1}, {1, 0}, {1, 0.5}, {1, 1}};
        for (int i = 0; i < 9; i++) {
            DesignPoint p = points.get(i);
            assertEquals(i, p.index());
            assertEquals(List.of("policies.regional_coordination.intensity", "policies.entrepreneurship.intensity"),
                    List.copyOf(p.values().keySet()));
            assertEquals(expected[i][0], p.values().get("policies.regional_coordination.intensity"), "point " + i);
            assertEquals(expected[i][1], p.values().get("policies.entrepreneurship.intensity"), "point " + i);
            Scenario sc = s.scenarioFor(p);
            assertEquals(expected[i][0], intensity(sc, "regional_coordination"));
            assertEquals(expected[i][1], intensity(sc, "entrepreneurship"));
            assertEquals(5, sc.replications(), "the sweep's replications");
            assertEquals(0.05, sc.scale());
            assertEquals(169, sc.zones().size());
        }
        assertEquals(0.0, intensity(s.base(), "regional_coordination"), "the base is left as it was");
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void gridIsTheCartesianProductInKeyOrderWithExactRangeSteps() throws IOException {
        base();
        Path f = write("grid.yaml", """
                base: base.yaml
                vary:
                  scale: {from: 0.1, to: 0.35, step: 0.1}
                  years: [4, 8]
                  parameters.init_firms: {from: 100000, to: 120000, step: 10000}
                  policies.clusters.anchor_growth: [0.02]
                """);
        SweepSpec s = SweepLoader.load(f);
        assertEquals("grid", s.name(), "the name defaults to the file name");
        assertEquals(3, s.replications(), "the replications default to the base's");
        assertEquals(0, s.samples());
        assertEquals(List.of(0.1, 0.2, 0.3), s.dimensions().get(0).values(), "decimal steps are exact");
        assertTrue(s.dimensions().get(1).whole());
        assertFalse(s.dimensions().get(0).whole());
        assertEquals(3 * 2 * 3, s.size());
        List<DesignPoint> points = s.points();
        assertEquals(18, points.size());
        List<List<Double>> seen = new ArrayList<>();
        for (DesignPoint p : points) {
            seen.add(List.copyOf(p.values().values()));
        }
        assertEquals(List.of(0.1, 4.0, 100000.0, 0.02), seen.get(0));
        assertEquals(List.of(0.1, 4.0, 110000.0, 0.02), seen.get(1), "the last key varies fastest");
        assertEquals(List.of(0.1, 8.0, 100000.0, 0.02), seen.get(3));
        assertEquals(List.of(0.2, 4.0, 100000.0, 0.02), seen.get(6), "the first key varies slowest");
        assertEquals(List.of(0.3, 8.0, 120000.0, 0.02), seen.get(17));
        assertEquals(18, new HashSet<>(seen).size(), "every combination once");

        Scenario last = s.scenarioFor(points.get(17));
        assertEquals(0.3, last.scale());
        assertEquals(8, last.years());
        assertEquals(120000, last.parameters().get(Param.INIT_FIRMS));
        PolicySetting clusters = last.policies().get(0);
        assertEquals(Map.of("anchor_growth", 0.02), clusters.settings());
        assertEquals(0.5, clusters.intensity(), "keys not varied keep the base's values");
        assertEquals(2027, clusters.toYear(), "a default 'to' follows the varied years");
        assertEquals(s.points(), points, "the same file gives the same points");
    }

    @Test
    void lhsPutsOnePointInEachStratumOfEachDimension() throws IOException {
        base();
        Path f = write("lhs.yaml", """
                name: lhs-test
                base: base.yaml
                design: lhs
                samples: 40
                seed: 5
                replications: 2
                vary:
                  scale: {from: 0.05, to: 0.45}
                  parameters.share_it: {from: 0.1, to: 0.3}
                  policies.clusters.intensity: [0, 1, 2, 3]
                  years: {from: 5, to: 9}
                """);
        SweepSpec s = SweepLoader.load(f);
        assertEquals(SweepSpec.Design.LHS, s.design());
        assertEquals(40, s.size());
        assertEquals(5, s.seed());
        List<DesignPoint> points = s.points();
        assertEquals(40, points.size());
        for (String key : List.of("scale", "parameters.share_it")) {
            Dimension d = s.dimensions().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            assertTrue(d.continuous());
            Set<Integer> strata = new HashSet<>();
            for (DesignPoint p : points) {
                double v = p.values().get(key);
                assertTrue(v >= d.min() && v <= d.max(), key + " " + v);
                strata.add((int) Math.floor((v - d.min()) / (d.max() - d.min()) * 40));
            }
            assertEquals(40, strata.size(), key + ": one point in each of the 40 strata");
        }
        Map<Double, Integer> uses = new HashMap<>();
        for (DesignPoint p : points) {
            uses.merge(p.values().get("policies.clusters.intensity"), 1, Integer::sum);
        }
        assertEquals(Map.of(0.0, 10, 1.0, 10, 2.0, 10, 3.0, 10), uses, "list items by stratified index");
        Set<Double> years = new HashSet<>();
        for (DesignPoint p : points) {
            double y = p.values().get("years");
            assertEquals(Math.rint(y), y, "whole-number keys are rounded");
            years.add(y);
            s.scenarioFor(p); // valid
        }
        assertEquals(Set.of(5.0, 6.0, 7.0, 8.0, 9.0), years);

        assertEquals(points, SweepLoader.load(f).points(), "deterministic");
        Files.writeString(f, Files.readString(f).replace("seed: 5", "seed: 6"));
        assertNotEquals(points, SweepLoader.load(f).points(), "another seed, another hypercube");
    }

    @Test
    void lhsSeedDefaultsToTheBaseSeedAndShortListsStayBalanced() throws IOException {
        base();
        Path f = write("lhs2.yaml", """
                base: base.yaml
                design: lhs
                samples: 7
                vary:
                  policies.clusters.intensity: [0, 1, 2]
                  seed: {from: 1, to: 1000, step: 1}
                """);
        SweepSpec s = SweepLoader.load(f);
        assertEquals(11, s.seed());
        Map<Double, Integer> uses = new HashMap<>();
        Set<Double> seeds = new HashSet<>();
        for (DesignPoint p : s.points()) {
            uses.merge(p.values().get("policies.clusters.intensity"), 1, Integer::sum);
            seeds.add(p.values().get("seed"));
        }
        assertEquals(3, uses.size());
        assertTrue(uses.values().stream().allMatch(n -> n == 2 || n == 3), uses.toString());
        assertEquals(7, seeds.size(), "a long list gives distinct items, one per stratum");
        DesignPoint p = s.points().get(0);
        assertEquals((long) (double) p.values().get("seed"), s.scenarioFor(p).seed());
    }

    @Test
    void scenarioForRejectsPointsOfAnotherSweep() throws IOException {
        base();
        Path f = write("one.yaml", "base: base.yaml\nvary: {seed: [1, 2]}\n");
        SweepSpec s = SweepLoader.load(f);
        assertEquals(2, s.size());
        assertThrows(IllegalArgumentException.class,
                () -> s.scenarioFor(new DesignPoint(0, Map.of("scale", 0.5))));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> s.scenarioFor(new DesignPoint(0, Map.of("seed", -1.0))));
        assertTrue(e.detail().startsWith("seed: -1 is out of range"), e.detail());
        assertEquals(f, e.file(), "a varied value is located at its key in the sweep file");
    }

    @Test
    void variedSeedsTakeEveryWholeNumberUpToTwoToThe53AsDocumented() throws IOException {
        base();
        long max = 1L << 53;
        SweepSpec list = SweepLoader.load(write("max.yaml", "base: base.yaml\nvary: {seed: [0, " + max + "]}\n"));
        List<Long> seeds = list.points().stream().map(list::scenarioFor).map(Scenario::seed).toList();
        assertEquals(List.of(0L, max), seeds);
        SweepSpec range = SweepLoader.load(write("range.yaml", "base: base.yaml\nvary:\n  seed: {from: "
                + (max - 2) + ", to: " + max + ", step: 1}\n"));
        assertEquals(List.of(max - 2, max - 1, max),
                range.points().stream().map(range::scenarioFor).map(Scenario::seed).toList());
        SweepSpec lhs = SweepLoader.load(write("lhs.yaml", "base: base.yaml\ndesign: lhs\nsamples: 3\nvary:\n"
                + "  seed: {from: " + (max - 1000) + ", to: " + max + "}\n"));
        for (DesignPoint p : lhs.points()) {
            long seed = lhs.scenarioFor(p).seed();
            assertTrue(seed >= max - 1000 && seed <= max, Long.toString(seed));
        }
    }

    @Test
    void isSweepLooksForATopLevelBaseKey() throws IOException {
        assertTrue(SweepLoader.isSweep(EXAMPLE));
        assertFalse(SweepLoader.isSweep(Path.of("scenarios/baseline.yaml")));
        assertFalse(SweepLoader.isSweep(tmp.resolve("missing.yaml")));
        assertFalse(SweepLoader.isSweep(write("list.yaml", "- base: x\n")));
    }

    @Test
    void aLeverAbsentFromTheBaseIsVariedWithItsOtherSettingsAtTheirDefaults() throws IOException {
        base();
        Path f = write("absent.yaml", """
                base: base.yaml
                vary:
                  policies.openness.intensity: [0, 0.5]
                  policies.regulation.supervision_bn_per_year: [0.05]
                """);
        SweepSpec s = SweepLoader.load(f);
        assertTrue(s.base().policies().stream().noneMatch(p -> p.lever().equals("openness")),
                "the base has no openness block");
        List<DesignPoint> points = s.points();
        assertEquals(2, points.size());
        for (int i = 0; i < 2; i++) {
            Scenario sc = s.scenarioFor(points.get(i));
            PolicySetting openness = sc.policies().stream().filter(p -> p.lever().equals("openness")).findFirst()
                    .orElseThrow();
            assertEquals(i * 0.5, openness.intensity());
            assertTrue(openness.settings().isEmpty(), "the lever's other settings take their defaults");
            PolicySetting regulation = sc.policies().stream().filter(p -> p.lever().equals("regulation"))
                    .findFirst().orElseThrow();
            assertEquals(Map.of("supervision_bn_per_year", 0.05), regulation.settings());
            assertEquals(ScenarioLoader.DEFAULT_INTENSITY, regulation.intensity(),
                    "a block written with a setting only is at the default intensity, as in a scenario file");
            assertEquals(intensity(s.base(), "clusters"), intensity(sc, "clusters"), "the base's levers are kept");
        }
    }
}
