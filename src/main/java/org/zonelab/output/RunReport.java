package org.zonelab.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zonelab.experiment.ScenarioSample;
import org.zonelab.experiment.Statistics;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.Moment;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.Sha256;

/**
 * {@code report.html} of a run ({@code zonelab run}): one self-contained page in the comparison
 * report's style (charts embedded as base64 PNG data URIs, no scripts, nothing fetched from a network;
 * the only links are relative ones to the run's own files) that says what was run (scenario, scale,
 * seeds, years), links the CSV files, gives the key indicators and the stylized-fact moments against
 * their evidence in tables, and every chart of {@link RunCharts} with its caption. It holds no time
 * stamps, so the same run gives the same page.
 */
public final class RunReport {
    public static final String FILE = ReportHtml.FILE;

    /**
     * What the report is made of.
     *
     * @param scenario the scenario as run (command-line overrides applied)
     * @param sample   its replications' results
     * @param seeds    the seed of each replication
     * @param files    the run's data files (relative names), linked from the report
     * @param figures  the charts, in report order
     * @param pngs     each figure's PNG bytes, by position in {@code figures}
     * @param version  the ZoneLab version
     */
    public record Inputs(Scenario scenario, ScenarioSample sample, List<Long> seeds, List<String> files,
                         List<Figure> figures, List<byte[]> pngs, String version) {
        public Inputs {
            seeds = List.copyOf(seeds);
            files = List.copyOf(files);
            figures = List.copyOf(figures);
            pngs = List.copyOf(pngs);
            if (figures.size() != pngs.size()) {
                throw new IllegalArgumentException(figures.size() + " figures but " + pngs.size() + " images");
            }
        }
    }

    private RunReport() {
    }

    /**
     * Builds the charts, writes them under {@code charts/} and then the report, each atomically.
     *
     * @param files   the run's data files, linked from the report
     * @param outline China's outline for the map (may be empty)
     * @param before  charts written under {@code charts/} already (the agent-level charts of
     *                {@code run --events}), shown after the run's own and listed with them
     * @return every chart ({@code charts/<file>.png}) and then {@value #FILE} with its hex SHA-256, in
     *         order, for the manifest
     */
    public static Map<String, String> write(OutputDirectory out, Scenario scenario, ScenarioSample sample,
                                            List<Long> seeds, List<String> files, ChinaOutline outline,
                                            FigureWriter.Written before) throws IOException {
        Map<String, String> written = new LinkedHashMap<>();
        FigureWriter.Written own = FigureWriter.writeAll(out, RunCharts.all(sample, scenario.zones(), outline),
                written::put);
        List<Figure> figures = new ArrayList<>(own.figures());
        List<byte[]> pngs = new ArrayList<>(own.pngs());
        for (int i = 0; i < before.figures().size(); i++) {
            figures.add(before.figures().get(i));
            pngs.add(before.pngs().get(i));
            written.put(CompareWriter.CHARTS + "/" + before.figures().get(i).file(), Sha256.hex(before.pngs().get(i)));
        }
        byte[] page = html(new Inputs(scenario, sample, seeds, files, figures, pngs, Version.current()))
                .getBytes(StandardCharsets.UTF_8);
        written.put(FILE, AtomicFiles.write(out, FILE, page));
        return written;
    }

