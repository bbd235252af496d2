package org.zonelab.model;

import java.io.Serializable;
import java.util.List;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Each zone's revenue per employee relative to the national level (docs/ODD.md §7.8): the region's wage
 * multiplier to the power {@code productivity_wage_passthrough} (spatial equilibrium: wages follow
 * productivity) times the zone's GDP relative to the mean zone's to the power
 * {@code agglomeration_elasticity}. The mean zone is the zones' GDP over the number of zones of the
 * initial state, so that new zones, which start small, do not raise everyone else's productivity; a
 * normaliser fixed in the initial state keeps the national staff of 2019 what
 * {@code revenue_per_employee_mn} gives. The zones are re-valued once a year.
 */
final class ZoneProductivity implements Serializable {
    private static final long serialVersionUID = 1L;

    private double norm = 1;
    private int referenceZones;

    /**
     * Sets every zone's productivity from its GDP (any unit) with the normaliser that makes the
     * GDP-weighted harmonic mean 1, so that the zones' staff in total is what it would be without it.
     */
    void initialise(Parameters p, List<Zone> zones, double[] gdp) {
        referenceZones = zones.size();
        norm = 1;
        double mean = mean(gdp);
        double total = 0;
        double staff = 0;
        for (Zone zone : zones) {
            double g = gdp[zone.index()];
            total += g;
            staff += g / raw(p, zone, g, mean);
        }
        norm = total > 0 ? staff / total : 1;
        update(p, zones, gdp);
    }

    /** Re-values every zone from its GDP (indexed by zone) with the normaliser of the initial state. */
    void update(Parameters p, List<Zone> zones, double[] gdp) {
        double mean = mean(gdp);
        for (Zone zone : zones) {
            zone.productivity = norm * raw(p, zone, gdp[zone.index()], mean);
        }
    }

    private static double raw(Parameters p, Zone zone, double gdp, double mean) {
        double relative = mean > 0 ? Math.max(gdp / mean, p.get(Param.AGGLOMERATION_FLOOR)) : 1;
        return Math.pow(ZoneLabModel.wageMultiplier(p, zone.region()), p.get(Param.PRODUCTIVITY_WAGE_PASSTHROUGH))
                * Math.pow(relative, p.get(Param.AGGLOMERATION_ELASTICITY));
    }

    private double mean(double[] gdp) {
        double sum = 0;
        for (double x : gdp) {
            sum += x;
        }
        return referenceZones > 0 ? sum / referenceZones : 0;
    }
}
