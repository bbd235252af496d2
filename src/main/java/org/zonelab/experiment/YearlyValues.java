package org.zonelab.experiment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;

/**
 * The national indicators by calendar year, from a replication's quarterly rows: a stock's value at
 * the year's last recorded quarter, a flow's sum over the year's quarters. The one rule the summary,
 * comparisons and charts use, so that a year's value means the same everywhere.
 */
public final class YearlyValues {
    private YearlyValues() {
    }

    /**
     * Yearly values of every national indicator present in the rows, in contract order.
     *
     * @param rows rows in time order (a replication's time series); other scopes are skipped
     */
    public static Map<Indicator, TreeMap<Integer, Double>> of(List<IndicatorRow> rows) {
        Map<Indicator, TreeMap<Integer, Double>> out = new EnumMap<>(Indicator.class);
        for (IndicatorRow row : rows) {
            if (!(row.indicator() instanceof Indicator i)) {
                continue;
            }
            TreeMap<Integer, Double> years = out.computeIfAbsent(i, k -> new TreeMap<>());
            if (i.kind() == IndicatorDefinition.Kind.FLOW) {
                years.merge(row.year(), row.value(), Double::sum);
            } else {
                years.put(row.year(), row.value()); // time order: the year's last quarter wins
            }
        }
        return out;
    }

    /** The last year's value of every national indicator in the rows, in contract order. */
    public static Map<Indicator, Double> finalYear(List<IndicatorRow> rows) {
        Map<Indicator, Double> out = new EnumMap<>(Indicator.class);
        of(rows).forEach((i, years) -> out.put(i, years.lastEntry().getValue()));
        return out;
    }
}
