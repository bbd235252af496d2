package org.zonelab.cli;

import org.zonelab.scenario.Overrides;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that override a scenario's replications, seed, scale and years, shared (as a picocli
 * mixin) by the commands that run scenarios: {@code run} and {@code compare}. Each command words the
 * help for itself in its resource bundle (keys {@code reps}, {@code seed}, {@code scale},
 * {@code years}); the descriptions here are the fallback.
 */
final class ScenarioOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--reps", paramLabel = "N", descriptionKey = "reps",
            description = "Replications per scenario (default: the scenario's; with several scenarios, the first "
                    + "one's).")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "seed",
            description = "Base seed (default: the scenario's; with several scenarios, the first one's, the base of "
                    + "their common random numbers).")
    Long seed;

    @Option(names = "--scale", paramLabel = "X", descriptionKey = "scale",
            description = "Share of real firms represented, in (0, 1], for every scenario.")
    Double scale;

    @Option(names = "--years", paramLabel = "Y", descriptionKey = "years",
            description = "Years to simulate, 1..100, for every scenario.")
    Integer years;

    /** The overrides, checked; a bad value is a usage error of the command. */
    Overrides overrides() {
        try {
            return new Overrides(reps, seed, scale, years);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
