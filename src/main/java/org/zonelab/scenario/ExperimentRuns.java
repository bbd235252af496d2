package org.zonelab.scenario;

import org.zonelab.scenario.Node.MapNode;

/**
 * The run settings of an experiment file that has a base scenario and runs it many times
 * ({@code calibrate}'s targets files, {@code sensitivity}'s factors files): its optional top-level
 * {@code scale}, {@code years}, {@code replications} and {@code seed}, which replace the base's for every
 * run, and the base scenario validated with them.
 *
 * @param overrides    the file's settings, as overrides of the base
 * @param replications replications per point (the file's, or the base's)
 * @param seed         base seed of the runs (the file's, or the base's)
 * @param scenario     the base scenario with the overrides
 */
record ExperimentRuns(Overrides overrides, int replications, long seed, Scenario scenario) {

    /**
     * Reads the settings from a file's root and validates the base with them; a setting that does not fit
     * the base is reported at the setting.
     */
    static ExperimentRuns read(MapNode root, ScenarioLoader.Loaded base, Node baseValue) {
        Scenario own = base.scenario();
        Node scaleNode = root.get("scale");
        Double scale = scaleNode == null ? null : Checks.real(scaleNode, "scale", 0, true, 1);
        Node yearsNode = root.get("years");
        Integer years = yearsNode == null ? null
                : (int) Checks.whole(yearsNode, "years", ScenarioLoader.MIN_YEARS, ScenarioLoader.MAX_YEARS);
        Node repsNode = root.get("replications");
        int replications = repsNode == null ? own.replications()
                : (int) Checks.whole(repsNode, "replications", ScenarioLoader.MIN_REPLICATIONS,
                ScenarioLoader.MAX_REPLICATIONS);
        Node seedNode = root.get("seed");
        long seed = seedNode == null ? own.seed() : Checks.whole(seedNode, "seed", 0, Long.MAX_VALUE);
        Overrides overrides = new Overrides(replications, seed, scale, years);
        try {
            return new ExperimentRuns(overrides, replications, seed,
                    ScenarioLoader.validate(base.resolved(), overrides, base.zones()));
        } catch (OptionException e) {
            Node at = e.option().equals("--scale") && scaleNode != null ? scaleNode
                    : e.option().equals("--years") && yearsNode != null ? yearsNode : baseValue;
            // The validator words the problem for the command line's --scale and --years options.
            String problem = e.getMessage().substring(e.option().length() + 2)
                    .replace("with --years " + years + " the scenario",
                            "with years: " + years + " the base scenario");
            throw Checks.error(at, e.option().substring(2), problem);
        }
    }
}
