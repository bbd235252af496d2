package org.zonelab.policy;

import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.PolicySetting;

/**
 * Lever 6, industry-city integration: intensive land use (less land per employee, which relieves
 * land congestion and rent), and new infrastructure and livability, which draw talent.
 */
public final class IntegrationLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter SPEND = param("spend_bn_per_year", "CNY bn/year per zone", 1.0, 0, 100,
            "assumption (D issue 6: digital parks, park city)", "Budget at intensity 1");
    public static final LeverParameter LAND_SAVING = param("land_saving", "share", 0.3, 0, 0.9,
            "assumption (E-A 7c: 2.5% of construction land for 13% of GDP)", "Cut in land per employee at full effect");
    public static final LeverParameter LIVABILITY = param("livability_per_bn", "livability index per CNY bn", 0.05, 0, 10,
            "assumption", "Rise of livability per yuan spent (talent follows livability)");
    public static final LeverParameter LAND_FLOOR = param("land_floor", "share of land per employee", 0.1, 0.01, 1,
            "assumption: however intensive, a firm's staff keep a tenth of the land they use now",
            "Least land per employee, relative to the zone's usual, however strong the effect");
    static final List<LeverParameter> PARAMETERS = List.of(SPEND, LAND_SAVING, LIVABILITY, LAND_FLOOR);

    public IntegrationLever(PolicySetting setting) {
        super(setting);
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        spendYearly(model, zone, value(SPEND) * intensity);
        zone.improveLivability(value(LIVABILITY) * value(SPEND) * effective * ZoneLabModel.QUARTER);
        zone.policy().landPerEmployeeMultiplier *= Math.max(value(LAND_FLOOR), 1 - value(LAND_SAVING) * effective);
    }
}
