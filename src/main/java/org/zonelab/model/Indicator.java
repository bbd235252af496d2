package org.zonelab.model;

/**
 * The national indicators of docs/ODD.md §8.1, in contract order. Names never change. Counts and money are
 * reported at national scale (agent totals divided by scale), except zone facilities (zones,
 * incubators, maker spaces), which the model holds at national scale already. Money is nominal CNY bn;
 * flows are per quarter in the time series and summed over the final four quarters in the summary.
 */
public enum Indicator {
    ZONES(Kind.STOCK), FIRMS(Kind.STOCK), HIGH_TECH_ENTERPRISES(Kind.STOCK), GAZELLES(Kind.STOCK),
    UNICORNS(Kind.STOCK), NEZHA(Kind.STOCK), LISTED_FIRMS(Kind.STOCK), NEW_FIRMS(Kind.FLOW), EXITS(Kind.FLOW),
    EMPLOYEES(Kind.STOCK), RD_SPENDING_BN(Kind.FLOW), INVENTION_PATENTS(Kind.FLOW), PCT_APPLICATIONS(Kind.FLOW),
    INCUBATORS(Kind.STOCK), MAKER_SPACES(Kind.STOCK), GDP_BN(Kind.FLOW), TAX_BN(Kind.FLOW), EXPORTS_BN(Kind.FLOW),
    FDI_BN(Kind.FLOW), BRANCHES(Kind.STOCK), BRANCHES_CROSS_REGION(Kind.STOCK), RELOCATIONS(Kind.FLOW),
    PARTNERSHIPS(Kind.STOCK), NEW_TRACKS(Kind.STOCK), WORLD_CLASS_CLUSTERS(Kind.STOCK), INVESTMENTS(Kind.FLOW),
    VC_INVESTED_BN(Kind.FLOW), POLICY_SPENDING_BN(Kind.FLOW), ZONE_GDP_GINI(Kind.STOCK);

    /** Stocks are read at the end of a period; flows are summed over it. */
    public enum Kind { STOCK, FLOW }

    private final Kind kind;

    Indicator(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The contract name, e.g. {@code high_tech_enterprises}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
