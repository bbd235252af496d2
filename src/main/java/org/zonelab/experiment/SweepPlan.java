package org.zonelab.experiment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.scenario.InputFiles;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.Sha256;
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
        MessageDigest d = Sha256.digest();
        Line line = new Line(d);
        line.add("zonelab " + Build.version());
        line.add("build " + Build.sha256());
        Path folder = folderOf(spec.source());
        for (InputFiles.Read f : spec.inputs()) {
            line.add("input " + f.kind() + " " + relative(folder, f.path()) + " " + f.sha256());
        }
        Map<List<ZoneSeed>, String> zonesHash = new HashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            ModelConfig c = scenarios.get(i).modelConfig();
            // The zones are the same at every point (a sweep cannot vary them): hash their text once.
            String zones = zonesHash.computeIfAbsent(c.zones(), z -> Sha256.hex(ConfigText.ofValue(z)));
            ModelConfig rest = new ModelConfig(c.parameters(), c.startYear(), c.years(), c.scale(), List.of(),
                    c.policies(), c.events());
            line.add("point " + i + " zones " + zones + " config " + ConfigText.of(rest));
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
            line.add(b.toString());
        }
        return Sha256.hex(d);
    }

    /** Feeds lines to a digest. */
    private record Line(MessageDigest digest) {
        void add(String text) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }

    /** A path relative to a folder (absolute when it cannot be made relative). */
    private static String relative(Path folder, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return folder.relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return abs.toString();
        }
    }

}
