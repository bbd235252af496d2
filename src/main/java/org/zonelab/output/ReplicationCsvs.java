package org.zonelab.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zonelab.experiment.IndicatorRow;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.MomentValue;

/**
 * The per-replication CSV files of a run or comparison directory (docs/ODD.md §8.3), written together:
 * {@value #TIMESERIES}, {@value #SUMMARY} and {@value #MOMENTS}, each under a temporary name until
 * {@link #commit}. Checks every value of a replication before writing any of its rows, so a value that
 * is not finite never reaches a file. Not thread-safe.
 */
final class ReplicationCsvs implements AutoCloseable {
    static final String TIMESERIES = "timeseries.csv";
    static final String SUMMARY = "summary.csv";
    static final String MOMENTS = "moments.csv";
    static final List<String> TIMESERIES_HEADER = List.of("scenario", "replication", "seed", "year", "quarter",
            "scope", "scope_id", "indicator", "value");
    static final List<String> SUMMARY_HEADER = List.of("scenario", "replication", "seed", "indicator", "value");
    static final List<String> MOMENTS_HEADER = List.of("scenario", "replication", "seed", "year", "moment", "value");

    private final List<AtomicCsv> files = new ArrayList<>();
    private final AtomicCsv timeseries;
    private final AtomicCsv summary;
    private final AtomicCsv moments;

    /** Opens the three files under temporary names; on failure, discards those already opened. */
    ReplicationCsvs(OutputDirectory out) throws IOException {
        try {
            timeseries = open(out, TIMESERIES, TIMESERIES_HEADER);
            summary = open(out, SUMMARY, SUMMARY_HEADER);
            moments = open(out, MOMENTS, MOMENTS_HEADER);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private AtomicCsv open(OutputDirectory out, String name, List<String> header) throws IOException {
        AtomicCsv csv = new AtomicCsv(out, name, header);
        files.add(csv);
        return csv;
    }

    /**
     * Appends one replication's rows to the three files.
     *
     * @throws IllegalArgumentException when a value is NaN or infinite (nothing of the replication is
     *                                  written then)
     */
    void write(String scenarioName, ReplicationResult r) throws IOException {
        for (IndicatorRow row : r.timeseries()) {
            checkFinite(row.value(), r, row.indicator().key(), row.year() + " Q" + row.quarter() + " "
                    + row.scope().label() + " " + row.scopeId());
        }
        for (Map.Entry<Indicator, Double> e : r.summary().entrySet()) {
            checkFinite(e.getValue() == null ? Double.NaN : e.getValue(), r, e.getKey().key(), "summary");
        }
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
        // Moment values are finite by construction (MomentValue refuses others).
        for (MomentValue m : r.moments()) {
            moments.row(name, rep, seed, Integer.toString(m.year()), m.moment().key(), Numbers.format(m.value()));
        }
    }

    private static void checkFinite(double v, ReplicationResult r, String indicator, String where) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("replication " + r.replication() + " (seed " + r.seed() + "), "
                    + where.trim() + ", " + indicator + ": the value is " + v + "; NaN and infinities are never written");
        }
    }

    /** Renames the three files into place and adds their descriptions to a manifest's {@code files}. */
    void commit(Map<String, Object> manifestFiles) throws IOException {
        timeseries.commit();
        summary.commit();
        moments.commit();
        manifestFiles.put(TIMESERIES, timeseries.describe());
        manifestFiles.put(SUMMARY, summary.describe());
        manifestFiles.put(MOMENTS, moments.describe());
    }

    /** Discards the files not committed. */
    @Override
    public void close() {
        for (AtomicCsv csv : files) {
            csv.close();
        }
    }
}
