package org.zonelab.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zonelab.experiment.Sensitivity;
import org.zonelab.experiment.sensitivity.MorrisIndex;
import org.zonelab.experiment.sensitivity.NoiseShare;
import org.zonelab.experiment.sensitivity.SobolIndex;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.Moment;
import org.zonelab.scenario.CalibrationSpec;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.SensitivitySpec;

/**
 * {@code report.html} of a sensitivity analysis ({@code zonelab sensitivity}): one self-contained page
 * (the comparison report's style, charts embedded as base64 PNG data URIs, no scripts, nothing fetched
 * from a network) with the question, what was run, the factors and their ranges, per output the factors
 * ranked in words with those that are negligible, the replication noise beside the indices (and a
 * warning where it dominates), the indices in a table, every chart of {@link SensitivityCharts} with its
 * caption, and the method. It holds no time stamps, so the same analysis gives the same page.
 */
public final class SensitivityReport {
    public static final String FILE = ReportHtml.FILE;
    /**
     * A Morris factor is negligible for an output when its {@code mu_star} is below this share of the
     * largest {@code mu_star} of that output (a screening convention: an effect a twentieth of the largest).
     */
    public static final double NEGLIGIBLE_MU_STAR_SHARE = 0.05;
    /** A Sobol factor is negligible for an output when its total index is below this (Saltelli et al. 2008's rule of thumb). */
    public static final double NEGLIGIBLE_ST = 0.05;

    private SensitivityReport() {
    }

