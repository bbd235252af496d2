package org.zonelab.experiment.sensitivity;

import java.util.Arrays;
import java.util.function.Function;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Settings of a nonparametric bootstrap with percentile intervals, and the bootstrap itself: resample n
 * units (trajectories, sample rows) with replacement, recompute the statistics on each resample, and take
 * the empirical quantiles of the replicates. The resamples are drawn from a Mersenne Twister seeded with
 * {@code seed}, so the same settings and statistic give bit-identical intervals.
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman and Fan's type 7, NumPy's default):
 * with sorted replicates x[0..B-1], the q-quantile is x[h] interpolated at h = (B - 1) q.
 *
 * @param resamples  number of bootstrap resamples B, at least 1
 * @param confidence coverage of the two-sided percentile interval, in (0, 1); 0.95 for a 95% interval
 * @param seed       seed of the resampling generator
 */
public record Bootstrap(int resamples, double confidence, long seed) {
    /** Resamples when the caller has no preference: SALib's default for Morris' mu* interval. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Coverage when the caller has no preference: SALib's {@code conf_level} default. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when {@code resamples < 1} or {@code confidence} is not in (0, 1)
     */
    public Bootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("bootstrap needs at least 1 resample, got " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("bootstrap confidence must lie in (0, 1), got " + confidence);
        }
    }

    /** {@link #DEFAULT_RESAMPLES} resamples at {@link #DEFAULT_CONFIDENCE}, with the given seed. */
    public static Bootstrap defaults(long seed) {
        return new Bootstrap(DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
    }

    /**
     * Percentile intervals of several statistics computed on the same resamples.
     *
     * @param units     number of units to resample (n); each resample is n indices in [0, n), drawn with
     *                  replacement, in draw order
     * @param statistic the statistics of one resample, given its indices; always the same number of values
     * @return one interval per statistic, in the statistic's order and units
     * @throws IllegalArgumentException when {@code units < 1} or the statistic's length changes
     */
    public Interval[] intervals(int units, Function<int[], double[]> statistic) {
        if (units < 1) {
            throw new IllegalArgumentException("bootstrap needs at least 1 unit to resample, got " + units);
        }
        RandomGenerator random = new MersenneTwister(seed);
        double[][] replicates = null;
        int[] drawn = new int[units];
        for (int b = 0; b < resamples; b++) {
            for (int u = 0; u < units; u++) {
                drawn[u] = random.nextInt(units);
            }
            // A copy, so that a statistic that keeps or reorders its indices cannot disturb the draws.
            double[] values = statistic.apply(drawn.clone());
            if (replicates == null) {
                replicates = new double[values.length][resamples];
            } else if (values.length != replicates.length) {
                throw new IllegalArgumentException("bootstrap statistic changed its length from "
                        + replicates.length + " to " + values.length);
            }
            for (int s = 0; s < values.length; s++) {
                replicates[s][b] = values[s];
            }
        }
        Interval[] result = new Interval[replicates.length];
        for (int s = 0; s < replicates.length; s++) {
            result[s] = percentileInterval(replicates[s]);
        }
        return result;
    }

    /**
     * The two-sided percentile interval of some replicates at this bootstrap's confidence: the
     * {@code (1 - confidence) / 2} and {@code (1 + confidence) / 2} quantiles (type 7).
     *
     * @param replicates the replicates, in the statistic's units; not modified
     * @throws IllegalArgumentException when there are none or one is NaN
     */
    public Interval percentileInterval(double[] replicates) {
        if (replicates.length == 0) {
            throw new IllegalArgumentException("no bootstrap replicates");
        }
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("a bootstrap replicate is NaN");
        }
        double tail = (1 - confidence) / 2;
        return new Interval(quantile(sorted, tail), quantile(sorted, 1 - tail));
    }

    private static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int below = (int) Math.floor(h);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double lower = sorted[below];
        double above = sorted[below + 1];
        double interpolated = lower + (h - below) * (above - lower);
        // Rounding may carry the interpolation an ulp past its neighbours; clamping keeps the quantiles
        // monotone in q, so that an interval's low end never exceeds its high end.
        return Math.min(Math.max(interpolated, lower), above);
    }
}
