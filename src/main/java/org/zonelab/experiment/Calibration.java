package org.zonelab.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.Moment;
import org.zonelab.model.measure.MomentValue;
import org.zonelab.model.param.Param;
import org.zonelab.scenario.CalibrationSpec;
import org.zonelab.scenario.CalibrationSpec.FreeParameter;
import org.zonelab.scenario.CalibrationSpec.Target;

/**
 * {@code zonelab calibrate}'s fit (docs/ODD.md §9.5): a method-of-simulated-moments search of the free
 * parameters with Commons Math's CMA-ES, every candidate run on the same seeds (common random numbers)
 * through an {@link Engine}; then the best candidate's fit with more replications and a one-dimensional
 * loss profile along each free parameter. The loss of a candidate is the sum over the targets of
 * {@code (d / s)^2}: {@code d} is the mean over the replications less the published value (for an
 * interval, the distance to the interval, 0 inside), and {@code s} combines the target's uncertainty
 * (its sd, or a quarter of the interval's width) with the simulation's standard error,
 * {@code s = sqrt(sd^2 + se^2)}. The search runs in the unit cube (each parameter's bounds mapped to
 * [0, 1], on a log scale where asked).
 */
public final class Calibration {
    /** Replications of the best candidate's fit table: at least this many, and at least twice the fit's. */
    public static final int FIT_REPLICATIONS = 10;
    /** Points of each parameter's loss profile, evenly spread over its bounds (the optimum is added). */
    public static final int PROFILE_POINTS = 9;
    /**
     * Further profile points on each side of the optimum, at these shares of the parameter's search
     * range, so that the interval where the loss rises by {@link #PROFILE_RISE_95} is not read off a
     * grid coarser than the interval itself.
     */
    static final double[] PROFILE_NEAR = {0.02, 0.05, 0.1};
    /** The profile points within this share of the search range of the optimum bear its parabola. */
    static final double PROFILE_WINDOW = 0.1;
    /**
     * The parabola is trusted while it rises {@link #PROFILE_RISE_95} within this share of the search
     * range of its vertex; a flatter one says only that the profile is flat near the optimum.
     */
    static final double PROFILE_PARABOLA_REACH = 0.5;
    /**
     * The rise of the loss that bounds a parameter's approximate 95 % interval along its profile: the
     * 0.95 quantile of chi-square with 1 degree of freedom (the loss is a sum of squared z-scores).
     */
    public static final double PROFILE_RISE_95 = 3.841458820694124;
    /** The search's initial step, as a share of each parameter's (unit) range: CMA-ES's sigma. */
    public static final double INITIAL_SIGMA = 0.3;
    /** An interval target's uncertainty, as a share of its width (its half-width is two such sds). */
    public static final double INTERVAL_SD_SHARE = 0.25;
    /**
     * The z-score of a target that none of a candidate's runs defines (a share of listings where no firm
     * listed): a miss of this many standard deviations, far worse than any fit, but finite, so that CMA-ES
     * ranks the candidate last instead of failing. A target the base values leave undefined is the file's
     * error instead.
     */
    public static final double UNDEFINED_TARGET_Z = 10;

    private Calibration() {
    }

