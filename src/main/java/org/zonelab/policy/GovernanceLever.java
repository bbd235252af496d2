package org.zonelab.policy;

import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.param.Param;

/**
 * Lever 10, management reform: moves a zone's governance toward a statutory body's efficiency. Higher
 * efficiency makes every lever's and programme's yuan buy more, and cuts firms' friction costs.
 */
public final class GovernanceLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter SPEND = param("reform_bn_per_year", "CNY bn/year per zone", 0.1, 0, 100,
            "assumption (D issue 10)", "Cost of the reform at intensity 1");
    public static final LeverParameter SPEED = param("reform_speed", "share of the gap per year", 0.3, 0, 1,
            "assumption (D issue 10: Tianjin statutory bodies, Zhengzhou committee plus company)",
            "Share of the gap to a statutory body's efficiency closed each year at intensity 1");
    static final List<LeverParameter> PARAMETERS = List.of(SPEND, SPEED);

    public GovernanceLever(PolicySetting setting) {
        super(setting);
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        spendYearly(model, zone, value(SPEND) * intensity);
        zone.reformGovernance(model.parameters().get(Param.GOVERNANCE_EFFICIENCY_STATUTORY),
                value(SPEED) * intensity * ZoneLabModel.QUARTER);
    }
}
