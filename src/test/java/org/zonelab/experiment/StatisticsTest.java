package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The comparison statistics against values worked out by hand. */
class StatisticsTest {
    private static final double[] A = {1, 2, 3, 4, 5};
    private static final double[] B = {2, 4, 3, 6, 7};

    @Test
    void meanSdAndTBasedConfidenceIntervalMatchTheHandComputedValues() {
        Statistics.Estimate e = Statistics.estimate(A);
        assertEquals(5, e.n());
        assertEquals(3.0, e.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), e.sd(), 1e-12); // sum of squares 10 over n - 1 = 4
        // t(0.975, 4) = 2.7764451052; half width = t * sd / sqrt(5) = 1.9632432
        assertEquals(2.7764451052, Statistics.tQuantile(4), 1e-9);
        assertEquals(3 - 1.9632432, e.ciLow(), 1e-6);
        assertEquals(3 + 1.9632432, e.ciHigh(), 1e-6);
    }

    @Test
    void pairedTestMatchesTheHandComputedCase() {
        // differences 1, 2, 0, 2, 2: mean 1.4, variance 0.8, t = 1.4 / (sqrt(0.8) / sqrt(5)) = 3.5 with 4 df
        Statistics.Paired p = Statistics.paired(A, B);
        assertEquals(1.4, p.difference().mean(), 1e-12);
        assertEquals(Math.sqrt(0.8), p.difference().sd(), 1e-12);
        assertEquals(1.4 - 2.7764451052 * 0.4, p.difference().ciLow(), 1e-8);
        assertEquals(1.4 + 2.7764451052 * 0.4, p.difference().ciHigh(), 1e-8);
        // two-sided tail of Student's t(4) beyond 3.5 (closed form for 4 df)
        assertEquals(0.0248961634602, p.pValue(), 1e-9);
        // var(a) = 2.5, var(b) = 4.3, var(b - a) = 0.8
        assertEquals(1 - 0.8 / 6.8, p.varReduction(), 1e-12);
    }

    @Test
    void identicalDifferencesGiveAPValueOfOneOrZeroNeverNaN() {
        double[] a = {1, 2, 3};
        assertEquals(1.0, Statistics.paired(a, a.clone()).pValue());
        Statistics.Paired shifted = Statistics.paired(a, new double[] {2, 3, 4});
        assertEquals(0.0, shifted.pValue());
        assertEquals(1.0, shifted.difference().ciLow(), 0);
        assertEquals(1.0, shifted.difference().ciHigh(), 0);
        assertEquals(1.0, shifted.varReduction(), 1e-12);
        Statistics.Paired constant = Statistics.paired(new double[] {5, 5}, new double[] {5, 5});
        assertTrue(Double.isNaN(constant.varReduction()), "no variance to reduce");
    }

    @Test
    void oneReplicationHasNoIntervalOrPValue() {
        Statistics.Estimate e = Statistics.estimate(new double[] {7});
        assertEquals(7.0, e.mean());
        assertEquals(0.0, e.sd());
        assertTrue(Double.isNaN(e.ciLow()) && Double.isNaN(e.ciHigh()));
        assertTrue(Double.isNaN(Statistics.paired(new double[] {1}, new double[] {2}).pValue()));
    }

    @Test
    void holmStepsDownAndKeepsMonotoneOrder() {
        double[] p = {0.01, 0.04, 0.03, Double.NaN, 0.5};
        // m = 4: 0.01 x 4 = 0.04; 0.03 x 3 = 0.09; 0.04 x 2 = 0.08, raised to 0.09; 0.5 x 1 = 0.5
        assertArrayEquals(new double[] {0.04, 0.09, 0.09, Double.NaN, 0.5}, Statistics.holm(p), 1e-12);
        assertArrayEquals(new double[] {1.0, 1.0}, Statistics.holm(new double[] {0.6, 0.7}), 1e-12);
    }

    @Test
    void badSamplesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Statistics.estimate(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Statistics.estimate(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Statistics.paired(new double[] {1, 2}, new double[] {1}));
    }
}
