package org.zonelab.experiment;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.MomentValue;

/**
 * The outcome of one replication.
 *
 * @param replication replication index (0-based)
 * @param seed        the seed it ran with
 * @param timeseries  every recorded row, in simulation order
 * @param summary     final-year national indicators, in contract order (stocks at the end, flows
 *                    summed over the final year's quarters: {@link YearlyValues})
 * @param moments     the stylized-fact moments of every year, by year ({@code moments.csv})
 */
public record ReplicationResult(int replication, long seed, List<IndicatorRow> timeseries,
                                Map<Indicator, Double> summary, List<MomentValue> moments) implements Serializable {
    private static final long serialVersionUID = 1L;
}
