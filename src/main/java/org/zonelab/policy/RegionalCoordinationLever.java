package org.zonelab.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.PolicySetting;

/**
 * Lever 7, regional coordination. The targeted zones are the receiving zones: each gets co-built parks
 * with the largest untargeted zones, and, in proportion to how far it lags (full support for the
 * smallest zones, none from the mean zone size up), subsidised space, incentives for firms to open
 * branches or move there, orders through the parks, and stronger diffusion through branches.
 */
public final class RegionalCoordinationLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter SPEND = param("spend_bn_per_year", "CNY bn/year per zone", 0.3, 0, 100,
            "assumption (D issue 7: co-built parks)", "Budget of a receiving zone at intensity 1");
    public static final LeverParameter BRANCH_INCENTIVE = param("location_incentive", "utility", 3.0, 0, 20,
            "assumption (D issue 7: Zhongguancun's 14,000 branches outside Beijing)",
            "Attractiveness bonus for branches and headquarters moving here, at full effect");
    public static final LeverParameter RENT_DISCOUNT = param("rent_discount", "share", 0.3, 0, 0.9,
            "assumption: subsidised space in co-built parks", "Cut in rent at full effect");
    public static final LeverParameter DIFFUSION = param("branch_spillover_boost", "x", 1.0, 0, 20,
            "assumption: knowledge diffuses through branches (ODD 7.4, branch spillover)",
            "Rise of the spillover from branches here");
    public static final LeverParameter COPARKS = param("coparks_per_zone", "partner zones", 1, 0, 20,
            "D issue 7: 27 ZGC co-built parks, ~30 East Lake satellites", "Co-built parks a receiving zone gets with large zones");
    public static final LeverParameter PARK_GROWTH = param("park_growth", "1/year", 0.03, 0, 1,
            "assumption (D issue 7: orders and management through co-built parks)", "Extra growth of the receiving zone's firms at full effect");
    public static final LeverParameter RENT_FLOOR = param("rent_floor", "share of rent", 0.1, 0.01, 1,
            "assumption: subsidised space still charges a tenth of the rent",
            "Least rent of a receiving zone, relative to its usual, however strong the effect");
    public static final LeverParameter HOST_POOL = param("host_pool", "zones", 10, 1, ZoneLabModel.MAX_ZONES,
            "assumption (D issue 7: a few leading zones host most co-built parks, e.g. Zhongguancun and East Lake)",
            "Largest untargeted zones over which the receiving zones' co-built parks are spread (at least coparks_per_zone)");
    static final List<LeverParameter> PARAMETERS = List.of(SPEND, BRANCH_INCENTIVE, RENT_DISCOUNT, DIFFUSION, COPARKS,
            PARK_GROWTH, RENT_FLOOR, HOST_POOL);

    private transient double meanGdp;

    public RegionalCoordinationLever(PolicySetting setting) {
        super(setting);
    }

    @Override
    protected void prepare(ZoneLabModel model) {
        meanGdp = model.zones().stream().mapToDouble(Zone::getGdpQuarterBn).average().orElse(0);
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        spendYearly(model, zone, value(SPEND) * intensity);
        buildCoParks(model, zone);
        // Support goes to lagging zones: in full to the smallest, fading to nothing at the mean size.
        double lag = meanGdp > 0 ? Math.max(0, 1 - zone.getGdpQuarterBn() / meanGdp) : 1;
        double e = effective * lag;
        ZonePolicy p = zone.policy();
        p.branchIncentive += value(BRANCH_INCENTIVE) * e;
        p.rentMultiplier *= Math.max(value(RENT_FLOOR), 1 - value(RENT_DISCOUNT) * e);
        p.branchSpilloverMultiplier *= 1 + value(DIFFUSION) * e;
        p.coordinationGrowth += value(PARK_GROWTH) * e;
    }

    /** Once per receiving zone: partner parks with the largest zones outside the target. */
    private void buildCoParks(ZoneLabModel model, Zone zone) {
        List<Zone> zones = model.zones();
        if (zone.programme().coParksBuilt) {
            return;
        }
        zone.programme().coParksBuilt = true;
        List<Zone> hosts = new ArrayList<>();
        for (Zone z : zones) {
            if (!setting().target().includes(z.getId(), z.region())) {
                hosts.add(z);
            }
        }
        hosts.sort(Comparator.comparingDouble(Zone::getGdpQuarterBn).reversed().thenComparingInt(Zone::index));
        int n = (int) Math.round(value(COPARKS));
        int pool = Math.min(hosts.size(), Math.max(n, (int) Math.round(value(HOST_POOL))));
        for (int i = 0, added = 0; i < hosts.size() && added < n; i++) {
            // Spread the receiving zones over the largest hosts so one large zone does not take them all.
            Zone host = hosts.get((zone.index() + i) % pool);
            zone.addPartnerZone(host);
            added++;
        }
    }
}
