package org.zonelab.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris screening measures (mu, mu*, sigma) from the outputs at the points of a {@link MorrisDesign}.
 *
 * <p>The elementary effect of step s is {@code EE = (y_after - y_before) / delta}, with delta the signed
 * step in unit-cube coordinates. Since the unit cube maps linearly onto each factor's range, this is the
 * output's change per full range of the factor (for y = c x on a range of width w, EE = c w), which makes
 * the factors comparable whatever their units; the ranges themselves are therefore not needed here.
 *
 * <p>The interval of mu* resamples the r trajectories with replacement (the same trajectories for every
 * factor, since a trajectory's effects come from one run of the design) and takes percentile intervals
 * ({@link Bootstrap}).
 */
public final class MorrisAnalysis {
    private MorrisAnalysis() {
    }

    /**
     * Computes the screening measures of every factor.
     *
     * @param design    the design whose points were run
     * @param factors   the factors' names, in the design's factor order (k names)
     * @param outputs   one output per design point, in run order, in the output's units; finite
     * @param bootstrap resamples, confidence and seed of the interval of mu*
     * @return one index per factor, in factor order
     * @throws IllegalArgumentException when the names or outputs do not match the design or an output is
     *                                  not finite
     */
    public static List<MorrisIndex> analyze(MorrisDesign design, List<String> factors, double[] outputs,
            Bootstrap bootstrap) {
        if (factors.size() != design.factors()) {
            throw new IllegalArgumentException("Morris design has " + design.factors() + " factors but "
                    + factors.size() + " names were given");
        }
        double[][] effects = elementaryEffects(design, outputs);
        int k = design.factors();
        int r = design.trajectories();
        Interval[] muStarIntervals = bootstrap.intervals(r, drawn -> {
            double[] muStars = new double[k];
            for (int i = 0; i < k; i++) {
                muStars[i] = meanAbsolute(effects[i], drawn);
            }
            return muStars;
        });
        int[] all = identity(r);
        List<MorrisIndex> indices = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            indices.add(new MorrisIndex(factors.get(i), mean(effects[i]), meanAbsolute(effects[i], all),
                    muStarIntervals[i].low(), muStarIntervals[i].high(), sampleSd(effects[i])));
        }
        return List.copyOf(indices);
    }

    /**
     * The elementary effects, {@code (y_after - y_before) / delta} for every step: in the output's units per
     * full range of the factor.
     *
     * @param design  the design whose points were run
     * @param outputs one output per design point, in run order; finite
     * @return {@code effects[factor][trajectory]}
     * @throws IllegalArgumentException when the outputs do not match the design or one is not finite
     */
    public static double[][] elementaryEffects(MorrisDesign design, double[] outputs) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("Morris design has " + design.size() + " points but "
                    + outputs.length + " outputs were given");
        }
        for (int p = 0; p < outputs.length; p++) {
            if (!Double.isFinite(outputs[p])) {
                throw new IllegalArgumentException("output of Morris point " + p + " is not finite: " + outputs[p]);
            }
        }
        double[][] effects = new double[design.factors()][design.trajectories()];
        for (MorrisStep step : design.steps()) {
            effects[step.factor()][step.trajectory()] = (outputs[step.after()] - outputs[step.before()]) / step.delta();
        }
        return effects;
    }

    private static int[] identity(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double meanAbsolute(double[] x, int[] drawn) {
        double sum = 0;
        for (int t : drawn) {
            sum += Math.abs(x[t]);
        }
        return sum / drawn.length;
    }

    private static double sampleSd(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double mean = mean(x);
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (x.length - 1));
    }
}
