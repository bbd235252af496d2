package org.zonelab.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.zonelab.scenario.Node.MapNode;

/**
 * A validated sensitivity factors file (scenarios/README.md, {@code zonelab sensitivity}), as read by
 * {@link SensitivityLoader}: the base scenario (with the file's scale, years and replications), the
 * factors with their ranges, the outputs the indices are computed for, and the settings of the two
 * methods. {@link #scenarioFor(double[])} gives the scenario of one design point. Immutable.
 *
 * @param name         the analysis's name (a safe directory name)
 * @param description  its description, or an empty string
 * @param source       the factors file
 * @param sha256       hex SHA-256 of the factors file
 * @param replications replications per design point; every point runs the same seeds
 * @param seed         base seed of the runs' seeds and of the designs' and bootstraps' random numbers
 * @param method       the method to run (the file's, or the command line's)
 * @param morris       Morris's settings
 * @param sobol        Sobol's settings
 * @param factors      the factors, in the file's order
 * @param outputs      the outputs, in the file's order
 * @param inputs       every file read: the factors file, then the base scenario's inputs
 * @param loaded       the base scenario as its file gives it, with its tree
 * @param overrides    the file's scale, years, replications and seed, applied to every point
 */
public record SensitivitySpec(String name, String description, Path source, String sha256, int replications, long seed,
                              Method method, Morris morris, Sobol sobol, List<Factor> factors, List<Output> outputs,
                              List<InputFiles.Read> inputs, ScenarioLoader.Loaded loaded, Overrides overrides) {

    public SensitivitySpec {
        factors = List.copyOf(factors);
        outputs = List.copyOf(outputs);
        inputs = List.copyOf(inputs);
    }

    /** A global sensitivity method. */
    public enum Method {
        /** Morris's elementary effects on one-at-a-time trajectories (screening). */
        MORRIS,
        /** Sobol' variance-based indices on a Saltelli design. */
        SOBOL;

        /** The spelling in factors files, on the command line and in indices.csv. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The method with this spelling, or null. */
        public static Method byLabel(String label) {
            for (Method m : values()) {
                if (m.label().equals(label)) {
                    return m;
                }
            }
            return null;
        }
    }

    /**
     * Morris's settings.
     *
     * @param trajectories one-at-a-time trajectories (each has factors + 1 points)
     * @param levels       levels of the grid each factor's range is divided into (even)
     * @param bootstrap    bootstrap resamples of the confidence interval of {@code mu_star}
     */
    public record Morris(int trajectories, int levels, int bootstrap) {
    }

    /**
     * Sobol's settings.
     *
     * @param samples     base samples N of the Saltelli design (a power of two)
     * @param secondOrder whether second-order indices are estimated (2k + 2 points per sample instead of k + 2)
     * @param bootstrap   bootstrap resamples of the confidence intervals
     */
    public record Sobol(int samples, boolean secondOrder, int bootstrap) {
    }

    /**
     * An uncertain input.
     *
     * @param key   the dotted scenario key, e.g. {@code parameters.growth_drift}
     * @param path  where the value goes in the scenario tree
     * @param min   the range's lower end
     * @param max   the range's upper end
     * @param whole whether the key takes whole numbers only (values are rounded)
     * @param at    where the key is written in the factors file
     */
    public record Factor(String key, List<String> path, double min, double max, boolean whole, Position at) {
        public Factor {
            path = List.copyOf(path);
        }

        /** The value at {@code u} in [0, 1] of the factor's range (rounded for whole-number keys). */
        public double value(double u) {
            double x = Math.min(max, Math.max(min, min + u * (max - min)));
            return whole ? Math.rint(x) : x;
        }

        /**
         * The key as a column or chart name: the parameter's own name for {@code parameters.*} keys, and
         * {@code <lever>.<field>} for {@code policies.<lever>.<field>} keys.
         */
        public String label() {
            if (key.startsWith("parameters.")) {
                return key.substring("parameters.".length());
            }
            return key.startsWith("policies.") ? key.substring("policies.".length()) : key;
        }
    }

    /**
     * An output the indices are computed for: a national indicator's or a moment's value in the runs'
     * final year.
     *
     * @param kind indicator or moment
     * @param name its key
     */
    public record Output(CalibrationSpec.Kind kind, String name) {
    }

    /** The same analysis with another method (the command line's {@code --method}). */
    public SensitivitySpec withMethod(Method m) {
        return new SensitivitySpec(name, description, source, sha256, replications, seed, m, morris, sobol, factors,
                outputs, inputs, loaded, overrides);
    }

    /** The base scenario with the file's run settings. */
    public Scenario base() {
        return ScenarioLoader.validate(loaded.resolved(), overrides, loaded.zones());
    }

    /** The final year of every run. */
    public int lastYear() {
        Scenario b = base();
        return b.startYear() + b.years() - 1;
    }

    /**
     * The scenario of one design point: the base with each factor set.
     *
     * @param values one value per factor, in order, within its range
     */
    public Scenario scenarioFor(double[] values) {
        if (values.length != factors.size()) {
            throw new IllegalArgumentException(values.length + " values for " + factors.size() + " factors");
        }
        MapNode root = loaded.resolved().root();
        for (int i = 0; i < values.length; i++) {
            Factor f = factors.get(i);
            root = SweepSpec.with(root, f.path(), 0, SweepSpec.number(f.at(), values[i]));
        }
        return ScenarioLoader.validate(loaded.resolved().withRoot(root), overrides, loaded.zones());
    }
}
