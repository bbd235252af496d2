package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.RegionIndicator;

/** A year's value: a stock at the year's last quarter, a flow summed over its quarters; other scopes are not national. */
class YearlyValuesTest {
    private static List<IndicatorRow> rows() {
        return List.of(
                new IndicatorRow(2020, 1, "", Indicator.FIRMS, 100),
                new IndicatorRow(2020, 1, "", Indicator.GDP_BN, 10),
                new IndicatorRow(2020, 1, "East", RegionIndicator.GDP_BN, 1000),
                new IndicatorRow(2020, 2, "", Indicator.FIRMS, 120),
                new IndicatorRow(2020, 2, "", Indicator.GDP_BN, 11),
                new IndicatorRow(2021, 1, "", Indicator.FIRMS, 130),
                new IndicatorRow(2021, 1, "", Indicator.GDP_BN, 12),
                new IndicatorRow(2021, 2, "", Indicator.FIRMS, 125),
                new IndicatorRow(2021, 2, "", Indicator.GDP_BN, 13.5));
    }

    @Test
    void stocksTakeTheLastQuarterAndFlowsTheSum() {
        Map<Indicator, TreeMap<Integer, Double>> y = YearlyValues.of(rows());
        assertEquals(Map.of(2020, 120.0, 2021, 125.0), y.get(Indicator.FIRMS));
        assertEquals(Map.of(2020, 21.0, 2021, 25.5), y.get(Indicator.GDP_BN));
        assertEquals(List.of(Indicator.FIRMS, Indicator.GDP_BN), List.copyOf(y.keySet()), "contract order");
    }

    @Test
    void theFinalYearIsTheSummary() {
        Map<Indicator, Double> last = YearlyValues.finalYear(rows());
        assertEquals(125.0, last.get(Indicator.FIRMS));
        assertEquals(25.5, last.get(Indicator.GDP_BN));
        assertFalse(last.containsKey(Indicator.EXITS), "only indicators present in the rows");
    }

    @Test
    void aReplicationsSummaryIsItsFinalYear() {
        ReplicationResult r = Replication.run(org.zonelab.model.Worlds.config(0.02, 2), 0, 3L);
        Map<Indicator, TreeMap<Integer, Double>> y = YearlyValues.of(r.timeseries());
        for (Indicator i : Indicator.values()) {
            assertEquals(y.get(i).lastEntry().getValue(), r.summary().get(i), i.key());
        }
    }
}
