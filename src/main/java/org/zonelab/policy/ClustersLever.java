package org.zonelab.policy;

import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.PolicySetting;

/**
 * Lever 1, world-class clusters and cross-boundary new tracks: support for anchor firms of the zone's
 * lead industry, stronger localisation spillovers, and brokerage of cross-sector partnerships that
 * fuse sectors into new tracks.
 */
public final class ClustersLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter SPEND = param("spend_bn_per_year", "CNY bn/year per zone", 1.0, 0, 100,
            "assumption: anchor-firm and cluster programmes of a large zone", "Budget at intensity 1");
    public static final LeverParameter SPILLOVER_BOOST = param("spillover_boost", "x", 0.5, 0, 10,
            "assumption (D issue 1: clusters deepen localisation)", "Rise of the localisation spillover at full effect");
    public static final LeverParameter FUSION_BOOST = param("fusion_boost", "x", 3.0, 0, 50,
            "assumption (D issue 1: new tracks from cross-boundary fusion)", "Rise of the new-track rate and of cross-sector partner search");
    public static final LeverParameter ANCHOR_GROWTH = param("anchor_growth", "1/year", 0.05, 0, 1,
            "assumption (D issue 1: head firms in the lead)", "Extra growth of the lead industry's firms");
    static final List<LeverParameter> PARAMETERS = List.of(SPEND, SPILLOVER_BOOST, FUSION_BOOST, ANCHOR_GROWTH);

    public ClustersLever(PolicySetting setting) {
        super(setting);
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        spendYearly(model, zone, value(SPEND) * intensity);
        ZonePolicy p = zone.policy();
        p.localisationMultiplier *= 1 + value(SPILLOVER_BOOST) * effective;
        p.fusionMultiplier *= 1 + value(FUSION_BOOST) * effective;
        p.anchorGrowth += value(ANCHOR_GROWTH) * effective;
    }
}
