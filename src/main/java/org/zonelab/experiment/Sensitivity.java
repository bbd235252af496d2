package org.zonelab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zonelab.experiment.sensitivity.Bootstrap;
import org.zonelab.experiment.sensitivity.MorrisAnalysis;
import org.zonelab.experiment.sensitivity.MorrisIndex;
import org.zonelab.experiment.sensitivity.NoiseShare;
import org.zonelab.experiment.sensitivity.SobolAnalysis;
import org.zonelab.experiment.sensitivity.SobolResult;
import org.zonelab.scenario.SensitivitySpec;

/**
 * {@code zonelab sensitivity}'s analysis (docs/ODD.md §9.6): from the outputs of every run of a
 * {@link SensitivityPlan}, the indices of each output on the replication means of the design points
 * (Morris's {@code mu}, {@code mu_star} and {@code sigma}, or Sobol's first-order, total and optional
 * second-order indices with their convergence check), each with bootstrap intervals, and beside them
 * the share of the spread of the point means that is replication noise.
 */
public final class Sensitivity {
    /** Coverage of every bootstrap interval. */
    public static final double CONFIDENCE = Bootstrap.DEFAULT_CONFIDENCE;

    private Sensitivity() {
    }

    /**
     * The analysis of one output.
     *
     * @param output      the output
     * @param morris      Morris's indices, one per factor (empty for Sobol)
     * @param sobol       Sobol's indices (null for Morris)
     * @param convergence Sobol's indices on the first N/4, N/2 and N samples (empty for Morris)
     * @param noise       the replication noise against the spread of the point means; null with one
     *                    replication, where it cannot be measured
     * @param muStarNoiseFloor Morris only: the {@code mu_star} that replication noise alone would give (in the
     *                    output's units per full range), {@link #muStarNoiseFloor(double, double)}; NaN for Sobol or
     *                    without a noise measure
     */
    public record OutputAnalysis(SensitivitySpec.Output output, List<MorrisIndex> morris, SobolResult sobol,
                                 List<SobolResult> convergence, NoiseShare noise, double muStarNoiseFloor) {
        public OutputAnalysis {
            morris = List.copyOf(morris);
            convergence = List.copyOf(convergence);
        }

        /** Whether replication noise makes at least half of the spread of the point means. */
        public boolean noiseDominates() {
            return noise != null && noise.noiseDominates();
        }
    }

    /**
     * The {@code mu_star} a factor with no effect would get from replication noise alone: an elementary
     * effect is the difference of two point means over the step {@code delta}, so with no effect it is
     * normal with sd {@code sqrt(2 v) / delta} (v the noise variance of a point mean), and its mean absolute
     * value is that sd times {@code sqrt(2 / pi)}. Factors whose {@code mu_star} is near or below it cannot
     * be told from noise.
     *
     * @param noiseVarianceOfMean the noise variance of a point mean, in squared output units
     * @param delta               the Morris step in the unit cube
     */
    public static double muStarNoiseFloor(double noiseVarianceOfMean, double delta) {
        return Math.sqrt(2 * noiseVarianceOfMean) / delta * Math.sqrt(2 / Math.PI);
    }

    /**
     * The analysis.
     *
     * @param plan    the design and runs
     * @param runs    {@code runs[point][replication][output]}
     * @param outputs one analysis per output, in the analysis's order
     */
    public record Result(SensitivityPlan plan, double[][][] runs, List<OutputAnalysis> outputs) {
    }

    /**
     * Analyses the runs.
     *
     * @param byRun every run's outputs, by run index (all of the plan's runs)
     * @throws IllegalArgumentException when a run is missing
     */
    public static Result analyse(SensitivityPlan plan, Map<Integer, double[]> byRun) {
        SensitivitySpec spec = plan.spec();
        int reps = spec.replications();
        int outs = spec.outputs().size();
        double[][][] runs = new double[plan.points()][reps][];
        for (RunRequest r : plan.requests()) {
            double[] y = byRun.get(r.index());
            if (y == null) {
                throw new IllegalArgumentException("run " + r.index() + " of the plan has no result");
            }
            runs[plan.pointOf(r)][r.replication()] = y.clone();
        }
        List<String> names = spec.factors().stream().map(SensitivitySpec.Factor::label).toList();
        List<OutputAnalysis> analyses = new ArrayList<>();
        for (int o = 0; o < outs; o++) {
            double[][] y = new double[plan.points()][reps];
            double[] means = new double[plan.points()];
            for (int p = 0; p < plan.points(); p++) {
                double sum = 0;
                for (int r = 0; r < reps; r++) {
                    y[p][r] = runs[p][r][o];
                    sum += y[p][r];
                }
                means[p] = sum / reps;
            }
            NoiseShare noise = reps >= 2 && plan.points() >= 2 ? NoiseShare.of(y) : null;
            SensitivitySpec.Output output = spec.outputs().get(o);
            if (spec.method() == SensitivitySpec.Method.MORRIS) {
                Bootstrap b = new Bootstrap(spec.morris().bootstrap(), CONFIDENCE, spec.seed());
                double floor = noise == null ? Double.NaN
                        : muStarNoiseFloor(noise.noiseVarianceOfMean(), plan.morris().orElseThrow().delta());
                analyses.add(new OutputAnalysis(output, MorrisAnalysis.analyze(plan.morris().orElseThrow(), names,
                        means, b), null, List.of(), noise, floor));
            } else {
                Bootstrap b = new Bootstrap(spec.sobol().bootstrap(), CONFIDENCE, spec.seed());
                List<SobolResult> convergence = SobolAnalysis.convergence(plan.saltelli().orElseThrow(), names, means, b);
                analyses.add(new OutputAnalysis(output, List.of(), convergence.get(convergence.size() - 1), convergence,
                        noise, Double.NaN));
            }
        }
        return new Result(plan, runs, List.copyOf(analyses));
    }
}
