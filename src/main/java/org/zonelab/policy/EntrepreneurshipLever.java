package org.zonelab.policy;

import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.PolicySetting;

/**
 * Lever 5, mass entrepreneurship upgraded: money for new incubators and maker spaces, and better
 * venues: more start-ups per venue and better early survival of incubated firms.
 */
public final class EntrepreneurshipLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter SPEND = param("spend_bn_per_year", "CNY bn/year per zone", 0.1, 0, 10,
            "assumption (D issue 5): about 17 bn a year over all zones, two to three new venues per zone",
            "Budget for new venues at intensity 1");
    public static final LeverParameter INCUBATOR_SHARE = param("incubator_share", "share", 0.5, 0, 1,
            "assumption", "Part of the budget for incubators; the rest buys maker spaces");
    public static final LeverParameter QUALITY = param("quality_boost", "x", 0.5, 0, 10,
            "assumption (D issue 5: too many low-quality venues)", "Rise of start-ups per venue at full effect");
    public static final LeverParameter SURVIVAL = param("survival_boost", "share", 0.3, 0, 0.9,
            "assumption (E-A 8 #7)", "Cut in incubated firms' exit hazard at full effect");
    public static final LeverParameter HAZARD_FLOOR = param("hazard_floor", "share of the exit hazard", 0.1, 0.01, 1,
            "assumption: better venues cannot remove more than nine tenths of a young firm's risk of failing",
            "Least exit hazard of incubated firms, relative to their usual, however strong the effect");
    static final List<LeverParameter> PARAMETERS = List.of(SPEND, INCUBATOR_SHARE, QUALITY, SURVIVAL, HAZARD_FLOOR);

    public EntrepreneurshipLever(PolicySetting setting) {
        super(setting);
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        spendYearly(model, zone, value(SPEND) * intensity);
        double money = value(SPEND) * effective * ZoneLabModel.QUARTER;
        zone.fundFacilities(money * value(INCUBATOR_SHARE), money * (1 - value(INCUBATOR_SHARE)));
        ZonePolicy p = zone.policy();
        p.incubatorQuality *= 1 + value(QUALITY) * effective;
        p.incubatedHazardMultiplier *= Math.max(value(HAZARD_FLOOR), 1 - value(SURVIVAL) * effective);
    }
}
