package org.zonelab.model;

/** Indicators recorded for each zone at the end of each year (docs/ODD.md §8.2). */
public enum ZoneIndicator {
    GDP_BN, FIRMS, HIGH_TECH_ENTERPRISES, GAZELLES, UNICORNS, BRANCHES_IN, BRANCHES_OUT;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