    /**
     * One evaluated candidate.
     *
     * @param index      0-based position in the search
     * @param generation CMA-ES's generation: 0 for the start point, then 1, 2, ... of {@code lambda} each
     * @param values     the free parameters' values, in the targets file's order
     * @param loss       the candidate's loss
     */
    public record Evaluation(int index, int generation, double[] values, double loss) {
        public Evaluation {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /**
     * The simulated value of one target or holdout figure at the best candidate.
     *
     * @param target  the figure
     * @param holdout whether it is a holdout figure (not fitted)
     * @param simMean mean over the fit's replications
     * @param simSd   their sample sd (0 for one replication)
     * @param z       {@code d / s} as in the loss, signed (0 inside an interval)
     */
    public record TargetFit(Target target, boolean holdout, double simMean, double simSd, double z) {
    }

    /**
     * The loss along one free parameter with the others held at the best candidate.
     *
     * @param parameter  the free parameter
     * @param values     the parameter's values, ascending (the optimum among them)
     * @param losses     the loss at each value
     * @param identified whether the loss rises by at least {@link #PROFILE_RISE_95} within the bounds
     *                   (on at least one side of the optimum); a flat profile is not identified
     * @param low        the approximate 95 % interval's lower end (the lower bound when the loss does not
     *                   rise enough below the optimum)
     * @param high       its upper end
     */
    public record Profile(FreeParameter parameter, double[] values, double[] losses, boolean identified, double low,
                          double high) {
    }

    /**
     * The calibration's outcome.
     *
     * @param trace           every evaluation, in order
     * @param best            the evaluation with the smallest loss (the first of equals)
     * @param fit             the targets, then the holdout figures, at the best candidate
     * @param fitReplications replications behind {@code fit}
     * @param profiles        one per free parameter, in order
     */
    public record Result(List<Evaluation> trace, Evaluation best, List<TargetFit> fit, int fitReplications,
                         List<Profile> profiles) {
    }

    /** The record of evaluations a killed calibration resumes from. */
    public interface Journal {
        /** The recorded evaluations, by index (a resumed search replays them instead of running them). */
        Map<Integer, Evaluation> recorded();

        /** Records a new evaluation, durably, before the search goes on. */
        void record(Evaluation e) throws IOException;
    }

    /** Told of the search's progress, on the calling thread. */
    public interface Listener {
        /** A candidate was evaluated (or replayed from the journal). */
        void evaluated(Evaluation e, Evaluation best, int budget);

        /** The search is over; {@code runs} more runs follow (the fit table and the profiles). */
        default void searchDone(int runs) {
        }

        /** One of the runs after the search finished. */
        default void runDone() {
        }

        Listener NONE = (e, best, budget) -> { };
    }

    /** A target that the runs cannot give (a moment not defined in its year), reported as bad input. */
    public static final class TargetUndefinedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TargetUndefinedException(String message) {
            super(message);
        }
    }

    /** CMA-ES's population size for this many free parameters (Hansen's default, 4 + floor(3 ln d)). */
    public static int populationSize(int dimensions) {
        return 4 + (int) Math.floor(3 * Math.log(dimensions));
    }

    /**
     * Runs the calibration.
     *
     * @throws IOException when the journal cannot be written
     * @throws TargetUndefinedException when a target has no value in any run of the base values (the first candidate)
     */
    public static Result run(CalibrationSpec spec, Engine engine, Journal journal, Listener listener)
            throws IOException {
        Search search = new Search(spec, engine, journal, listener);
        search.run();
        Evaluation best = search.best;
        List<Target> all = new ArrayList<>(spec.targets());
        all.addAll(spec.holdout());
        int fitReps = Math.max(FIT_REPLICATIONS, 2 * spec.replications());
        List<double[]> grids = profileGrids(spec, best);
        int profileRuns = grids.stream().mapToInt(g -> g.length - 1).sum() * spec.replications();
        listener.searchDone(fitReps + profileRuns);
        double[][] fitSims = simulate(spec, engine, List.of(best.values()), all, fitReps, listener::runDone).get(0);
        List<TargetFit> fit = new ArrayList<>();
        for (int t = 0; t < all.size(); t++) {
            double[] x = defined(fitSims[t]);
            double mean = Arrays.stream(x).average().orElse(Double.NaN);
            fit.add(new TargetFit(all.get(t), t >= spec.targets().size(), mean, sd(x, mean), z(all.get(t), fitSims[t])));
        }
        return new Result(List.copyOf(search.trace), best, fit, fitReps, profiles(spec, engine, best, grids, listener));
    }

    /** The search: CMA-ES in the unit cube, each candidate evaluated (or replayed) in order. */
    private static final class Search {
        private final CalibrationSpec spec;
        private final Engine engine;
        private final Journal journal;
        private final Listener listener;
        private final int lambda;
        private final List<Evaluation> trace = new ArrayList<>();
        private Evaluation best;
        private IOException failed;

        Search(CalibrationSpec spec, Engine engine, Journal journal, Listener listener) {
            this.spec = spec;
            this.engine = engine;
            this.journal = journal;
            this.listener = listener;
            this.lambda = populationSize(spec.free().size());
        }

        void run() throws IOException {
            int d = spec.free().size();
            double[] start = new double[d];
            double[] base = baseValues(spec);
            for (int i = 0; i < d; i++) {
                start[i] = Math.min(1, Math.max(0, spec.free().get(i).unit(base[i])));
            }
            double[] lower = new double[d];
            double[] upper = new double[d];
            double[] sigma = new double[d];
            Arrays.fill(upper, 1);
            Arrays.fill(sigma, INITIAL_SIGMA);
            CMAESOptimizer optimizer = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0,
                    new MersenneTwister(spec.seed()), false, null);
            try {
                optimizer.optimize(new MaxEval(spec.evaluations()), new ObjectiveFunction(this::evaluate),
                        GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda));
            } catch (TooManyEvaluationsException e) {
                // The budget is spent: the best candidate so far is the answer.
            } catch (ObjectiveFailed e) {
                throw failed;
            }
        }

