package org.zonelab.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Percentile intervals by the type-7 quantile, and resampling that depends on the seed alone. */
class BootstrapTest {
    @Test
    void percentileIntervalInterpolatesBetweenOrderStatistics() {
        // 0, 1, .., 100 shuffled: the type-7 q-quantile of 0..100 is 100 q itself.
        double[] values = new double[101];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i * 37) % 101;
        }
        Interval ninetyFive = new Bootstrap(1, 0.95, 0).percentileInterval(values);
        assertEquals(2.5, ninetyFive.low(), 1e-12);
        assertEquals(97.5, ninetyFive.high(), 1e-12);
        Interval ninety = new Bootstrap(1, 0.90, 0).percentileInterval(values);
        assertEquals(5, ninety.low(), 1e-12);
        assertEquals(95, ninety.high(), 1e-12);
        assertEquals(37.0, values[1], "the input is left unsorted");
    }

    @Test
    void aSingleReplicateIsItsOwnInterval() {
        Interval one = new Bootstrap(1, 0.95, 0).percentileInterval(new double[] {4.25});
        assertEquals(new Interval(4.25, 4.25), one);
    }

    @Test
    void resamplesDrawWithReplacementFromTheSeedAlone() {
        Bootstrap bootstrap = new Bootstrap(200, 0.95, 42);
        double[] x = new double[50];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i);
        }
        Interval[] first = bootstrap.intervals(x.length, drawn -> new double[] {mean(x, drawn)});
        Interval[] again = bootstrap.intervals(x.length, drawn -> new double[] {mean(x, drawn)});
        assertArrayEquals(first, again);
        Interval[] other = new Bootstrap(200, 0.95, 43).intervals(x.length, drawn -> new double[] {mean(x, drawn)});
        assertNotEquals(first[0], other[0]);
        double full = mean(x, identity(x.length));
        assertTrue(first[0].contains(full), "the mean " + full + " lies in its interval " + first[0]);
        assertTrue(first[0].high() - first[0].low() > 0, "resamples differ, so the interval has a width");
    }

    @Test
    void eachResampleHasTheUnitsCountOfIndicesInRange() {
        int[] seen = new int[7];
        new Bootstrap(300, 0.95, 5).intervals(seen.length, drawn -> {
            assertEquals(seen.length, drawn.length);
            for (int u : drawn) {
                seen[u]++;
            }
            return new double[] {0};
        });
        for (int count : seen) {
            // 2100 draws over 7 units: each expects 300; a uniform draw is far inside [200, 400].
            assertTrue(count > 200 && count < 400, "draws per unit " + count);
        }
    }

    @Test
    void refusesSettingsWithoutMeaning() {
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(0, 0.95, 0));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, 1.0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, 0.0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new Interval(1, 0));
    }

    private static double mean(double[] x, int[] drawn) {
        double sum = 0;
        for (int i : drawn) {
            sum += x[i];
        }
        return sum / drawn.length;
    }

    private static int[] identity(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }
}
