package org.zonelab.model.measure;

/** Indicators recorded for each macro-region every quarter (docs/ODD.md §8.2), at national scale. */
public enum RegionIndicator implements IndicatorDefinition {
    GDP_BN(Kind.FLOW, "GDP of the region's zones", "CNY bn", "the region's zones' GDP in the quarter"),
    FIRMS(Kind.STOCK, "Firms in the region's zones", "firms", "firms with headquarters in the region's zones"),
    UNICORNS(Kind.STOCK, "Unicorns in the region's zones", "firms",
            "unicorns with headquarters in the region's zones"),
    GDP_SHARE(Kind.STOCK, "Region's share of zone GDP", "share, 0 to 1",
            "the region's share of the zones' GDP in the quarter");

    private final Declaration declaration;

    RegionIndicator(Kind kind, String label, String unit, String definition) {
        this.declaration = new Declaration(kind, label, unit, definition);
    }

    @Override
    public Declaration declaration() {
        return declaration;
    }

    @Override
    public Scope scope() {
        return Scope.REGION;
    }
}
