package org.zonelab.policy;

import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.PolicySetting;

/**
 * Lever 9, institutional supply for the new economy: inclusive-prudent regulation (a sandbox) for new
 * business models instead of strict rules. At full effect a strict zone regulates DIGITAL entrants and
 * firms as an inclusive-prudent one does, so more are born and more survive.
 */
public final class RegulationLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter SPEND = param("supervision_bn_per_year", "CNY bn/year per zone", 0.02, 0, 100,
            "assumption (D issue 9: the Wuhu model)", "Cost of sandbox supervision at intensity 1");
    static final List<LeverParameter> PARAMETERS = List.of(SPEND);

    public RegulationLever(PolicySetting setting) {
        super(setting);
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        if (zone.policy().strictness <= 0) {
            return; // already inclusive-prudent: nothing to reform, nothing to pay
        }
        spendYearly(model, zone, value(SPEND) * intensity);
        zone.policy().strictness *= Math.max(0, 1 - effective);
    }
}
