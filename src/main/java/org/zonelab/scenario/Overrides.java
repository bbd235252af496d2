package org.zonelab.scenario;

/**
 * Values given on the command line that replace the scenario file's own. The loader validates the file
 * as written first, then with these values (so that, for example, policy years are checked against the
 * overridden run length, and a scale against the firm agents it leaves); a value that does not fit the
 * scenario is an {@link OptionException}. Null leaves a value as the file has it.
 *
 * @param replications number of replications
 * @param seed         base seed
 * @param scale        share of real firms represented
 * @param years        simulated years
 */
public record Overrides(Integer replications, Long seed, Double scale, Integer years) {
    /** No overrides. */
    public static final Overrides NONE = new Overrides(null, null, null, null);

    /**
     * @throws IllegalArgumentException with a one-line message naming the option, when a value is out of
     *                                  range
     */
    public Overrides {
        if (replications != null && (replications < ScenarioLoader.MIN_REPLICATIONS
                || replications > ScenarioLoader.MAX_REPLICATIONS)) {
            throw new IllegalArgumentException("--reps: " + replications + " is out of range; allowed: whole numbers in ["
                    + ScenarioLoader.MIN_REPLICATIONS + ", " + ScenarioLoader.MAX_REPLICATIONS + "]");
        }
        if (seed != null && seed < 0) {
            throw new IllegalArgumentException("--seed: " + seed + " is out of range; allowed: whole numbers >= 0");
        }
        if (scale != null && !(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("--scale: " + Checks.plainOrText(scale)
                    + " is out of range; allowed: (0, 1]");
        }
        if (years != null && (years < ScenarioLoader.MIN_YEARS || years > ScenarioLoader.MAX_YEARS)) {
            throw new IllegalArgumentException("--years: " + years + " is out of range; allowed: whole numbers in ["
                    + ScenarioLoader.MIN_YEARS + ", " + ScenarioLoader.MAX_YEARS + "]");
        }
    }
}
