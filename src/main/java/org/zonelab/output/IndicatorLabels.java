package org.zonelab.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.model.Indicator;

/**
 * Plain-language names and units of the national indicators (docs/ODD.md §8.1), for chart titles, axis
 * labels and the report. Stocks are read at the end of a year; flows are summed over a year.
 */
public final class IndicatorLabels {
    /** The indicators that compare charts and the report's headline table show, in that order. */
    public static final List<String> KEY = List.of("gdp_bn", "firms", "gazelles", "unicorns", "branches_cross_region",
            "zone_gdp_gini", "rd_spending_bn", "new_firms");

    /**
     * @param name     what the indicator measures, capitalised, e.g. {@code GDP of the zones}
     * @param unit     unit of a yearly value, e.g. {@code CNY bn per year}
     * @param stock    whether it is a stock (read at the end of the year) rather than a flow
     */
    public record Label(String name, String unit, boolean stock) {
    }

    private static final Map<String, Label> LABELS = new LinkedHashMap<>();

    static {
        put("zones", "National high-tech zones", "zones");
        put("firms", "Firms in the zones", "firms");
        put("high_tech_enterprises", "High-tech enterprises", "firms");
        put("gazelles", "Gazelle firms", "firms");
        put("unicorns", "Unicorn firms", "firms");
        put("nezha", "Nezha firms", "firms");
        put("listed_firms", "Listed firms", "firms");
        put("new_firms", "New firms", "firms per year");
        put("exits", "Firm exits", "firms per year");
        put("employees", "Employees", "persons");
        put("rd_spending_bn", "R&D spending", "CNY bn per year");
        put("invention_patents", "Invention patents granted", "patents per year");
        put("pct_applications", "PCT patent applications", "applications per year");
        put("incubators", "Incubators", "incubators");
        put("maker_spaces", "Maker spaces", "maker spaces");
        put("gdp_bn", "GDP of the zones", "CNY bn per year");
        put("tax_bn", "Tax paid", "CNY bn per year");
        put("exports_bn", "Exports", "CNY bn per year");
        put("fdi_bn", "Foreign direct investment", "CNY bn per year");
        put("branches", "Branches", "branches");
        put("branches_cross_region", "Branches in another macro-region", "branches");
        put("relocations", "Headquarters relocations", "relocations per year");
        put("partnerships", "Partnerships between firms", "partnerships");
        put("new_tracks", "New-track sectors", "sectors");
        put("world_class_clusters", "World-class clusters", "clusters");
        put("investments", "Venture investments", "deals per year");
        put("vc_invested_bn", "Venture capital invested", "CNY bn per year");
        put("policy_spending_bn", "Policy spending", "CNY bn per year");
        put("zone_gdp_gini", "Inequality of GDP between zones", "Gini coefficient, 0 to 1");
    }

    private static void put(String key, String name, String unit) {
        Indicator kind = null;
        for (Indicator i : Indicator.values()) {
            if (i.key().equals(key)) {
                kind = i;
            }
        }
        LABELS.put(key, new Label(name, unit, kind == null || kind.kind() == Indicator.Kind.STOCK));
    }

    private IndicatorLabels() {
    }

    /** The label of an indicator; an unknown one gets its key as its name and no unit. */
    public static Label of(String key) {
        Label l = LABELS.get(key);
        return l != null ? l : new Label(key, "", true);
    }

    /** {@code name (unit)}, e.g. {@code GDP of the zones (CNY bn per year)}. */
    public static String withUnit(String key) {
        Label l = of(key);
        return l.unit().isEmpty() ? l.name() : l.name() + " (" + l.unit() + ")";
    }
}
