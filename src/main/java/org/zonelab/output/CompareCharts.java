package org.zonelab.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.Range;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleEdge;
import org.zonelab.experiment.Comparison;
import org.zonelab.experiment.ScenarioSample;
import org.zonelab.experiment.Statistics;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;

/**
 * Builds the charts of a comparison (datasets to JFreeCharts; {@link FigureWriter} writes them):
 * <ul>
 *   <li>{@code timeseries-<indicator>.png}: each scenario's yearly mean with its 95% CI band, for the
 *   key indicators ({@link KeyIndicators#ALL});</li>
 *   <li>{@code final-year.png}: final-year means with 95% CIs, one panel per key indicator;</li>
 *   <li>{@code final-year-difference.png}: each scenario's paired difference from the first, in % of
 *   the first's mean, with the 95% CI of the paired difference;</li>
 *   <li>{@code regions.png}: final-year GDP and GDP share of the four macro-regions;</li>
 *   <li>{@code map-zone-gdp-difference.png}: the zones on China's outline, coloured by the mean
 *   difference of their final-year GDP between the last scenario and the first.</li>
 * </ul>
 * Scenario k has {@link ScenarioPalette#colour(int) colour k} in every chart.
 */
public final class CompareCharts {
    private static final DecimalFormat YEAR = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private CompareCharts() {
    }

    /**
     * Every chart of a comparison, in report order.
     *
     * @param samples the scenarios, reference first
     * @param rows    the comparison's statistics ({@link Comparison#of})
     * @param zones   the zone catalogue (for the map's lon/lat)
     * @param outline China's outline (may be empty)
     */
    public static List<Figure> all(List<ScenarioSample> samples, List<Comparison.Row> rows, List<ZoneSeed> zones,
                                   ChinaOutline outline) {
        List<Figure> out = new ArrayList<>();
        for (Indicator key : KeyIndicators.ALL) {
            if (samples.get(0).indicators().contains(key)) {
                out.add(timeseries(samples, key));
            }
        }
        out.add(finalYear(samples, rows));
        out.add(difference(samples, rows));
        out.add(regions(samples));
        out.add(map(samples, zones, outline));
        return out;
    }

    private static int reps(List<ScenarioSample> samples) {
        return samples.get(0).size();
    }

    private static String bandNote(List<ScenarioSample> samples) {
        return "Mean of " + ReportHtml.count(reps(samples), "replication") + (samples.size() == 1 ? "" : " per scenario")
                + (reps(samples) == 1 ? "" : ", with the 95% confidence interval of the mean");
    }

    /** One key indicator over the years: each scenario's mean line and 95% CI band. */
    public static Figure timeseries(List<ScenarioSample> samples, Indicator key) {
        XYPlot plot = bandPlot(samples, key, capitalise(key.yearlyUnit()));
        String when = key.kind() == IndicatorDefinition.Kind.STOCK ? "at the end of each year" : "summed over each year";
        JFreeChart chart = new JFreeChart(key.label(), ChartStyle.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart, bandNote(samples) + "; " + when);
        String caption = key.label() + " (" + key.yearlyUnit() + ", " + when + "), " + firstYear(samples, key) + " to "
                + samples.get(0).finalYear() + ". " + (samples.size() == 1
                ? "The line is the mean over " + ReportHtml.count(reps(samples), "replication") + (reps(samples) == 1
                ? "." : "; the shaded band is the 95% confidence interval of that mean.")
                : "Lines are the mean over " + reps(samples) + " replications of each scenario; the shaded band is "
                + "the 95% confidence interval of that mean. Where bands overlap, the table's paired test is the "
                + "better guide, since the replications of different scenarios share their random numbers.");
        return Figure.single("timeseries-" + key.key().replace('_', '-') + ".png", caption, chart);
    }

