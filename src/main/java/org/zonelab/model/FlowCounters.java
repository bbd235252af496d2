package org.zonelab.model;

import java.io.Serializable;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;

/**
 * The flow indicators' amounts booked during one quarter, by the process that causes each (a birth,
 * a round, a quarter's accounts). Amounts are as {@link Indicator#counting()} says: agent units for
 * {@link Indicator.Counting#AGENTS} (that {@link Measurement} divides by scale), national values
 * otherwise. Reset at the start of every step.
 */
public final class FlowCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] amounts = new double[Indicator.values().length];

    /** Books an amount of a flow indicator for this quarter. */
    void add(Indicator flow, double amount) {
        assert flow.kind() == IndicatorDefinition.Kind.FLOW : flow + " is a stock";
        amounts[flow.ordinal()] += amount;
    }

    /** This quarter's amount of a flow indicator so far. */
    public double get(Indicator flow) {
        return amounts[flow.ordinal()];
    }

    void reset() {
        java.util.Arrays.fill(amounts, 0);
    }
}
