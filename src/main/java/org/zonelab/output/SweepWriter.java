package org.zonelab.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.zonelab.experiment.IndicatorRow;
import org.zonelab.experiment.SweepPlan;
import org.zonelab.model.measure.Indicator;
import org.zonelab.scenario.SweepSpec;

/**
 * The final files of a sweep, written at the end from every run in plan order (so an interrupted and
 * resumed sweep gives the same bytes as an uninterrupted one); the manifest is written separately,
 * last, by the caller.
 * <ul>
 *   <li>{@value #RUNS}: one row per run: {@code point}, each varied key (sweep-file order),
 *   {@code replication}, {@code seed}, then every final-year national summary indicator.</li>
 *   <li>{@value #TIMESERIES} (optional): the run directory's time-series columns (docs/ODD.md §8.3)
 *   preceded by {@code point} and the varied keys.</li>
 *   <li>{@value #BEHAVIORSPACE} (optional): NetLogo BehaviorSpace's "table" format; see
 *   {@link #behaviorSpace}.</li>
 * </ul>
 */
public final class SweepWriter {
    public static final String RUNS = "runs.csv";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String BEHAVIORSPACE = "behaviorspace-table.csv";
    /** The date line of the BehaviorSpace preamble: fixed, so that the file does not depend on when it ran. */
    public static final String BEHAVIORSPACE_DATE = "01/01/1970 00:00:00:000 +0000";

    private static final CSVFormat QUOTE_ALL = AtomicCsv.FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();

    private SweepWriter() {
    }

    /** The header of runs.csv for a sweep whose runs report these indicators. */
    public static List<String> runsHeader(SweepSpec spec, List<Indicator> indicators) {
        List<String> h = new ArrayList<>();
        h.add("point");
        spec.dimensions().forEach(d -> h.add(d.key()));
        h.add("replication");
        h.add("seed");
        indicators.forEach(i -> h.add(i.key()));
        return h;
    }

    /**
     * Writes runs.csv (and, when asked, timeseries.csv and behaviorspace-table.csv) from the journal.
     *
     * @param out          the sweep's output directory, taken by the command
     * @param plan         the sweep's runs
     * @param journal      holds every run's results
     * @param timeseries   whether to write timeseries.csv (the journal must keep time series)
     * @param behaviorSpace whether to write behaviorspace-table.csv
     * @return each written file's rows and sha256, by file name, for the manifest
     * @throws IllegalStateException when a run is missing from the journal
     */
    public static Map<String, Object> write(OutputDirectory out, SweepPlan plan, SweepJournal journal, boolean timeseries,
                                            boolean behaviorSpace) throws IOException {
        List<SweepPlan.Run> runs = plan.runs();
        Map<Integer, SweepJournal.Entry> entries = journal.entries();
        for (SweepPlan.Run r : runs) {
            SweepJournal.Entry e = entries.get(r.request().index());
            if (e == null) {
                throw new IllegalStateException("run " + r.request().index() + " has not finished");
            }
            if (e.seed() != r.request().seed() || e.replication() != r.request().replication()) {
                throw new IllegalStateException("run " + r.request().index() + " was recorded with another seed");
            }
        }
        List<Indicator> indicators = new ArrayList<>(entries.get(runs.get(0).request().index()).summary().keySet());
        Map<String, Object> files = new LinkedHashMap<>();
        out.requireNoManifest(); // checked again under the lock, just before anything is committed
        try (AtomicCsv csv = new AtomicCsv(out, RUNS, runsHeader(plan.spec(), indicators))) {
            for (SweepPlan.Run r : runs) {
                SweepJournal.Entry e = entries.get(r.request().index());
                List<String> cells = pointCells(r);
                cells.add(Integer.toString(e.replication()));
                cells.add(Long.toString(e.seed()));
                for (Indicator ind : indicators) {
                    Double v = e.summary().get(ind);
                    if (v == null) {
                        throw new IllegalStateException("run " + e.index() + " has no " + ind.key());
                    }
                    cells.add(Numbers.format(v));
                }
                csv.row(cells);
            }
            csv.commit();
            files.put(RUNS, csv.describe());
        }
        if (timeseries) {
            files.put(TIMESERIES, timeseries(out, plan, journal));
        }
        if (behaviorSpace) {
            files.put(BEHAVIORSPACE, behaviorSpace(out, plan, journal, indicators));
        }
        comparison(out, plan, journal, files);
        return files;
    }

    /** A varied key as a reader says it: the lever for a lever's intensity, the name for a parameter. */
    private static String shortKey(String key) {
        String[] parts = key.split("\\.");
        if (parts.length == 3 && parts[0].equals("policies") && parts[2].equals("intensity")) {
            return parts[1];
        }
        return parts.length == 2 && parts[0].equals("parameters") ? parts[1] : key;
    }

