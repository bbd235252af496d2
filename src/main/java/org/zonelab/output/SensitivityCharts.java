package org.zonelab.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.TextAnchor;
import org.zonelab.experiment.Sensitivity;
import org.zonelab.experiment.sensitivity.MorrisIndex;
import org.zonelab.experiment.sensitivity.SobolIndex;
import org.zonelab.experiment.sensitivity.SobolResult;
import org.zonelab.scenario.SensitivitySpec;

/**
 * Builds the charts of a sensitivity analysis ({@code zonelab sensitivity}; {@link FigureWriter} writes
 * them), per output:
 * <ul>
 *   <li>Morris, {@code morris-<output>.png}: each factor's {@code mu_star} with its bootstrap interval
 *   (factors ranked), and the {@code mu_star}-{@code sigma} plane, both in the output's units per full
 *   range of the factor;</li>
 *   <li>Sobol, {@code sobol-<output>.png}: each factor's first-order and total index with their bootstrap
 *   intervals (factors ranked by the total index), and {@code sobol-convergence-<output>.png}: the total
 *   indices of the leading factors on a quarter, half and all of the samples.</li>
 * </ul>
 */
public final class SensitivityCharts {
    /** Factors named in the {@code mu_star}-{@code sigma} plane and drawn in the convergence plot: the leading ones. */
    static final int LABELLED = 8;
    /** The first-order series' and the total series' palette colours. */
    private static final int FIRST = 0;
    private static final int TOTAL = 1;
    /** Share of the mu*-sigma plane's width left right of the largest mu* for the factors' names. */
    private static final double LABEL_ROOM = 0.25;
    /** Points beyond this share of the largest mu* have their names on their left. */
    private static final double LABEL_LEFT_FROM = 0.6;
    /** Vertical offset of the two series of a row in the Sobol chart, in rows, so that their whiskers do not overlap. */
    private static final double ROW_OFFSET = 0.15;

    private SensitivityCharts() {
    }

    /** Every chart of an analysis, in report order: per output, its indices, then (Sobol) their convergence. */
    public static List<Figure> all(Sensitivity.Result result) {
        List<Figure> out = new ArrayList<>();
        for (Sensitivity.OutputAnalysis a : result.outputs()) {
            if (!a.morris().isEmpty()) {
                out.add(morris(result.plan().spec(), a));
            } else {
                out.add(sobol(result.plan().spec(), a));
                out.add(convergence(a));
            }
        }
        return out;
    }

    /** A file-name stem for an output key: lower case, anything but letters, digits, _ and - made -. */
    static String stem(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
    }

    // ---- Morris ----------------------------------------------------------------------------------