    /** The page. */
    public static String html(Inputs in) {
        Scenario s = in.scenario();
        ScenarioSample sample = in.sample();
        StringBuilder h = new StringBuilder(1 << 20);
        ReportHtml.head(h, "ZoneLab run: " + s.name());
        h.append("<h1>").append(esc(s.name())).append("</h1>\n");
        h.append("<p class=\"note\">A ZoneLab ").append(esc(in.version())).append(" run of China's national "
                        + "high-tech zones, ").append(sample.firstYear()).append(" to ").append(sample.finalYear())
                .append(", ").append(ReportHtml.count(sample.size(), "replication")).append(" at scale ")
                .append(esc(Numbers.format(s.scale()))).append(".</p>\n");
        if (!s.description().isEmpty()) {
            h.append("<p>").append(esc(s.description())).append("</p>\n");
        }
        whatRan(h, in);
        files(h, in);
        indicators(h, sample);
        moments(h, sample);
        charts(h, in);
        method(h, sample);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void whatRan(StringBuilder h, Inputs in) {
        Scenario s = in.scenario();
        h.append("<h2 id=\"run\">What was run</h2>\n");
        ReportHtml.scenarioTable(h, List.of(s));
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < in.seeds().size(); i++) {
            seeds.add(i + ": " + in.seeds().get(i));
        }
        Map<String, Double> overrides = s.parameters().overrides();
        List<String> changed = new ArrayList<>();
        overrides.forEach((k, v) -> changed.add(k + " = " + Numbers.format(v)));
        List<String> events = new ArrayList<>();
        s.events().forEach(e -> events.add(e.type() + " in " + e.year() + " (severity " + Numbers.format(e.severity())
                + ")"));
        h.append("<table id=\"run-table\">\n");
        row(h, "scenario file's SHA-256", "<code>" + esc(s.sha256() == null ? "" : s.sha256()) + "</code>");
        row(h, "scale", esc(Numbers.format(s.scale())) + " (one agent stands for " + esc(Numbers.format(1 / s.scale()))
                + " firms; counts and money are reported at national scale)");
        row(h, "replications", Integer.toString(in.seeds().size()));
        row(h, "base seed", Long.toString(s.seed()));
        row(h, "replication seeds", esc(String.join(", ", seeds)));
        row(h, "parameter overrides", changed.isEmpty() ? "none (the calibrated defaults of docs/ODD.md)"
                : "<code>" + esc(String.join(", ", changed)) + "</code>");
        row(h, "events", events.isEmpty() ? "none" : esc(String.join("; ", events)));
        row(h, "zones", Integer.toString(s.zones().size()));
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, String name, String html) {
        h.append("<tr><th>").append(esc(name)).append("</th><td>").append(html).append("</td></tr>\n");
    }

    private static void files(StringBuilder h, Inputs in) {
        h.append("<h2 id=\"files\">Files</h2>\n<p>Beside this page (results/README.md describes every column):</p>\n"
                + "<ul>\n");
        for (String f : in.files()) {
            h.append("<li><a href=\"").append(esc(f)).append("\">").append(esc(f)).append("</a>")
                    .append(esc(describe(f))).append("</li>\n");
        }
        h.append("<li><a href=\"").append(RunDirectoryWriter.MANIFEST).append("\">").append(RunDirectoryWriter.MANIFEST)
                .append("</a>: what was run, each file's SHA-256, times; written last</li>\n")
                .append("<li><code>").append(CompareWriter.CHARTS).append("/</code>: the charts below as PNG files</li>\n")
                .append("</ul>\n");
    }

    private static String describe(String file) {
        return switch (file) {
            case RunDirectoryWriter.TIMESERIES -> ": every indicator, quarter by quarter, national, regional and per zone";
            case RunDirectoryWriter.SUMMARY -> ": the final year's national indicators, one row per replication";
            case RunDirectoryWriter.MOMENTS -> ": the stylized-fact moments by year";
            case AgentLogFiles.EVENTS -> ": firm life events";
            case AgentLogFiles.FLOWS -> ": flows between zones";
            case AgentLogFiles.FIRMS -> ": one row per firm";
            default -> "";
        };
    }

    private static void indicators(StringBuilder h, ScenarioSample sample) {
        int first = sample.firstYear();
        int last = sample.finalYear();
        h.append("<h2 id=\"indicators\">Key indicators</h2>\n<p>The mean over the replications, with the 95% "
                + "confidence interval of the final year's mean; stocks at the end of the year, flows summed over "
                + "it, at national scale.</p>\n<table id=\"indicators-table\">\n<tr><th>indicator</th><th>")
                .append(first).append("</th><th>").append(last).append("</th><th>95% CI, ").append(last)
                .append("</th></tr>\n");
        List<Indicator> shown = new ArrayList<>(KeyIndicators.ALL);
        for (Indicator i : RunCharts.STAGE_INDICATORS) {
            if (!shown.contains(i)) {
                shown.add(i);
            }
        }
        for (Indicator key : shown) {
            if (!sample.years(key).contains(first) || !sample.years(key).contains(last)) {
                continue;
            }
            Statistics.Estimate a = Statistics.estimate(sample.yearly(key, first));
            Statistics.Estimate b = Statistics.estimate(sample.yearly(key, last));
            h.append("<tr><td>").append(esc(key.labelWithUnit())).append("</td><td class=\"n\">")
                    .append(ReportHtml.human(a.mean())).append("</td><td class=\"n\">").append(ReportHtml.human(b.mean()))
                    .append("</td><td class=\"n\">").append(ReportHtml.interval(b)).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Every national indicator of the final year is in <a href=\"")
                .append(RunDirectoryWriter.SUMMARY).append("\">").append(RunDirectoryWriter.SUMMARY)
                .append("</a>; every year and quarter in <a href=\"").append(RunDirectoryWriter.TIMESERIES).append("\">")
                .append(RunDirectoryWriter.TIMESERIES).append("</a>.</p>\n");
    }

