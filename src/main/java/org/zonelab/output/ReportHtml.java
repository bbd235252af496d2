package org.zonelab.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.zonelab.experiment.Comparison;
import org.zonelab.experiment.ScenarioSample;
import org.zonelab.experiment.Statistics;
import org.zonelab.model.measure.Indicator;
import org.zonelab.scenario.InputFiles;
import org.zonelab.scenario.Scenario;

/**
 * {@code report.html} of a comparison: one self-contained page (inline CSS, charts embedded as base64
 * PNG data URIs, no scripts, nothing fetched from a network) written for a policy researcher: the
 * question, the scenarios and how they differ, the key results in words and in a table, every chart
 * with a caption, and the method. It holds no time stamps, so the same inputs give the same page.
 */
public final class ReportHtml {
    public static final String FILE = "report.html";
    private static final Pattern CHART_FILES = Pattern.compile(CompareWriter.CHARTS + "/[a-z0-9][a-z0-9_-]*\\.png");

    /**
     * What the report is made of.
     *
     * @param scenarios the scenarios, reference first
     * @param samples   their replications' results, in the same order
     * @param rows      the comparison's statistics
     * @param figures   the charts, in report order
     * @param pngs      each figure's PNG bytes, by position in {@code figures}
     * @param baseSeed  the base seed of the common random numbers
     * @param version   the ZoneLab version
     */
    public record Inputs(List<Scenario> scenarios, List<ScenarioSample> samples, List<Comparison.Row> rows,
                         List<Figure> figures, List<byte[]> pngs, long baseSeed, String version) {
    }

    /** The page style, shared by every zonelab report. */
    static final String CSS = """
            body{font-family:Georgia,'Times New Roman',serif;max-width:1000px;margin:2em auto;padding:0 1.2em;\
            color:#222;line-height:1.5}
            h1,h2,h3{font-family:Helvetica,Arial,sans-serif;color:#111}
            h1{font-size:1.7em;margin-bottom:.2em}
            h2{font-size:1.3em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
            table{border-collapse:collapse;margin:1em 0;font-family:Helvetica,Arial,sans-serif;font-size:.85em}
            th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top}
            th{background:#f2f2f2;text-align:left}
            td.n{text-align:right;white-space:nowrap}
            .swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;vertical-align:-.1em;\
            border:1px solid #555}
            figure{margin:1.5em 0;page-break-inside:avoid}
            figure img{width:100%;height:auto;border:1px solid #ddd}
            figcaption{font-size:.9em;color:#333;margin-top:.4em}
            .note{color:#555;font-size:.9em}
            .sig{font-weight:bold}
            code{font-size:.9em;background:#f6f6f6;padding:0 .2em}
            """;

    private ReportHtml() {
    }

    /**
     * The start of a report page, up to and including {@code <body>}: the document type, the character
     * set, the title and the shared style ({@link #CSS}). Every zonelab report starts with it.
     */
    static void head(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    }

    /**
     * Makes a directory about to be written by a run, a comparison or a journaled command (sweep,
     * calibrate, sensitivity) look unfinished: deletes its manifest, then a previous command's
     * {@value #FILE} and the charts that manifest listed, so that a command that fails or is killed
     * never leaves another command's report beside its own files.
     * Nothing else is deleted (a chart no manifest lists may be someone else's file).
     */
    public static void retract(OutputDirectory out) throws IOException {
        List<String> charts = new ArrayList<>();
        if (out.isFile(RunDirectoryWriter.MANIFEST)) {
            try (InputStream in = out.open(RunDirectoryWriter.MANIFEST)) {
                JsonNode files = AtomicFiles.JSON.readTree(in).path("files");
                files.fieldNames().forEachRemaining(name -> {
                    if (CHART_FILES.matcher(name).matches()) {
                        charts.add(name);
                    }
                });
            } catch (IOException e) {
                // an unreadable manifest lists nothing
            }
        }
        out.delete(RunDirectoryWriter.MANIFEST);
        out.delete(FILE);
        for (String chart : charts) {
            out.delete(chart);
        }
    }

    /** Writes the report to the directory's report.html atomically and returns its sha256. */
    public static String write(OutputDirectory out, Inputs in) throws IOException {
        return AtomicFiles.write(out, FILE, html(in).getBytes(StandardCharsets.UTF_8));
    }

