package org.zonelab.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zonelab.experiment.Calibration;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.Moment;
import org.zonelab.scenario.CalibrationSpec;
import org.zonelab.scenario.CalibrationSpec.FreeParameter;
import org.zonelab.scenario.CalibrationSpec.Target;
import org.zonelab.scenario.Scenario;

/**
 * {@code report.html} of a calibration ({@code zonelab calibrate}): one self-contained page (the
 * comparison report's style, charts embedded as base64 PNG data URIs, no scripts, nothing fetched from
 * a network) with the question, the free parameters and their bounds, the fit in words and in a table
 * (values in each figure's own unit, z-scores without unit), the holdout figures apart from the fitted
 * ones, each parameter's identifiability from its loss profile, every chart of
 * {@link CalibrationCharts} with its caption, and the method. It holds no time stamps, so the same
 * calibration gives the same page.
 */
public final class CalibrationReport {
    public static final String FILE = ReportHtml.FILE;
    /** A figure whose |z| is at most this is counted as reproduced by the fit. */
    public static final double WITHIN_Z = 2;

    /**
     * What the report is made of.
     *
     * @param spec    the targets file
     * @param result  the calibration's outcome
     * @param figures the charts, in report order ({@link CalibrationCharts#all})
     * @param pngs    each figure's PNG bytes, by position in {@code figures}
     * @param version the ZoneLab version
     */
    public record Inputs(CalibrationSpec spec, Calibration.Result result, List<Figure> figures, List<byte[]> pngs,
                         String version) {
        public Inputs {
            figures = List.copyOf(figures);
            pngs = List.copyOf(pngs);
            if (figures.size() != pngs.size()) {
                throw new IllegalArgumentException(figures.size() + " figures but " + pngs.size() + " images");
            }
        }
    }

    private CalibrationReport() {
    }

