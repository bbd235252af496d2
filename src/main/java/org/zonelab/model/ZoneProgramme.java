package org.zonelab.model;

import java.io.Serializable;

/**
 * What the policy programme has built up in one zone and keeps from quarter to quarter, unlike the
 * quarter's effects in {@link ZonePolicy}: the government unicorn fund's balance and whether the
 * zone's co-built parks have been set up.
 */
public final class ZoneProgramme implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Dry powder of the zone's government unicorn fund, CNY bn at national scale. */
    public double unicornFundBn;
    /** Whether regional coordination has given this zone its co-built parks (it does so once). */
    public boolean coParksBuilt;
}
