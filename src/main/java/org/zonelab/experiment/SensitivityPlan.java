package org.zonelab.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zonelab.experiment.sensitivity.MorrisDesign;
import org.zonelab.experiment.sensitivity.SaltelliDesign;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.Moment;
import org.zonelab.model.measure.MomentValue;
import org.zonelab.scenario.CalibrationSpec;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.SensitivitySpec;

/**
 * Every run of a sensitivity analysis, in its fixed order: design point by design point (the Morris
 * trajectories or the Saltelli design of {@link org.zonelab.experiment.sensitivity}, mapped from the unit
 * cube onto each factor's range), replication by replication. Replication r of every point runs with
 * {@code Seeds.forReplication(spec.seed(), r)}: all points share their random numbers (common random
 * numbers), so that the differences between points are the factors' effects and not noise.
 */
public final class SensitivityPlan {
    private final SensitivitySpec spec;
    private final MorrisDesign morris;
    private final SaltelliDesign saltelli;
    private final double[][] values;
    private final List<RunRequest> requests;

    private SensitivityPlan(SensitivitySpec spec, MorrisDesign morris, SaltelliDesign saltelli, double[][] values,
                            List<RunRequest> requests) {
        this.spec = spec;
        this.morris = morris;
        this.saltelli = saltelli;
        this.values = values;
        this.requests = List.copyOf(requests);
    }

    /** Expands an analysis into its design and runs (validating each design point's scenario). */
    public static SensitivityPlan of(SensitivitySpec spec) {
        int k = spec.factors().size();
        MorrisDesign morris = null;
        SaltelliDesign saltelli = null;
        List<double[]> unit;
        if (spec.method() == SensitivitySpec.Method.MORRIS) {
            SensitivitySpec.Morris m = spec.morris();
            morris = MorrisDesign.generate(k, m.trajectories(), m.levels(), spec.seed());
            unit = morris.points();
        } else {
            SensitivitySpec.Sobol s = spec.sobol();
            saltelli = SaltelliDesign.generate(k, s.samples(), s.secondOrder());
            unit = saltelli.points();
        }
        double[][] values = new double[unit.size()][];
        List<RunRequest> requests = new ArrayList<>();
        for (int p = 0; p < unit.size(); p++) {
            double[] u = unit.get(p);
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = spec.factors().get(i).value(u[i]);
            }
            values[p] = v;
            ModelConfig config = spec.scenarioFor(v).modelConfig();
            for (int r = 0; r < spec.replications(); r++) {
                requests.add(new RunRequest(requests.size(), config, r, Seeds.forReplication(spec.seed(), r)));
            }
        }
        return new SensitivityPlan(spec, morris, saltelli, values, requests);
    }

    /** The analysis. */
    public SensitivitySpec spec() {
        return spec;
    }

    /** The Morris design, when the method is Morris. */
    public Optional<MorrisDesign> morris() {
        return Optional.ofNullable(morris);
    }

    /** The Saltelli design, when the method is Sobol. */
    public Optional<SaltelliDesign> saltelli() {
        return Optional.ofNullable(saltelli);
    }

    /** Design points. */
    public int points() {
        return values.length;
    }

    /** The factors' values at a design point, in the factors' order. */
    public double[] values(int point) {
        return values[point].clone();
    }

    /** Every run, in plan order: point {@code index / replications}, replication {@code index % replications}. */
    public List<RunRequest> requests() {
        return requests;
    }

    /** The design point of a run. */
    public int pointOf(RunRequest r) {
        return r.index() / spec.replications();
    }

    /**
     * A hex SHA-256 that changes when anything that decides the results changes ({@link Fingerprint}): the
     * inputs, the method and its settings, every point's configuration and every run's replication and
     * seed. A resumed analysis must have the fingerprint of the journal it continues.
     */
    public String fingerprint() {
        Fingerprint f = new Fingerprint(spec.source(), spec.inputs());
        f.line("method " + spec.method().label() + " " + spec.morris() + " " + spec.sobol());
        StringBuilder outputs = new StringBuilder("outputs");
        spec.outputs().forEach(o -> outputs.append(' ').append(o.kind().label()).append(':').append(o.name()));
        f.line(outputs.toString());
        int reps = spec.replications();
        for (int p = 0; p < values.length; p++) {
            f.point(p, requests.get(p * reps).config());
            StringBuilder b = new StringBuilder("values ").append(p);
            for (double v : values[p]) {
                b.append(' ').append(new BigDecimal(v).toPlainString());
            }
            f.line(b.toString());
        }
        for (RunRequest q : requests) {
            f.line("run " + q.index() + " rep=" + q.replication() + " seed=" + q.seed());
        }
        return f.hex();
    }

    /** A run's outputs that its final year does not give (a moment not defined then), reported as bad input. */
    public static final class OutputUndefinedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputUndefinedException(String message) {
            super(message);
        }
    }

    /**
     * The outputs of one run, in the analysis's order: final-year national indicators and final-year
     * moments.
     *
     * @throws OutputUndefinedException when a moment has no value in the final year
     */
    public double[] outputs(RunRequest request, ReplicationResult result) {
        int lastYear = request.config().startYear() + request.config().years() - 1;
        List<SensitivitySpec.Output> outs = spec.outputs();
        double[] y = new double[outs.size()];
        for (int o = 0; o < y.length; o++) {
            SensitivitySpec.Output out = outs.get(o);
            if (out.kind() == CalibrationSpec.Kind.INDICATOR) {
                Double v = result.summary().get(Indicator.byKey(out.name()).orElseThrow());
                y[o] = v == null ? Double.NaN : v;
            } else {
                Moment m = Moment.byKey(out.name()).orElseThrow();
                y[o] = result.moments().stream().filter(v -> v.year() == lastYear && v.moment() == m)
                        .mapToDouble(MomentValue::value).findFirst().orElse(Double.NaN);
            }
            if (Double.isNaN(y[o])) {
                throw new OutputUndefinedException(spec.source() + ": outputs: " + out.name() + " has no value in "
                        + lastYear + " at design point " + pointOf(request) + " (replication " + request.replication()
                        + "); a moment is undefined in a year with too few firms or cohorts (docs/ODD.md §8.4): "
                        + "choose another output or run longer or at a larger scale");
            }
        }
        return y;
    }
}
