package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of {@link Draws#poisson} and {@link Draws#happens} (issue 12: no exp when the uniform
 * already decides the draw) give draw for draw what the full computation gives, over means and rates
 * from far below to above the guard, with the same use of the generator.
 */
class DrawsShortcutTest {
    private static final double[] MEANS = {1e-12, 1e-9, 3e-7, 1e-6, 2e-6, 1e-4, 0.01, 0.1, 0.5, 0.999, 1, 1.5, 7, 29.9};

    @Test
    void poissonDrawsWhatFullInversionDraws() {
        MersenneTwisterFast a = new MersenneTwisterFast(3);
        MersenneTwisterFast b = new MersenneTwisterFast(3);
        long nonZero = 0;
        for (int round = 0; round < 20_000; round++) {
            for (double mean : MEANS) {
                int expected = fullPoisson(a, mean);
                assertEquals(expected, Draws.poisson(b, mean), "mean " + mean);
                nonZero += expected > 0 ? 1 : 0;
            }
        }
        assertEquals(a.nextLong(), b.nextLong(), "the same number of draws");
        assertTrue(nonZero > 0, "some draws are above 0");
    }

    @Test
    void happensDrawsWhatTheFullProbabilityDraws() {
        MersenneTwisterFast a = new MersenneTwisterFast(5);
        MersenneTwisterFast b = new MersenneTwisterFast(5);
        long events = 0;
        for (int round = 0; round < 20_000; round++) {
            for (double rate : MEANS) {
                for (double years : new double[] {0.25, 1}) {
                    boolean expected = a.nextDouble() < 1.0 - Math.exp(-rate * years);
                    assertEquals(expected, Draws.happens(b, rate, years), "rate " + rate + " over " + years);
                    events += expected ? 1 : 0;
                }
            }
        }
        assertEquals(a.nextLong(), b.nextLong(), "the same number of draws");
        assertTrue(events > 0, "some trials are events");
    }

    /** Poisson inversion for means up to 30, as Draws computed it before the shortcut. */
    private static int fullPoisson(MersenneTwisterFast rng, double mean) {
        double p = Math.exp(-mean);
        double cumulative = p;
        double u = rng.nextDouble();
        int k = 0;
        while (u > cumulative && k < 1000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
}
