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
import org.zonelab.experiment.IndicatorRow;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.model.measure.Indicator;
import org.zonelab.scenario.Scenario;

/**
 * Writes one run directory (docs/ODD.md §8.3): {@value #TIMESERIES}, {@value #SUMMARY} and, last,
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
    public static final String TIMESERIES = "timeseries.csv";
    public static final String SUMMARY = "summary.csv";
    public static final List<String> TIMESERIES_HEADER = List.of("scenario", "replication", "seed", "year",
            "quarter", "scope", "scope_id", "indicator", "value");
    public static final List<String> SUMMARY_HEADER = List.of("scenario", "replication", "seed", "indicator",
            "value");
    public static final String STATUS_COMPLETE = "complete";

    private static final ObjectMapper JSON = AtomicFiles.JSON;

    private final OutputDirectory out;
    private final Scenario scenario;
    private final List<Long> seeds;
    private final Instant started;
    private final AtomicCsv timeseries;
    private final AtomicCsv summary;
    private int next;
    private boolean done;

    private RunDirectoryWriter(OutputDirectory out, Scenario scenario, List<Long> seeds, Instant started)
            throws IOException {
        this.out = out;
        this.scenario = scenario;
        this.seeds = List.copyOf(seeds);
        this.started = started;
        AtomicCsv ts = null;
        try {
            ts = new AtomicCsv(out, TIMESERIES, TIMESERIES_HEADER);
            this.summary = new AtomicCsv(out, SUMMARY, SUMMARY_HEADER);
        } catch (IOException | RuntimeException e) {
            if (ts != null) {
                ts.close();
            }
            throw e;
        }
        this.timeseries = ts;
    }

    /**
     * Prepares a run directory: removes an old manifest (with {@code force}) and opens the CSV files
     * under temporary names.
     *
     * @param out      the run directory, taken by the command
     * @param scenario the scenario being run (name, source, sha256, scale, years...)
     * @param seeds    the seed of each replication, by index
     * @param force    whether a directory holding a complete run may be overwritten
     * @throws RunExistsException when the directory holds a complete run and {@code force} is false
     * @throws IOException        when the directory cannot be written
     */
    public static RunDirectoryWriter open(OutputDirectory out, Scenario scenario, List<Long> seeds, boolean force)
            throws IOException {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one replication");
        }
        if (out.isComplete() && !force) {
            throw new RunExistsException(out.path());
        }
        // From here on the directory must not look complete until the new run is.
        out.delete(MANIFEST);
        return new RunDirectoryWriter(out, scenario, seeds, Instant.now());
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
        for (IndicatorRow row : r.timeseries()) {
            checkFinite(row.value(), r, row.indicator().key(), row.year() + " Q" + row.quarter() + " " + row.scope().label()
                    + " " + row.scopeId());
        }
        for (Map.Entry<Indicator, Double> e : r.summary().entrySet()) {
            checkFinite(e.getValue() == null ? Double.NaN : e.getValue(), r, e.getKey().key(), "summary");
        }
        writeRows(timeseries, summary, scenario.name(), r);
        next++;
    }

    /**
     * Writes one replication's time-series and summary rows in the layout of docs/ODD.md §8.3 (shared by
     * run and compare directories).
     */
    static void writeRows(AtomicCsv timeseries, AtomicCsv summary, String scenarioName, ReplicationResult r)
            throws IOException {
        String name = CsvCells.text(scenarioName);
        String rep = Integer.toString(r.replication());
        String seed = Long.toString(r.seed());
        for (IndicatorRow row : r.timeseries()) {
            timeseries.row(name, rep, seed, Integer.toString(row.year()), Integer.toString(row.quarter()),
                    row.scope().label(), CsvCells.text(row.scopeId()), CsvCells.text(row.indicator().key()),
                    Numbers.format(row.value()));
        }
        for (Map.Entry<Indicator, Double> e : r.summary().entrySet()) {
            summary.row(name, rep, seed, CsvCells.text(e.getKey().key()), Numbers.format(e.getValue()));
        }
    }

    private static void checkFinite(double v, ReplicationResult r, String indicator, String where) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("replication " + r.replication() + " (seed " + r.seed() + "), "
                    + where.trim() + ", " + indicator + ": the value is " + v + "; NaN and infinities are never written");
        }
    }

    /**
     * Finishes the run: closes the CSV files, renames them into place, then writes {@value #MANIFEST}
     * atomically, last.
     *
     * @return the manifest's path
     * @throws IllegalStateException when not every replication was written
     */
    public Path complete() throws IOException {
        if (done) {
            throw new IllegalStateException("the run is complete already");
        }
        if (next != seeds.size()) {
            throw new IllegalStateException("only " + next + " of " + seeds.size() + " replications were written");
        }
        out.requireNoManifest(); // checked again under the lock, just before anything is committed
        timeseries.commit();
        summary.commit();
        Instant finished = Instant.now();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", STATUS_COMPLETE);
        m.put("zonelab_version", Version.current());
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
        m.put("started", started.truncatedTo(ChronoUnit.MILLIS).toString());
        m.put("finished", finished.truncatedTo(ChronoUnit.MILLIS).toString());
        m.put("wall_seconds", Duration.between(started, finished).toMillis() / 1000.0);
        m.put("java_version", System.getProperty("java.version"));
        Map<String, Object> files = new LinkedHashMap<>();
        files.put(TIMESERIES, timeseries.describe());
        files.put(SUMMARY, summary.describe());
        m.put("files", files);
        AtomicFiles.writeJson(out, MANIFEST, m);
        done = true;
        return out.file(MANIFEST);
    }

    /** Discards the temporary files of a run that did not complete; does nothing after {@link #complete}. */
    @Override
    public void close() {
        timeseries.close();
        summary.close();
    }
}