        private double evaluate(double[] unit) {
            int index = trace.size();
            double[] values = new double[unit.length];
            for (int i = 0; i < unit.length; i++) {
                values[i] = spec.free().get(i).value(unit[i]);
            }
            int generation = index == 0 ? 0 : (index - 1) / lambda + 1;
            Evaluation e = journal.recorded().get(index);
            if (e == null || !Arrays.equals(e.values(), values)) {
                try {
                    // The first candidate also measures the holdout figures, so that one the runs cannot
                    // give is reported now rather than after the whole search.
                    List<Target> measured = new ArrayList<>(spec.targets());
                    if (index == 0) {
                        measured.addAll(spec.holdout());
                    }
                    double[][] sims = simulate(spec, engine, List.of(values), measured, spec.replications()).get(0);
                    if (index == 0) {
                        requireDefined(measured, sims);
                    }
                    double loss = loss(spec.targets(), Arrays.copyOf(sims, spec.targets().size()));
                    e = new Evaluation(index, generation, values, loss);
                    journal.record(e);
                } catch (IOException x) {
                    failed = x;
                    throw new ObjectiveFailed();
                }
            }
            trace.add(e);
            if (best == null || e.loss() < best.loss()) {
                best = e;
            }
            listener.evaluated(e, best, spec.evaluations());
            return e.loss();
        }
    }

    /** Carries an IOException (the journal's, or the engine's) out of the optimiser's objective function. */
    private static final class ObjectiveFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The base scenario's own values of the free parameters (where the search starts). */
    static double[] baseValues(CalibrationSpec spec) {
        ModelConfig base = spec.base().modelConfig();
        double[] out = new double[spec.free().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(base, spec.free().get(i).path());
        }
        return out;
    }

    /** The value a configuration gives a free parameter's key (a parameter, or a lever's setting). */
    static double value(ModelConfig config, List<String> path) {
        if (path.get(0).equals("parameters")) {
            return config.parameters().get(Param.byKey(path.get(1)));
        }
        for (PolicySetting p : config.policies()) {
            if (p.lever().equals(path.get(1))) {
                return switch (path.get(2)) {
                    case "intensity" -> p.intensity();
                    case "from" -> p.fromYear();
                    case "to" -> p.toYear();
                    default -> p.settings().getOrDefault(path.get(2), Double.NaN);
                };
            }
        }
        return Double.NaN;
    }

    /**
     * Simulates candidates: for each, the targets' values in each replication ({@code [target][rep]}).
     * All the candidates' runs go to the engine at once.
     */
    static List<double[][]> simulate(CalibrationSpec spec, Engine engine, List<double[]> candidates,
                                     List<Target> targets, int replications) throws IOException {
        return simulate(spec, engine, candidates, targets, replications, () -> { });
    }

    /** As {@link #simulate(CalibrationSpec, Engine, List, List, int)}, telling {@code done} of each run. */
    private static List<double[][]> simulate(CalibrationSpec spec, Engine engine, List<double[]> candidates,
                                             List<Target> targets, int replications, Runnable done) throws IOException {
        List<RunRequest> requests = new ArrayList<>();
        for (double[] values : candidates) {
            ModelConfig config = spec.scenarioFor(values).modelConfig();
            for (int r = 0; r < replications; r++) {
                requests.add(new RunRequest(requests.size(), config, r, Seeds.forReplication(spec.seed(), r)));
            }
        }
        List<double[][]> out = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            out.add(new double[targets.size()][replications]);
        }
        engine.run(requests, (request, result) -> {
            double[][] sims = out.get(request.index() / replications);
            double[] values = values(targets, result);
            for (int t = 0; t < targets.size(); t++) {
                sims[t][request.replication()] = values[t];
            }
            done.run();
        });
        return out;
    }

    /** The targets' values in one run. */
    static double[] values(List<Target> targets, ReplicationResult result) {
        Map<Indicator, TreeMap<Integer, Double>> yearly = YearlyValues.of(result.timeseries());
        double[] out = new double[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            Target target = targets.get(t);
            double v = Double.NaN;
            if (target.kind() == CalibrationSpec.Kind.INDICATOR) {
                TreeMap<Integer, Double> years = yearly.get(Indicator.byKey(target.name()).orElseThrow());
                Double x = years == null ? null : years.get(target.year());
                v = x == null ? Double.NaN : x;
            } else {
                Moment m = Moment.byKey(target.name()).orElseThrow();
                for (MomentValue mv : result.moments()) {
                    if (mv.moment() == m && mv.year() == target.year()) {
                        v = mv.value();
                    }
                }
            }
            out[t] = Double.isFinite(v) ? v : Double.NaN;
        }
        return out;
    }

    /** Refuses targets that none of the base values' runs defines: the file asks for what the runs cannot give. */
    private static void requireDefined(List<Target> targets, double[][] sims) {
        for (int t = 0; t < targets.size(); t++) {
            if (defined(sims[t]).length == 0) {
                Target target = targets.get(t);
                throw new TargetUndefinedException(target.where() + ": " + target.kind().label() + " " + target.name()
                        + " has no value in " + target.year() + " of the fit runs (a moment needs enough years and "
                        + "firms behind it; docs/ODD.md §8.4); choose another year, or run more years or at a larger scale");
            }
        }
    }

    /** The replications' values that are defined (a moment is undefined where it has nothing to measure). */
    static double[] defined(double[] x) {
        return Arrays.stream(x).filter(Double::isFinite).toArray();
    }

    /** A target's z-score over the replications that define it, or {@link #UNDEFINED_TARGET_Z} if none does. */
    static double z(Target target, double[] sims) {
        double[] x = defined(sims);
        if (x.length == 0) {
            return UNDEFINED_TARGET_Z;
        }
        double mean = Arrays.stream(x).average().orElseThrow();
        return z(target, mean, sd(x, mean), x.length);
    }

    /** A candidate's loss from its simulated values ({@code [target][rep]}). */
    static double loss(List<Target> targets, double[][] sims) {
        double loss = 0;
        for (int t = 0; t < targets.size(); t++) {
            double z = z(targets.get(t), sims[t]);
            loss += z * z;
        }
        return loss;
    }

    /** A target's signed z-score at a simulated mean: the distance over the combined uncertainty. */
    static double z(Target target, double mean, double sd, int n) {
        double se2 = n > 1 ? sd * sd / n : 0;
        if (target.isInterval()) {
            double d = mean < target.low() ? mean - target.low() : mean > target.high() ? mean - target.high() : 0;
            double width = INTERVAL_SD_SHARE * (target.high() - target.low());
            return d == 0 ? 0 : d / Math.sqrt(width * width + se2);
        }
        return (mean - target.value()) / Math.sqrt(target.sd() * target.sd() + se2);
    }

    private static double sd(double[] x, double mean) {
        if (x.length < 2) {
            return 0;
        }
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    /**
     * Each free parameter's profile values, ascending: {@link #PROFILE_POINTS} evenly over its bounds, the
     * optimum, and {@link #PROFILE_NEAR} on each side of it (in the search's scale).
     */
    static List<double[]> profileGrids(CalibrationSpec spec, Evaluation best) {
        List<double[]> grids = new ArrayList<>();
        for (int i = 0; i < spec.free().size(); i++) {
            FreeParameter f = spec.free().get(i);
            TreeSet<Double> grid = new TreeSet<>();
            for (int k = 0; k < PROFILE_POINTS; k++) {
                grid.add(f.value((double) k / (PROFILE_POINTS - 1)));
            }
            double optimum = best.values()[i];
            double u = f.unit(optimum);
            for (double near : PROFILE_NEAR) {
                grid.add(f.value(Math.max(0, u - near)));
                grid.add(f.value(Math.min(1, u + near)));
            }
            grid.add(optimum);
            grids.add(grid.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return grids;
    }

    /** The loss profile along each free parameter, the others held at the best candidate. */
    private static List<Profile> profiles(CalibrationSpec spec, Engine engine, Evaluation best, List<double[]> grids,
                                          Listener listener) throws IOException {
        // The optimum itself is not run again: on the same seeds its loss is the best evaluation's.
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < spec.free().size(); i++) {
            for (double v : grids.get(i)) {
                if (v != best.values()[i]) {
                    double[] c = best.values();
                    c[i] = v;
                    candidates.add(c);
                }
            }
        }
        List<double[][]> sims = simulate(spec, engine, candidates, spec.targets(), spec.replications(), listener::runDone);
        List<Profile> out = new ArrayList<>();
        int c = 0;
        for (int i = 0; i < spec.free().size(); i++) {
            double[] g = grids.get(i);
            double[] losses = new double[g.length];
            for (int k = 0; k < g.length; k++) {
                losses[k] = g[k] == best.values()[i] ? best.loss() : loss(spec.targets(), sims.get(c++));
            }
            out.add(profile(spec.free().get(i), g, losses, best.values()[i], best.loss()));
        }
        return out;
    }

    /**
     * A profile's identification and approximate 95 % interval around the optimum. The loss along a
     * profile is rugged at the scale of the simulation's noise (a candidate's discrete events change
     * with its parameters even on the same seeds), so the interval comes from a parabola fitted by least
     * squares to the points within {@link #PROFILE_WINDOW} of the optimum (in the search's scale): the
     * values where it rises {@link #PROFILE_RISE_95} above its vertex. Where the parabola does not rise
     * that much within {@link #PROFILE_PARABOLA_REACH} of the range (the profile is flat near the
     * optimum, or bends down), the interval is read off all the points instead: where they first rise
     * that much above the best loss, else the bound. Either way the interval holds the optimum. A parameter is identified when the interval ends inside its bounds on
     * at least one side; a flat profile is not identified.
     */
    static Profile profile(FreeParameter f, double[] values, double[] losses, double optimum, double bestLoss) {
        double uOpt = f.unit(optimum);
        List<double[]> near = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            double u = f.unit(values[k]);
            if (Math.abs(u - uOpt) <= PROFILE_WINDOW + 1e-12) {
                near.add(new double[] {u - uOpt, losses[k]});
            }
        }
        double low = values[0];
        double high = values[values.length - 1];
        double[] q = near.size() >= 3 ? quadratic(near) : null;
        double half = q != null && q[2] > 0 ? Math.sqrt(PROFILE_RISE_95 / q[2]) : Double.POSITIVE_INFINITY;
        if (half <= PROFILE_PARABOLA_REACH) {
            double vertex = uOpt - q[1] / (2 * q[2]);
            low = vertex - half > 0 ? f.value(vertex - half) : low;
            high = vertex + half < 1 ? f.value(vertex + half) : high;
            // The rugged loss can put the vertex so far from the best evaluation that the parabola's
            // interval misses it; the best evaluation is a value the targets admit, so the interval holds it.
            low = Math.min(low, optimum);
            high = Math.max(high, optimum);
        } else {
            // Nearly flat near the optimum (or bending down): read the interval off all the points.
            int at = Arrays.binarySearch(values, optimum);
            double threshold = bestLoss + PROFILE_RISE_95;
            for (int k = at; k > 0; k--) {
                if (losses[k - 1] >= threshold) {
                    low = cross(values[k], losses[k], values[k - 1], losses[k - 1], threshold);
                    break;
                }
            }
            for (int k = at; k < values.length - 1; k++) {
                if (losses[k + 1] >= threshold) {
                    high = cross(values[k], losses[k], values[k + 1], losses[k + 1], threshold);
                    break;
                }
            }
        }
        boolean identified = low > values[0] || high < values[values.length - 1];
        return new Profile(f, values, losses, identified, low, high);
    }

    /** Least-squares coefficients {c0, c1, c2} of c0 + c1 x + c2 x^2 through the points {x, y}; null if singular. */
    private static double[] quadratic(List<double[]> points) {
        double[][] a = new double[points.size()][3];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double x = points.get(i)[0];
            a[i] = new double[] {1, x, x * x};
            y[i] = points.get(i)[1];
        }
        try {
            return new org.apache.commons.math3.linear.QRDecomposition(
                    new org.apache.commons.math3.linear.Array2DRowRealMatrix(a, false)).getSolver()
                    .solve(new org.apache.commons.math3.linear.ArrayRealVector(y, false)).toArray();
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            return null;
        }
    }

    /** Where the line through two profile points reaches the threshold (between them). */
    private static double cross(double x0, double y0, double x1, double y1, double threshold) {
        if (y1 == y0) {
            return x1;
        }
        double t = Math.min(1, Math.max(0, (threshold - y0) / (y1 - y0)));
        return x0 + t * (x1 - x0);
    }
}
