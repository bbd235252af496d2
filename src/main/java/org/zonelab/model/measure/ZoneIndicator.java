package org.zonelab.model.measure;

/**
 * Indicators recorded for each zone at the end of each year, in quarter 4 (docs/ODD.md §8.2), at
 * national scale. {@link #GDP_BN} is that fourth quarter's GDP, not the year's.
 */
public enum ZoneIndicator implements IndicatorDefinition {
    GDP_BN(Kind.FLOW, "GDP of the zone", "CNY bn", "the zone's GDP in the fourth quarter (branch shares included)"),
    FIRMS(Kind.STOCK, "Firms in the zone", "firms", "firms with headquarters in the zone"),
    HIGH_TECH_ENTERPRISES(Kind.STOCK, "High-tech enterprises in the zone", "firms",
            "high-tech firms with headquarters in the zone"),
    GAZELLES(Kind.STOCK, "Gazelles in the zone", "firms", "gazelles with headquarters in the zone"),
    UNICORNS(Kind.STOCK, "Unicorns in the zone", "firms", "unicorns with headquarters in the zone"),
    BRANCHES_IN(Kind.STOCK, "Branches in the zone", "branches",
            "branches located in the zone (the firms' headquarters are in other zones)"),
    BRANCHES_OUT(Kind.STOCK, "Branches of the zone's firms", "branches",
            "branches of the zone's firms in other zones");

    private final Declaration declaration;

    ZoneIndicator(Kind kind, String label, String unit, String definition) {
        this.declaration = new Declaration(kind, label, unit, definition);
    }

    @Override
    public Declaration declaration() {
        return declaration;
    }

    @Override
    public Scope scope() {
        return Scope.ZONE;
    }
}
