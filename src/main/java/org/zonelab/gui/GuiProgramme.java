package org.zonelab.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zonelab.model.ModelConfig;
import org.zonelab.model.PolicyProgramme;
import org.zonelab.model.PolicySetting;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZoneTarget;
import org.zonelab.policy.Lever;
import org.zonelab.policy.Levers;
import org.zonelab.policy.Programme;

/**
 * The policy programme of a GUI run: the scenario's {@link Programme} with every one of the ten levers
 * present, so that each has a slider. A lever the scenario leaves out is added at intensity 0 for all
 * zones and all years, which acts exactly as if it were absent until a user moves its slider. Levers
 * keep state during a run (co-built parks made, zones approved), so every run of the GUI gets a fresh
 * programme ({@link #next}); the intensities set with the sliders carry over from one run to the next.
 */
final class GuiProgramme implements PolicyProgramme {
    private static final long serialVersionUID = 1L;

    private final Programme current;

    GuiProgramme(ModelConfig config) {
        current = Programme.of(withEveryLever(config));
    }

    /** A fresh programme for a new run, with this one's lever intensities. */
    GuiProgramme next(ModelConfig config) {
        GuiProgramme next = new GuiProgramme(config);
        for (Lever l : next.current.levers()) {
            current.lever(l.key()).ifPresent(mine -> l.setIntensity(mine.intensity()));
        }
        return next;
    }

    @Override
    public void apply(ZoneLabModel model) {
        current.apply(model);
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
