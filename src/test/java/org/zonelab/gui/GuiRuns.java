package org.zonelab.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zonelab.experiment.IndicatorRow;
import org.zonelab.experiment.Replication;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.ScenarioLoader;

/** Small GUI runs for the tests: shipped scenarios at a small scale, and their national rows. */
final class GuiRuns {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml");
    static final Path REGIONAL_COORDINATION = Path.of("scenarios/levers/regional_coordination.yaml");
    static final double SCALE = 0.02;
    static final int YEARS = 3;

    private GuiRuns() {
    }

    /** A shipped scenario at the test scale and length. */
    static Scenario scenario(Path file) {
        return ScenarioLoader.load(file, new Overrides(null, null, SCALE, YEARS));
    }

    /** The GUI of a scenario at the test scale, without windows (no controller). */
    static ZoneLabWithUI gui(Path file) {
        return new ZoneLabWithUI(GuiSetup.of(scenario(file), false, true));
    }

    /** A twin run of two scenarios at the test scale, on A's seed, without windows. */
    static TwinWithUI twin(Path a, Path b) {
        GuiSetup setupA = GuiSetup.of(scenario(a), false, true);
        return new TwinWithUI(setupA, GuiSetup.of(scenario(b), false, true).withSeed(setupA.seed()));
    }

    /** {@code year,quarter,indicator,value} of the national indicators of some snapshots. */
    static List<String> rows(List<IndicatorSnapshot> history) {
        List<String> rows = new ArrayList<>();
        for (IndicatorSnapshot s : history) {
            for (Indicator i : Indicator.values()) {
                rows.add(s.year() + "," + s.quarter() + "," + i.key() + "," + s.get(i));
            }
        }
        return rows;
    }

    /** Fails with the first row that differs (the lists are long). */
    static void assertSameRows(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError(what + ": row " + i + " differs: expected " + expected.get(i) + ", got "
                        + actual.get(i));
            }
        }
        if (expected.size() != actual.size()) {
            throw new AssertionError(what + ": " + actual.size() + " rows, expected " + expected.size());
        }
    }

    /** The same rows from the headless entry point, for the first {@code quarters} quarters. */
    static List<String> headlessRows(Scenario s, long seed, int quarters) {
        return headlessRows(s.modelConfig(), seed, quarters);
    }

    /** The same rows for a model configuration. */
    static List<String> headlessRows(ModelConfig config, long seed, int quarters) {
        List<String> rows = new ArrayList<>();
        for (IndicatorRow r : Replication.run(config, 0, seed).timeseries()) {
            if (r.scope() == IndicatorDefinition.Scope.NATIONAL && (r.year() - config.startYear()) * 4 + r.quarter() <= quarters) {
                rows.add(r.year() + "," + r.quarter() + "," + r.indicator().key() + "," + r.value());
            }
        }
        return rows;
    }
}
