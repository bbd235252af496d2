package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Gini;

/**
 * {@link Gini#of}: the sample Gini coefficient without the small-sample correction,
 * {@code G = sum_i sum_j |x_i - x_j| / (2 n^2 mean)}, computed from sorted values as
 * {@code sum_i (2i - n - 1) x_(i) / (n sum x)} (i from 1). Under this convention one holder of
 * everything among {@code n} gives {@code (n - 1) / n}, not 1; no values, a single value, or a zero
 * total give 0.
 */
class GiniTest {
    private static final double TOL = 1e-12;

    /** The definition, by all pairs, as an independent check of the sorted formula. */
    private static double byPairs(double[] v) {
        double diff = 0;
        double sum = 0;
        for (double a : v) {
            sum += a;
            for (double b : v) {
                diff += Math.abs(a - b);
            }
        }
        return diff / (2.0 * v.length * sum);
    }

    @Test
    void handComputedCases() {
        // |differences| over ordered pairs of {1,2,3,4} sum to 20; 20 / (2 x 16 x 2.5) = 0.25
        assertEquals(0.25, Gini.of(new double[] {1, 2, 3, 4}), TOL);
        // {1,3}: 2 x 2 / (2 x 4 x 2) = 0.25
        assertEquals(0.25, Gini.of(new double[] {1, 3}), TOL);
        // {0,0,1}: one of three holds all: 2/3
        assertEquals(2.0 / 3, Gini.of(new double[] {0, 0, 1}), TOL);
        // {1,1,4}: |diffs| 0+3+3 each way = 12; 12 / (2 x 9 x 2) = 1/3
        assertEquals(1.0 / 3, Gini.of(new double[] {1, 1, 4}), TOL);
    }

    @Test
    void equalValuesGiveZero() {
        assertEquals(0, Gini.of(new double[] {7, 7, 7, 7, 7}), TOL);
        assertEquals(0, Gini.of(new double[] {0.001}), TOL);
    }

    @Test
    void oneHolderOfEverythingGivesNMinusOneOverN() {
        for (int n : new int[] {2, 3, 10, 169}) {
            double[] v = new double[n];
            v[n / 2] = 42;
            assertEquals((n - 1.0) / n, Gini.of(v), TOL, "n = " + n);
        }
    }

    @Test
    void degenerateInputsGiveZero() {
        assertEquals(0, Gini.of(new double[0]));
        assertEquals(0, Gini.of(new double[] {0, 0, 0}));
    }

    @Test
    void agreesWithThePairwiseDefinition() {
        Random r = new Random(3);
        for (int k = 0; k < 20; k++) {
            double[] v = new double[1 + r.nextInt(50)];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.exp(2 * r.nextGaussian());
            }
            assertEquals(byPairs(v), Gini.of(v), 1e-9, "case " + k);
        }
    }

    @Test
    void scaleInvariant() {
        double[] v = {0.3, 5, 2, 0, 11, 4.5};
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = 1000 * v[i];
        }
        assertEquals(Gini.of(v), Gini.of(w), TOL);
    }

    @Test
    void permutationInvariantAndLeavesItsInputAlone() {
        double[] v = {9, 0.5, 3, 3, 12, 0};
        double[] copy = v.clone();
        double g = Gini.of(v);
        assertArrayEquals(copy, v, "the input is not sorted in place");
        assertEquals(g, Gini.of(new double[] {0, 3, 12, 0.5, 9, 3}), TOL);
        assertEquals(g, Gini.of(new double[] {12, 9, 3, 3, 0.5, 0}), TOL);
    }

    @Test
    void aTransferFromRicherToPoorerLowersIt() {
        assertEquals(true, Gini.of(new double[] {2, 2, 6}) < Gini.of(new double[] {1, 2, 7}));
    }
}
