package org.zonelab.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.experiment.IndicatorRow.Scope;
import org.zonelab.model.Indicator;
import org.zonelab.model.IndicatorSnapshot;
import org.zonelab.model.ModelConfig;
import org.zonelab.model.Region;
import org.zonelab.model.RegionIndicator;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneIndicator;
import org.zonelab.model.ZoneLabModel;
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
        ZoneLabModel model = new ZoneLabModel(seed, config, Programme.of(config));
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
        return new ReplicationResult(replication, seed, rows(model), summary(model.history()));
    }

    /** The time-series rows: national and regional every quarter, zones at the end of each year. */
    static List<IndicatorRow> rows(ZoneLabModel model) {
        List<IndicatorRow> rows = new ArrayList<>();
        List<Zone> zones = model.zones();
        for (IndicatorSnapshot s : model.history()) {
            for (Indicator i : Indicator.values()) {
                rows.add(row(s, Scope.NATIONAL, "", i.key(), s.get(i)));
            }
            for (Region r : Region.values()) {
                for (RegionIndicator i : RegionIndicator.values()) {
                    rows.add(row(s, Scope.REGION, r.label(), i.key(), s.get(r, i)));
                }
            }
            if (s.quarter() == 4) {
                // Zones approved during the run appear from the year they join.
                for (int z = 0; z < s.zone().length; z++) {
                    String id = Integer.toString(zones.get(z).getId());
                    for (ZoneIndicator i : ZoneIndicator.values()) {
                        rows.add(row(s, Scope.ZONE, id, i.key(), s.get(z, i)));
                    }
                }
            }
        }
        return rows;
    }

    /** Final-year national values: stocks at the end, flows summed over the last four quarters. */
    static Map<String, Double> summary(List<IndicatorSnapshot> history) {
        Map<String, Double> out = new LinkedHashMap<>();
        int n = history.size();
        for (Indicator i : Indicator.values()) {
            double value;
            if (i.kind() == Indicator.Kind.STOCK) {
                value = history.get(n - 1).get(i);
            } else {
                value = 0;
                for (int k = Math.max(0, n - 4); k < n; k++) {
                    value += history.get(k).get(i);
                }
            }
            out.put(i.key(), finite(i.key(), value));
        }
        return out;
    }

    private static IndicatorRow row(IndicatorSnapshot s, Scope scope, String id, String indicator, double value) {
        return new IndicatorRow(s.year(), s.quarter(), scope, id, indicator, finite(indicator, value));
    }

    private static double finite(String indicator, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("indicator " + indicator + " is not finite: " + value);
        }
        return value;
    }
}
