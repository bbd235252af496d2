package org.zonelab.policy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zonelab.model.EventSetting;
import org.zonelab.model.PolicySetting;

/** The catalogue of the ten levers and the four event types, by scenario key. */
public final class Levers {
    private Levers() {
    }

    /** Lever keys in the order of the source document's ten key issues. */
    public static final List<String> SEED_ORDER = List.of("clusters", "application_scenarios", "three_high", "new_rnd",
            "entrepreneurship", "integration", "regional_coordination", "openness", "regulation", "governance");

    /** Lever keys in the order they act each quarter: governance first, as it sets efficiency. */
    public static final List<String> KEYS = List.of("governance", "clusters", "application_scenarios", "three_high",
            "new_rnd", "entrepreneurship", "integration", "regional_coordination", "openness", "regulation");

    /** Event type keys. */
    public static final List<String> EVENT_TYPES = List.of("tech_decoupling", "pandemic", "demand_boom", "zone_approval");

    private static final Map<String, Function<PolicySetting, Lever>> FACTORIES = Map.of(
            "clusters", ClustersLever::new,
            "application_scenarios", ApplicationScenariosLever::new,
            "three_high", ThreeHighLever::new,
            "new_rnd", NewRndLever::new,
            "entrepreneurship", EntrepreneurshipLever::new,
            "integration", IntegrationLever::new,
            "regional_coordination", RegionalCoordinationLever::new,
            "openness", OpennessLever::new,
            "regulation", RegulationLever::new,
            "governance", GovernanceLever::new);

    private static final Map<String, List<LeverParameter>> PARAMETERS = Map.of(
            "clusters", ClustersLever.PARAMETERS,
            "application_scenarios", ApplicationScenariosLever.PARAMETERS,
            "three_high", ThreeHighLever.PARAMETERS,
            "new_rnd", NewRndLever.PARAMETERS,
            "entrepreneurship", EntrepreneurshipLever.PARAMETERS,
            "integration", IntegrationLever.PARAMETERS,
            "regional_coordination", RegionalCoordinationLever.PARAMETERS,
            "openness", OpennessLever.PARAMETERS,
            "regulation", RegulationLever.PARAMETERS,
            "governance", GovernanceLever.PARAMETERS);

    /** The lever for a scenario block. */
    public static Lever create(PolicySetting setting) {
        Function<PolicySetting, Lever> factory = FACTORIES.get(setting.lever());
        if (factory == null) {
            throw new IllegalArgumentException("unknown lever " + setting.lever());
        }
        return factory.apply(setting);
    }

    /** The parameters a lever's block may set (empty for an unknown key). */
    public static List<LeverParameter> parameters(String lever) {
        return PARAMETERS.getOrDefault(lever, List.of());
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
