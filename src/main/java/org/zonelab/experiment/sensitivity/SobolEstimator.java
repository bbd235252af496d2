package org.zonelab.experiment.sensitivity;

/**
 * Point estimates of Sobol' indices on a chosen multiset of sample rows (all rows for the estimate, drawn
 * rows for a bootstrap replicate). With f the (shifted) outputs and means over the chosen rows j:
 * <ul>
 *   <li>V = population variance of the 2n values f(A_j) and f(B_j) (SALib's choice);</li>
 *   <li>first order, Saltelli et al. 2010: S1_i = mean(f(B) (f(AB_i) - f(A))) / V;</li>
 *   <li>total, Jansen 1999: ST_i = mean((f(A) - f(AB_i))^2) / (2 V);</li>
 *   <li>second order, Saltelli 2002 as in SALib, for i &lt; j:
 *       S2_ij = mean(f(BA_i) f(AB_j) - f(A) f(B)) / V - S1_i - S1_j.</li>
 * </ul>
 * When every chosen f(A_j) and f(B_j) is the same value V is 0 and the ratios are undefined; every
 * index is then reported as 0 (see {@link #zeroVariance}). Indices are dimensionless shares of V;
 * estimates may stray slightly below 0 or above 1.
 */
public final class SobolEstimator {
    private final SaltelliOutputs f;

    /** An estimator over the given outputs. */
    public SobolEstimator(SaltelliOutputs outputs) {
        this.f = outputs;
    }

    /**
     * Number of statistics {@link #estimate} returns: k first-order, k total and, with second order,
     * k (k - 1) / 2 second-order indices.
     */
    public int statistics() {
        int k = f.factors();
        return f.secondOrder() ? 2 * k + k * (k - 1) / 2 : 2 * k;
    }

    /**
     * Position of S2_ij in {@link #estimate}'s result: pairs follow S1 and ST in the order
     * (0,1), (0,2) .. (0,k-1), (1,2) .. (k-2,k-1).
     *
     * @throws IllegalArgumentException unless 0 &lt;= i &lt; j &lt; k
     */
    public int pairPosition(int i, int j) {
        int k = f.factors();
        if (i < 0 || j <= i || j >= k) {
            throw new IllegalArgumentException("no factor pair (" + i + ", " + j + ") among " + k + " factors");
        }
        return 2 * k + i * (2 * k - i - 1) / 2 + (j - i - 1);
    }

    /**
     * Population variance V of f(A_j) and f(B_j) over the chosen rows, in squared output units.
     *
     * @param rows sample indices, repeats allowed; at least one
     */
    public double variance(int[] rows) {
        double sum = 0;
        for (int j : rows) {
            sum += f.a(j) + f.b(j);
        }
        double count = 2.0 * rows.length;
        double mean = sum / count;
        double squares = 0;
        for (int j : rows) {
            double da = f.a(j) - mean;
            double db = f.b(j) - mean;
            squares += da * da + db * db;
        }
        return squares / count;
    }

    /**
     * Whether V is 0 on the chosen rows: every f(A_j) and f(B_j) is the same value. Tested on the values
     * rather than on V, which rounding can leave a hair above 0 for a constant output.
     */
    public boolean zeroVariance(int[] rows) {
        double first = f.a(rows[0]);
        for (int j : rows) {
            if (f.a(j) != first || f.b(j) != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * The indices on the chosen rows, laid out as S1_0 .. S1_{k-1}, ST_0 .. ST_{k-1}, then the S2 pairs
     * (see {@link #pairPosition}); all 0 when {@link #zeroVariance}.
     *
     * @param rows sample indices, repeats allowed; at least one
     */
    public double[] estimate(int[] rows) {
        double[] result = new double[statistics()];
        if (zeroVariance(rows)) {
            return result;
        }
        int k = f.factors();
        double n = rows.length;
        double v = variance(rows);
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double change = f.ab(j, i) - f.a(j);
                first += f.b(j) * change;
                total += change * change;
            }
            result[i] = first / n / v;
            result[k + i] = total / (2 * n) / v;
        }
        if (f.secondOrder()) {
            for (int i = 0; i < k; i++) {
                for (int m = i + 1; m < k; m++) {
                    double joint = 0;
                    for (int j : rows) {
                        joint += f.ba(j, i) * f.ab(j, m) - f.a(j) * f.b(j);
                    }
                    result[pairPosition(i, m)] = joint / n / v - result[i] - result[m];
                }
            }
        }
        return result;
    }
}