    /**
     * Builds the charts, writes them under {@code charts/} and then the report, each atomically.
     *
     * @return every file written ({@code charts/<file>.png}, then {@value #FILE}) with its hex SHA-256,
     *         in order, for the manifest
     */
    public static Map<String, String> write(OutputDirectory out, CalibrationSpec spec, Calibration.Result result)
            throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        List<Figure> figures = CalibrationCharts.all(spec, result);
        List<byte[]> pngs = FigureWriter.writeAll(out, figures, files::put).pngs();
        files.put(FILE, write(out, new Inputs(spec, result, figures, pngs, Version.current())));
        return files;
    }

    /** Writes the report to the directory's report.html atomically and returns its hex SHA-256. */
    public static String write(OutputDirectory out, Inputs in) throws IOException {
        return AtomicFiles.write(out, FILE, html(in).getBytes(StandardCharsets.UTF_8));
    }

    /** The page. */
    public static String html(Inputs in) {
        CalibrationSpec spec = in.spec();
        Scenario base = spec.base();
        StringBuilder h = new StringBuilder(1 << 20);
        ReportHtml.head(h, "ZoneLab calibration: " + spec.name());
        h.append("<h1>Calibration: ").append(esc(spec.name())).append("</h1>\n");
        h.append("<p class=\"note\">A ZoneLab ").append(esc(in.version())).append(" calibration (")
                .append(esc(spec.method())).append(") of the scenario <b>").append(esc(base.name())).append("</b>, ")
                .append(base.startYear()).append(" to ").append(base.startYear() + base.years() - 1)
                .append(" at scale ").append(esc(Numbers.format(base.scale()))).append(", against ")
                .append(ReportHtml.count(spec.targets().size(), "target")).append(" and ")
                .append(ReportHtml.count(spec.holdout().size(), "holdout figure")).append(". Targets file: <code>")
                .append(esc(spec.source() == null ? "" : spec.source().toString())).append("</code>.</p>\n");
        question(h, spec, base);
        parameters(h, in);
        fit(h, in);
        holdout(h, in);
        identifiability(h, in);
        charts(h, in);
        method(h, in);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void question(StringBuilder h, CalibrationSpec spec, Scenario base) {
        h.append("<h2 id=\"question\">The question</h2>\n");
        if (!spec.description().isEmpty()) {
            h.append("<p>").append(esc(spec.description())).append("</p>\n");
        }
        h.append("<p>Which values of the ").append(ReportHtml.count(spec.free().size(), "free parameter"))
                .append(" below make the base scenario <b>").append(esc(base.name()))
                .append("</b> reproduce the ").append(ReportHtml.count(spec.targets().size(), "published figure"))
                .append(" of the targets file");
        if (!spec.holdout().isEmpty()) {
            h.append(", and how well does the best candidate then reproduce the ")
                    .append(ReportHtml.count(spec.holdout().size(), "holdout figure")).append(" it was not fitted to");
        }
        h.append("?</p>\n<ul>\n<li>Base scenario <b>").append(esc(base.name())).append("</b> (<code>")
                .append(esc(base.source() == null ? "" : base.source().toString())).append("</code>): ")
                .append(esc(base.description().isEmpty() ? "(no description)" : base.description()))
                .append("</li>\n<li>Each candidate ran ").append(ReportHtml.count(spec.replications(), "replication"))
                .append(" of ").append(base.years()).append(base.years() == 1 ? " year" : " years")
                .append(" at scale ").append(esc(Numbers.format(base.scale()))).append(", on the same seeds (base seed ")
                .append(spec.seed()).append(").</li>\n</ul>\n");
    }

    private static void parameters(StringBuilder h, Inputs in) {
        List<FreeParameter> free = in.spec().free();
        double[] best = in.result().best().values();
        h.append("<h2 id=\"parameters\">The free parameters</h2>\n<p>The search moved these keys of the base scenario "
                + "within their bounds (on a log scale where marked); every other setting is the base scenario's.</p>\n")
                .append("<table id=\"parameters-table\">\n<tr><th>parameter</th><th>key</th><th>min</th><th>max</th>")
                .append("<th>search scale</th><th>best value</th></tr>\n");
        for (int i = 0; i < free.size(); i++) {
            FreeParameter f = free.get(i);
            h.append("<tr><td>").append(esc(f.label())).append("</td><td><code>").append(esc(f.key()))
                    .append("</code></td><td class=\"n\">").append(human(f.min())).append("</td><td class=\"n\">")
                    .append(human(f.max())).append("</td><td>").append(f.log() ? "log" : "linear")
                    .append(f.whole() ? ", whole numbers" : "").append("</td><td class=\"n\">").append(human(best[i]))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void fit(StringBuilder h, Inputs in) {
        Calibration.Result r = in.result();
        Calibration.Evaluation best = r.best();
        List<Calibration.TargetFit> fitted = role(r, false);
        h.append("<h2 id=\"fit\">The fit</h2>\n<p>The search evaluated ").append(ReportHtml.count(r.trace().size(), "candidate"))
                .append(" (budget ").append(in.spec().evaluations()).append("). The best, at index ")
                .append(best.index()).append(" (generation ").append(best.generation()).append("), has a loss of ")
                .append(human(best.loss())).append(" over ").append(ReportHtml.count(fitted.size(), "target"))
                .append(": a loss near the number of targets is a fit within about one sd per target. Its fit below "
                        + "is the mean of ").append(ReportHtml.count(r.fitReplications(), "new replication")).append(".</p>\n");
        withinWords(h, fitted, "target");
        Calibration.TargetFit worst = null;
        double total = 0;
        for (Calibration.TargetFit f : fitted) {
            total += f.z() * f.z();
            if (worst == null || Math.abs(f.z()) > Math.abs(worst.z())) {
                worst = f;
            }
        }
        if (worst != null && total > 0) {
            h.append("<p>").append(esc(worst.target().label())).append(" contributes most to the loss: ")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * worst.z() * worst.z() / total))
                    .append(" of the squared z-scores.</p>\n");
        }
        table(h, "fit-table", fitted);
        h.append("<p class=\"note\">z is the simulated mean less the published value (for an interval, less its nearer "
                + "end; 0 inside), over the published sd (an interval's sd is a quarter of its width) combined with the "
                + "simulated mean's standard error. Bold: |z| above ").append(Numbers.format(WITHIN_Z)).append(".</p>\n");
    }

    private static void holdout(StringBuilder h, Inputs in) {
        List<Calibration.TargetFit> held = role(in.result(), true);
        h.append("<h2 id=\"holdout\">Holdout figures</h2>\n");
        if (held.isEmpty()) {
            h.append("<p>The targets file names no holdout figures, so the fit is not checked against figures the "
                    + "search did not see.</p>\n");
            return;
        }
        h.append("<p>The search never saw these figures: they test the best candidate out of sample. A fit that "
                + "reproduces its targets but not these has learnt the targets rather than the mechanism.</p>\n");
        withinWords(h, held, "holdout figure");
        table(h, "holdout-table", held);
    }

    /** Which figures are within {@link #WITHIN_Z} and which are not, in words. */
    private static void withinWords(StringBuilder h, List<Calibration.TargetFit> fits, String noun) {
        List<String> within = new ArrayList<>();
        List<String> beyond = new ArrayList<>();
        for (Calibration.TargetFit f : fits) {
            if (Math.abs(f.z()) <= WITHIN_Z) {
                within.add(esc(f.target().label()));
            } else {
                beyond.add(esc(f.target().label()) + " (z " + ReportHtml.signed(f.z()) + ")");
            }
        }
        h.append("<p>").append(within.size()).append(" of ").append(ReportHtml.count(fits.size(), noun)).append(within.size() == 1
                ? " is" : " are").append(" within ").append(Numbers.format(WITHIN_Z)).append(" z of the published value")
                .append(within.isEmpty() ? "" : ": " + String.join(", ", within)).append(". ");
        if (beyond.isEmpty()) {
            h.append("None is further off.</p>\n");
        } else {
            h.append("<span class=\"sig\">").append(beyond.size()).append(beyond.size() == 1 ? " is" : " are")
                    .append(" not</span>: ").append(String.join(", ", beyond)).append(".</p>\n");
        }
    }

    private static void table(StringBuilder h, String id, List<Calibration.TargetFit> fits) {
        h.append("<table id=\"").append(id).append("\">\n<tr><th>target</th><th>kind</th><th>year</th>")
                .append("<th>value</th><th>sd or interval</th><th>simulated mean</th><th>sd</th><th>z</th>")
                .append("<th>role</th></tr>\n");
        for (Calibration.TargetFit f : fits) {
            Target t = f.target();
            boolean off = Math.abs(f.z()) > WITHIN_Z;
            String source = t.source().isEmpty() ? "" : "<br><span class=\"note\">" + esc(t.source()) + "</span>";
            h.append("<tr><td><code>").append(esc(t.name())).append("</code> <span class=\"note\">(")
                    .append(esc(unit(t))).append(")</span>").append(source).append("</td><td>")
                    .append(esc(t.kind().label())).append("</td><td class=\"n\">").append(t.year())
                    .append("</td><td class=\"n\">").append(human(t.value())).append("</td><td class=\"n\">")
                    .append(t.isInterval() ? human(t.low()) + " to " + human(t.high()) : "&plusmn;" + human(t.sd()))
                    .append("</td><td class=\"n\">").append(human(f.simMean())).append("</td><td class=\"n\">")
                    .append(human(f.simSd())).append("</td><td class=\"n").append(off ? " sig" : "").append("\">")
                    .append(ReportHtml.signed(f.z())).append("</td><td>").append(f.holdout() ? "holdout" : "fitted")
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void identifiability(StringBuilder h, Inputs in) {
        Calibration.Result r = in.result();
        List<String> not = new ArrayList<>();
        r.profiles().forEach(p -> {
            if (!p.identified()) {
                not.add(esc(p.parameter().label()));
            }
        });
        h.append("<h2 id=\"identifiability\">Identifiability</h2>\n<p>Each parameter's loss profile moves it across "
                + "its bounds with the others held at the best candidate. Where the loss rises by ")
                .append(String.format(Locale.ROOT, "%.2f", Calibration.PROFILE_RISE_95))
                .append(" (the 95% quantile of chi-square with one degree of freedom) within the bounds, the targets "
                        + "pin the parameter down, and the values below that rise form an approximate 95% interval. ");
        if (not.isEmpty()) {
            h.append("Every free parameter is identified.</p>\n");
        } else {
            h.append("<span class=\"sig\">Not identified</span>: ").append(String.join(", ", not))
                    .append(". The targets do not constrain ").append(not.size() == 1 ? "this parameter" : "these")
                    .append(" within the bounds: a different value fits as well, so the best value is a choice "
                            + "rather than a finding; a target that depends on it would help.</p>\n");
        }
        h.append("<table id=\"identifiability-table\">\n<tr><th>parameter</th><th>identified</th><th>best value</th>")
                .append("<th>approximate 95% interval</th><th>bounds</th></tr>\n");
        double[] best = r.best().values();
        for (int i = 0; i < r.profiles().size(); i++) {
            Calibration.Profile p = r.profiles().get(i);
            FreeParameter f = p.parameter();
            h.append("<tr><td>").append(esc(f.label())).append("</td><td>")
                    .append(p.identified() ? "yes" : "<span class=\"sig\">not identified</span>")
                    .append("</td><td class=\"n\">").append(human(best[i])).append("</td><td class=\"n\">")
                    .append(human(p.low())).append(" to ").append(human(p.high())).append("</td><td class=\"n\">")
                    .append(human(f.min())).append(" to ").append(human(f.max())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">An interval end at a bound means the loss did not rise enough on that "
                + "side; the profile is read between ").append(Calibration.PROFILE_POINTS)
                .append(" evenly spread points and the optimum, so its ends are approximate.</p>\n");
    }

    private static void charts(StringBuilder h, Inputs in) {
        h.append("<h2 id=\"charts\">Charts</h2>\n<p>Fitted targets are blue, holdout figures vermillion. The charts are "
                + "also in <code>charts/</code> as PNG files.</p>\n");
        for (int i = 0; i < in.figures().size(); i++) {
            ReportHtml.figure(h, i + 1, in.figures().get(i), in.pngs().get(i));
        }
    }

    private static void method(StringBuilder h, Inputs in) {
        CalibrationSpec spec = in.spec();
        h.append("<h2 id=\"method\">Method</h2>\n<ul>\n")
                .append("<li>Method of simulated moments: a candidate's loss is the sum over the targets of z squared, "
                        + "z being the distance of the mean over its replications from the published value (from the "
                        + "interval, 0 inside it) over the published sd (a quarter of an interval's width) combined "
                        + "with the mean's standard error.</li>\n")
                .append("<li>The search is CMA-ES (Apache Commons Math) in the unit cube of the bounds (log-scaled "
                        + "where asked), from the base scenario's own values, with initial step ")
                .append(human(Calibration.INITIAL_SIGMA)).append(" of each range and ")
                .append(Calibration.populationSize(spec.free().size())).append(" candidates per generation, within "
                        + "a budget of ").append(spec.evaluations()).append(" evaluations.</li>\n")
                .append("<li>Every candidate ran the same ").append(ReportHtml.count(spec.replications(), "seed"))
                .append(" (common random numbers, base seed ").append(spec.seed()).append("), so candidates differ "
                        + "by their parameters, not by their luck.</li>\n")
                .append("<li>The best candidate's fit was run again with ").append(in.result().fitReplications())
                .append(" replications; each profile with ").append(ReportHtml.count(spec.replications(), "replication"))
                .append(" per point, as in the search.</li>\n</ul>\n");
    }

    private static List<Calibration.TargetFit> role(Calibration.Result r, boolean holdout) {
        return r.fit().stream().filter(f -> f.holdout() == holdout).toList();
    }

    /** The unit of a target's value, from the indicator or moment contract. */
    private static String unit(Target t) {
        if (t.kind() == CalibrationSpec.Kind.INDICATOR) {
            return Indicator.byKey(t.name()).map(Indicator::yearlyUnit).orElse("");
        }
        return Moment.byKey(t.name()).map(Moment::unit).orElse("");
    }

    private static String human(double v) {
        return esc(ReportHtml.human(v));
    }

    private static String esc(String s) {
        return ReportHtml.esc(s);
    }
}
