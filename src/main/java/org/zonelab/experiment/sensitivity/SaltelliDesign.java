package org.zonelab.experiment.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol' indices in the unit cube [0,1)^k, on an unscrambled Sobol' sequence
 * of dimension 2k (Commons Math's {@link SobolSequenceGenerator}, Joe and Kuo's direction numbers).
 *
 * <p>Sample j (from 0) is the Sobol' point j + 1: the sequence's first point is all zeros, which SALib skips
 * too. Its first k coordinates are row j of matrix A, its last k row j of matrix B. AB_i is A with column i
 * taken from B; BA_i (second order only) is B with column i taken from A.
 *
 * <p>Run order, SALib's: sample by sample, each sample's points consecutive,
 * <pre>
 *   A_j, AB_j1 .. AB_jk, [BA_j1 .. BA_jk if second order], B_j
 * </pre>
 * so a sample has k + 2 points (2k + 2 with second order) and the design N (k + 2) (N (2k + 2)). Because
 * the order is sample-major, the first n samples are a prefix of the points ({@link #firstSamples}), and the
 * design is fully determined by its arguments: there is no seed.
 */
public final class SaltelliDesign {
    /** The fewest base samples with which a variance, and so an index, can be estimated. */
    public static final int MIN_SAMPLES = 2;
    /** Commons Math ships Sobol' direction numbers for up to 1000 dimensions, and the design uses 2k. */
    public static final int MAX_FACTORS = 500;

    private final int factors;
    private final boolean secondOrder;
    private final double[][] a;
    private final double[][] b;

    private SaltelliDesign(int factors, boolean secondOrder, double[][] a, double[][] b) {
        this.factors = factors;
        this.secondOrder = secondOrder;
        this.a = a;
        this.b = b;
    }

    /**
     * Builds the design.
     *
     * @param factors     number of factors k, 1 .. {@link #MAX_FACTORS}
     * @param samples     number of base samples N, at least {@link #MIN_SAMPLES}; powers of 2 balance the
     *                    Sobol' sequence best
     * @param secondOrder whether to add the BA_i points that second-order indices need
     * @throws IllegalArgumentException when an argument is out of range or the design would have more than
     *                                  {@link Integer#MAX_VALUE} points
     */
    public static SaltelliDesign generate(int factors, int samples, boolean secondOrder) {
        if (factors < 1 || factors > MAX_FACTORS) {
            throw new IllegalArgumentException("Saltelli design needs 1 to " + MAX_FACTORS + " factors, got " + factors);
        }
        if (samples < MIN_SAMPLES) {
            throw new IllegalArgumentException("Saltelli design needs at least " + MIN_SAMPLES
                    + " base samples N to estimate a variance, got " + samples);
        }
        long points = (long) samples * pointsPerSample(factors, secondOrder);
        if (points > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Saltelli design of " + samples + " samples of " + factors
                    + " factors would have " + points + " points, too many");
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * factors);
        sobol.nextVector(); // the all-zeros point, skipped as SALib does
        double[][] a = new double[samples][];
        double[][] b = new double[samples][];
        for (int j = 0; j < samples; j++) {
            double[] v = sobol.nextVector();
            a[j] = Arrays.copyOfRange(v, 0, factors);
            b[j] = Arrays.copyOfRange(v, factors, 2 * factors);
        }
        return new SaltelliDesign(factors, secondOrder, a, b);
    }

    private static int pointsPerSample(int factors, boolean secondOrder) {
        return secondOrder ? 2 * factors + 2 : factors + 2;
    }

    /**
     * The same design restricted to its first n base samples: its points are the first
     * {@code n * pointsPerSample()} points of this design, in the same order.
     *
     * @param n number of samples kept, {@link #MIN_SAMPLES} .. {@link #samples()}
     * @throws IllegalArgumentException when n is out of range
     */
    public SaltelliDesign firstSamples(int n) {
        if (n < MIN_SAMPLES || n > samples()) {
            throw new IllegalArgumentException("can keep " + MIN_SAMPLES + " to " + samples()
                    + " samples of this Saltelli design, not " + n);
        }
        return new SaltelliDesign(factors, secondOrder, Arrays.copyOf(a, n), Arrays.copyOf(b, n));
    }

    /** Number of factors k. */
    public int factors() {
        return factors;
    }

    /** Number of base samples N. */
    public int samples() {
        return a.length;
    }

    /** Whether the design has the BA_i points of second-order indices. */
    public boolean secondOrder() {
        return secondOrder;
    }

    /** Points per sample: k + 2, or 2k + 2 with second order. */
    public int pointsPerSample() {
        return pointsPerSample(factors, secondOrder);
    }

    /** Number of points, N times {@link #pointsPerSample()}. */
    public int size() {
        return samples() * pointsPerSample();
    }

    /** Run-order index of A_j. */
    public int indexOfA(int sample) {
        return firstOf(sample);
    }

    /** Run-order index of AB_ji, A_j with factor i from B_j. */
    public int indexOfAB(int sample, int factor) {
        return firstOf(sample) + 1 + checkFactor(factor);
    }

    /**
     * Run-order index of BA_ji, B_j with factor i from A_j.
     *
     * @throws IllegalStateException when the design has no second order
     */
    public int indexOfBA(int sample, int factor) {
        if (!secondOrder) {
            throw new IllegalStateException("this Saltelli design has no BA points (no second order)");
        }
        return firstOf(sample) + 1 + factors + checkFactor(factor);
    }

    /** Run-order index of B_j. */
    public int indexOfB(int sample) {
        return firstOf(sample) + pointsPerSample() - 1;
    }

    private int firstOf(int sample) {
        if (sample < 0 || sample >= samples()) {
            throw new IndexOutOfBoundsException("no sample " + sample + " in a design of " + samples());
        }
        return sample * pointsPerSample();
    }

    private int checkFactor(int factor) {
        if (factor < 0 || factor >= factors) {
            throw new IndexOutOfBoundsException("no factor " + factor + " among " + factors);
        }
        return factor;
    }

    /** A copy of row j of matrix A, in unit-cube coordinates. */
    public double[] a(int sample) {
        firstOf(sample);
        return a[sample].clone();
    }

    /** A copy of row j of matrix B, in unit-cube coordinates. */
    public double[] b(int sample) {
        firstOf(sample);
        return b[sample].clone();
    }

    /** All points in run order (see the class comment), as fresh arrays of k unit-cube coordinates. */
    public List<double[]> points() {
        List<double[]> points = new ArrayList<>(size());
        for (int j = 0; j < samples(); j++) {
            points.add(a[j].clone());
            for (int i = 0; i < factors; i++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                points.add(ab);
            }
            if (secondOrder) {
                for (int i = 0; i < factors; i++) {
                    double[] ba = b[j].clone();
                    ba[i] = a[j][i];
                    points.add(ba);
                }
            }
            points.add(b[j].clone());
        }
        return points;
    }
}