    /**
     * Builds the charts, writes them under {@code charts/} and then the report, each atomically.
     *
     * @return every file written ({@code charts/<file>.png}, then {@value #FILE}) with its hex SHA-256
     */
    public static Map<String, String> write(OutputDirectory out, Sensitivity.Result result) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        List<Figure> figures = SensitivityCharts.all(result);
        List<byte[]> pngs = FigureWriter.writeAll(out, figures, files::put).pngs();
        String html = html(result, figures, pngs, Version.current());
        files.put(FILE, AtomicFiles.write(out, FILE, html.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /** The page. */
    public static String html(Sensitivity.Result result, List<Figure> figures, List<byte[]> pngs, String version) {
        SensitivitySpec spec = result.plan().spec();
        Scenario base = spec.base();
        StringBuilder h = new StringBuilder(1 << 20);
        ReportHtml.head(h, "ZoneLab sensitivity: " + spec.name());
        h.append("<h1>Sensitivity: ").append(esc(spec.name())).append("</h1>\n");
        h.append("<p class=\"note\">A ZoneLab ").append(esc(version)).append(" ").append(method(spec))
                .append(" of the scenario <b>").append(esc(base.name())).append("</b>, ").append(base.startYear())
                .append(" to ").append(spec.lastYear()).append(" at scale ").append(esc(Numbers.format(base.scale())))
                .append(": ").append(ReportHtml.count(spec.factors().size(), "factor")).append(", ")
                .append(ReportHtml.count(spec.outputs().size(), "output")).append(", ").append(ReportHtml.count(result.plan().points(),
                        "design point")).append(" x ").append(ReportHtml.count(spec.replications(), "replication")).append(" = ")
                .append(ReportHtml.count(result.plan().requests().size(), "run")).append(". Factors file: <code>")
                .append(esc(spec.source().toString())).append("</code>.</p>\n");
        h.append("<h2 id=\"question\">The question</h2>\n");
        if (!spec.description().isEmpty()) {
            h.append("<p>").append(esc(spec.description())).append("</p>\n");
        }
        h.append("<p>Which of the factors below move the outputs of <b>").append(esc(base.name()))
                .append("</b> in ").append(spec.lastYear()).append(", and which could be left as they are?</p>\n");
        factors(h, spec);
        h.append("<h2 id=\"findings\">Findings</h2>\n");
        for (Sensitivity.OutputAnalysis a : result.outputs()) {
            output(h, spec, a);
        }
        h.append("<h2 id=\"charts\">Charts</h2>\n<p>The charts are also in <code>charts/</code> as PNG files.</p>\n");
        for (int i = 0; i < figures.size(); i++) {
            ReportHtml.figure(h, i + 1, figures.get(i), pngs.get(i));
        }
        methodSection(h, spec);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void factors(StringBuilder h, SensitivitySpec spec) {
        h.append("<h2 id=\"factors\">The factors</h2>\n<p>Each factor moves over its range; every other setting is the "
                + "base scenario's. A lever with no block in the base scenario is absent at intensity 0.</p>\n")
                .append("<table id=\"factors-table\">\n<tr><th>factor</th><th>key</th><th>min</th><th>max</th></tr>\n");
        for (SensitivitySpec.Factor f : spec.factors()) {
            h.append("<tr><td>").append(esc(f.label())).append("</td><td><code>").append(esc(f.key()))
                    .append("</code></td><td class=\"n\">").append(human(f.min())).append("</td><td class=\"n\">")
                    .append(human(f.max())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void output(StringBuilder h, SensitivitySpec spec, Sensitivity.OutputAnalysis a) {
        String name = a.output().name();
        h.append("<h3 id=\"output-").append(esc(SensitivityCharts.stem(name))).append("\"><code>").append(esc(name))
                .append("</code> <span class=\"note\">(").append(esc(unit(a.output()))).append(", ")
                .append(spec.lastYear()).append(")</span></h3>\n");
        h.append("<p>").append(esc(words(a))).append("</p>\n");
        noise(h, a);
        if (!a.morris().isEmpty()) {
            h.append("<table class=\"indices\">\n<tr><th>factor</th><th>mu</th><th>mu*</th><th>")
                    .append(percent()).append(" interval of mu*</th><th>sigma</th></tr>\n");
            for (MorrisIndex m : rankedMorris(a)) {
                h.append("<tr><td>").append(esc(m.factor())).append("</td><td class=\"n\">").append(human(m.mu()))
                        .append("</td><td class=\"n\">").append(human(m.muStar())).append("</td><td class=\"n\">")
                        .append(human(m.muStarCiLow())).append(" to ").append(human(m.muStarCiHigh()))
                        .append("</td><td class=\"n\">").append(human(m.sigma())).append("</td></tr>\n");
            }
        } else {
            h.append("<table class=\"indices\">\n<tr><th>factor</th><th>S1</th><th>").append(percent())
                    .append(" interval</th><th>ST</th><th>").append(percent()).append(" interval</th></tr>\n");
            for (SobolIndex s : rankedSobol(a)) {
                h.append("<tr><td>").append(esc(s.factor())).append("</td><td class=\"n\">").append(human(s.s1()))
                        .append("</td><td class=\"n\">").append(human(s.s1Low())).append(" to ").append(human(s.s1High()))
                        .append("</td><td class=\"n\">").append(human(s.st())).append("</td><td class=\"n\">")
                        .append(human(s.stLow())).append(" to ").append(human(s.stHigh())).append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    /** The replication noise against the spread of the point means, with a warning where it dominates. */
    private static void noise(StringBuilder h, Sensitivity.OutputAnalysis a) {
        NoiseShare n = a.noise();
        if (n == null) {
            h.append("<p class=\"note\">With one replication per point the replication noise cannot be measured: the "
                    + "indices may carry noise as well as effects.</p>\n");
            return;
        }
        String share = String.format(Locale.ROOT, "%.0f%%", 100 * Math.min(1, n.ratio()));
        if (a.noiseDominates()) {
            h.append("<p class=\"sig\">Warning: replication noise is ").append(share).append(" of the spread of the "
                    + "point means (at least half): the indices of this output mostly measure noise. Add replications "
                    + "or widen the ranges before reading them.</p>\n");
        } else {
            h.append("<p class=\"note\">Replication noise is ").append(share).append(" of the spread of the point means "
                    + "(the noise variance of a mean over the variance across points): the indices measure the factors' "
                    + "effects").append(n.ratio() > 0.1 ? ", with some noise" : "").append(".");
            if (!Double.isNaN(a.muStarNoiseFloor())) {
                h.append(" A factor without effect would get mu* of about ").append(human(a.muStarNoiseFloor()))
                        .append(" from that noise alone.");
            }
            h.append("</p>\n");
        }
    }

    /** The factors of an output ranked in one sentence, with those that are negligible. */
    static String words(Sensitivity.OutputAnalysis a) {
        String name = a.output().name();
        List<String> lead = new ArrayList<>();
        List<String> negligible = new ArrayList<>();
        List<String> withinNoise = new ArrayList<>();
        if (!a.morris().isEmpty()) {
            List<MorrisIndex> ranked = rankedMorris(a);
            double top = ranked.get(0).muStar();
            double floor = a.muStarNoiseFloor();
            for (MorrisIndex m : ranked) {
                if (!(top > 0 && m.muStar() >= NEGLIGIBLE_MU_STAR_SHARE * top)) {
                    negligible.add(m.factor());
                } else if (m.muStarCiLow() <= floor) {
                    withinNoise.add(m.factor());
                } else {
                    lead.add(m.factor() + " (mu* " + ReportHtml.human(m.muStar()) + ")");
                }
            }
        } else {
            for (SobolIndex s : rankedSobol(a)) {
                if (s.st() >= NEGLIGIBLE_ST) {
                    lead.add(s.factor() + " (ST " + ReportHtml.human(s.st()) + ", S1 " + ReportHtml.human(s.s1()) + ")");
                } else {
                    negligible.add(s.factor());
                }
            }
        }
        StringBuilder b = new StringBuilder();
        if (lead.isEmpty()) {
            b.append("No factor moves ").append(name).append(" clearly within its range");
        } else {
            b.append(name).append(" moves most with ").append(String.join(", then ", lead));
        }
        b.append(". ");
        if (!withinNoise.isEmpty()) {
            b.append("Not told apart from replication noise (the interval of mu* reaches the ")
                    .append(ReportHtml.human(a.muStarNoiseFloor())).append(" that noise alone would give): ")
                    .append(String.join(", ", withinNoise)).append(". ");
        }
        if (negligible.isEmpty()) {
            b.append("No factor is negligible.");
        } else {
            b.append("Negligible (").append(a.morris().isEmpty() ? "ST below " + ReportHtml.human(NEGLIGIBLE_ST)
                    : "mu* below " + Math.round(100 * NEGLIGIBLE_MU_STAR_SHARE) + "% of the largest").append("): ")
                    .append(String.join(", ", negligible)).append(".");
        }
        return b.toString();
    }

    /** The leading factors of an output, for the command's summary line. */
    public static String ranking(Sensitivity.OutputAnalysis a, int n) {
        List<String> out = new ArrayList<>();
        if (!a.morris().isEmpty()) {
            for (MorrisIndex m : rankedMorris(a).subList(0, Math.min(n, a.morris().size()))) {
                out.add(m.factor() + " (mu* " + ReportHtml.human(m.muStar()) + ")");
            }
        } else {
            for (SobolIndex s : rankedSobol(a).subList(0, Math.min(n, a.sobol().indices().size()))) {
                out.add(s.factor() + " (ST " + ReportHtml.human(s.st()) + ")");
            }
        }
        return String.join(", ", out);
    }

    private static List<MorrisIndex> rankedMorris(Sensitivity.OutputAnalysis a) {
        List<MorrisIndex> r = new ArrayList<>(a.morris());
        r.sort(Comparator.comparingDouble(MorrisIndex::muStar).reversed());
        return r;
    }

    private static List<SobolIndex> rankedSobol(Sensitivity.OutputAnalysis a) {
        List<SobolIndex> r = new ArrayList<>(a.sobol().indices());
        r.sort(Comparator.comparingDouble(SobolIndex::st).reversed());
        return r;
    }

    private static void methodSection(StringBuilder h, SensitivitySpec spec) {
        h.append("<h2 id=\"method\">Method</h2>\n<ul>\n");
        if (spec.method() == SensitivitySpec.Method.MORRIS) {
            h.append("<li>Morris's elementary effects (Morris 1991, with mu* of Campolongo et al. 2007): ")
                    .append(spec.morris().trajectories()).append(" one-at-a-time trajectories on a ")
                    .append(spec.morris().levels()).append("-level grid of each factor's range. An elementary effect "
                            + "is the change of the output over one step, scaled to the factor's whole range; mu is "
                            + "their mean, mu* the mean of their absolute values, sigma their sd. The interval of mu* "
                            + "resamples the trajectories ").append(spec.morris().bootstrap()).append(" times.</li>\n");
        } else {
            h.append("<li>Sobol indices on a Saltelli design built on a Sobol' sequence (Commons Math) with ")
                    .append(spec.sobol().samples()).append(" base samples: first-order indices with Saltelli et al. "
                            + "2010's estimator, total indices with Jansen's")
                    .append(spec.sobol().secondOrder() ? ", second-order indices as in Saltelli 2002" : "")
                    .append(". The intervals resample the base samples ").append(spec.sobol().bootstrap())
                    .append(" times; the convergence check repeats the estimate on a quarter and a half of them.</li>\n");
        }
        h.append("<li>Every design point ran the same ").append(ReportHtml.count(spec.replications(), "seed"))
                .append(" (common random numbers, base seed ").append(spec.seed()).append("), and the indices are "
                        + "computed on the mean over them, so points differ by their factors, not by their luck. The "
                        + "noise share compares the noise variance of a point mean (the within-point variance over the "
                        + "replications) with the variance of the means across points.</li>\n")
                .append("<li>An output is the national indicator's value in the final year (a stock at its end, a flow "
                        + "summed over it), or the moment's value in that year.</li>\n</ul>\n");
    }

    /** The unit of an output's value, from the indicator or moment contract. */
    static String unit(SensitivitySpec.Output o) {
        if (o.kind() == CalibrationSpec.Kind.INDICATOR) {
            return Indicator.byKey(o.name()).map(Indicator::yearlyUnit).orElse("");
        }
        return Moment.byKey(o.name()).map(Moment::unit).orElse("");
    }

    private static String method(SensitivitySpec spec) {
        return spec.method() == SensitivitySpec.Method.MORRIS ? "Morris screening" : "Sobol analysis";
    }

    private static String percent() {
        return String.format(Locale.ROOT, "%.0f%%", 100 * Sensitivity.CONFIDENCE);
    }

    private static String human(double v) {
        return esc(ReportHtml.human(v));
    }

    private static String esc(String s) {
        return ReportHtml.esc(s);
    }
}
