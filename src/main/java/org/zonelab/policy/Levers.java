package org.zonelab.policy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.PolicySetting;

/** The catalogue of the ten levers (read from {@link LeverSpec}) and the four event types, by scenario key. */
public final class Levers {
    private Levers() {
    }

    /** Lever keys in the order of the source document's ten key issues. */
    public static final List<String> SEED_ORDER = Arrays.stream(LeverSpec.values()).map(LeverSpec::key).toList();

    /** Lever keys in the order they act each quarter: governance first, as it sets efficiency. */
    public static final List<String> KEYS = Arrays.stream(LeverSpec.values())
            .sorted(Comparator.comparing(s -> !s.actsFirst()))
            .map(LeverSpec::key).toList();

    /** Event type keys. */
    public static final List<String> EVENT_TYPES = List.of("tech_decoupling", "pandemic", "demand_boom", "zone_approval");

    /** The lever for a scenario block. */
    public static Lever create(PolicySetting setting) {
        return LeverSpec.of(setting.lever())
                .orElseThrow(() -> new IllegalArgumentException("unknown lever " + setting.lever()))
                .create(setting);
    }

    /** The parameters a lever's block may set (empty for an unknown key). */
    public static List<LeverParameter> parameters(String lever) {
        return LeverSpec.of(lever).map(LeverSpec::parameters).orElse(List.of());
    }

    /** The event for a scenario entry. */
    public static Event event(EventSetting setting) {
        return switch (setting.type()) {
            case "tech_decoupling" -> new TechDecoupling(setting);
            case "pandemic" -> new Pandemic(setting);
            case "demand_boom" -> new DemandBoom(setting);
            case "zone_approval" -> new ZoneApproval(setting);
            default -> throw new IllegalArgumentException("unknown event type " + setting.type());
        };
    }
}
