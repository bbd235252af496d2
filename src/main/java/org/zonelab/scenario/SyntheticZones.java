package org.zonelab.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zonelab.model.geo.Region;
import org.zonelab.model.geo.ZoneSeed;

/**
 * Synthetic zone sets ({@code zones: {synthetic: {count: N, regions: {...}}}}), built without any
 * randomness: the same file always gives the same zones.
 *
 * <ul>
 *   <li>The count is apportioned to the regions by their normalised shares, by largest remainder (ties
 *   go to the region first in the order East, Central, West, Northeast); without shares, the shares are
 *   those of the real catalogue.</li>
 *   <li>Zones are numbered 1..N, region by region in that order. Each sits at a real catalogue zone of
 *   its region, cycling through that region's zones in id order, and takes its city and province.</li>
 *   <li>Every synthetic zone is named {@code Synthetic zone <id>}, approved in {@value #APPROVED_YEAR},
 *   in a tier-{@value #CITY_TIER} city, with no published GDP anchor (the model spreads
 *   {@code init_gdp_bn} over them by its rank-size law).</li>
 * </ul>
 */
public final class SyntheticZones {
    /** Keys of the {@code synthetic} block. */
    public static final List<String> KEYS = List.of("count", "regions", "catalogue");
    public static final int MIN_COUNT = 1;
    public static final int MAX_COUNT = 1000;
    public static final int APPROVED_YEAR = 2010;
    public static final int CITY_TIER = 3;

    private SyntheticZones() {
    }

    /**
     * Builds a synthetic zone set.
     *
     * @param count     number of zones, {@value #MIN_COUNT}..{@value #MAX_COUNT}
     * @param shares    share of each region (>= 0, normalised here; absent regions get none), or null for
     *                  the shares of {@code catalogue}
     * @param catalogue the real zones whose places the synthetic zones take
     * @return the zones, ids 1..count
     * @throws IllegalArgumentException with a one-line message when a region given zones has no catalogue
     *                                  zone to take its place from
     */
    public static List<ZoneSeed> build(int count, Map<Region, Double> shares, List<ZoneSeed> catalogue) {
        if (count < MIN_COUNT || count > MAX_COUNT) {
            throw new IllegalArgumentException("count " + count + " is out of range; allowed: whole numbers in ["
                    + MIN_COUNT + ", " + MAX_COUNT + "]");
        }
        Map<Region, List<ZoneSeed>> places = new EnumMap<>(Region.class);
        for (Region r : Region.values()) {
            places.put(r, new ArrayList<>());
        }
        for (ZoneSeed z : catalogue) {
            places.get(z.region()).add(z);
        }
        for (List<ZoneSeed> l : places.values()) {
            l.sort(Comparator.comparingInt(ZoneSeed::id));
        }
        Map<Region, Double> weights = new EnumMap<>(Region.class);
        if (shares == null) {
            for (Region r : Region.values()) {
                weights.put(r, (double) places.get(r).size());
            }
        } else {
            weights.putAll(shares);
        }
        Map<Region, Integer> counts = apportion(count, weights);
        List<ZoneSeed> out = new ArrayList<>(count);
        int id = 1;
        for (Region r : Region.values()) {
            int n = counts.getOrDefault(r, 0);
            List<ZoneSeed> here = places.get(r);
            if (n > 0 && here.isEmpty()) {
                throw new IllegalArgumentException(n + " zones go to " + r.label() + ", but the zone catalogue has "
                        + "no zone in " + r.label() + " to place them at");
            }
            for (int k = 0; k < n; k++, id++) {
                ZoneSeed place = here.get(k % here.size());
                String name = "Synthetic zone " + id;
                out.add(new ZoneSeed(id, name, name, place.city(), place.province(), r, APPROVED_YEAR, place.lon(),
                        place.lat(), CITY_TIER, Double.NaN));
            }
        }
        return out;
    }

    /**
     * Largest-remainder apportionment of {@code total} to weights (>= 0, sum > 0): each region gets the
     * whole part of its quota, then the remaining units go to the largest fractional parts, ties to the
     * region first in enum order.
     */
    static Map<Region, Integer> apportion(int total, Map<Region, Double> weights) {
        double sum = 0;
        for (double w : weights.values()) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("shares must be finite numbers >= 0");
            }
            sum += w;
        }
        if (!(sum > 0) || !Double.isFinite(sum)) {
            throw new IllegalArgumentException("the shares add up to " + sum + "; give one region a share above 0");
        }
        Map<Region, Integer> out = new EnumMap<>(Region.class);
        double[] remainder = new double[Region.values().length];
        int given = 0;
        for (Region r : Region.values()) {
            double quota = total * (weights.getOrDefault(r, 0.0) / sum);
            int whole = (int) Math.floor(quota);
            out.put(r, whole);
            remainder[r.ordinal()] = quota - whole;
            given += whole;
        }
        for (int left = total - given; left > 0; left--) {
            Region best = null;
            for (Region r : Region.values()) {
                if (weights.getOrDefault(r, 0.0) > 0
                        && (best == null || remainder[r.ordinal()] > remainder[best.ordinal()])) {
                    best = r;
                }
            }
            out.merge(best, 1, Integer::sum);
            remainder[best.ordinal()] = -1;
        }
        return out;
    }
}
