package org.zonelab.experiment;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The statistics of comparisons, on Commons Math: means with t-based 95% confidence intervals, paired
 * differences with the paired t-test, Holm's correction, and the variance reduction of common random
 * numbers. Values that are undefined (a CI or p-value from fewer than two replications, a variance
 * reduction when neither arm varies) are NaN here; writers leave those cells empty.
 */
public final class Statistics {
    /** Confidence level of every interval. */
    public static final double LEVEL = 0.95;

    private Statistics() {
    }

    /**
     * Mean, sample standard deviation (n - 1) and 95% confidence interval of the mean.
     *
     * @param n      number of values
     * @param mean   arithmetic mean
     * @param sd     sample standard deviation; 0 for one value
     * @param ciLow  lower end of the 95% CI, {@code mean - t(0.975, n-1) * sd / sqrt(n)}; NaN when n < 2
     * @param ciHigh upper end; NaN when n < 2
     */
    public record Estimate(int n, double mean, double sd, double ciLow, double ciHigh) {
    }

    /**
     * A paired comparison of arm B against arm A, replication by replication.
     *
     * @param difference   the mean, sd and 95% CI of the differences {@code b[i] - a[i]}
     * @param pValue       two-sided paired t-test p-value; when every difference is the same, 1 if it is
     *                     0 and 0 otherwise; NaN when n < 2
     * @param varReduction {@code 1 - var(b - a) / (var(a) + var(b))}: the share of the variance of the
     *                     difference that pairing removed, against independent draws; NaN when
     *                     {@code var(a) + var(b)} is 0
     */
    public record Paired(Estimate difference, double pValue, double varReduction) {
    }

    /**
     * Describes a sample.
     *
     * @throws IllegalArgumentException when the sample is empty or holds a value that is not finite
     */
    public static Estimate estimate(double[] x) {
        check(x);
        int n = x.length;
        double mean = StatUtils.mean(x);
        if (n < 2) {
            return new Estimate(n, mean, 0, Double.NaN, Double.NaN);
        }
        double sd = Math.sqrt(StatUtils.variance(x));
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new Estimate(n, mean, sd, mean - half, mean + half);
    }

    /**
     * Compares B with A pairwise.
     *
     * @param a the reference arm, by replication
     * @param b the other arm, by replication (same length)
     * @throws IllegalArgumentException when the lengths differ, or a sample is empty or not finite
     */
    public static Paired paired(double[] a, double[] b) {
        check(a);
        check(b);
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples must have the same length, got " + a.length + " and "
                    + b.length);
        }
        int n = a.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = b[i] - a[i];
        }
        Estimate diff = estimate(d);
        if (n < 2) {
            return new Paired(diff, Double.NaN, Double.NaN);
        }
        double p;
        if (diff.sd() == 0) {
            p = diff.mean() == 0 ? 1 : 0;
        } else {
            p = new TTest().pairedTTest(b, a);
        }
        double independent = StatUtils.variance(a) + StatUtils.variance(b);
        double reduction = independent > 0 ? 1 - StatUtils.variance(d) / independent : Double.NaN;
        return new Paired(diff, p, reduction);
    }

    /**
     * Holm's step-down correction of a family of p-values: sorted ascending, the k-th smallest (k from
     * 0) becomes {@code min(1, max over j <= k of (m - j) p(j))}. NaN entries are not part of the
     * family and stay NaN; m counts the others.
     *
     * @return the adjusted p-values, in the input's order
     */
    public static double[] holm(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            if (!Double.isNaN(p[i])) {
                m++;
            }
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> Double.isNaN(p[i]) ? Double.POSITIVE_INFINITY
                : p[i]).thenComparingInt(i -> i));
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        double running = 0;
        for (int k = 0; k < m; k++) {
            int i = order[k];
            running = Math.max(running, Math.min(1, (m - k) * p[i]));
            out[i] = running;
        }
        return out;
    }

    /** The 0.975 quantile of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }

    private static void check(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("a sample needs at least one value");
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a sample holds a value that is not finite: " + v);
            }
        }
    }
}
