package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.measure.Indicator;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.ScenarioLoader;

/**
 * Every scenario shipped under {@code scenarios/} runs: one replication at scale 0.01, for as few
 * years as reach the start of every policy and event it sets (at least one), ends with a non-empty
 * summary and a time series whose every row is finite. The files are found by listing the folder,
 * so a new scenario is covered without touching this test; sweep files (a top-level {@code base:}
 * key) are left to the sweep tests.
 */
class ShippedScenarioSmokeTest {
    private static final double SCALE = 0.01;

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of("scenarios"))) {
            return all.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !isSweep(p)).sorted().toList();
        }
    }

    private static boolean isSweep(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("base:"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.Test
    void theListingFindsTheKnownScenariosAndNoSweep() throws IOException {
        List<Path> found = scenarios();
        assertTrue(found.contains(Path.of("scenarios/baseline.yaml")), found.toString());
        assertTrue(found.contains(Path.of("scenarios/levers/regional_coordination.yaml")), found.toString());
        assertTrue(found.contains(Path.of("scenarios/events/tech-decoupling.yaml")), found.toString());
        assertFalse(found.contains(Path.of("scenarios/sweeps/coordination-entrepreneurship.yaml")), found.toString());
        assertTrue(found.size() >= 15, "scenarios/ lost files: " + found);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void runsToFiniteNonEmptyIndicators(Path file) {
        Scenario full = ScenarioLoader.load(file);
        int lastStart = full.startYear();
        for (PolicySetting p : full.policies()) {
            lastStart = Math.max(lastStart, p.fromYear());
        }
        for (EventSetting e : full.events()) {
            lastStart = Math.max(lastStart, e.year());
        }
        int years = Math.min(full.years(), lastStart - full.startYear() + 1);
        Scenario small = ScenarioLoader.load(file, new Overrides(1, null, SCALE, years));
        assertEquals(years, small.years());

        ReplicationResult r = Replication.run(small.modelConfig(), 0, Seeds.forReplication(small.seed(), 0));

        assertFalse(r.timeseries().isEmpty(), file + ": no time series rows");
        assertTrue(r.timeseries().size() >= 4 * years, file + ": fewer rows than quarters");
        for (IndicatorRow row : r.timeseries()) {
            assertTrue(Double.isFinite(row.value()), file + ": " + row);
        }
        assertFalse(r.summary().isEmpty(), file + ": empty summary");
        for (Map.Entry<Indicator, Double> e : r.summary().entrySet()) {
            assertTrue(Double.isFinite(e.getValue()), file + ": summary " + e);
        }
        assertTrue(r.summary().get(Indicator.FIRMS) > 0, file + ": no firms at the end");
        assertTrue(r.summary().get(Indicator.GDP_BN) > 0, file + ": no GDP in the final year");
        int lastYear = small.startYear() + years - 1;
        assertTrue(r.timeseries().stream().anyMatch(row -> row.year() == lastYear && row.quarter() == 4),
                file + ": the last quarter was not recorded");
    }
}