    /** Most design points the comparison and report cover (beyond this the table would be unreadable). */
    static final int MAX_COMPARED_POINTS = 40;

    /**
     * A sweep adds comparison.csv and report.html. Every design point is compared with the
     * first one, replication by replication: the points share their replications' seeds (common random
     * numbers), unless the sweep varies the seed, in which case no comparison is made.
     */
    private static void comparison(OutputDirectory out, SweepPlan plan, SweepJournal journal, Map<String, Object> files)
            throws IOException {
        java.util.TreeMap<Integer, List<SweepPlan.Run>> byPoint = new java.util.TreeMap<>();
        for (SweepPlan.Run r : plan.runs()) {
            byPoint.computeIfAbsent(r.point().index(), k -> new ArrayList<>()).add(r);
        }
        if (byPoint.size() < 2 || byPoint.size() > MAX_COMPARED_POINTS) {
            return;
        }
        List<org.zonelab.experiment.ScenarioSample> samples = new ArrayList<>();
        List<org.zonelab.scenario.Scenario> scenarios = new ArrayList<>();
        for (List<SweepPlan.Run> runs : byPoint.values()) {
            runs.sort(java.util.Comparator.comparingInt(r -> r.request().replication()));
            SweepSpec.DesignPoint point = runs.get(0).point();
            StringBuilder name = new StringBuilder("point " + point.index());
            String sep = ": ";
            for (Map.Entry<String, Double> e : point.values().entrySet()) {
                name.append(sep).append(shortKey(e.getKey())).append(' ').append(Numbers.format(e.getValue()));
                sep = ", ";
            }
            org.zonelab.experiment.ScenarioSample sample = new org.zonelab.experiment.ScenarioSample(name.toString());
            int finalYear = runs.get(0).request().config().startYear() + runs.get(0).request().config().years() - 1;
            for (SweepPlan.Run r : runs) {
                SweepJournal.Entry e = journal.entries().get(r.request().index());
                // The summary, as the final year's national rows (stocks at its end, flows over it).
                List<IndicatorRow> finalRows = new ArrayList<>();
                e.summary().forEach((k, v) -> finalRows.add(
                        new IndicatorRow(finalYear, 4, "", k, v)));
                sample.add(new org.zonelab.experiment.ReplicationResult(e.replication(), e.seed(), finalRows, e.summary(),
                        List.of()));
            }
            samples.add(sample);
            scenarios.add(plan.spec().scenarioFor(point));
        }
        List<org.zonelab.experiment.Comparison.Row> rows;
        try {
            rows = org.zonelab.experiment.Comparison.of(samples);
        } catch (IllegalArgumentException unpaired) {
            return; // the sweep varies the seed: points do not pair
        }
        files.put(ComparisonCsv.FILE, ComparisonCsv.write(out, rows));
        List<Figure> figures = List.of(CompareCharts.finalYear(samples, rows), CompareCharts.difference(samples, rows));
        List<byte[]> pngs = FigureWriter.writeAll(out, figures, (name, sha) -> files.put(name, Map.of("sha256", sha)))
                .pngs();
        long baseSeed = byPoint.firstEntry().getValue().get(0).request().seed();
        String report = ReportHtml.write(out, new ReportHtml.Inputs(scenarios, samples, rows, figures, pngs, baseSeed,
                Version.current()));
        files.put(ReportHtml.FILE, Map.of("sha256", report));
    }