    /** A national indicator's yearly values: each scenario's mean line and 95% CI band, scenario k in colour k. */
    static XYPlot bandPlot(List<ScenarioSample> samples, Indicator key, String unit) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (ScenarioSample s : samples) {
            Map<Integer, double[]> byYear = new TreeMap<>();
            for (int year : s.years(key)) {
                byYear.put(year, s.yearly(key, year));
            }
            data.addSeries(band(s.name(), byYear));
        }
        return bandPlot(data, unit);
    }

    /** Lines with shaded bands over the years, series k in colour k. */
    static XYPlot bandPlot(YIntervalSeriesCollection data, String unit) {
        NumberAxis x = new NumberAxis("Year");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(YEAR);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(unit);
        y.setAutoRangeIncludesZero(false);
        y.setNumberFormatOverride(ChartStyle.numbers());
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(0.22f);
        for (int k = 0; k < data.getSeriesCount(); k++) {
            r.setSeriesPaint(k, ScenarioPalette.colour(k));
            r.setSeriesFillPaint(k, ScenarioPalette.colour(k));
            r.setSeriesStroke(k, ScenarioPalette.line(k, 3.5f));
            r.setSeriesShape(k, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        Range range = plot.getDataRange(y);
        if (range != null && range.getLength() <= 1e-9 * Math.max(1, Math.abs(range.getCentralValue()))) {
            // one value (one year of one replication, or a constant): a range around it, not a sliver
            double c = range.getCentralValue();
            double half = c == 0 ? 1 : Math.abs(c) * 0.05;
            y.setRange(c - half, c + half);
        }
        return plot;
    }

    /**
     * A series of yearly means, each with the 95% confidence interval of the mean as its interval (the
     * mean itself where one replication gives no interval).
     *
     * @param byYear the replications' values, by year
     */
    static YIntervalSeries band(String name, Map<Integer, double[]> byYear) {
        YIntervalSeries series = new YIntervalSeries(name, false, true);
        byYear.forEach((year, values) -> {
            Statistics.Estimate e = Statistics.estimate(values);
            double lo = Double.isNaN(e.ciLow()) ? e.mean() : e.ciLow();
            double hi = Double.isNaN(e.ciHigh()) ? e.mean() : e.ciHigh();
            series.add(year, e.mean(), lo, hi);
        });
        return series;
    }

    private static int firstYear(List<ScenarioSample> samples, Indicator key) {
        List<Integer> years = samples.get(0).years(key);
        return years.isEmpty() ? samples.get(0).finalYear() : years.get(0);
    }

    /** Final-year means with 95% CIs, one small panel per key indicator. */
    public static Figure finalYear(List<ScenarioSample> samples, List<Comparison.Row> rows) {
        int year = samples.get(0).finalYear();
        List<JFreeChart> panels = new ArrayList<>();
        for (Indicator key : KeyIndicators.ALL) {
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            boolean found = false;
            for (Comparison.Row row : rows) {
                if (row.indicator() == key) {
                    Statistics.Estimate e = row.estimate();
                    data.add(e.mean(), halfWidth(e), row.scenario(), "");
                    found = true;
                }
            }
            if (!found) {
                continue;
            }
            CategoryAxis x = new CategoryAxis(null);
            x.setTickLabelsVisible(false);
            x.setTickMarksVisible(false);
            NumberAxis y = new NumberAxis(key.yearlyUnit());
            y.setNumberFormatOverride(ChartStyle.numbers());
            StatisticalBarRenderer r = bars(samples.size(), 0);
            CategoryPlot plot = new CategoryPlot(data, x, y, r);
            panels.add(ChartStyle.panel(new JFreeChart(key.label(), plot)));
        }
        List<String> names = new ArrayList<>();
        samples.forEach(s -> names.add(s.name()));
        String caption = "Final-year (" + year + ") value of each key indicator: the mean over " + reps(samples)
                + " replications of each scenario (bar) with the 95% confidence interval of the mean (whisker). "
                + "Stocks are read at the end of " + year + "; flows (GDP, R&D spending, new firms) are summed over "
                + "its four quarters.";
        return new Figure("final-year.png", "Key indicators in " + year + " (mean and 95% CI)", caption, panels, 4,
                names);
    }

    /** Each later scenario's paired difference from the first, in % of the first's mean, with its 95% CI. */
    public static Figure difference(List<ScenarioSample> samples, List<Comparison.Row> rows) {
        String first = samples.get(0).name();
        int year = samples.get(0).finalYear();
        Map<Indicator, Double> firstMean = new HashMap<>();
        for (Comparison.Row row : rows) {
            if (row.scenario().equals(first)) {
                firstMean.put(row.indicator(), row.estimate().mean());
            }
        }
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<String> skipped = new ArrayList<>();
        for (Indicator key : KeyIndicators.ALL) {
            Double base = firstMean.get(key);
            if (base == null) {
                continue;
            }
            if (base == 0) {
                skipped.add(key.label());
                continue;
            }
            for (Comparison.Row row : rows) {
                if (row.indicator() == key && row.paired() != null) {
                    Statistics.Estimate d = row.paired().difference();
                    data.add(100 * d.mean() / Math.abs(base), 100 * halfWidth(d) / Math.abs(base), row.scenario(),
                            key.label());
                }
            }
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        // The subtitle names the reference; the axis stays short enough for long scenario names.
        NumberAxis y = new NumberAxis("Difference in " + year + ", % of the reference's mean");
        y.setNumberFormatOverride(new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        StatisticalBarRenderer r = bars(samples.size() - 1, 1);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f)), Layer.FOREGROUND);
        JFreeChart chart = new JFreeChart("Effect on the key indicators, " + year, ChartStyle.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart, "Paired difference (same seeds) from " + first + ", with its 95% confidence interval");
        String caption = "How much each scenario changes the key indicators in " + year + " compared with " + first
                + ": the mean of the " + reps(samples) + " paired differences (replication i of each scenario uses "
                + "the same seed), as a percentage of " + first + "'s mean, with the 95% confidence interval of the "
                + "paired difference. An interval that does not cross zero means a difference unlikely to be "
                + "chance alone."
                + (skipped.isEmpty() ? "" : " Left out because " + first + "'s mean is zero: " + String.join(", ",
                skipped) + ".");
        return Figure.single("final-year-difference.png", caption, chart);
    }

    /** The macro-regions' final-year GDP and GDP share, with 95% CIs. */
    public static Figure regions(List<ScenarioSample> samples) {
        int year = samples.get(0).finalYear();
        DefaultStatisticalCategoryDataset gdp = new DefaultStatisticalCategoryDataset();
        DefaultStatisticalCategoryDataset share = new DefaultStatisticalCategoryDataset();
        for (ScenarioSample s : samples) {
            for (String region : s.regions()) {
                Statistics.Estimate g = Statistics.estimate(s.regionGdp(region));
                gdp.add(g.mean(), halfWidth(g), s.name(), region);
                double[] pct = s.regionShare(region).clone();
                for (int i = 0; i < pct.length; i++) {
                    pct[i] *= 100;
                }
                Statistics.Estimate p = Statistics.estimate(pct);
                share.add(p.mean(), halfWidth(p), s.name(), region);
            }
        }
        JFreeChart left = regionPanel(gdp, "GDP by macro-region, " + year, "GDP, CNY bn per year", samples.size());
        JFreeChart right = regionPanel(share, "Share of the zones' GDP, " + year, "Share of zone GDP, %",
                samples.size());
        List<String> names = new ArrayList<>();
        samples.forEach(s -> names.add(s.name()));
        String caption = "The four macro-regions in " + year + ": left, the GDP of their zones (CNY bn, summed over "
                + "the year); right, their share of all zones' GDP (%). Bars are means over " + reps(samples)
                + " replications; whiskers are 95% confidence intervals of the mean.";
        return new Figure("regions.png", "Regional breakdown, " + year + " (mean and 95% CI)", caption,
                List.of(left, right), 2, names);
    }

    private static JFreeChart regionPanel(DefaultStatisticalCategoryDataset data, String title, String unit,
                                          int scenarios) {
        CategoryAxis x = new CategoryAxis("Macro-region");
        NumberAxis y = new NumberAxis(unit);
        y.setNumberFormatOverride(ChartStyle.numbers());
        CategoryPlot plot = new CategoryPlot(data, x, y, bars(scenarios, 0));
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart, null);
        chart.getTitle().setFont(new Font(ChartStyle.FAMILY, Font.BOLD, 22));
        return chart;
    }

    /** The zones on China's outline, coloured by the last scenario's mean GDP difference from the first. */
    public static Figure map(List<ScenarioSample> samples, List<ZoneSeed> zones, ChinaOutline outline) {
        ScenarioSample first = samples.get(0);
        ScenarioSample last = samples.get(samples.size() - 1);
        int year = first.finalYear();
        Map<Integer, ZoneSeed> byId = MapPlot.byId(zones);
        List<MapPlot.ZoneValue> points = new ArrayList<>();
        for (int id : first.zoneIds()) {
            ZoneSeed z = byId.get(id);
            if (z == null || !last.zoneIds().contains(id)) {
                continue; // a zone approved during the run has no place in the catalogue
            }
            double[] a = first.zoneGdp(id);
            double[] b = last.zoneGdp(id);
            double d = 0;
            for (int i = 0; i < a.length; i++) {
                d += b[i] - a[i];
            }
            points.add(new MapPlot.ZoneValue(z, d / a.length));
        }
        MapPlot.Diverging scale = MapPlot.Diverging.around(0, points);
        JFreeChart chart = MapPlot.zoneChart(points, scale, outline,
                "Zone GDP: " + last.name() + " minus " + first.name() + ", Q4 " + year,
                "Mean paired difference over " + reps(samples) + " replications; blue = higher under " + last.name()
                        + ", red = lower", "Difference in zone GDP, CNY bn per quarter");
        int up = 0;
        int down = 0;
        for (MapPlot.ZoneValue p : points) {
            up += p.value() > 0 ? 1 : 0;
            down += p.value() < 0 ? 1 : 0;
        }
        String caption = "Each dot is a zone at its host city. Its colour is the mean difference, over the "
                + reps(samples) + " paired replications, between the zone's GDP in the fourth quarter of " + year
                + " under " + last.name() + " and under " + first.name() + " (CNY bn per quarter): blue where "
                + last.name() + " gives more, red where it gives less, white for no difference. " + up + " zones gain "
                + "and " + down + " lose. Zones in the same city overlap." + scale.beyondNote(points)
                + MapPlot.outlineNote(outline);
        return Figure.single("map-zone-gdp-difference.png", caption, chart);
    }

    private static StatisticalBarRenderer bars(int series, int firstColour) {
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setErrorIndicatorStroke(new BasicStroke(2f));
        r.setItemMargin(0.08);
        r.setMaximumBarWidth(0.25);
        for (int k = 0; k < series; k++) {
            r.setSeriesPaint(k, ScenarioPalette.colour(k + firstColour));
        }
        return r;
    }

    private static double halfWidth(Statistics.Estimate e) {
        return Double.isNaN(e.ciHigh()) ? 0 : (e.ciHigh() - e.ciLow()) / 2;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