    /** {@code mu_star} with intervals, ranked, beside the {@code mu_star}-{@code sigma} plane. */
    public static Figure morris(SensitivitySpec spec, Sensitivity.OutputAnalysis a) {
        List<MorrisIndex> ranked = new ArrayList<>(a.morris());
        ranked.sort(Comparator.comparingDouble(MorrisIndex::muStar));
        String unit = unit(a.output());
        String[] labels = new String[ranked.size()];
        XYIntervalSeries bars = new XYIntervalSeries("mu* with its " + percent() + " bootstrap interval");
        for (int i = 0; i < ranked.size(); i++) {
            MorrisIndex m = ranked.get(i);
            labels[i] = m.factor();
            bars.add(m.muStar(), m.muStarCiLow(), m.muStarCiHigh(), i, i, i);
        }
        NumberAxis x = new NumberAxis("mu* (per full range)");
        x.setNumberFormatOverride(ChartStyle.numbers());
        x.setAutoRangeIncludesZero(true);
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        XYErrorRenderer r = errorRenderer();
        r.setSeriesPaint(0, ScenarioPalette.colour(FIRST));
        r.setSeriesShape(0, ChartStyle.dot(7));
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.addDomainMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f)), Layer.BACKGROUND);
        if (Double.isFinite(a.muStarNoiseFloor())) {
            ValueMarker floor = new ValueMarker(a.muStarNoiseFloor(), Color.GRAY, ChartStyle.dashed(1.5f));
            floor.setLabel("noise alone");
            floor.setLabelFont(ChartStyle.TICK);
            floor.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            floor.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(floor, Layer.BACKGROUND);
        }
        JFreeChart left = new JFreeChart("Importance (mu*)", ChartStyle.TITLE, plot, false);
        ChartStyle.apply(left, "ranked; whiskers: " + percent() + " bootstrap interval");

        XYSeries plane = new XYSeries("factors", false, true);
        List<MorrisIndex> leading = new ArrayList<>(a.morris());
        leading.sort(Comparator.comparingDouble(MorrisIndex::muStar).reversed());
        NumberAxis px = new NumberAxis("mu* (" + unit + " per full range)");
        px.setNumberFormatOverride(ChartStyle.numbers());
        // Room on the right for the names of the leading factors, drawn right of their points.
        px.setUpperMargin(LABEL_ROOM);
        NumberAxis py = new NumberAxis("sigma (" + unit + " per full range)");
        py.setNumberFormatOverride(ChartStyle.numbers());
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ScenarioPalette.colour(FIRST));
        dots.setSeriesShape(0, ChartStyle.dot(6));
        for (MorrisIndex m : a.morris()) {
            plane.add(m.muStar(), m.sigma());
        }
        XYPlot planePlot = new XYPlot(new XYSeriesCollection(plane), px, py, dots);
        double largest = leading.isEmpty() ? 0 : leading.get(0).muStar();
        for (int i = 0; i < Math.min(LABELLED, leading.size()); i++) {
            MorrisIndex m = leading.get(i);
            // Names of points in the right part of the plane go to their left, so that they stay inside it.
            boolean right = m.muStar() > LABEL_LEFT_FROM * largest;
            XYTextAnnotation label = new XYTextAnnotation(right ? m.factor() + " " : " " + m.factor(), m.muStar(),
                    m.sigma());
            label.setFont(ChartStyle.TICK);
            label.setTextAnchor(right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            planePlot.addAnnotation(label);
        }
        JFreeChart right = new JFreeChart("Effect and interaction (mu*, sigma)", ChartStyle.TITLE, planePlot, false);
        ChartStyle.apply(right, "the " + Math.min(LABELLED, leading.size()) + " leading factors named");
        String caption = "Morris screening of " + a.output().name() + " (" + unit + ") in " + spec.lastYear() + ", over "
                + spec.morris().trajectories() + " trajectories on a " + spec.morris().levels() + "-level grid. Left: "
                + "mu*, the mean absolute elementary effect, is how much the output moves when the factor moves across "
                + "its whole range, in the output's units; the whiskers are its " + percent() + " bootstrap interval "
                + "over the trajectories, and the dashed line the mu* that replication noise alone would give a factor "
                + "with no effect (a factor whose interval reaches it cannot be told from noise). Right: sigma, the spread of the elementary effects, against mu*: a factor "
                + "high on sigma relative to mu* acts through interactions with other factors or non-linearly. Each "
                + "point's output is the mean of " + spec.replications() + " replications on common seeds.";
        return new Figure("morris-" + stem(a.output().name()) + ".png", "Morris screening: " + a.output().name(),
                caption, List.of(left, right), 2, List.of());
    }

    // ---- Sobol ------------------------------------------------------------------------------------

    /** S1 and ST with their intervals, factors ranked by ST. */
    public static Figure sobol(SensitivitySpec spec, Sensitivity.OutputAnalysis a) {
        SobolResult s = a.sobol();
        List<SobolIndex> ranked = new ArrayList<>(s.indices());
        ranked.sort(Comparator.comparingDouble(SobolIndex::st));
        String[] labels = new String[ranked.size()];
        XYIntervalSeries first = new XYIntervalSeries("first order S1");
        XYIntervalSeries total = new XYIntervalSeries("total ST");
        for (int i = 0; i < ranked.size(); i++) {
            SobolIndex x = ranked.get(i);
            labels[i] = x.factor();
            first.add(x.s1(), x.s1Low(), x.s1High(), i - ROW_OFFSET, i - ROW_OFFSET, i - ROW_OFFSET);
            total.add(x.st(), x.stLow(), x.stHigh(), i + ROW_OFFSET, i + ROW_OFFSET, i + ROW_OFFSET);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(first);
        data.addSeries(total);
        NumberAxis x = new NumberAxis("Share of the output's variance");
        x.setNumberFormatOverride(ChartStyle.format("0.##"));
        x.setAutoRangeIncludesZero(true);
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        XYErrorRenderer r = errorRenderer();
        r.setSeriesPaint(FIRST, ScenarioPalette.colour(FIRST));
        r.setSeriesShape(FIRST, ChartStyle.dot(7));
        r.setSeriesPaint(TOTAL, ScenarioPalette.colour(TOTAL));
        r.setSeriesShape(TOTAL, ChartStyle.diamond(8));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.addDomainMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f)), Layer.BACKGROUND);
        JFreeChart chart = new JFreeChart("Sobol indices: " + a.output().name(), ChartStyle.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart, spec.sobol().samples() + " base samples; whiskers: " + percent() + " bootstrap intervals");
        String caption = "Sobol indices of " + a.output().name() + " (" + unit(a.output()) + ") in " + spec.lastYear()
                + ", factors ranked by their total index. The first-order index S1 (blue dots) is the share of the "
                + "output's variance over the factors' ranges that the factor causes alone; the total index ST "
                + "(vermillion diamonds) adds its interactions with all the others, so ST - S1 is the part that "
                + "depends on other factors. The whiskers are " + percent() + " bootstrap intervals over the "
                + spec.sobol().samples() + " samples; a factor whose ST interval reaches 0 may be negligible. Each "
                + "point's output is the mean of " + spec.replications() + " replications on common seeds.";
        return Figure.single("sobol-" + stem(a.output().name()) + ".png", caption, chart);
    }

    /** The total indices of the leading factors on N/4, N/2 and N samples. */
    public static Figure convergence(Sensitivity.OutputAnalysis a) {
        List<SobolIndex> leading = new ArrayList<>(a.sobol().indices());
        leading.sort(Comparator.comparingDouble(SobolIndex::st).reversed());
        int shown = Math.min(LABELLED, leading.size());
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 0; i < shown; i++) {
            String factor = leading.get(i).factor();
            XYSeries series = new XYSeries(factor, false, true);
            for (SobolResult r : a.convergence()) {
                r.indices().stream().filter(x -> x.factor().equals(factor)).findFirst()
                        .ifPresent(x -> series.add(r.samples(), x.st()));
            }
            data.addSeries(series);
        }
        NumberAxis x = new NumberAxis("Base samples used");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(ChartStyle.numbers());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("Total index ST");
        y.setNumberFormatOverride(ChartStyle.format("0.##"));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < shown; i++) {
            r.setSeriesPaint(i, ScenarioPalette.colour(i));
            r.setSeriesShape(i, ChartStyle.dot(5));
            r.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        JFreeChart chart = new JFreeChart("Convergence: " + a.output().name(), ChartStyle.TITLE,
                new XYPlot(data, x, y, r), true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart, "total indices of the " + shown + " leading factors on a quarter, half and all samples");
        String caption = "The total indices of the " + shown + " leading factors of " + a.output().name()
                + ", estimated on the first quarter, the first half and all of the base samples. Lines that are flat "
                + "by the last point have converged; lines still moving mean the ranking may change with more "
                + "samples.";
        return Figure.single("sobol-convergence-" + stem(a.output().name()) + ".png", caption, chart);
    }

    private static XYErrorRenderer errorRenderer() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setBaseLinesVisible(false);
        r.setErrorStroke(new BasicStroke(2.5f));
        r.setCapLength(8);
        return r;
    }

    /** The unit of an output's value, from the indicator or moment contract. */
    static String unit(SensitivitySpec.Output o) {
        return SensitivityReport.unit(o);
    }

    private static String percent() {
        return String.format(Locale.ROOT, "%.0f%%", 100 * Sensitivity.CONFIDENCE);
    }
}
