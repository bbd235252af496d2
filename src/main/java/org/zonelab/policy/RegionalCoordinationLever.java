package org.zonelab.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zonelab.model.PolicySetting;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;

/**
 * Lever 7, regional coordination. The targeted zones are the receiving (usually lagging) zones: each
 * gets co-built parks with the largest untargeted zones, subsidised space, incentives for firms to
 * open branches or move there, and stronger diffusion of knowledge through those branches.
 */
public final class RegionalCoordinationLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter SPEND = param("spend_bn_per_year", "CNY bn/year per zone", 0.3, 0, 100,
            "assumption (D issue 7: co-built parks)", "Budget of a receiving zone at intensity 1");
    public static final LeverParameter BRANCH_INCENTIVE = param("location_incentive", "utility", 1.5, 0, 20,
            "assumption (D issue 7: Zhongguancun's 14,000 branches outside Beijing)",
            "Attractiveness bonus for branches and headquarters moving here, at full effect");
    public static final LeverParameter RENT_DISCOUNT = param("rent_discount", "share", 0.3, 0, 0.9,
            "assumption: subsidised space in co-built parks", "Cut in rent at full effect");
    public static final LeverParameter DIFFUSION = param("branch_spillover_boost", "x", 1.0, 0, 20,
            "assumption (DESIGN 1.5: diffusion through branches)", "Rise of the spillover from branches here");
    public static final LeverParameter COPARKS = param("coparks_per_zone", "partner zones", 1, 0, 20,
            "D issue 7: 27 ZGC co-built parks, ~30 East Lake satellites", "Co-built parks a receiving zone gets with large zones");
    public static final LeverParameter PARK_GROWTH = param("park_growth", "1/year", 0.03, 0, 1,
            "assumption (D issue 7: orders and management through co-built parks)", "Extra growth of the receiving zone's firms at full effect");
    static final List<LeverParameter> PARAMETERS = List.of(SPEND, BRANCH_INCENTIVE, RENT_DISCOUNT, DIFFUSION, COPARKS, PARK_GROWTH);

    private boolean[] parked;

    public RegionalCoordinationLever(PolicySetting setting) {
        super(setting);
    }

    @Override
    public String key() {
        return "regional_coordination";
    }

    @Override
    public List<LeverParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        spendYearly(model, zone, value(SPEND) * intensity);
        buildCoParks(model, zone);
        ZonePolicy p = zone.policy();
        p.branchIncentive += value(BRANCH_INCENTIVE) * effective;
        p.rentMultiplier *= Math.max(0.1, 1 - value(RENT_DISCOUNT) * effective);
        p.branchSpilloverMultiplier *= 1 + value(DIFFUSION) * effective;
        p.coordinationGrowth += value(PARK_GROWTH) * effective;
    }

    /** Once per receiving zone: partner parks with the largest zones outside the target. */
    private void buildCoParks(ZoneLabModel model, Zone zone) {
        List<Zone> zones = model.zones();
        if (parked == null || parked.length < zones.size()) {
            parked = parked == null ? new boolean[zones.size()] : java.util.Arrays.copyOf(parked, zones.size());
        }
        if (parked[zone.index()]) {
            return;
        }
        parked[zone.index()] = true;
        List<Zone> hosts = new ArrayList<>();
        for (Zone z : zones) {
            if (!setting().target().includes(z.getId(), z.region())) {
                hosts.add(z);
            }
        }
        hosts.sort(Comparator.comparingDouble(Zone::getGdpQuarterBn).reversed().thenComparingInt(Zone::index));
        int n = (int) Math.round(value(COPARKS));
        for (int i = 0, added = 0; i < hosts.size() && added < n; i++) {
            // Spread the receiving zones over the hosts so one large zone does not take them all.
            Zone host = hosts.get((zone.index() + i) % Math.min(hosts.size(), Math.max(n, 10)));
            zone.addPartnerZone(host);
            added++;
        }
    }
}
