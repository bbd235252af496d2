package org.zonelab.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.experiment.Comparison;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.experiment.ScenarioSample;
import org.zonelab.scenario.Scenario;

/**
 * Writes a comparison directory (results/README.md): {@code timeseries.csv}, {@code summary.csv} and {@code moments.csv} of every
 * scenario (same headers as a run directory; the scenario column tells them apart),
 * {@value ComparisonCsv#FILE}, {@code charts/*.png}, {@value ReportHtml#FILE} and, last,
 * {@value RunDirectoryWriter#MANIFEST}. Every file is written under a temporary name and renamed
 * into place; the manifest only after all the others.
 *
 * <p>Use: {@link #open} on an {@link OutputDirectory} the command holds; {@link #write} each scenario's replications, scenario by scenario in index
 * order; {@link #complete}; {@link #close} (try-with-resources) discards what an incomplete run
 * left. Not thread-safe.
 */
public final class CompareWriter implements AutoCloseable {
    public static final String CHARTS = "charts";

    private final OutputDirectory out;
    private final List<Scenario> scenarios;
    private final List<Long> seeds;
    private final Instant started;
    private final ReplicationCsvs csvs;
    private int scenario;
    private int next;
    private boolean done;

    private CompareWriter(OutputDirectory out, List<Scenario> scenarios, List<Long> seeds) throws IOException {
        this.out = out;
        this.scenarios = List.copyOf(scenarios);
        this.seeds = List.copyOf(seeds);
        this.started = Instant.now();
        this.csvs = new ReplicationCsvs(out);
    }

    /**
     * Prepares a comparison directory.
     *
     * @param out       the directory, taken by the command
     * @param scenarios the scenarios, reference first
     * @param seeds     the seed of each replication (the same for every scenario)
     * @param force     whether a directory holding a complete run may be overwritten
     * @throws RunExistsException when the directory holds a complete run and force is false
     */
    public static CompareWriter open(OutputDirectory out, List<Scenario> scenarios, List<Long> seeds, boolean force)
            throws IOException {
        if (scenarios.size() < 2 || seeds.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs two scenarios and a replication");
        }
        if (out.isComplete() && !force) {
            throw new RunExistsException(out.path());
        }
        ReportHtml.retract(out);
        return new CompareWriter(out, scenarios, seeds);
    }

    /** The directory. */
    public OutputDirectory directory() {
        return out;
    }

    /**
     * Appends one replication of a scenario. Scenarios come in order, each with its replications in
     * index order and with the seeds given to {@link #open}.
     */
    public void write(int scenarioIndex, ReplicationResult r) throws IOException {
        if (done) {
            throw new IllegalStateException("the comparison is complete already");
        }
        if (scenarioIndex != scenario || r.replication() != next) {
            throw new IllegalStateException("expected scenario " + scenario + " replication " + next + ", got "
                    + scenarioIndex + " replication " + r.replication());
        }
        if (r.seed() != seeds.get(next)) {
            throw new IllegalStateException("replication " + next + " ran with seed " + r.seed() + ", expected "
                    + seeds.get(next));
        }
        csvs.write(scenarios.get(scenarioIndex).name(), r);
        if (++next == seeds.size()) {
            next = 0;
            scenario++;
        }
    }

    /**
     * Finishes the comparison: the CSV files, comparison.csv, the charts, the report, then the manifest.
     *
     * @param samples the scenarios' results (for the statistics and charts)
     * @param rows    the statistics
     * @param figures the charts, in report order
     * @param baseSeed the base seed of the common random numbers
     * @param logs    the agent-log files written, with their rows and sha256 ({@link AgentLogFiles#join})
     * @param extra   entries added to the manifest (threads ...)
     * @return the manifest's path
     */
    public Path complete(List<ScenarioSample> samples, List<Comparison.Row> rows, List<Figure> figures,
                         long baseSeed, Map<String, Object> logs, Map<String, Object> extra) throws IOException {
        if (done) {
            throw new IllegalStateException("the comparison is complete already");
        }
        if (scenario != scenarios.size()) {
            throw new IllegalStateException("only " + scenario + " of " + scenarios.size() + " scenarios were written");
        }
        out.requireNoManifest(); // checked again under the lock, just before anything is committed
        Map<String, Object> files = new LinkedHashMap<>();
        csvs.commit(files);
        files.putAll(logs);
        files.put(ComparisonCsv.FILE, ComparisonCsv.write(out, rows));
        List<byte[]> pngs = FigureWriter.writeAll(out, figures, (name, sha) -> files.put(name, Map.of("sha256", sha)))
                .pngs();
        String report = ReportHtml.write(out, new ReportHtml.Inputs(scenarios, samples, rows, figures, pngs, baseSeed,
                Version.current()));
        files.put(ReportHtml.FILE, Map.of("sha256", report));

        Instant finished = Instant.now();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", RunDirectoryWriter.STATUS_COMPLETE);
        m.put("kind", "compare");
        m.put("zonelab_version", Version.current());
        List<Map<String, Object>> sc = new ArrayList<>();
        for (Scenario s : scenarios) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", s.name());
            e.put("description", s.description());
            e.put("path", s.source() == null ? null : s.source().toString());
            e.put("sha256", s.sha256());
            e.put("scale", s.scale());
            e.put("start_year", s.startYear());
            e.put("years", s.years());
            e.put("parameter_overrides", s.parameters().overrides());
            sc.add(e);
        }
        m.put("scenarios", sc);
        m.put("base_seed", baseSeed);
        m.put("common_random_numbers", true);
        List<Map<String, Object>> reps = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            Map<String, Object> rep = new LinkedHashMap<>();
            rep.put("index", i);
            rep.put("seed", seeds.get(i));
            reps.add(rep);
        }
        m.put("replications", reps);
        m.putAll(extra);
        m.put("started", started.truncatedTo(ChronoUnit.MILLIS).toString());
        m.put("finished", finished.truncatedTo(ChronoUnit.MILLIS).toString());
        m.put("wall_seconds", Duration.between(started, finished).toMillis() / 1000.0);
        m.put("java_version", System.getProperty("java.version"));
        m.put("files", files);
        AtomicFiles.writeJson(out, RunDirectoryWriter.MANIFEST, m);
        done = true;
        return out.file(RunDirectoryWriter.MANIFEST);
    }

    /** Discards the temporary files of a comparison that did not complete. */
    @Override
    public void close() {
        csvs.close();
    }
}
