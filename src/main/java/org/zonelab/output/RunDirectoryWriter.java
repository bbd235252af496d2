package org.zonelab.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.experiment.Build;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.experiment.ScenarioSample;
import org.zonelab.scenario.ResolvedScenario;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.Sha256;

/**
 * Writes one run directory (docs/ODD.md §8.3): {@value #TIMESERIES}, {@value #SUMMARY}, {@value #MOMENTS},
 * unless told not to the charts and {@value RunReport#FILE} ({@link RunReport}), and, last,
 * {@value #MANIFEST}. Each file is written under a temporary name in the directory and renamed
 * atomically; the manifest, with {@code "status": "complete"}, is renamed into place only after every
 * other file, so a directory with a manifest is always complete and a failed run leaves none.
 *
 * <p>Use: {@link #open} on an {@link OutputDirectory} the command holds, then {@link #write} each
 * replication in index order, then {@link #complete}; {@link #close} (try-with-resources) discards the
 * temporary files of a run that did not complete. Not thread-safe: call it from one thread.
 */
public final class RunDirectoryWriter implements AutoCloseable {
    public static final String MANIFEST = "manifest.json";
    public static final String TIMESERIES = ReplicationCsvs.TIMESERIES;
    public static final String SUMMARY = ReplicationCsvs.SUMMARY;
    public static final String MOMENTS = ReplicationCsvs.MOMENTS;
    public static final List<String> TIMESERIES_HEADER = ReplicationCsvs.TIMESERIES_HEADER;
    public static final List<String> SUMMARY_HEADER = ReplicationCsvs.SUMMARY_HEADER;
    public static final List<String> MOMENTS_HEADER = ReplicationCsvs.MOMENTS_HEADER;
    public static final String STATUS_COMPLETE = "complete";
    /** The manifest key of the agent-log options: {@code firm_snapshots} (none, final, yearly) and {@code events}. */
    public static final String AGENT_LOGS = "agent_logs";

    private static final ObjectMapper JSON = AtomicFiles.JSON;

    private final OutputDirectory out;
    private final Scenario scenario;
    private final List<Long> seeds;
    private final AgentLog.Snapshots snapshots;
    private final boolean events;
    private final Instant started;
    private final ReplicationCsvs csvs;
    private int next;
    private boolean done;

    private RunDirectoryWriter(OutputDirectory out, Scenario scenario, List<Long> seeds, AgentLog.Snapshots snapshots,
                               boolean events, Instant started) throws IOException {
        this.out = out;
        this.scenario = scenario;
        this.seeds = List.copyOf(seeds);
        this.snapshots = snapshots;
        this.events = events;
        this.started = started;
        this.csvs = new ReplicationCsvs(out);
    }

