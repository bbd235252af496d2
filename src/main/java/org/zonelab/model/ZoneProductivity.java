package org.zonelab.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Each zone's revenue per employee relative to the national level (docs/ODD.md §7.8): the region's wage
 * multiplier to the power {@code productivity_wage_passthrough} (spatial equilibrium: wages follow
 * productivity) times the zone's GDP relative to the mean zone's to the power
 * {@code agglomeration_elasticity}, times its market access relative to the mean zone's to the power
 * {@code market_access_elasticity}. Market access is the Harris potential of the other zones' GDP, the sum
 * of each one's GDP over its distance, distances below {@code market_access_min_km} counting as that
 * (zones of the same city); the zone's own size is the agglomeration term's. The mean zone is the zones'
 * GDP over the number of zones of the initial state, so that new zones, which start small, do not raise
 * everyone else's productivity; a normaliser fixed in the initial state keeps the national staff of 2019
 * what {@code revenue_per_employee_mn} gives. The zones are re-valued once a year.
 */
final class ZoneProductivity implements Serializable {
    private static final long serialVersionUID = 1L;

    private double norm = 1;
    private int referenceZones;

    /**
     * Sets every zone's productivity from its GDP (any unit) with the normaliser that makes the
     * GDP-weighted harmonic mean 1, so that the zones' staff in total is what it would be without it.
     *
     * @param km the great-circle distance between two zones, km (the model's distance matrix)
     */
    void initialise(Parameters p, List<Zone> zones, double[] gdp, ToDoubleBiFunction<Zone, Zone> km) {
        referenceZones = zones.size();
        norm = 1;
        double mean = mean(gdp);
        double[] access = relativeMarketAccess(p, zones, gdp, km);
        double total = 0;
        double staff = 0;
        for (Zone zone : zones) {
            double g = gdp[zone.index()];
            total += g;
            staff += g / raw(p, zone, g, mean, access[zone.index()]);
        }
        norm = total > 0 ? staff / total : 1;
        update(p, zones, gdp, km);
    }

    /** Re-values every zone from its GDP (indexed by zone) with the normaliser of the initial state. */
    void update(Parameters p, List<Zone> zones, double[] gdp, ToDoubleBiFunction<Zone, Zone> km) {
        double mean = mean(gdp);
        double[] access = relativeMarketAccess(p, zones, gdp, km);
        for (Zone zone : zones) {
            zone.productivity = norm * raw(p, zone, gdp[zone.index()], mean, access[zone.index()]);
        }
    }

    private static double raw(Parameters p, Zone zone, double gdp, double mean, double access) {
        double relative = mean > 0 ? Math.max(gdp / mean, p.get(Param.AGGLOMERATION_FLOOR)) : 1;
        return Math.pow(ZoneLabModel.wageMultiplier(p, zone.region()), p.get(Param.PRODUCTIVITY_WAGE_PASSTHROUGH))
                * Math.pow(relative, p.get(Param.AGGLOMERATION_ELASTICITY))
                * Math.pow(access, p.get(Param.MARKET_ACCESS_ELASTICITY));
    }

    /**
     * Each zone's market access (Harris potential: the other zones' GDP over distance, summed) relative to
     * the zones' mean; all 1 when the elasticity is 0 or there is no GDP. {@code km} gives the distance
     * between two zones (the model's distance matrix).
     */
    static double[] relativeMarketAccess(Parameters p, List<Zone> zones, double[] gdp,
                                         ToDoubleBiFunction<Zone, Zone> km) {
        int n = zones.size();
        double[] access = new double[n];
        Arrays.fill(access, 1.0);
        if (p.get(Param.MARKET_ACCESS_ELASTICITY) == 0) {
            return access;
        }
        double minKm = p.get(Param.MARKET_ACCESS_MIN_KM);
        double sum = 0;
        for (Zone a : zones) {
            double potential = 0;
            for (Zone b : zones) {
                if (b == a) {
                    continue; // the zone's own size is the agglomeration term's
                }
                potential += gdp[b.index()] / Math.max(minKm, km.applyAsDouble(a, b));
            }
            access[a.index()] = potential;
            sum += potential;
        }
        double mean = sum / n;
        for (int i = 0; i < n; i++) {
            access[i] = mean > 0 ? Math.max(access[i] / mean, p.get(Param.AGGLOMERATION_FLOOR)) : 1;
        }
        return access;
    }

    private double mean(double[] gdp) {
        double sum = 0;
        for (double x : gdp) {
            sum += x;
        }
        return referenceZones > 0 ? sum / referenceZones : 0;
    }
}