    /** The page. */
    public static String html(Inputs in) {
        StringBuilder h = new StringBuilder(1 << 20);
        List<Scenario> sc = in.scenarios();
        Scenario first = sc.get(0);
        int reps = in.samples().get(0).size();
        int year = in.samples().get(0).finalYear();
        List<String> names = new ArrayList<>();
        sc.forEach(s -> names.add(s.name()));
        head(h, "ZoneLab comparison: " + String.join(" vs ", names));
        h.append("<h1>").append(esc(String.join(" vs ", names))).append("</h1>\n");
        h.append("<p class=\"note\">A ZoneLab ").append(esc(in.version())).append(" comparison of ").append(sc.size())
                .append(" scenarios of China's national high-tech zones, ").append(first.startYear()).append(" to ")
                .append(year).append(", ").append(reps).append(" replications each, at scale ")
                .append(esc(Numbers.format(first.scale()))).append(". Files: <code>comparison.csv</code>, ")
                .append("<code>summary.csv</code>, <code>timeseries.csv</code>, <code>charts/</code>, ")
                .append("<code>manifest.json</code>.</p>\n");

        question(h, sc);
        scenarios(h, sc);
        findings(h, in, year, reps);
        table(h, in, year);
        charts(h, in);
        method(h, in, reps);
        all(h, in);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void question(StringBuilder h, List<Scenario> sc) {
        h.append("<h2>The question</h2>\n");
        Scenario first = sc.get(0);
        StringBuilder q = new StringBuilder();
        for (int k = 1; k < sc.size(); k++) {
            String text = questionComment(sc.get(k).source());
            if (text != null) {
                q.append("<p>").append(esc(Character.toUpperCase(text.charAt(0)) + text.substring(1))).append("</p>\n");
            }
        }
        h.append("<p>What changes in the zones' outcomes if ");
        for (int k = 1; k < sc.size(); k++) {
            h.append(k > 1 ? (k == sc.size() - 1 ? " or " : ", ") : "").append("<b>").append(esc(sc.get(k).name()))
                    .append("</b>");
        }
        h.append(" is followed instead of <b>").append(esc(first.name())).append("</b>?</p>\n");
        h.append(q);
        h.append("<ul>\n");
        for (int k = 0; k < sc.size(); k++) {
            Scenario s = sc.get(k);
            h.append("<li>").append(swatch(k)).append("<b>").append(esc(s.name())).append("</b>")
                    .append(k == 0 ? " (the reference)" : "").append(": ")
                    .append(esc(s.description().isEmpty() ? "(no description)" : s.description())).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    /**
     * The "Question:" paragraph of a scenario file's leading comment, if it has one (the shipped lever
     * scenarios state their question there).
     */
    static String questionComment(Path source) {
        if (source == null) {
            return null;
        }
        List<String> lines;
        try {
            lines = new String(InputFiles.readOnce(source, InputFiles.Kind.SCENARIO), StandardCharsets.UTF_8)
                    .lines().toList();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        StringBuilder b = null;
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            String text = line.substring(1).trim();
            if (b == null) {
                int at = text.indexOf("Question:");
                if (at >= 0) {
                    b = new StringBuilder(text.substring(at + "Question:".length()).trim());
                }
            } else if (text.isEmpty() || line.startsWith("#  ")) {
                break;
            } else {
                b.append(' ').append(text);
            }
            if (b != null && b.length() > 2000) {
                break;
            }
        }
        return b == null || b.length() == 0 ? null : b.toString();
    }

    private static void scenarios(StringBuilder h, List<Scenario> sc) {
        h.append("<h2>The scenarios and how they differ</h2>\n");
        scenarioTable(h, sc);
        Map<String, List<String>> diff = ScenarioSettings.differences(sc);
        if (diff.isEmpty()) {
            h.append("<p>The scenarios have the same settings: they differ only in name, so any difference below is "
                    + "chance.</p>\n");
            return;
        }
        h.append("<p>They differ in these settings (every other setting is the same):</p>\n<table>\n<tr><th>setting</th>");
        for (int k = 0; k < sc.size(); k++) {
            h.append("<th>").append(swatch(k)).append(esc(sc.get(k).name())).append("</th>");
        }
        h.append("</tr>\n");
        for (Map.Entry<String, List<String>> e : diff.entrySet()) {
            h.append("<tr><td><code>").append(esc(e.getKey())).append("</code></td>");
            for (String v : e.getValue()) {
                h.append("<td>").append(esc(v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** The scenarios' table: name (in its colour), file, years, scale, policies and number of events. */
    static void scenarioTable(StringBuilder h, List<Scenario> sc) {
        h.append("<table>\n<tr><th>scenario</th><th>file</th>")
                .append("<th>years</th><th>scale</th><th>policies</th><th>events</th></tr>\n");
        for (int k = 0; k < sc.size(); k++) {
            Scenario s = sc.get(k);
            List<String> levers = new ArrayList<>();
            s.policies().forEach(p -> levers.add(p.lever() + " " + Numbers.format(p.intensity())));
            h.append("<tr><td>").append(swatch(k)).append(esc(s.name())).append("</td><td><code>")
                    .append(esc(s.source() == null ? "" : s.source().toString())).append("</code></td><td>")
                    .append(s.startYear()).append("&ndash;").append(s.startYear() + s.years() - 1).append("</td><td>")
                    .append(esc(Numbers.format(s.scale()))).append("</td><td>")
                    .append(esc(levers.isEmpty() ? "none beyond current practice" : String.join(", ", levers)))
                    .append("</td><td>").append(s.events().size()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void findings(StringBuilder h, Inputs in, int year, int reps) {
        h.append("<h2>What the runs show</h2>\n");
        String first = in.scenarios().get(0).name();
        for (int k = 1; k < in.scenarios().size(); k++) {
            String name = in.scenarios().get(k).name();
            h.append("<p>").append(swatch(k)).append("<b>").append(esc(name)).append("</b> against ")
                    .append(esc(first)).append(", in ").append(year).append(":</p>\n<ul>\n");
            for (Indicator key : KeyIndicators.ALL) {
                Comparison.Row a = find(in.rows(), first, key);
                Comparison.Row b = find(in.rows(), name, key);
                if (a == null || b == null || b.paired() == null) {
                    continue;
                }
                Statistics.Estimate d = b.paired().difference();
                double base = a.estimate().mean();
                boolean clear = !Double.isNaN(b.pHolm()) && b.pHolm() < 0.05;
                h.append("<li>").append(esc(key.label())).append(": ").append(human(b.estimate().mean()))
                        .append(" against ").append(human(base)).append(" (").append(esc(key.yearlyUnit())).append("), ");
                if (d.mean() == 0 && d.sd() == 0) {
                    h.append("identical in every replication.");
                } else {
                    h.append(d.mean() > 0 ? "higher" : "lower").append(" by ").append(human(Math.abs(d.mean())));
                    if (base != 0) {
                        h.append(" (").append(String.format(Locale.ROOT, "%+.1f%%", 100 * d.mean() / Math.abs(base))
                                .replace("-", "&minus;")).append(")");
                    }
                    if (!Double.isNaN(d.ciLow())) {
                        h.append("; 95% CI ").append(signed(d.ciLow())).append(" to ").append(signed(d.ciHigh()));
                    }
                    h.append(". ");
                    if (Double.isNaN(b.pHolm())) {
                        h.append("One replication cannot show whether this is more than chance.");
                    } else if (clear) {
                        h.append("<span class=\"sig\">Clear evidence of a difference</span> (Holm-adjusted p ")
                                .append(p(b.pHolm())).append(").");
                    } else if (b.paired().pValue() < 0.05) {
                        h.append("Significant on its own (p ").append(p(b.paired().pValue()))
                                .append(") but not after Holm's correction for testing all indicators at once ")
                                .append("(adjusted p ").append(p(b.pHolm())).append(").");
                    } else {
                        h.append("No clear evidence of a difference at the 5% level (p ").append(p(b.paired().pValue()))
                                .append(", Holm-adjusted ").append(p(b.pHolm())).append(").");
                    }
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
            h.append("<p>").append(esc(crnSentence(in.rows(), name))).append("</p>\n");
        }
        h.append("<p class=\"note\">Differences are paired: replication i of every scenario ran with the same seed, so "
                + "each difference compares the same draw of luck under two policies. With ").append(reps)
                .append(" replications, small effects may go undetected; a larger <code>--reps</code> narrows the "
                        + "intervals.</p>\n");
    }

    /** The sentence on the variance reduction of common random numbers for one scenario against the first. */
    static String crnSentence(List<Comparison.Row> rows, String scenario) {
        List<Double> all = new ArrayList<>();
        Double gdp = null;
        Double firms = null;
        for (Comparison.Row r : rows) {
            if (!r.scenario().equals(scenario) || r.paired() == null || Double.isNaN(r.paired().varReduction())) {
                continue;
            }
            double v = r.paired().varReduction();
            all.add(v);
            if (r.indicator() == Indicator.GDP_BN) {
                gdp = v;
            } else if (r.indicator() == Indicator.FIRMS) {
                firms = v;
            }
        }
        if (all.isEmpty()) {
            return "The variance reduction of common random numbers could not be measured (fewer than two "
                    + "replications, or no indicator varies).";
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        StringBuilder s = new StringBuilder("Common random numbers: pairing the replications by seed changed the "
                + "variance of the " + scenario + " difference, against independent runs (var(A) + var(B)), by ");
        if (gdp != null) {
            s.append(pct(-gdp)).append(" for GDP, ");
        }
        if (firms != null) {
            s.append(pct(-firms)).append(" for firms, ");
        }
        s.append("and by a median of ").append(pct(-median)).append(" over ").append(sorted.length)
                .append(" indicators (column var_reduction of comparison.csv).");
        if (gdp != null && gdp > 0 && gdp < 1) {
            s.append(String.format(Locale.ROOT, " For GDP, independent runs would have needed about %.1f times as many "
                    + "replications for the same precision.", 1 / (1 - gdp)));
        }
        return s.toString();
    }

    private static void table(StringBuilder h, Inputs in, int year) {
        h.append("<h2>Key indicators in ").append(year).append("</h2>\n");
        h.append("<p>Mean over the replications with its 95% confidence interval; for each scenario after the "
                + "first, the paired difference from the first with its 95% confidence interval, the paired "
                + "t-test p-value, and the p-value after Holm's correction for testing ")
                .append(in.samples().get(0).indicators().size())
                .append(" indicators at once. Stocks are read at the end of the year; flows are summed over it.</p>\n");
        h.append("<table>\n<tr><th>indicator</th><th>scenario</th><th>mean</th><th>95% CI</th><th>difference</th>"
                + "<th>95% CI of difference</th><th>p</th><th>Holm p</th></tr>\n");
        for (Indicator key : KeyIndicators.ALL) {
            boolean firstRow = true;
            for (int k = 0; k < in.scenarios().size(); k++) {
                Comparison.Row r = find(in.rows(), in.scenarios().get(k).name(), key);
                if (r == null) {
                    continue;
                }
                h.append("<tr>");
                if (firstRow) {
                    h.append("<td rowspan=\"").append(in.scenarios().size()).append("\">")
                            .append(esc(key.labelWithUnit())).append("</td>");
                    firstRow = false;
                }
                Statistics.Estimate e = r.estimate();
                h.append("<td>").append(swatch(k)).append(esc(r.scenario())).append("</td><td class=\"n\">")
                        .append(human(e.mean())).append("</td><td class=\"n\">").append(interval(e)).append("</td>");
                if (r.paired() == null) {
                    h.append("<td class=\"n\">reference</td><td></td><td></td><td></td>");
                } else {
                    Statistics.Estimate d = r.paired().difference();
                    boolean clear = !Double.isNaN(r.pHolm()) && r.pHolm() < 0.05;
                    h.append("<td class=\"n").append(clear ? " sig" : "").append("\">").append(signed(d.mean()))
                            .append("</td><td class=\"n\">").append(Double.isNaN(d.ciLow()) ? "" : signed(d.ciLow())
                                    + " to " + signed(d.ciHigh())).append("</td><td class=\"n\">")
                            .append(p(r.paired().pValue())).append("</td><td class=\"n").append(clear ? " sig" : "")
                            .append("\">").append(p(r.pHolm())).append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n<p class=\"note\">Bold: Holm-adjusted p below 0.05.</p>\n");
    }

    private static void charts(StringBuilder h, Inputs in) {
        h.append("<h2>Charts</h2>\n<p>Each scenario has the same colour in every chart:");
        for (int k = 0; k < in.scenarios().size(); k++) {
            h.append(' ').append(swatch(k)).append(esc(in.scenarios().get(k).name()));
        }
        h.append(". The charts are also in <code>charts/</code> as PNG files.</p>\n");
        for (int i = 0; i < in.figures().size(); i++) {
            figure(h, i + 1, in.figures().get(i), in.pngs().get(i));
        }
    }

    /**
     * One chart, embedded as a base64 PNG data URI (the page needs no other file), with its numbered
     * caption and the name of its copy under {@code charts/}.
     */
    static void figure(StringBuilder h, int number, Figure f, byte[] png) {
        String path = CompareWriter.CHARTS + "/" + f.file();
        h.append("<figure id=\"").append(esc(f.file())).append("\" data-chart=\"").append(esc(path)).append("\">\n")
                .append("<img alt=\"").append(esc(f.title())).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">\n")
                .append("<figcaption><b>Figure ").append(number).append(". ").append(esc(f.title()))
                .append(".</b> ").append(esc(f.caption())).append(" (<code>").append(esc(path))
                .append("</code>)</figcaption>\n</figure>\n");
    }

    private static void method(StringBuilder h, Inputs in, int reps) {
        h.append("<h2>Method</h2>\n<ul>\n")
                .append("<li>Every scenario ran ").append(reps).append(" replications. Replication i of every scenario "
                        + "used the same seed, derived from base seed ").append(in.baseSeed())
                .append(" and i (common random numbers); the seeds are in <code>manifest.json</code> and in the seed "
                        + "column of the CSV files. The model draws its random numbers from a separate stream per process "
                        + "(entry, growth, innovation, funding, location ...), so a lever shifts the draws of the "
                        + "processes it touches rather than every draw of the run.</li>\n")
                .append("<li>Means come with t-based 95% confidence intervals (n &minus; 1 degrees of freedom). "
                        + "Differences from the first scenario are paired by replication; their p-values are from the "
                        + "two-sided paired t-test (Apache Commons Math), adjusted with Holm's step-down method across "
                        + "the indicators of each scenario. Where every paired difference is the same, p is 1 if it is "
                        + "zero and 0 otherwise.</li>\n")
                .append("<li>Counts and money are at national scale whatever the run's scale; money is nominal CNY "
                        + "billion. Final-year values: stocks at the end of the year, flows summed over its four "
                        + "quarters.</li>\n</ul>\n");
    }

    private static void all(StringBuilder h, Inputs in) {
        h.append("<h2>All indicators</h2>\n<details><summary>Every national indicator (as in comparison.csv)</summary>\n")
                .append("<table>\n<tr><th>indicator</th><th>scenario</th><th>mean</th><th>sd</th><th>95% CI</th>")
                .append("<th>difference</th><th>95% CI of difference</th><th>Holm p</th><th>variance reduction</th></tr>\n");
        for (Comparison.Row r : in.rows()) {
            Statistics.Estimate e = r.estimate();
            h.append("<tr><td>").append(esc(r.indicator().key())).append("</td><td>").append(esc(r.scenario()))
                    .append("</td><td class=\"n\">").append(human(e.mean())).append("</td><td class=\"n\">")
                    .append(human(e.sd())).append("</td><td class=\"n\">").append(interval(e)).append("</td>");
            if (r.paired() == null) {
                h.append("<td></td><td></td><td></td><td></td>");
            } else {
                Statistics.Estimate d = r.paired().difference();
                h.append("<td class=\"n\">").append(signed(d.mean())).append("</td><td class=\"n\">")
                        .append(Double.isNaN(d.ciLow()) ? "" : signed(d.ciLow()) + " to " + signed(d.ciHigh()))
                        .append("</td><td class=\"n\">").append(p(r.pHolm())).append("</td><td class=\"n\">")
                        .append(Double.isNaN(r.paired().varReduction()) ? ""
                                : pct(r.paired().varReduction())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n</details>\n");
    }

    private static Comparison.Row find(List<Comparison.Row> rows, String scenario, Indicator indicator) {
        for (Comparison.Row r : rows) {
            if (r.scenario().equals(scenario) && r.indicator() == indicator) {
                return r;
            }
        }
        return null;
    }

    static String swatch(int k) {
        return "<span class=\"swatch\" style=\"background:" + ScenarioPalette.hex(k) + "\"></span>";
    }

    static String interval(Statistics.Estimate e) {
        return Double.isNaN(e.ciLow()) ? "" : human(e.ciLow()) + " to " + human(e.ciHigh());
    }

    /** A number for reading: thousands separated, about three significant digits. */
    public static String human(double v) {
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        if (a == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** A number with its sign, + or &minus; (an HTML entity), for reading. */
    static String signed(double v) {
        return (v > 0 ? "+" : v < 0 ? "&minus;" : "") + human(Math.abs(v));
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%+.0f%%", 100 * share).replace("-", "\u2212");
    }

    private static String p(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.001 ? "&lt; 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** Escapes text for HTML element content and attribute values. */
    /** {@code n noun}, the noun in the plural unless n is 1 ({@code 3 targets}, {@code 1 target}). */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
