package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Selection places exactly what a full sort places, on skewed data, runs of ties and sorted input. */
class OrderStatisticsTest {

    private static double[] data(MersenneTwisterFast rng, int n, int kind) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = switch (kind) {
                case 0 -> Math.exp(2 * rng.nextGaussian()); // skewed, like revenue
                case 1 -> rng.nextInt(5); // few distinct values: long runs of ties
                case 2 -> i; // already sorted
                default -> n - i; // reversed
            };
        }
        return a;
    }

    @Test
    void selectPlacesWhatASortPlaces() {
        MersenneTwisterFast rng = new MersenneTwisterFast(7);
        for (int n : new int[] {10, 31, 32, 33, 1000, 20_001}) {
            for (int kind = 0; kind < 4; kind++) {
                double[] a = data(rng, n, kind);
                double[] sorted = a.clone();
                Arrays.sort(sorted);
                int[] ranks = {0, n / 10, n / 3, n / 3, n / 2, n - 2, n - 1};
                Arrays.sort(ranks);
                double[] selected = a.clone();
                OrderStatistics.select(selected, ranks);
                for (int r : ranks) {
                    assertEquals(sorted[r], selected[r], 0.0, "rank " + r + " of " + n + ", kind " + kind);
                    for (int j = 0; j < n; j++) {
                        assertTrue(j < r ? selected[j] <= selected[r] : j == r || selected[j] >= selected[r],
                                "partitioned around rank " + r + " at " + j);
                    }
                }
                double[] sortedCopy = selected.clone();
                Arrays.sort(sortedCopy);
                assertArrayEquals(sorted, sortedCopy, 0.0, "the same values, rearranged");
            }
        }
    }

    @Test
    void selectTopLeavesTheLargestSortedAsASortDoes() {
        MersenneTwisterFast rng = new MersenneTwisterFast(9);
        for (int n : new int[] {40, 1000, 50_000}) {
            for (int kind = 0; kind < 4; kind++) {
                double[] a = data(rng, n, kind);
                double[] sorted = a.clone();
                Arrays.sort(sorted);
                int k = n / 20;
                OrderStatistics.selectTop(a, k);
                assertArrayEquals(Arrays.copyOfRange(sorted, n - k - 1, n), Arrays.copyOfRange(a, n - k - 1, n), 0.0,
                        n + " values, kind " + kind);
            }
        }
    }
}
