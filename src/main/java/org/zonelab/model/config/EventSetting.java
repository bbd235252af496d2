package org.zonelab.model.config;

import java.io.Serializable;

/**
 * One scheduled event of a scenario.
 *
 * @param type          event type key: tech_decoupling, pandemic, demand_boom or zone_approval
 * @param year          the year it starts
 * @param severity      dimensionless strength, 0..1
 * @param durationYears how long it lasts, in years
 * @param target        the zones it hits
 */
public record EventSetting(String type, int year, double severity, double durationYears, ZoneTarget target)
        implements Serializable {

    /** Whether the event is under way at this fractional year (year + quarter/4). */
    public boolean activeAt(double time) {
        return time >= year && time < year + durationYears;
    }
}
