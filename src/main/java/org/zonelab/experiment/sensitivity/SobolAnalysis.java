package org.zonelab.experiment.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sobol' indices from the outputs at the points of a {@link SaltelliDesign}, with bootstrap intervals and a
 * convergence check. The estimators are {@link SobolEstimator}'s.
 *
 * <p>The outputs are first centered on the mean of all the design's outputs, as SALib does (it also
 * divides by their standard deviation, which cancels in every ratio): the first- and second-order
 * estimators are not shift-invariant, and an output far from 0 (a GDP in the thousands, say) would
 * otherwise inflate their sampling error by orders of magnitude.
 *
 * <p>The intervals resample the N sample rows with replacement (the A, B, AB and BA values of a row stay
 * together) and recompute every index on each resample, keeping the centering of the full data; see
 * {@link Bootstrap}. A resample whose f(A) and f(B) are all equal gives indices 0.
 */
public final class SobolAnalysis {
    /**
     * The convergence check uses the first N/4, N/2 and N samples: each doubling should shrink the
     * Sobol' sequence's error, and the first N/2^m of its points are themselves well balanced.
     */
    private static final int[] CONVERGENCE_DIVISORS = {4, 2, 1};

    private SobolAnalysis() {
    }

    /**
     * Computes the indices.
     *
     * @param design    the design whose points were run
     * @param factors   the factors' names, in the design's factor order (k names)
     * @param outputs   one output per design point, in the design's run order, in the output's units; finite
     * @param bootstrap resamples, confidence and seed of the intervals
     * @throws IllegalArgumentException when the names or outputs do not match the design or an output is
     *                                  not finite
     */
    public static SobolResult analyze(SaltelliDesign design, List<String> factors, double[] outputs,
            Bootstrap bootstrap) {
        if (factors.size() != design.factors()) {
            throw new IllegalArgumentException("Saltelli design has " + design.factors() + " factors but "
                    + factors.size() + " names were given");
        }
        SaltelliOutputs arranged = SaltelliOutputs.of(design, outputs, mean(outputs));
        SobolEstimator estimator = new SobolEstimator(arranged);
        int n = design.samples();
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        double[] estimate = estimator.estimate(all);
        Interval[] intervals = bootstrap.intervals(n, estimator::estimate);
        int k = design.factors();
        List<SobolIndex> indices = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            Interval s1 = intervals[i];
            Interval st = intervals[k + i];
            indices.add(new SobolIndex(factors.get(i), estimate[i], s1.low(), s1.high(),
                    estimate[k + i], st.low(), st.high()));
        }
        List<SecondOrderIndex> pairs = new ArrayList<>();
        if (design.secondOrder()) {
            for (int i = 0; i < k; i++) {
                for (int m = i + 1; m < k; m++) {
                    int at = estimator.pairPosition(i, m);
                    pairs.add(new SecondOrderIndex(factors.get(i), factors.get(m), estimate[at],
                            intervals[at].low(), intervals[at].high()));
                }
            }
        }
        boolean zero = estimator.zeroVariance(all);
        return new SobolResult(n, zero ? 0 : estimator.variance(all), zero, indices, pairs);
    }

    /**
     * The convergence check: the same analysis on the first N/4, N/2 and N samples of the design (rounded
     * down), each on its own outputs' mean and with the same bootstrap settings, so the last equals
     * {@link #analyze} on the whole design. Indices that still move between the three are not converged.
     *
     * @param design    the design whose points were run; N at least 8, so that a quarter is
     *                  {@link SaltelliDesign#MIN_SAMPLES}
     * @param factors   the factors' names, in the design's factor order
     * @param outputs   one output per design point, in the design's run order; finite
     * @param bootstrap resamples, confidence and seed of the intervals
     * @return three results, by increasing number of samples
     * @throws IllegalArgumentException when N is too small for a quarter to be analysed, or as
     *                                  {@link #analyze}
     */
    public static List<SobolResult> convergence(SaltelliDesign design, List<String> factors, double[] outputs,
            Bootstrap bootstrap) {
        int smallest = CONVERGENCE_DIVISORS[0] * SaltelliDesign.MIN_SAMPLES;
        if (design.samples() < smallest) {
            throw new IllegalArgumentException("the convergence check needs at least " + smallest
                    + " samples, got " + design.samples());
        }
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("Saltelli design has " + design.size() + " points but "
                    + outputs.length + " outputs were given");
        }
        List<SobolResult> results = new ArrayList<>(CONVERGENCE_DIVISORS.length);
        for (int divisor : CONVERGENCE_DIVISORS) {
            SaltelliDesign part = design.firstSamples(design.samples() / divisor);
            results.add(analyze(part, factors, Arrays.copyOf(outputs, part.size()), bootstrap));
        }
        return List.copyOf(results);
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }
}
