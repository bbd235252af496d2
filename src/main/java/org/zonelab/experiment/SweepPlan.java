package org.zonelab.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.SweepSpec;

/**
 * Every run of a sweep, in its fixed order: design point by design point ({@link SweepSpec#points()}),
 * replication by replication. Replication r of every point runs with
 * {@code Seeds.forReplication(point's scenario seed, r)}: the base scenario's seed unless the sweep
 * varies {@code seed}, so points share their random numbers (common random numbers).
 */
public final class SweepPlan {

    /**
     * One run of the sweep.
     *
     * @param request what the engine runs; {@code request.index()} is the run's position in the plan
     * @param point   the design point
     */
    public record Run(RunRequest request, SweepSpec.DesignPoint point) {
    }

    private final SweepSpec spec;
    private final List<Scenario> scenarios;
    private final List<Run> runs;

    private SweepPlan(SweepSpec spec, List<Scenario> scenarios, List<Run> runs) {
        this.spec = spec;
        this.scenarios = List.copyOf(scenarios);
        this.runs = List.copyOf(runs);
    }

    /** Expands a sweep into its runs (validating each design point's scenario). */
    public static SweepPlan of(SweepSpec spec) {
        List<Scenario> scenarios = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        int reps = spec.replications();
        for (SweepSpec.DesignPoint p : spec.points()) {
            Scenario s = spec.scenarioFor(p);
            scenarios.add(s);
            var config = s.modelConfig();
            for (int r = 0; r < reps; r++) {
                runs.add(new Run(new RunRequest(runs.size(), config, r, Seeds.forReplication(s.seed(), r)), p));
            }
        }
        return new SweepPlan(spec, scenarios, runs);
    }

    /** The sweep. */
    public SweepSpec spec() {
        return spec;
    }

    /** Every run, in plan order. */
    public List<Run> runs() {
        return runs;
    }

    /** The engine requests of the runs, in plan order. */
    public List<RunRequest> requests() {
        List<RunRequest> out = new ArrayList<>(runs.size());
        runs.forEach(r -> out.add(r.request()));
        return out;
    }

    /** The scenario of each design point, by point index. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /**
     * A hex SHA-256 that changes when anything that decides the runs' results changes, so that a resumed
     * sweep continues only the same experiment:
     * <ul>
     *   <li>the ZoneLab version and build ({@link Build});</li>
     *   <li>every input file read, by path relative to the sweep file's folder and SHA-256: the sweep file,
     *   the base scenario, every file it extends, the zone catalogue and the data files beside it;</li>
     *   <li>the fully resolved scenario of every design point: the canonical text of its model
     *   configuration ({@link ConfigText}: every parameter, the zones, every policy and event setting,
     *   scale, start year and years, doubles exact);</li>
     *   <li>every run's index, design point values, replication and seed.</li>
     * </ul>
     * A resumed sweep must have the fingerprint of the journal it continues.
     */
    public String fingerprint() {
        Fingerprint f = new Fingerprint(spec.source(), spec.inputs());
        for (int i = 0; i < scenarios.size(); i++) {
            f.point(i, scenarios.get(i).modelConfig());
        }
        for (Run r : runs) {
            RunRequest q = r.request();
            StringBuilder b = new StringBuilder();
            b.append("run ").append(q.index()).append(' ').append(r.point().index());
            for (Map.Entry<String, Double> e : r.point().values().entrySet()) {
                b.append(' ').append(e.getKey()).append('=').append(new BigDecimal(e.getValue()).toPlainString());
            }
            b.append(" rep=").append(q.replication()).append(" seed=").append(q.seed())
                    .append(" scale=").append(new BigDecimal(q.config().scale()).toPlainString())
                    .append(" start=").append(q.config().startYear()).append(" years=").append(q.config().years());
            f.line(b.toString());
        }
        return f.hex();
    }
}
