package org.zonelab.experiment.sensitivity;

/**
 * The outputs at the points of a {@link SaltelliDesign}, arranged by matrix: f(A_j), f(B_j), f(AB_ji) and,
 * with second order, f(BA_ji), each indexed by the sample j. Values are in the output's units, shifted
 * by a constant the caller chooses (see {@link #of}).
 */
public final class SaltelliOutputs {
    private final int factors;
    private final double[] a;
    private final double[] b;
    private final double[][] ab;
    private final double[][] ba;

    private SaltelliOutputs(int factors, double[] a, double[] b, double[][] ab, double[][] ba) {
        this.factors = factors;
        this.a = a;
        this.b = b;
        this.ab = ab;
        this.ba = ba;
    }

    /**
     * Arranges the outputs of a design's points, less {@code shift}.
     *
     * @param design  the design whose points were run
     * @param outputs one output per point, in the design's run order; finite
     * @param shift   subtracted from every output (the Sobol' estimators are not shift-invariant, and
     *                {@link SobolAnalysis} centers on the mean); 0 keeps the outputs as they are
     * @throws IllegalArgumentException when the outputs do not match the design or one is not finite
     */
    public static SaltelliOutputs of(SaltelliDesign design, double[] outputs, double shift) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("Saltelli design has " + design.size() + " points but "
                    + outputs.length + " outputs were given");
        }
        for (int p = 0; p < outputs.length; p++) {
            if (!Double.isFinite(outputs[p])) {
                throw new IllegalArgumentException("output of Saltelli point " + p + " is not finite: " + outputs[p]);
            }
        }
        int n = design.samples();
        int k = design.factors();
        double[] a = new double[n];
        double[] b = new double[n];
        double[][] ab = new double[k][n];
        double[][] ba = design.secondOrder() ? new double[k][n] : null;
        for (int j = 0; j < n; j++) {
            a[j] = outputs[design.indexOfA(j)] - shift;
            b[j] = outputs[design.indexOfB(j)] - shift;
            for (int i = 0; i < k; i++) {
                ab[i][j] = outputs[design.indexOfAB(j, i)] - shift;
                if (ba != null) {
                    ba[i][j] = outputs[design.indexOfBA(j, i)] - shift;
                }
            }
        }
        return new SaltelliOutputs(k, a, b, ab, ba);
    }

    /** Number of factors k. */
    public int factors() {
        return factors;
    }

    /** Number of samples N. */
    public int samples() {
        return a.length;
    }

    /** Whether the outputs include f(BA_ji). */
    public boolean secondOrder() {
        return ba != null;
    }

    /** f(A_j), shifted. */
    public double a(int sample) {
        return a[sample];
    }

    /** f(B_j), shifted. */
    public double b(int sample) {
        return b[sample];
    }

    /** f(AB_ji), shifted. */
    public double ab(int sample, int factor) {
        return ab[factor][sample];
    }

    /**
     * f(BA_ji), shifted.
     *
     * @throws IllegalStateException without second order
     */
    public double ba(int sample, int factor) {
        if (ba == null) {
            throw new IllegalStateException("these Saltelli outputs have no BA points (no second order)");
        }
        return ba[factor][sample];
    }
}
