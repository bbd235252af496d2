package org.zonelab.scenario;

import java.nio.file.Path;
import java.util.List;
import org.zonelab.scenario.Node.MapNode;

/**
 * A validated calibration targets file (scenarios/README.md, {@code zonelab calibrate}), as read by
 * {@link CalibrationLoader}: the base scenario (with the file's scale, years and replications), the
 * free parameters with their bounds, the targets the fit is scored on and the holdout figures it is
 * only checked against. {@link #scenarioFor(double[])} gives the scenario of one candidate. Immutable.
 *
 * @param name         the calibration's name (a safe directory name)
 * @param description  its description, or an empty string
 * @param source       the targets file
 * @param sha256       hex SHA-256 of the targets file
 * @param replications replications per candidate; every candidate runs the same seeds
 * @param seed         base seed of the runs' seeds and of the optimiser's random numbers
 * @param method       the search method ({@code cma-es})
 * @param evaluations  the budget: candidates evaluated at most
 * @param free         the free parameters, in the file's order
 * @param targets      the targets the loss sums over (role {@code fitted})
 * @param holdout      figures reported for the best candidate only (role {@code holdout})
 * @param inputs       every file read: the targets file, then the base scenario's inputs
 * @param loaded       the base scenario as its file gives it, with its tree
 * @param overrides    the targets file's scale, years, replications and seed, applied to every candidate
 */
public record CalibrationSpec(String name, String description, Path source, String sha256, int replications,
                              long seed, String method, int evaluations, List<FreeParameter> free,
                              List<Target> targets, List<Target> holdout, List<InputFiles.Read> inputs,
                              ScenarioLoader.Loaded loaded, Overrides overrides) {

    /** The one search method so far: Commons Math's CMA-ES. */
    public static final String CMA_ES = "cma-es";

    public CalibrationSpec {
        free = List.copyOf(free);
        targets = List.copyOf(targets);
        holdout = List.copyOf(holdout);
        inputs = List.copyOf(inputs);
    }

    /**
     * A parameter the fit searches.
     *
     * @param key   the dotted scenario key, e.g. {@code parameters.entry_rate}
     * @param path  where the value goes in the scenario tree
     * @param min   the lower bound
     * @param max   the upper bound
     * @param log   whether the search runs on the log of the value (bounds then positive)
     * @param whole whether the key takes whole numbers only (candidates are rounded)
     * @param at    where the key is written in the targets file
     */
    public record FreeParameter(String key, List<String> path, double min, double max, boolean log, boolean whole,
                                Position at) {
        public FreeParameter {
            path = List.copyOf(path);
        }

        /** The value at {@code u} in [0, 1] of the search space (linear or logarithmic between the bounds). */
        public double value(double u) {
            double x = log ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
            x = Math.min(max, Math.max(min, x));
            return whole ? Math.rint(x) : x;
        }

        /** The position in [0, 1] of the search space of a value within the bounds. */
        public double unit(double value) {
            return log ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (value - min) / (max - min);
        }

        /** The key as a column or chart name: the parameter's own name for {@code parameters.*} keys. */
        public String label() {
            return key.startsWith("parameters.") ? key.substring("parameters.".length()) : key;
        }
    }

    /** What a target measures. */
    public enum Kind {
        /** A national indicator's yearly value (stocks at Q4, flows summed over the year). */
        INDICATOR,
        /** A stylized-fact moment of {@code moments.csv} in a year. */
        MOMENT;

        /** The spelling in targets files and fit.csv. */
        public String label() {
            return this == INDICATOR ? "indicator" : "moment";
        }
    }

    /**
     * A published figure the simulation is held against.
     *
     * @param kind   indicator or moment
     * @param name   the indicator's or moment's key
     * @param year   the calendar year of the value
     * @param value  the published value (the interval's midpoint for an interval)
     * @param sd     its standard deviation; NaN for an interval
     * @param low    the interval's lower end; NaN without an interval
     * @param high   the interval's upper end; NaN without an interval
     * @param source where the figure comes from, or an empty string
     * @param where  where the target is written in the targets file, {@code file:line:col}
     */
    public record Target(Kind kind, String name, int year, double value, double sd, double low, double high,
                         String source, String where) {
        /** Whether the target is an interval (a hinge loss) rather than a value with an sd. */
        public boolean isInterval() {
            return !Double.isNaN(low);
        }

        /** {@code name year} for messages and tables. */
        public String label() {
            return name + " " + year;
        }
    }

    /** The scenario for the base scenario's own values. */
    public Scenario base() {
        return ScenarioLoader.validate(loaded.resolved(), overrides, loaded.zones());
    }

    /**
     * The scenario of one candidate: the base with each free parameter set.
     *
     * @param values one value per free parameter, in order, within its bounds
     */
    public Scenario scenarioFor(double[] values) {
        if (values.length != free.size()) {
            throw new IllegalArgumentException(values.length + " values for " + free.size() + " free parameters");
        }
        MapNode root = loaded.resolved().root();
        for (int i = 0; i < values.length; i++) {
            FreeParameter f = free.get(i);
            root = SweepSpec.with(root, f.path(), 0, SweepSpec.number(f.at(), values[i]));
        }
        return ScenarioLoader.validate(loaded.resolved().withRoot(root), overrides, loaded.zones());
    }
}
