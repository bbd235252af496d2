package org.zonelab.model.measure;

import java.util.Locale;
import java.util.Optional;

/**
 * The national indicators (docs/ODD.md §8.1), in contract order; their keys never change. Each constant
 * declares what it is ({@link IndicatorDefinition}) and how it is counted. Stocks are counted by
 * {@code Measurement}; flows are booked during the quarter by the process that causes them, into
 * {@code FlowCounters}. Money is nominal CNY bn; flows are per quarter in the time series and summed
 * over the final four quarters in the summary.
 */
public enum Indicator implements IndicatorDefinition {
    ZONES(Kind.STOCK, Counting.NATIONAL, "National high-tech zones", "zones",
            "zones: the catalogue plus any approved during the run"),
    FIRMS(Kind.STOCK, Counting.AGENTS, "Firms in the zones", "firms",
            "active firms (headquarters in a zone)"),
    HIGH_TECH_ENTERPRISES(Kind.STOCK, Counting.AGENTS, "High-tech enterprises", "firms",
            "firms with high-tech status (certified each Q4)"),
    GAZELLES(Kind.STOCK, Counting.AGENTS, "Gazelle firms", "firms",
            "firms with gazelle status (certified each Q4)"),
    UNICORNS(Kind.STOCK, Counting.AGENTS, "Unicorn firms", "firms",
            "unlisted venture-backed firms at most `unicorn_max_age` years old valued at or above the unicorn line"),
    NEZHA(Kind.STOCK, Counting.AGENTS, "Nezha firms", "firms",
            "firms at most `nezha_max_age` years old with more than `nezha_min_raised_bn` raised by Series A"),
    LISTED_FIRMS(Kind.STOCK, Counting.AGENTS, "Listed firms", "firms",
            "listed firms"),
    NEW_FIRMS(Kind.FLOW, Counting.AGENTS, "New firms", "firms",
            "firms born (start-ups, spin-outs, foreign entrants, new-track firms, and the firms an approved zone brings)"),
    EXITS(Kind.FLOW, Counting.AGENTS, "Firm exits", "firms",
            "firms that exited (hazard or insolvency; listing is not an exit)"),
    EMPLOYEES(Kind.STOCK, Counting.AGENTS, "Employees", "persons",
            "sum of firm employees"),
    RD_SPENDING_BN(Kind.FLOW, Counting.AGENTS, "R&D spending", "CNY bn",
            "firms' R&D spending"),
    INVENTION_PATENTS(Kind.FLOW, Counting.AGENTS, "Invention patents granted", "patents",
            "invention patents granted"),
    PCT_APPLICATIONS(Kind.FLOW, Counting.AGENTS, "PCT patent applications", "applications",
            "PCT applications"),
    INCUBATORS(Kind.STOCK, Counting.NATIONAL, "Incubators", "incubators",
            "national-level incubators, all zones"),
    MAKER_SPACES(Kind.STOCK, Counting.NATIONAL, "Maker spaces", "maker spaces",
            "registered maker spaces, all zones"),
    GDP_BN(Kind.FLOW, Counting.AGENTS, "GDP of the zones", "CNY bn",
            "value added of zone firms"),
    TAX_BN(Kind.FLOW, Counting.AGENTS, "Tax paid", "CNY bn",
            "turnover plus income taxes paid"),
    EXPORTS_BN(Kind.FLOW, Counting.AGENTS, "Exports", "CNY bn",
            "exports"),
    FDI_BN(Kind.FLOW, Counting.AGENTS, "Foreign direct investment", "CNY bn",
            "FDI: foreign-invested firms' FDI per revenue plus foreign entrants' capital"),
    BRANCHES(Kind.STOCK, Counting.AGENTS, "Branches", "branches",
            "branches (firm-zone edges)"),
    BRANCHES_CROSS_REGION(Kind.STOCK, Counting.AGENTS, "Branches in another macro-region", "branches",
            "branches in a zone of another macro-region than the headquarters"),
    RELOCATIONS(Kind.FLOW, Counting.AGENTS, "Headquarters relocations", "relocations",
            "headquarters moved to another zone"),
    PARTNERSHIPS(Kind.STOCK, Counting.AGENTS, "Partnerships between firms", "partnerships",
            "partnerships (firm-firm edges)"),
    NEW_TRACKS(Kind.STOCK, Counting.NATIONAL, "New-track sectors", "sectors",
            "new-track sectors founded since the start"),
    WORLD_CLASS_CLUSTERS(Kind.STOCK, Counting.NATIONAL, "World-class clusters", "clusters",
            "zone-sector pairs with the four marks (section 7.13)"),
    INVESTMENTS(Kind.FLOW, Counting.AGENTS, "Venture investments", "rounds",
            "venture rounds closed"),
    VC_INVESTED_BN(Kind.FLOW, Counting.AGENTS, "Venture capital invested", "CNY bn",
            "money invested in venture rounds"),
    POLICY_SPENDING_BN(Kind.FLOW, Counting.NATIONAL, "Policy spending", "CNY bn",
            "zone programme spending, lever budgets, seed-programme matches and the R&D subsidies of `new_rnd`, "
                    + "all charged to zone budgets (firm-level amounts are booked / scale)"),
    ZONE_GDP_GINI(Kind.STOCK, Counting.NATIONAL, "Inequality of GDP between zones", "Gini coefficient, 0 to 1",
            "Gini coefficient of the zones' quarterly GDP (branch shares included; approved zones count from the "
                    + "quarter they join)");

    /** How a national value relates to the agents' totals. */
    public enum Counting {
        /** A sum over agents, each standing for 1/scale real ones: reported as the total divided by scale. */
        AGENTS("/ scale"),
        /** Already at national scale (zones and their facilities, sectors, shares): reported as it is. */
        NATIONAL("none");

        private final String label;

        Counting(String label) {
            this.label = label;
        }

        /** How the ODD's table shows it. */
        public String label() {
            return label;
        }
    }

    private final Declaration declaration;
    private final Counting counting;
    // Read for every row written: computed once rather than per call.
    private final String key;

    Indicator(Kind kind, Counting counting, String label, String unit, String definition) {
        this.declaration = new Declaration(kind, label, unit, definition);
        this.counting = counting;
        this.key = name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Declaration declaration() {
        return declaration;
    }

    @Override
    public Scope scope() {
        return Scope.NATIONAL;
    }

    /** Whether the national value is the agents' total divided by scale. */
    public Counting counting() {
        return counting;
    }

    /** The indicator with this contract key, e.g. {@code gdp_bn}. */
    public static Optional<Indicator> byKey(String key) {
        for (Indicator i : values()) {
            if (i.key().equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    @Override
    public String key() {
        return key;
    }
}
