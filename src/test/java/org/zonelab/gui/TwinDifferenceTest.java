package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;

/** The difference B minus A of a twin run, in numbers and in words. */
class TwinDifferenceTest {
    @Test
    void firmsAreCountedAsMoreOrFewerWithThePercentOfA() {
        assertEquals("Gazelle firms: B has 1,240 more than A (+12.4%)",
                new TwinDifference(Indicator.GAZELLES, 10_000, 11_240).words());
        assertEquals("Firms in the zones: B has 50 fewer than A (-0.5%)",
                new TwinDifference(Indicator.FIRMS, 10_000, 9_950).words());
    }

    @Test
    void otherIndicatorsAreHigherOrLowerInTheirUnit() {
        TwinDifference gini = new TwinDifference(Indicator.ZONE_GDP_GINI, 0.5, 0.49);
        assertEquals(-0.01, gini.difference(), 1e-12);
        assertEquals(-2.0, gini.percentOfA(), 1e-9);
        assertEquals("Inequality of GDP between zones: B's is 0.0100 lower than A's (Gini coefficient, 0 to 1; -2.0%)",
                gini.words());
        assertEquals("GDP of the zones: B's is 25 higher than A's (CNY bn per quarter; +1.0%)",
                new TwinDifference(Indicator.GDP_BN, 2_500, 2_525).words());
    }

    @Test
    void equalOrMissingValuesAreSaidSo() {
        assertEquals("Firms in the zones: the same in A and B", new TwinDifference(Indicator.FIRMS, 7, 7).words());
        assertEquals("GDP of the zones: from the first quarter on",
                new TwinDifference(Indicator.GDP_BN, Double.NaN, Double.NaN).words());
    }
}
