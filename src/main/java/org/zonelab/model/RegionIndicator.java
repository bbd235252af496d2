package org.zonelab.model;

/** Indicators recorded for each macro-region (docs/ODD.md §8.2); gdp_share is the region's share of zone GDP. */
public enum RegionIndicator {
    GDP_BN, FIRMS, UNICORNS, GDP_SHARE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
