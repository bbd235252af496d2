package org.zonelab.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zonelab.model.PolicyProgramme;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.policy.Lever;
import org.zonelab.policy.Levers;
import org.zonelab.policy.Programme;

/**
 * The policy programme of a GUI run: the scenario's {@link Programme} with every one of the ten levers
 * present, so that each has a slider. A lever the scenario leaves out is added at intensity 0 for all
 * zones and all years, which acts exactly as if it were absent until a user moves its slider. The
 * model's {@code start()} resets the programme for each run of the GUI ({@link #start}); the
 * intensities set with the sliders carry over from one run to the next, so a restart repeats the run
 * unless a slider (or the seed) was changed.
 */
final class GuiProgramme implements PolicyProgramme {
    private static final long serialVersionUID = 1L;

    private final Programme current;
    /** Intensities set with the sliders, by lever key; they replace the scenario's at every start. */
    private final Map<String, Double> chosen = new HashMap<>();

    GuiProgramme(ModelConfig config) {
        current = Programme.of(withEveryLever(config));
    }

    /** Resets the levers and events for a new run, then applies the intensities set with the sliders. */
    @Override
    public void start(ZoneLabModel model) {
        current.start(model);
        for (Map.Entry<String, Double> e : chosen.entrySet()) {
            current.lever(e.getKey()).ifPresent(l -> l.setIntensity(e.getValue()));
        }
    }

    @Override
    public void apply(ZoneLabModel model) {
        current.apply(model);
    }

    /**
     * Sets a lever's intensity from the next step on, and for the runs after this one.
     *
     * @throws IllegalArgumentException if the value is not an intensity ({@link Lever#setIntensity})
     */
    void setIntensity(String key, double value) {
        current.lever(key).ifPresent(l -> {
            l.setIntensity(value);
            chosen.put(key, value);
        });
    }

    /** The lever with this key (every one of {@link Levers#SEED_ORDER} is present). */
    Optional<Lever> lever(String key) {
        return current.lever(key);
    }

    /** The configuration's policy blocks plus, for each lever it leaves out, a block at intensity 0. */
    static ModelConfig withEveryLever(ModelConfig config) {
        List<PolicySetting> policies = new ArrayList<>(config.policies());
        for (String key : Levers.SEED_ORDER) {
            if (policies.stream().noneMatch(p -> p.lever().equals(key))) {
                policies.add(new PolicySetting(key, 0, config.startYear(), Integer.MAX_VALUE, ZoneTarget.ALL, Map.of()));
            }
        }
        return new ModelConfig(config.parameters(), config.startYear(), config.years(), config.scale(), config.zones(),
                policies, config.events());
    }
}
