package org.zonelab.experiment;

import java.io.Serializable;
import org.zonelab.model.measure.IndicatorDefinition;

/**
 * One value of the time series: an indicator at a scope at the end of a quarter.
 *
 * @param year      calendar year
 * @param quarter   1..4
 * @param scopeId   empty for national, the region label, or the zone id
 * @param indicator the indicator (docs/ODD.md §8), which says its scope, kind and unit
 * @param value     value, in the indicator's unit, at national scale; flows are the quarter's
 */
public record IndicatorRow(int year, int quarter, String scopeId, IndicatorDefinition indicator, double value)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** National, region or zone: the indicator's scope. */
    public IndicatorDefinition.Scope scope() {
        return indicator.scope();
    }
}
