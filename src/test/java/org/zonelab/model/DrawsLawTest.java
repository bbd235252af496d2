package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.LaplaceDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link Draws#gaussian} (the ziggurat) and {@link Draws#laplace} (one uniform per draw),
 * issue 12: each against its exact distribution by the Kolmogorov-Smirnov test on 400,000 draws, by
 * its variance and kurtosis (their sampling sd is about a sixth of the tolerance), and in the far
 * tails, where a faulty ziggurat layer or tail would show.
 */
class DrawsLawTest {
    private static final int N = 400_000;
    private static final double ALPHA = 0.001;

    private static double[] draws(long seed, ToDoubleFunction<MersenneTwisterFast> draw) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = draw.applyAsDouble(rng);
        }
        return x;
    }

    private static void assertLaw(double[] x, RealDistribution law, double kurtosis, double kurtosisTolerance, double tail) {
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(law, x);
        assertTrue(p > ALPHA, "KS p = " + p);
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        double var = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (N - 1);
        assertEquals(0, mean, 4 / Math.sqrt(N), "mean");
        assertEquals(1, var, 0.015, "variance");
        assertEquals(kurtosis, new Kurtosis().evaluate(x), kurtosisTolerance, "excess kurtosis");
        // Both tails beyond +-tail: expected count and a 5-sigma band of its binomial noise.
        long beyond = java.util.Arrays.stream(x).filter(v -> Math.abs(v) > tail).count();
        double expected = 2 * N * law.cumulativeProbability(-tail);
        assertEquals(expected, beyond, 5 * Math.sqrt(expected), "draws beyond +-" + tail);
    }

    @Test
    void theZigguratDrawsTheStandardNormal() {
        double[] x = draws(7, Draws::gaussian);
        assertLaw(x, new NormalDistribution(0, 1), 0, 0.05, Ziggurat.R);
        // In the wedges, where layers meet the curve, and the sides are symmetric.
        long positive = java.util.Arrays.stream(x).filter(v -> v > 0).count();
        assertEquals(N / 2.0, positive, 5 * Math.sqrt(N / 4.0));
    }

    @Test
    void theZigguratsTailBeyondItsBaseLayerHasTheNormalsShape() {
        double[] x = draws(8, Draws::gaussian);
        NormalDistribution normal = new NormalDistribution(0, 1);
        long far = java.util.Arrays.stream(x).filter(v -> Math.abs(v) > 4).count();
        double expected = 2 * N * normal.cumulativeProbability(-4);
        assertEquals(expected, far, 5 * Math.sqrt(expected) + 1, "draws beyond +-4");
    }

    @Test
    void theLaplaceDrawHasVarianceOneAndTheTentShape() {
        double[] x = draws(9, Draws::laplace);
        assertLaw(x, new LaplaceDistribution(0, Math.sqrt(0.5)), 3, 0.5, 4);
    }
}
