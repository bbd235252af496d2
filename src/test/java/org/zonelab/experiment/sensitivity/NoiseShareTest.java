package org.zonelab.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** The noise share on data whose noise and signal are known by construction. */
class NoiseShareTest {
    @Test
    void theDefinitionOnASmallExample() {
        // Within variances 2 and 2 (n - 1), two replications: noise of a mean 1; means 2 and 6: across 8.
        NoiseShare share = NoiseShare.of(new double[][] {{1, 3}, {5, 7}});
        assertEquals(2, share.points());
        assertEquals(2, share.withinVariance(), 1e-12);
        assertEquals(1, share.noiseVarianceOfMean(), 1e-12);
        assertEquals(8, share.acrossPointVariance(), 1e-12);
        assertEquals(0.125, share.ratio(), 1e-12);
        assertFalse(share.noiseDominates());
        assertTrue(share.noiseDominates(0.1));
    }

    @Test
    void unequalReplicationCountsWeighEachPointsMeanByItsOwnCount() {
        // Point 0: {0, sqrt 2} has variance 1 over 2 replications; point 1: {0, 0, 4, 4} has variance
        // 16/3 over 4 replications.
        NoiseShare share = NoiseShare.of(new double[][] {{0, Math.sqrt(2)}, {0, 0, 4, 4}});
        double v0 = 1;
        double v1 = 16.0 / 3;
        assertEquals((v0 + v1) / 2, share.withinVariance(), 1e-12);
        assertEquals((v0 / 2 + v1 / 4) / 2, share.noiseVarianceOfMean(), 1e-12);
    }

    @Test
    void pointsThatDifferByNoiseAloneAreDominatedByIt() {
        MersenneTwister random = new MersenneTwister(17L);
        double[][] y = new double[200][8];
        for (double[] point : y) {
            for (int r = 0; r < point.length; r++) {
                point[r] = 5 + random.nextGaussian();
            }
        }
        NoiseShare share = NoiseShare.of(y);
        // Every point has the same expectation: the means' spread is their noise, a ratio near 1. The
        // mean of 200 variances of 8 unit normals has a standard error of 0.04, the variance of 200 means
        // relative to its expectation about 0.1: the tolerances are some 2.5 standard errors.
        assertEquals(1, share.withinVariance(), 0.1);
        assertEquals(1, share.ratio(), 0.25);
        assertTrue(share.noiseDominates());
    }

    @Test
    void noiselessPointsHaveARatioOfZero() {
        double[][] y = new double[50][5];
        for (int p = 0; p < y.length; p++) {
            for (int r = 0; r < y[p].length; r++) {
                y[p][r] = 0.1 * p + 0.1; // replications equal bit for bit, as a deterministic model gives
            }
        }
        NoiseShare share = NoiseShare.of(y);
        assertEquals(0.0, share.withinVariance());
        assertEquals(0.0, share.noiseVarianceOfMean());
        assertEquals(0.0, share.ratio());
        assertTrue(share.acrossPointVariance() > 0);
        assertFalse(share.noiseDominates());
    }

    @Test
    void strongSignalUnderWeakNoiseIsNotDominated() {
        MersenneTwister random = new MersenneTwister(18L);
        double[][] y = new double[100][4];
        for (int p = 0; p < y.length; p++) {
            for (int r = 0; r < y[p].length; r++) {
                y[p][r] = 10.0 * p / y.length + 0.1 * random.nextGaussian();
            }
        }
        NoiseShare share = NoiseShare.of(y);
        // Signal variance about 100/12, noise of a mean 0.01/4: a ratio of about 3e-4.
        assertTrue(share.ratio() > 0 && share.ratio() < 1e-3, "ratio " + share.ratio());
        assertFalse(share.noiseDominates());
    }

    @Test
    void identicalMeansWithNoiseAreAllNoise() {
        NoiseShare share = NoiseShare.of(new double[][] {{1, 3}, {3, 1}});
        assertEquals(0.0, share.acrossPointVariance());
        assertEquals(Double.POSITIVE_INFINITY, share.ratio());
        assertTrue(share.noiseDominates());
    }

    @Test
    void refusesDataWithoutBothVariances() {
        assertThrows(IllegalArgumentException.class, () -> NoiseShare.of(new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> NoiseShare.of(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> NoiseShare.of(new double[][] {{1, 2}, {3, Double.NaN}}));
    }
}
