package org.zonelab.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.zonelab.model.ProcessTimes;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.geo.Region;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.model.measure.RegionIndicator;
import org.zonelab.model.measure.ZoneIndicator;
import org.zonelab.policy.Programme;

/**
 * Runs one replication headless: (configuration, seed) to result. The one entry point shared by the
 * command line, the runners and the tests; it holds no state of its own.
 */
public final class Replication {
    private Replication() {
    }

    /**
     * Runs the model for all the configuration's quarters.
     *
     * @param config      the scenario's model configuration
     * @param replication replication index, recorded in the result
     * @param seed        the seed of this replication
     * @throws IllegalStateException if the model produced a value that is not finite
     */
    public static ReplicationResult run(ModelConfig config, int replication, long seed) {
        try {
            return run(config, replication, seed, ReplicationObserver.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the model with an observer that sees it after start and after every step.
     *
     * @throws IOException if the observer fails to write
     */
    public static ReplicationResult run(ModelConfig config, int replication, long seed, ReplicationObserver observer)
            throws IOException {
        return run(config, replication, seed, observer, null);
    }

    /**
     * Runs the model with its phases and firm processes timed into {@code times} (for benchmarks).
     *
     * @throws IOException if the observer fails to write
     */
    public static ReplicationResult run(ModelConfig config, int replication, long seed, ReplicationObserver observer,
                                        ProcessTimes times) throws IOException {
        ZoneLabModel model = new ZoneLabModel(seed, config, Programme.of(config));
        model.timeProcesses(times);
        model.start();
        try {
            observer.started(model);
            int steps = config.steps();
            while (model.schedule.getSteps() < steps) {
                model.schedule.step(model);
                observer.stepped(model);
            }
        } finally {
            observer.finished(model);
        }
        model.finish();
        List<IndicatorRow> rows = rows(model);
        return new ReplicationResult(replication, seed, rows, YearlyValues.finalYear(rows), List.copyOf(model.moments()));
    }

    /** The time-series rows: national and regional every quarter, zones at the end of each year. */
    static List<IndicatorRow> rows(ZoneLabModel model) {
        List<IndicatorRow> rows = new ArrayList<>();
        List<Zone> zones = model.zones();
        for (IndicatorSnapshot s : model.history()) {
            for (Indicator i : Indicator.values()) {
                rows.add(row(s, "", i, s.get(i)));
            }
            for (Region r : Region.values()) {
                for (RegionIndicator i : RegionIndicator.values()) {
                    rows.add(row(s, r.label(), i, s.get(r, i)));
                }
            }
            if (s.quarter() == 4) {
                // Zones approved during the run appear from the year they join.
                for (int z = 0; z < s.zone().length; z++) {
                    String id = Integer.toString(zones.get(z).getId());
                    for (ZoneIndicator i : ZoneIndicator.values()) {
                        rows.add(row(s, id, i, s.get(z, i)));
                    }
                }
            }
        }
        return rows;
    }

    private static IndicatorRow row(IndicatorSnapshot s, String id, IndicatorDefinition indicator, double value) {
        return new IndicatorRow(s.year(), s.quarter(), id, indicator, finite(indicator, value));
    }

    private static double finite(IndicatorDefinition indicator, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("indicator " + indicator.key() + " is not finite: " + value);
        }
        return value;
    }
}