    private static void moments(StringBuilder h, ScenarioSample sample) {
        h.append("<h2 id=\"moments\">Stylized facts against the evidence</h2>\n<p>Each moment of <a href=\"")
                .append(RunDirectoryWriter.MOMENTS).append("\">").append(RunDirectoryWriter.MOMENTS)
                .append("</a> in the last year that has it (the mean over the replications that have it), against "
                        + "the evidence of docs/VALIDATION.md section 1. A moment has no value in a year too early "
                        + "for it (a survival rate needs cohorts of its age) or with too few firms.</p>\n")
                .append("<table id=\"moments-table\">\n<tr><th>moment</th><th>year</th><th>model</th><th>evidence</th>"
                        + "<th>against it</th><th>source</th></tr>\n");
        for (Moment m : Moment.values()) {
            TreeMap<Integer, double[]> byYear = sample.moment(m);
            MomentEvidence e = MomentEvidence.of(m).orElse(null);
            h.append("<tr><td>").append(esc(m.label())).append(" (<code>").append(esc(m.key())).append("</code>)</td>");
            if (byYear.isEmpty()) {
                h.append("<td></td><td class=\"n\">no value</td>");
            } else {
                double mean = Statistics.estimate(byYear.lastEntry().getValue()).mean();
                h.append("<td>").append(byYear.lastKey()).append("</td><td class=\"n\">").append(ReportHtml.human(mean))
                        .append("</td>");
                if (e != null) {
                    h.append("<td>").append(esc(e.evidence())).append("</td><td>").append(against(e, mean))
                            .append("</td><td>").append(esc(e.source())).append("</td></tr>\n");
                    continue;
                }
            }
            h.append(e == null ? "<td></td><td></td><td></td>" : "<td>" + esc(e.evidence()) + "</td><td></td><td>"
                    + esc(e.source()) + "</td>").append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** Where a value lies against the evidence's range: within it, or how far above or below. */
    static String against(MomentEvidence e, double value) {
        if (e.contains(value)) {
            return e.low() == e.high() ? "equal" : "within " + esc(e.range());
        }
        double gap = value > e.high() ? value - e.high() : e.low() - value;
        return ReportHtml.human(gap) + (value > e.high() ? " above " : " below ") + esc(e.range());
    }

    private static void charts(StringBuilder h, Inputs in) {
        h.append("<h2 id=\"charts\">Charts</h2>\n<p>The charts are also in <code>").append(CompareWriter.CHARTS)
                .append("/</code> as PNG files.</p>\n");
        for (int i = 0; i < in.figures().size(); i++) {
            ReportHtml.figure(h, i + 1, in.figures().get(i), in.pngs().get(i));
        }
    }

    private static void method(StringBuilder h, ScenarioSample sample) {
        h.append("<h2 id=\"method\">Method</h2>\n<ul>\n")
                .append("<li>Replication i ran with seed i of the table above, derived from the base seed and i; "
                        + "the same scenario, seeds and version give byte-identical CSV files on any number of "
                        + "threads.</li>\n")
                .append("<li>Means come with t-based 95% confidence intervals over the ")
                .append(ReportHtml.count(sample.size(), "replication"))
                .append(" (n &minus; 1 degrees of freedom); one replication gives no interval.</li>\n")
                .append("<li>A year's value is a stock's value at the end of the year or a flow's sum over its "
                        + "quarters (docs/ODD.md section 8). Counts and money are at national scale whatever the "
                        + "run's scale; money is nominal CNY billion.</li>\n</ul>\n");
    }

    private static String esc(String s) {
        return ReportHtml.esc(s);
    }
}
