package org.zonelab.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.TextAnchor;
import org.zonelab.experiment.Calibration;
import org.zonelab.scenario.CalibrationSpec;
import org.zonelab.scenario.CalibrationSpec.FreeParameter;
import org.zonelab.scenario.CalibrationSpec.Target;

/**
 * Builds the charts of a calibration ({@code zonelab calibrate}; {@link FigureWriter} writes them):
 * <ul>
 *   <li>{@value #CONVERGENCE}: the loss (a sum of squared z-scores, no unit) of every evaluated
 *   candidate and the best loss so far, against the evaluation's index in the search;</li>
 *   <li>{@value #FIT}: each target and holdout figure at the best candidate: the published value with
 *   its sd band (or its interval) against the simulated mean with its sd over the fit's replications,
 *   all in units of the figure's own sd, so that figures of different units share one axis;</li>
 *   <li>{@code profile-<parameter>.png}: the loss along each free parameter, the others held at the
 *   best candidate, with the optimum, the {@link Calibration#PROFILE_RISE_95} threshold and the
 *   approximate 95% interval.</li>
 * </ul>
 * Fitted targets have {@link ScenarioPalette#colour(int) colour 0}, holdout figures colour 1.
 */
public final class CalibrationCharts {
    public static final String CONVERGENCE = "convergence.png";
    public static final String FIT = "fit.png";
    static final String PROFILE_PREFIX = "profile-";
    /** Losses whose positive values span more than this ratio (two orders of magnitude) get a log axis. */
    static final double LOG_SPAN = 100;
    /** On a log axis a loss of 0 has no place: it is drawn this many times below the smallest positive one. */
    static final double ZERO_BELOW = 10;
    /** Room left around the data on an axis whose range is set by hand, as a share of the data's span. */
    private static final double MARGIN = 0.05;
    /** Tick labels of a log-scale parameter's axis turn to scientific notation below this value. */
    private static final double PLAIN_BELOW = 0.001;
    /** Half the height of a published band in fit.png, in rows. */
    private static final double BAND_HALF_ROW = 0.3;
    /** An interval's half-width in units of its sd ({@link Calibration#INTERVAL_SD_SHARE} of its width). */
    private static final double INTERVAL_HALF_IN_SD = 0.5 / Calibration.INTERVAL_SD_SHARE;
    private static final Color BAND = new Color(0x99, 0x99, 0x99, 0x66);
    private static final Color INTERVAL = new Color(0x00, 0x72, 0xB2, 0x30);
    private static final Color THRESHOLD = new Color(0xB2, 0x18, 0x2B);
    /** Series index and palette colour of the fitted targets, and of the holdout figures. */
    private static final int FITTED = 0;
    private static final int HOLDOUT = 1;

    private CalibrationCharts() {
    }

    /** Every chart of a calibration, in report order: convergence, fit, then one profile per free parameter. */
    public static List<Figure> all(CalibrationSpec spec, Calibration.Result result) {
        List<Figure> out = new ArrayList<>();
        out.add(convergence(spec, result));
        out.add(fit(result));
        List<String> files = profileFiles(spec.free());
        for (int i = 0; i < result.profiles().size(); i++) {
            out.add(profile(result, i, files.get(i)));
        }
        return out;
    }