    /**
     * Prepares a run directory: removes an old manifest (with {@code force}) and opens the CSV files
     * under temporary names.
     *
     * @param out      the run directory, taken by the command
     * @param scenario the scenario being run (name, source, sha256, scale, years...)
     * @param seeds     the seed of each replication, by index
     * @param snapshots the firm snapshots of the agent log ({@code --firm-snapshots}), for the manifest
     * @param events    whether the agent log has the events ({@code --events}), for the manifest
     * @param force     whether a directory holding a complete run may be overwritten
     * @throws RunExistsException when the directory holds a complete run and {@code force} is false
     * @throws IOException        when the directory cannot be written
     */
    public static RunDirectoryWriter open(OutputDirectory out, Scenario scenario, List<Long> seeds,
                                          AgentLog.Snapshots snapshots, boolean events, boolean force)
            throws IOException {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one replication");
        }
        if (out.isComplete() && !force) {
            throw new RunExistsException(out.path());
        }
        // From here on the directory must not look complete until the new run is, nor hold an old report.
        ReportHtml.retract(out);
        return new RunDirectoryWriter(out, scenario, seeds, snapshots, events, Instant.now());
    }

    /** Whether a directory holds a manifest with {@code "status": "complete"}. */
    public static boolean isComplete(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return false; // a link is not a manifest
        }
        try (InputStream in = Files.newInputStream(manifest, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            JsonNode status = JSON.readTree(in).get("status");
            return status != null && STATUS_COMPLETE.equals(status.asText());
        } catch (IOException e) {
            return false;
        }
    }

    /** The run directory. */
    public OutputDirectory directory() {
        return out;
    }

    /**
     * Appends one replication's rows. Replications must come in index order, with the seeds given to
     * {@link #open}.
     *
     * @throws IllegalStateException    when out of order, or after {@link #complete}
     * @throws IllegalArgumentException when a value is NaN or infinite (checked before
     *                                  anything of this replication is written)
     */
    public void write(ReplicationResult r) throws IOException {
        if (done) {
            throw new IllegalStateException("the run is complete already");
        }
        if (r.replication() != next || next >= seeds.size()) {
            throw new IllegalStateException("expected replication " + next + " of " + seeds.size() + ", got "
                    + r.replication());
        }
        if (r.seed() != seeds.get(next)) {
            throw new IllegalStateException("replication " + next + " ran with seed " + r.seed() + ", expected "
                    + seeds.get(next));
        }
        csvs.write(scenario.name(), r);
        next++;
    }

    /**
     * Finishes the run without a report: closes the CSV files, renames them into place, then writes
     * {@value #MANIFEST} atomically, last.
     *
     * @return the manifest's path
     * @throws IllegalStateException when not every replication was written
     */
    public Path complete() throws IOException {
        return complete(null, null, FigureWriter.Written.none(), Map.of());
    }

    /**
     * Finishes the run with its report: closes the CSV files and renames them into place, writes the
     * charts under {@code charts/} and {@value RunReport#FILE} ({@link RunReport}), each atomically, then
     * {@value #MANIFEST}, last.
     *
     * @param sample  the replications' results, for the report (null for no report)
     * @param outline China's outline for the report's map
     * @param before  charts written under {@code charts/} already (the agent-level charts), for the
     *                report and the manifest
     * @param logs    the agent-log files written, with their rows and sha256 ({@link AgentLogFiles#join}),
     *                for the report and the manifest
     * @return the manifest's path
     * @throws IllegalStateException when not every replication was written
     */
    public Path complete(ScenarioSample sample, ChinaOutline outline, FigureWriter.Written before,
                         Map<String, Object> logs) throws IOException {
        if (done) {
            throw new IllegalStateException("the run is complete already");
        }
        if (next != seeds.size()) {
            throw new IllegalStateException("only " + next + " of " + seeds.size() + " replications were written");
        }
        out.requireNoManifest(); // checked again under the lock, just before anything is committed
        Map<String, Object> files = new LinkedHashMap<>();
        csvs.commit(files);
        List<String> data = new ArrayList<>(files.keySet());
        for (String log : List.of(AgentLogFiles.EVENTS, AgentLogFiles.FLOWS, AgentLogFiles.FIRMS)) {
            if (logs.containsKey(log)) {
                data.add(log);
            }
        }
        files.putAll(logs);
        if (sample != null) {
            RunReport.write(out, scenario, sample, seeds, data, outline, before)
                    .forEach((name, sha) -> files.put(name, Map.of("sha256", sha)));
        } else {
            // Without a report the agent-level charts are still written: the manifest lists every file.
            for (int i = 0; i < before.figures().size(); i++) {
                files.put(CompareWriter.CHARTS + "/" + before.figures().get(i).file(),
                        Map.of("sha256", Sha256.hex(before.pngs().get(i))));
            }
        }
        Instant finished = Instant.now();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", STATUS_COMPLETE);
        m.put("zonelab_version", Version.current());
        m.put("build_sha256", Build.sha256());
        if (Build.gitCommit() != null) {
            m.put("git_commit", Build.gitCommit());
        }
        m.put("scenario", scenario.name());
        m.put("scenario_description", scenario.description());
        m.put("scenario_path", scenario.source() == null ? null : scenario.source().toString());
        m.put("scenario_sha256", scenario.sha256());
        m.put("base_seed", scenario.seed());
        List<Map<String, Object>> reps = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            Map<String, Object> rep = new LinkedHashMap<>();
            rep.put("index", i);
            rep.put("seed", seeds.get(i));
            reps.add(rep);
        }
        m.put("replications", reps);
        m.put("scale", scenario.scale());
        m.put("start_year", scenario.startYear());
        m.put("years", scenario.years());
        m.put("parameter_overrides", scenario.parameters().overrides());
        m.put(AGENT_LOGS, AgentLogFiles.settings(snapshots, events));
        m.put(ResolvedScenario.KEY, ResolvedScenario.document(scenario));
        m.put(ResolvedScenario.ZONE_FILES, ResolvedScenario.zoneFiles(scenario, out.path()));
        m.put("started", started.truncatedTo(ChronoUnit.MILLIS).toString());
        m.put("finished", finished.truncatedTo(ChronoUnit.MILLIS).toString());
        m.put("wall_seconds", Duration.between(started, finished).toMillis() / 1000.0);
        m.put("java_version", System.getProperty("java.version"));
        m.put("files", files);
        AtomicFiles.writeJson(out, MANIFEST, m);
        done = true;
        return out.file(MANIFEST);
    }

    /** Discards the temporary files of a run that did not complete; does nothing after {@link #complete}. */
    @Override
    public void close() {
        csvs.close();
    }
}
