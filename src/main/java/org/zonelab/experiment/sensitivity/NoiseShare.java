package org.zonelab.experiment.sensitivity;

/**
 * How much of the spread of the point means of a design is replication noise. A sensitivity index
 * attributes the variance of the point means to the factors; the part that is noise belongs to none of
 * them, so when it is large the indices (especially small ones, and interactions) mean little.
 *
 * <p>With y[p][r] the output of replication r at point p, R_p replications at point p and P points:
 * <ul>
 *   <li>{@code withinVariance} = mean over points of the sample variance (n - 1) of each point's
 *       replications: the noise variance of one replication;</li>
 *   <li>{@code noiseVarianceOfMean} = mean over points of (that point's variance / R_p), which is
 *       {@code withinVariance / R} when every point has R replications: the noise variance of one point
 *       mean, the values the analyses see;</li>
 *   <li>{@code acrossPointVariance} = sample variance (n - 1) over points of the point means;</li>
 *   <li>{@code ratio} = noiseVarianceOfMean / acrossPointVariance.</li>
 * </ul>
 * Since the point means carry their noise, the across-point variance estimates the factors' variance plus
 * the noise variance of a mean: a ratio near 1 means the means differ by noise alone, near 0 that noise is
 * negligible. When the means do not differ at all the ratio is +infinity if there is noise and 0 if there
 * is none. All variances are in squared output units.
 *
 * @param points              number of points P
 * @param withinVariance      mean within-point variance of one replication
 * @param noiseVarianceOfMean noise variance of one point mean
 * @param acrossPointVariance variance of the point means across points
 * @param ratio               noiseVarianceOfMean / acrossPointVariance
 */
public record NoiseShare(int points, double withinVariance, double noiseVarianceOfMean,
        double acrossPointVariance, double ratio) {
    /**
     * The share of the across-point variance at which noise dominates by default: from 0.5 on, at least
     * half of the spread of the means is noise, so at most half is the factors' doing.
     */
    public static final double DEFAULT_DOMINANCE_SHARE = 0.5;
    /** Two points make the fewest across which a variance exists; two replications likewise within one. */
    private static final int MIN_COUNT = 2;

    /**
     * Measures the noise share of some replicated outputs.
     *
     * @param outputs {@code outputs[point][replication]}, in the output's units; at least 2 points, at
     *                least 2 replications at each, all finite; replication counts may differ
     * @throws IllegalArgumentException when there are too few points or replications or a value is not
     *                                  finite
     */
    public static NoiseShare of(double[][] outputs) {
        int points = outputs.length;
        if (points < MIN_COUNT) {
            throw new IllegalArgumentException("noise share needs at least " + MIN_COUNT + " points, got " + points);
        }
        double[] means = new double[points];
        double within = 0;
        double ofMean = 0;
        for (int p = 0; p < points; p++) {
            double[] y = outputs[p];
            if (y.length < MIN_COUNT) {
                throw new IllegalArgumentException("noise share needs at least " + MIN_COUNT
                        + " replications at each point, point " + p + " has " + y.length);
            }
            for (double v : y) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("output at point " + p + " is not finite: " + v);
                }
            }
            means[p] = mean(y);
            double variance = sampleVariance(y, means[p]);
            within += variance;
            ofMean += variance / y.length;
        }
        within /= points;
        ofMean /= points;
        double across = sampleVariance(means, mean(means));
        double ratio;
        if (across > 0) {
            ratio = ofMean / across;
        } else {
            ratio = ofMean > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return new NoiseShare(points, within, ofMean, across, ratio);
    }

    /**
     * Whether noise dominates: {@code ratio >= share}.
     *
     * @param share the threshold share of the across-point variance, e.g. {@link #DEFAULT_DOMINANCE_SHARE}
     */
    public boolean noiseDominates(double share) {
        return ratio >= share;
    }

    /** Whether noise dominates at {@link #DEFAULT_DOMINANCE_SHARE}. */
    public boolean noiseDominates() {
        return noiseDominates(DEFAULT_DOMINANCE_SHARE);
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double sampleVariance(double[] x, double mean) {
        // A rounded mean of equal values can differ from them in the last bit; equal values have no
        // variance, and saying so exactly lets a noiseless model report a ratio of exactly 0.
        if (allEqual(x)) {
            return 0;
        }
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (x.length - 1);
    }

    private static boolean allEqual(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }
}
