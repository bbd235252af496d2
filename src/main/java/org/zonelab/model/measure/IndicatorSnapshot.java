package org.zonelab.model.measure;

import java.io.Serializable;
import org.zonelab.model.geo.Region;

/**
 * The indicators at the end of one quarter, at national scale: national values in {@link Indicator}
 * order, region values ({@link Region} by {@link RegionIndicator}) and zone values (zone index by
 * {@code ZoneIndicator}). Flows are those of the quarter.
 *
 * @param year     calendar year
 * @param quarter  1..4
 * @param national national values by {@link Indicator#ordinal()}
 * @param region   region values, [region][indicator]
 * @param zone     zone values, [zone index][indicator]
 */
public record IndicatorSnapshot(int year, int quarter, double[] national, double[][] region, double[][] zone)
        implements Serializable {

    public double get(Indicator indicator) {
        return national[indicator.ordinal()];
    }

    public double get(Region r, RegionIndicator indicator) {
        return region[r.ordinal()][indicator.ordinal()];
    }

    public double get(int zoneIndex, ZoneIndicator indicator) {
        return zone[zoneIndex][indicator.ordinal()];
    }
}