    /**
     * The profile charts' file names, one per free parameter: {@code profile-<label>.png}, lower case, with
     * every character other than a letter, digit, {@code _} or {@code -} made {@code -}, and the
     * parameter's position added where two labels would give the same name.
     */
    public static List<String> profileFiles(List<FreeParameter> free) {
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < free.size(); i++) {
            String stem = PROFILE_PREFIX + free.get(i).label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
            String name = stem + ".png";
            if (!taken.add(name)) {
                name = stem + "-" + (i + 1) + ".png";
                taken.add(name);
            }
            out.add(name);
        }
        return out;
    }

    // ---- Convergence ------------------------------------------------------------------------------

    /** Every evaluation's loss (points) and the best loss so far (line), by evaluation index. */
    public static Figure convergence(CalibrationSpec spec, Calibration.Result result) {
        List<Calibration.Evaluation> trace = result.trace();
        double[] losses = trace.stream().mapToDouble(Calibration.Evaluation::loss).toArray();
        LossAxis scale = LossAxis.of("Loss (sum of squared z-scores)", losses);
        XYSeries each = new XYSeries("loss of each candidate", false, true);
        XYSeries best = new XYSeries("best loss so far", false, true);
        double so = Double.POSITIVE_INFINITY;
        for (Calibration.Evaluation e : trace) {
            so = Math.min(so, e.loss());
            each.add(e.index(), scale.y(e.loss()));
            best.add(e.index(), scale.y(so));
        }
        XYSeries optimum = new XYSeries("best candidate", false, true);
        optimum.add(result.best().index(), scale.y(result.best().loss()));

        NumberAxis x = new NumberAxis("Evaluation (index in the search)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(ChartStyle.numbers());
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(each), x, scale.axis(), points(ScenarioPalette.colour(FITTED),
                ChartStyle.dot(4)));
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, Color.BLACK);
        step.setSeriesStroke(0, new BasicStroke(3f));
        plot.setDataset(1, new XYSeriesCollection(best));
        plot.setRenderer(1, step);
        plot.setDataset(2, new XYSeriesCollection(optimum));
        plot.setRenderer(2, points(ScenarioPalette.colour(HOLDOUT), ChartStyle.diamond(9)));
        JFreeChart chart = new JFreeChart("Convergence of the search", ChartStyle.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart, trace.size() + " of " + spec.evaluations() + " evaluations, " + spec.replications()
                + " replications each; best loss " + ReportHtml.human(result.best().loss()) + " at index "
                + result.best().index());
        String caption = "The loss of every candidate the search evaluated (dots), in the order evaluated, and the "
                + "lowest loss found so far (line); the larger dot is the best candidate. The loss is the sum over the "
                + spec.targets().size() + " targets of the squared distance between the simulated mean and the "
                + "published figure, in units of their combined uncertainty, so a loss near the number of targets is "
                + "a fit within about one sd per target. A line still falling at the end suggests a larger budget "
                + "would find a better fit." + scale.note();
        return Figure.single(CONVERGENCE, caption, chart);
    }

    // ---- Fit ----------------------------------------------------------------------------------------

    /**
     * Each target and holdout figure at the best candidate, in units of the figure's sd: the published
     * band (grey) against the simulated mean with its sd over the replications.
     */
    public static Figure fit(Calibration.Result result) {
        List<Calibration.TargetFit> fits = result.fit();
        int n = fits.size();
        String[] labels = new String[n];
        XYIntervalSeries fitted = new XYIntervalSeries("fitted target: simulated mean \u00b1 sd", false, true);
        XYIntervalSeries holdout = new XYIntervalSeries("holdout figure: simulated mean \u00b1 sd", false, true);
        List<XYBoxAnnotation> bands = new ArrayList<>();
        double lo = -INTERVAL_HALF_IN_SD;
        double hi = INTERVAL_HALF_IN_SD;
        int holdouts = 0;
        for (int i = 0; i < n; i++) {
            Calibration.TargetFit f = fits.get(i);
            // Rows count up from the bottom, so the first figure goes on the top row.
            int r = n - 1 - i;
            Target t = f.target();
            double unit = unitSd(t);
            double mean = (f.simMean() - t.value()) / unit;
            double spread = f.simSd() / unit;
            (f.holdout() ? holdout : fitted).add(mean, mean - spread, mean + spread, r, r, r);
            double half = t.isInterval() ? INTERVAL_HALF_IN_SD : 1;
            bands.add(new XYBoxAnnotation(-half, r - BAND_HALF_ROW, half, r + BAND_HALF_ROW, null, null, BAND));
            labels[r] = t.label() + (f.holdout() ? " (holdout)" : "");
            holdouts += f.holdout() ? 1 : 0;
            lo = Math.min(lo, mean - spread);
            hi = Math.max(hi, mean + spread);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(fitted);
        data.addSeries(holdout);
        NumberAxis x = new NumberAxis("Simulated minus published value, in sds of the published figure");
        x.setNumberFormatOverride(ChartStyle.numbers());
        double pad = MARGIN * (hi - lo);
        x.setRange(lo - pad, hi + pad);
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setBaseLinesVisible(false);
        r.setErrorStroke(new BasicStroke(2.5f));
        r.setCapLength(8);
        r.setSeriesPaint(FITTED, ScenarioPalette.colour(FITTED));
        r.setSeriesShape(FITTED, ChartStyle.dot(7));
        r.setSeriesPaint(HOLDOUT, ScenarioPalette.colour(HOLDOUT));
        r.setSeriesShape(HOLDOUT, ChartStyle.diamond(9));
        XYPlot plot = new XYPlot(data, x, y, r);
        bands.forEach(b -> r.addAnnotation(b, Layer.BACKGROUND));
        plot.addDomainMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f)), Layer.BACKGROUND);
        if (holdouts > 0 && holdouts < n) {
            ValueMarker split = new ValueMarker(holdouts - 0.5, Color.GRAY, ChartStyle.dashed(1.5f));
            split.setLabel("holdout figures below (not fitted)");
            split.setLabelFont(ChartStyle.TICK);
            split.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            split.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(split, Layer.FOREGROUND);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("published value \u00b1 sd, or interval", null, null, null,
                new Rectangle2D.Double(-8, -6, 16, 12), BAND));
        LegendItemCollection own = r.getLegendItems();
        for (int i = 0; i < own.getItemCount(); i++) {
            if (own.get(i).getSeriesIndex() == FITTED || holdouts > 0) {
                legend.add(own.get(i));
            }
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("Fit at the best candidate", ChartStyle.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart, "mean and sd over " + result.fitReplications() + " replications; 0 is the published "
                + "value");
        String caption = "Each row is a figure the simulation is held against, at the best candidate: the grey band is "
                + "the published value \u00b1 its sd, or its published interval (whose sd is taken as a quarter of "
                + "its width); the marker is the mean over " + result.fitReplications() + " replications and the "
                + "whiskers \u00b1 their sd. Every row is in units of its own figure's sd, so that figures in different "
                + "units share the axis: 0 is the published value, 1 is one published sd above it. Fitted targets are "
                + "blue dots; holdout figures, which the search never saw, are vermillion diamonds"
                + (holdouts == 0 ? " (this calibration has none)" : ", below the dashed line") + ". The table's z also "
                + "counts the simulated mean's standard error, and measures an interval target from its nearer end.";
        return Figure.single(FIT, caption, chart);
    }

    /** A figure's sd, the unit of its row: its own sd, or a share of its interval's width. */
    static double unitSd(Target t) {
        return t.isInterval() ? Calibration.INTERVAL_SD_SHARE * (t.high() - t.low()) : t.sd();
    }

    // ---- Profiles -----------------------------------------------------------------------------------

    /** The loss along free parameter {@code i}, the optimum, the threshold and the approximate 95% interval. */
    public static Figure profile(Calibration.Result result, int i, String file) {
        Calibration.Profile p = result.profiles().get(i);
        FreeParameter f = p.parameter();
        double bestLoss = result.best().loss();
        double threshold = bestLoss + Calibration.PROFILE_RISE_95;
        double optimum = result.best().values()[i];
        double[] values = p.values();
        double[] losses = p.losses();
        double[] all = new double[losses.length + 2];
        System.arraycopy(losses, 0, all, 0, losses.length);
        all[losses.length] = bestLoss;
        all[losses.length + 1] = threshold;
        LossAxis scale = LossAxis.of("Loss (sum of squared z-scores)", all);
        XYSeries line = new XYSeries("loss, the other parameters at the best candidate", false, true);
        for (int k = 0; k < values.length; k++) {
            line.add(values[k], scale.y(losses[k]));
        }
        XYSeries best = new XYSeries("optimum", false, true);
        best.add(optimum, scale.y(bestLoss));

        String label = f.label();
        ValueAxis x;
        if (f.log()) {
            x = valueLogAxis(label + " (log scale)", f.min());
        } else {
            NumberAxis linear = new NumberAxis(label);
            linear.setAutoRangeIncludesZero(false);
            linear.setNumberFormatOverride(ChartStyle.numbers());
            x = linear;
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, ScenarioPalette.colour(FITTED));
        r.setSeriesStroke(0, new BasicStroke(3f));
        r.setSeriesShape(0, ChartStyle.dot(5));
        XYPlot plot = new XYPlot(new XYSeriesCollection(line), x, scale.axis(), r);
        plot.setDataset(1, new XYSeriesCollection(best));
        plot.setRenderer(1, points(ScenarioPalette.colour(HOLDOUT), ChartStyle.diamond(11)));
        // Markers do not count in an axis's automatic range: the threshold must show even above every point.
        scale.include(all);
        IntervalMarker interval = new IntervalMarker(p.low(), p.high(), INTERVAL);
        interval.setLabel("approximate 95% interval");
        interval.setLabelFont(ChartStyle.TICK);
        interval.setLabelAnchor(RectangleAnchor.TOP);
        interval.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        plot.addDomainMarker(interval, Layer.BACKGROUND);
        ValueMarker rise = new ValueMarker(scale.y(threshold), THRESHOLD, ChartStyle.dashed(2f));
        rise.setLabel("best loss + " + String.format(Locale.ROOT, "%.2f", Calibration.PROFILE_RISE_95));
        rise.setLabelFont(ChartStyle.TICK);
        rise.setLabelPaint(THRESHOLD);
        rise.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        rise.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(rise, Layer.FOREGROUND);
        String title = "Loss profile of " + label + (p.identified() ? "" : " (not identified)");
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart, "optimum " + ReportHtml.human(optimum) + "; approximate 95% interval "
                + ReportHtml.human(p.low()) + " to " + ReportHtml.human(p.high()) + " (bounds " + ReportHtml.human(f.min())
                + " to " + ReportHtml.human(f.max()) + ")");
        String caption = "The loss as " + label + " moves across its bounds (" + ReportHtml.human(f.min()) + " to "
                + ReportHtml.human(f.max()) + (f.log() ? ", on a log scale" : "") + ") with every other free "
                + "parameter held at the best candidate; the diamond is the optimum. The dashed line is the best loss "
                + "plus " + String.format(Locale.ROOT, "%.2f", Calibration.PROFILE_RISE_95) + " (the 95% quantile "
                + "of chi-square with one degree of freedom): the values where the loss stays below it, shaded, form "
                + "an approximate 95% interval, read between the " + values.length + " points of the profile. "
                + (p.identified() ? "The loss rises above the line within the bounds, so the targets pin "
                + label + " down." : "The loss does not rise above the line within the bounds on either side: the "
                + "targets do not identify " + label + ", and its value is a choice rather than a finding.")
                + scale.note();
        return Figure.single(file, caption, chart);
    }

    // ---- Shared pieces --------------------------------------------------------------------------------

    /**
     * A loss axis: linear, or logarithmic when the positive losses span more than {@link #LOG_SPAN}; on a
     * log axis a loss of 0 is drawn at {@code floor}.
     */
    private record LossAxis(ValueAxis axis, boolean log, double floor, boolean zeros) {
        static LossAxis of(String label, double[] losses) {
            double minPositive = Double.POSITIVE_INFINITY;
            double max = 0;
            boolean zeros = false;
            for (double l : losses) {
                if (l > 0) {
                    minPositive = Math.min(minPositive, l);
                } else {
                    zeros = true;
                }
                max = Math.max(max, l);
            }
            if (max > 0 && max / minPositive > LOG_SPAN) {
                return new LossAxis(logAxis(label + ", log scale"), true, minPositive / ZERO_BELOW, zeros);
            }
            NumberAxis linear = new NumberAxis(label);
            linear.setNumberFormatOverride(ChartStyle.numbers());
            linear.setAutoRangeIncludesZero(true);
            return new LossAxis(linear, false, 0, false);
        }

        /** Where a loss is drawn. */
        double y(double loss) {
            return log && loss <= 0 ? floor : loss;
        }

        /** Sets the axis's range to show every one of these losses. */
        void include(double[] losses) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double l : losses) {
                lo = Math.min(lo, y(l));
                hi = Math.max(hi, y(l));
            }
            if (log) {
                double pad = Math.pow(hi / lo, MARGIN);
                axis.setRange(lo / pad, hi * pad);
            } else {
                axis.setRange(0, hi > 0 ? hi * (1 + MARGIN) : 1);
            }
        }

        /** A sentence for the caption on how zeros are drawn, or nothing. */
        String note() {
            return zeros ? " On the log scale a loss of 0 cannot be drawn: such losses are drawn at "
                    + ReportHtml.human(floor) + ", a tenth of the smallest positive loss." : "";
        }
    }

    /**
     * A log axis of losses, ticked at whole powers of ten drawn as 10 with a superscript exponent. LogAxis's
     * own tick units format in the default locale; these do not.
     */
    private static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setStandardTickUnits(new NumberTickUnitSource(true, ChartStyle.format("0")));
        axis.setBaseFormatter(ChartStyle.format("0"));
        return axis;
    }

    /**
     * A log axis of a parameter's values, labelled with the values themselves (a profile often spans less
     * than a power of ten), in scientific notation for values below {@link #PLAIN_BELOW}.
     */
    private static LogAxis valueLogAxis(String label, double min) {
        LogAxis axis = new LogAxis(label);
        axis.setStandardTickUnits(new NumberTickUnitSource(false, ChartStyle.format("0.###")));
        axis.setNumberFormatOverride(min < PLAIN_BELOW ? ChartStyle.format("0.##E0") : ChartStyle.numbers());
        return axis;
    }

    private static XYLineAndShapeRenderer points(Color colour, Shape shape) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, colour);
        r.setSeriesShape(0, shape);
        return r;
    }
}
