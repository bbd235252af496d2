package org.zonelab.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.zonelab.model.config.PolicySetting;

/**
 * The registry of the ten policy levers: each is declared here once, in the order of the source
 * document's ten key issues (its number is its position, from 1). The scenario loader, the programme,
 * the GUI's sliders and the ODD's parameter table all read this declaration; adding a lever means
 * writing its class and one line here (docs/CONTRIBUTING.md, "Adding a lever").
 */
public enum LeverSpec {
    CLUSTERS("clusters", "Clusters",
            "world-class clusters and new tracks: anchor firms, localisation spillovers, sector fusion.",
            false, ClustersLever.PARAMETERS, ClustersLever::new),
    APPLICATION_SCENARIOS("application_scenarios", "Application scenarios",
            "pilot contracts for young firms with a technical lead; more gazelles and unicorns.",
            false, ApplicationScenariosLever.PARAMETERS, ApplicationScenariosLever::new),
    THREE_HIGH("three_high", "High-growth firms",
            "gazelle certification and a government unicorn fund co-investing in rounds.",
            false, ThreeHighLever.PARAMETERS, ThreeHighLever::new),
    NEW_RND("new_rnd", "New R&D institutions",
            "R&D platforms, R&D subsidies, and a cushion against technology decoupling.",
            false, NewRndLever.PARAMETERS, NewRndLever::new),
    ENTREPRENEURSHIP("entrepreneurship", "Entrepreneurship",
            "new incubators and maker spaces; more start-ups per venue, better early survival.",
            false, EntrepreneurshipLever.PARAMETERS, EntrepreneurshipLever::new),
    INTEGRATION("integration", "Industry-city integration",
            "intensive land use (lower rents), infrastructure and livability (more talent).",
            false, IntegrationLever.PARAMETERS, IntegrationLever::new),
    REGIONAL_COORDINATION("regional_coordination", "Regional coordination",
            "co-built parks, subsidised space and branch incentives for lagging zones.",
            false, RegionalCoordinationLever.PARAMETERS, RegionalCoordinationLever::new),
    OPENNESS("openness", "Openness",
            "international parks; foreign entrants, FDI and wider export access.",
            false, OpennessLever.PARAMETERS, OpennessLever::new),
    REGULATION("regulation", "Inclusive regulation",
            "a regulatory sandbox for new business models in digital sectors.",
            false, RegulationLever.PARAMETERS, RegulationLever::new),
    GOVERNANCE("governance", "Governance reform",
            "management reform; every programme yuan buys more, firms face less friction.",
            true, GovernanceLever.PARAMETERS, GovernanceLever::new);

    private final String key;
    private final String label;
    private final String summary;
    private final boolean actsFirst;
    private final List<LeverParameter> parameters;
    private final Function<PolicySetting, Lever> factory;

    /**
     * @param key        the scenario key of the lever's block under {@code policies:}
     * @param label      its short name (the GUI shows it after the number)
     * @param summary    what it does, in one sentence (the GUI's tooltip)
     * @param actsFirst  whether it acts before the others each quarter (governance: it sets the efficiency
     *                   with which the others' money buys effect)
     * @param parameters the parameters its block may set
     * @param factory    builds the lever from its block
     */
    LeverSpec(String key, String label, String summary, boolean actsFirst, List<LeverParameter> parameters,
              Function<PolicySetting, Lever> factory) {
        this.key = key;
        this.label = label;
        this.summary = summary;
        this.actsFirst = actsFirst;
        this.parameters = List.copyOf(parameters);
        this.factory = factory;
    }

    /** The lever's scenario key. */
    public String key() {
        return key;
    }

    /** Its number among the ten key issues, from 1. */
    public int number() {
        return ordinal() + 1;
    }

    /** Its short name, e.g. {@code Clusters}. */
    public String label() {
        return label;
    }

    /** What it does, in one sentence. */
    public String summary() {
        return summary;
    }

    /** Whether it acts before the other levers each quarter. */
    public boolean actsFirst() {
        return actsFirst;
    }

    /** The parameters its scenario block may set, in declaration order. */
    public List<LeverParameter> parameters() {
        return parameters;
    }

    /** A new lever for a scenario block of this lever. */
    public Lever create(PolicySetting setting) {
        return factory.apply(setting);
    }

    /** The lever with this scenario key, if there is one. */
    public static Optional<LeverSpec> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