    private static List<String> pointCells(SweepPlan.Run r) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(r.point().index()));
        for (double v : r.point().values().values()) {
            cells.add(Numbers.format(v));
        }
        return cells;
    }

    private static Map<String, Object> timeseries(OutputDirectory out, SweepPlan plan, SweepJournal journal)
            throws IOException {
        List<String> header = new ArrayList<>();
        header.add("point");
        plan.spec().dimensions().forEach(d -> header.add(d.key()));
        header.addAll(RunDirectoryWriter.TIMESERIES_HEADER);
        String scenario = CsvCells.text(plan.spec().base().name());
        try (AtomicCsv csv = new AtomicCsv(out, TIMESERIES, header)) {
            for (SweepPlan.Run r : plan.runs()) {
                List<String> prefix = pointCells(r);
                String rep = Integer.toString(r.request().replication());
                String seed = Long.toString(r.request().seed());
                for (IndicatorRow row : journal.timeseries(r.request().index())) {
                    List<String> cells = new ArrayList<>(prefix);
                    cells.add(scenario);
                    cells.add(rep);
                    cells.add(seed);
                    cells.add(Integer.toString(row.year()));
                    cells.add(Integer.toString(row.quarter()));
                    cells.add(row.scope().label());
                    cells.add(CsvCells.text(row.scopeId()));
                    cells.add(CsvCells.text(row.indicator().key()));
                    cells.add(Numbers.format(row.value()));
                    csv.row(cells);
                }
            }
            csv.commit();
            return csv.describe();
        }
    }

    /**
     * NetLogo BehaviorSpace "table" output, for tools written for it (such as R's nlrx or
     * analyzeBehaviorspace, or pandas with {@code skiprows=6}). Every cell is quoted, as NetLogo does.
     * Six preamble lines: {@code "BehaviorSpace results (ZoneLab <version>)","Table version 2.0"}; the
     * "model" (the sweep file's name); the experiment (the sweep's name); a date line, fixed at
     * {@value #BEHAVIORSPACE_DATE} so that the file is reproducible (the real times are in
     * manifest.json); and the world's {@code min-pxcor ... max-pycor} names and values (ZoneLab has no
     * patch grid: all 0). Then the header {@code [run number]}, the varied keys, {@code [step]}, the
     * metrics (the summary indicators), and one row per run (run number = plan index + 1) at its final
     * step (quarters simulated), with the final-year indicators as in runs.csv.
     */
    static Map<String, Object> behaviorSpace(OutputDirectory out, SweepPlan plan, SweepJournal journal,
                                             List<Indicator> indicators) throws IOException {
        try (AtomicCsv csv = new AtomicCsv(out, BEHAVIORSPACE, null, QUOTE_ALL)) {
            csv.raw(List.of("BehaviorSpace results (ZoneLab " + Version.current() + ")", "Table version 2.0"));
            Path source = plan.spec().source();
            csv.raw(List.of(CsvCells.text(source == null ? "" : source.getFileName().toString())));
            csv.raw(List.of(CsvCells.text(plan.spec().name())));
            csv.raw(List.of(BEHAVIORSPACE_DATE));
            csv.raw(List.of("min-pxcor", "max-pxcor", "min-pycor", "max-pycor"));
            csv.raw(List.of("0", "0", "0", "0"));
            List<String> header = new ArrayList<>();
            header.add("[run number]");
            plan.spec().dimensions().forEach(d -> header.add(d.key()));
            header.add("[step]");
            indicators.forEach(i -> header.add(i.key()));
            csv.raw(header);
            for (SweepPlan.Run r : plan.runs()) {
                SweepJournal.Entry e = journal.entries().get(r.request().index());
                List<String> cells = new ArrayList<>();
                cells.add(Integer.toString(r.request().index() + 1));
                for (double v : r.point().values().values()) {
                    cells.add(Numbers.format(v));
                }
                cells.add(Integer.toString(r.request().config().steps()));
                for (Indicator ind : indicators) {
                    cells.add(Numbers.format(e.summary().get(ind)));
                }
                csv.row(cells);
            }
            csv.commit();
            return csv.describe();
        }
    }

    /**
     * Writes the sweep's manifest.json, atomically; call it after every other file.
     *
     * @param files   the files written, with rows and sha256
     * @param extra   further entries (engine, threads, times ...), in order
     */
    public static Path writeManifest(OutputDirectory out, SweepPlan plan, Map<String, Object> files,
                                     Map<String, Object> extra) throws IOException {
        SweepSpec spec = plan.spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", RunDirectoryWriter.STATUS_COMPLETE);
        m.put("kind", "sweep");
        m.put("zonelab_version", Version.current());
        m.put("sweep", spec.name());
        m.put("sweep_description", spec.description());
        m.put("sweep_path", spec.source() == null ? null : spec.source().toString());
        m.put("sweep_sha256", spec.sha256());
        m.put("base_scenario", spec.base().name());
        m.put("base_path", spec.base().source() == null ? null : spec.base().source().toString());
        m.put("base_sha256", spec.base().sha256());
        m.put("design", spec.design().label());
        if (spec.design() == SweepSpec.Design.LHS) {
            m.put("samples", spec.samples());
            m.put("design_seed", spec.seed());
        }
        List<String> keys = new ArrayList<>();
        spec.dimensions().forEach(d -> keys.add(d.key()));
        m.put("varied", keys);
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < plan.scenarios().size(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("index", i);
            p.put("values", plan.runs().get(i * spec.replications()).point().values());
            p.put("seed", plan.scenarios().get(i).seed());
            points.add(p);
        }
        m.put("points", points);
        m.put("replications_per_point", spec.replications());
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < spec.replications() && r < plan.runs().size(); r++) {
            seeds.add(plan.runs().get(r).request().seed());
        }
        m.put("replication_seeds_of_point_0", seeds);
        m.put("runs", plan.runs().size());
        m.put("plan_fingerprint", plan.fingerprint());
        m.putAll(extra);
        m.put("java_version", System.getProperty("java.version"));
        m.put("files", files);
        AtomicFiles.writeJson(out, RunDirectoryWriter.MANIFEST, m);
        return out.file(RunDirectoryWriter.MANIFEST);
    }
}
