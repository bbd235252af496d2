package org.zonelab.policy;

import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.param.Param;

/**
 * Lever 4, new R&D institutions and core-technology substitution: money for R&D platforms (which
 * raise spillovers), subsidies to firms' R&D (firms raise R&D by the subsidised share), and a cushion
 * against technology-decoupling shocks.
 */
public final class NewRndLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter PLATFORMS = param("platform_bn_per_year", "CNY bn/year per zone", 0.5, 0, 100,
            "assumption (D issue 4: Zhongguancun, Hefei institutes)", "Platform budget at intensity 1");
    public static final LeverParameter SUBSIDY = param("rd_subsidy_share", "share of R&D", 0.2, 0, 2,
            "assumption: joint R&D subsidies", "Share by which firms raise R&D, paid by the zone");
    public static final LeverParameter CUSHION = param("decoupling_cushion", "share", 0.6, 0, 1,
            "assumption (D issue 4: core-technology substitution)", "Share of a technology shock absorbed at full effect");
    static final List<LeverParameter> PARAMETERS = List.of(PLATFORMS, SUBSIDY, CUSHION);

    public NewRndLever(PolicySetting setting) {
        super(setting);
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        spendYearly(model, zone, value(PLATFORMS) * intensity);
        zone.addPlatformStrength(value(PLATFORMS) * effective * ZoneLabModel.QUARTER
                / model.parameters().get(Param.PLATFORM_COST_BN));
        ZonePolicy p = zone.policy();
        p.rdSubsidyShare += value(SUBSIDY) * effective;
        p.decouplingCushion = Math.min(1, p.decouplingCushion + value(CUSHION) * effective);
    }
}
