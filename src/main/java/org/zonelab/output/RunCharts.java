package org.zonelab.output;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleEdge;
import org.zonelab.experiment.ScenarioSample;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.Moment;

/**
 * Builds the charts of a run's report ({@code zonelab run}), reusing the comparison's chart code
 * ({@link CompareCharts}, {@link MapPlot}, {@link ChartStyle}):
 * <ul>
 *   <li>{@code timeseries-<indicator>.png}: the key indicators over the years, the mean with the 95%
 *   CI band over replications ({@link CompareCharts#timeseries});</li>
 *   <li>{@value #STAGES}: the counts of firms at each stage, one panel per stage;</li>
 *   <li>{@value #REGIONS}: the four macro-regions' shares of the zones' GDP, year by year;</li>
 *   <li>{@value #MAP}: the zones on China's outline, coloured by their GDP growth over the run
 *   (with at least two years);</li>
 *   <li>{@value #MOMENTS}: the stylized-fact moments by year against the range of their evidence
 *   ({@link MomentEvidence}), one panel per moment the run gave.</li>
 * </ul>
 * The stage and moment charts take several scenarios (scenario k in colour k), so a comparison can
 * show them too.
 */
public final class RunCharts {
    public static final String STAGES = "stage-counts.png";
    public static final String REGIONS = "regions-share.png";
    public static final String MAP = "map-zone-gdp-growth.png";
    public static final String MOMENTS = "moments.png";
    /** The stages of a firm's life that the stage chart counts, in order. */
    static final List<Indicator> STAGE_INDICATORS = List.of(Indicator.HIGH_TECH_ENTERPRISES, Indicator.GAZELLES,
            Indicator.UNICORNS, Indicator.NEZHA, Indicator.LISTED_FIRMS);
    private static final Color EVIDENCE = new Color(0x60, 0x60, 0x60);

    private RunCharts() {
    }

    /**
     * Every chart of a run, in report order.
     *
     * @param sample  the run's replications
     * @param zones   the zone catalogue (for the map's lon/lat)
     * @param outline China's outline (may be empty)
     */
    public static List<Figure> all(ScenarioSample sample, List<ZoneSeed> zones, ChinaOutline outline) {
        List<ScenarioSample> one = List.of(sample);
        List<Figure> out = new ArrayList<>();
        for (Indicator key : KeyIndicators.ALL) {
            if (sample.indicators().contains(key)) {
                out.add(CompareCharts.timeseries(one, key));
            }
        }
        out.add(stages(one));
        out.add(regionShares(sample));
        if (sample.firstYear() < sample.finalYear()) {
            out.add(growthMap(sample, zones, outline));
        }
        Figure moments = moments(one);
        if (moments != null) {
            out.add(moments);
        }
        return out;
    }

    private static List<String> names(List<ScenarioSample> samples) {
        List<String> names = new ArrayList<>();
        samples.forEach(s -> names.add(s.name()));
        return names;
    }

    private static String meanNote(List<ScenarioSample> samples) {
        int reps = samples.get(0).size();
        return "mean over " + ReportHtml.count(reps, "replication") + (samples.size() == 1 ? "" :
                " of each scenario") + (reps == 1 ? "" : ", with the 95% confidence interval of that mean as a "
                + "shaded band");
    }

    /** The counts of firms at each stage over the years, one panel per stage. */
    public static Figure stages(List<ScenarioSample> samples) {
        List<JFreeChart> panels = new ArrayList<>();
        for (Indicator key : STAGE_INDICATORS) {
            XYPlot plot = CompareCharts.bandPlot(samples, key, null);
            panels.add(ChartStyle.panel(new JFreeChart(key.label(), plot)));
        }
        ScenarioSample first = samples.get(0);
        String caption = "Firms at each stage at the end of each year, " + first.firstYear() + " to "
                + first.finalYear() + " (national scale): high-tech enterprises and gazelles are certified each "
                + "fourth quarter; unicorns, nezha and listed firms as defined in docs/ODD.md section 8.1. The line "
                + "is the " + meanNote(samples) + ".";
        return new Figure(STAGES, "Firms by stage, " + first.firstYear() + "\u2013" + first.finalYear(), caption,
                panels, 3, names(samples));
    }

    /** The macro-regions' shares of the zones' GDP, year by year, one line (and band) per region. */
    public static Figure regionShares(ScenarioSample sample) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (String region : sample.regions()) {
            Map<Integer, double[]> byYear = new TreeMap<>();
            for (int year : sample.regionYears(region)) {
                double[] pct = sample.regionShare(region, year).clone();
                for (int i = 0; i < pct.length; i++) {
                    pct[i] *= 100;
                }
                byYear.put(year, pct);
            }
            data.addSeries(CompareCharts.band(region, byYear));
        }
        XYPlot plot = CompareCharts.bandPlot(data, "Share of the zones' GDP, %");
        JFreeChart chart = new JFreeChart("The macro-regions' shares of zone GDP", ChartStyle.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart, sample.name() + ": " + meanNote(List.of(sample)));
        String caption = "Each macro-region's share of the GDP of all zones, year by year (its zones' GDP summed "
                + "over the year's quarters, over all zones'), " + sample.firstYear() + " to " + sample.finalYear()
                + ". The line is the " + meanNote(List.of(sample)) + ". The shares add up to 100%.";
        return Figure.single(REGIONS, caption, chart);
    }

    /**
     * The zones on China's outline, coloured by the yearly growth of their GDP from the fourth quarter
     * of the first year to that of the last (the mean over replications), about the growth of all
     * the zones together: blue grew faster, red slower.
     */
    public static Figure growthMap(ScenarioSample sample, List<ZoneSeed> zones, ChinaOutline outline) {
        int from = sample.firstYear();
        int to = sample.finalYear();
        int years = to - from;
        if (years < 1) {
            throw new IllegalArgumentException("a growth map needs two years, not " + from + " to " + to);
        }
        Map<Integer, ZoneSeed> byId = MapPlot.byId(zones);
        List<MapPlot.ZoneValue> points = new ArrayList<>();
        double firstTotal = 0;
        double lastTotal = 0;
        int skipped = 0;
        for (int id : sample.firstYearZoneIds()) {
            ZoneSeed z = byId.get(id);
            double[] a = sample.firstYearZoneGdp(id);
            double[] b = sample.zoneIds().contains(id) ? sample.zoneGdp(id) : null;
            if (z == null || b == null) {
                continue;
            }
            double g = 0;
            int n = 0;
            for (int i = 0; i < a.length; i++) {
                firstTotal += a[i];
                lastTotal += b[i];
                if (a[i] > 0 && b[i] > 0) {
                    g += growth(a[i], b[i], years);
                    n++;
                }
            }
            if (n == 0) {
                skipped++;
            } else {
                points.add(new MapPlot.ZoneValue(z, g / n));
            }
        }
        double all = firstTotal > 0 && lastTotal > 0 ? growth(firstTotal, lastTotal, years) : 0;
        MapPlot.Diverging scale = MapPlot.Diverging.around(all, points);
        JFreeChart chart = MapPlot.zoneChart(points, scale, outline, "Zone GDP growth, Q4 " + from + " to Q4 " + to,
                sample.name() + ": mean of " + ReportHtml.count(sample.size(), "replication") + "; all zones " + pct(all)
                        + " a year; blue = faster, red = slower", "GDP growth, % a year");
        int faster = 0;
        for (MapPlot.ZoneValue p : points) {
            faster += p.value() > all ? 1 : 0;
        }
        String caption = "Each dot is a zone at its host city. Its colour is the zone's GDP growth, in % a year, "
                + "from the fourth quarter of " + from + " to that of " + to + " (compound, the mean over "
                + ReportHtml.count(sample.size(), "replication") + "), against the " + pct(all) + " a year of all "
                + "the zones together: blue where the zone grew faster, red where it grew slower, white for the same. " + faster + " of "
                + points.size() + " zones grew faster. Zones in the same city overlap; zones approved during the "
                + "run are not shown." + (skipped == 0 ? "" : " " + skipped + " zone" + (skipped == 1 ? " has" : "s have")
                + " no GDP in one of the two quarters and " + (skipped == 1 ? "is" : "are") + " left out.")
                + scale.beyondNote(points) + MapPlot.outlineNote(outline);
        return Figure.single(MAP, caption, chart);
    }

    /** Compound growth in % a year from a to b over the years. */
    private static double growth(double a, double b, int years) {
        return 100 * (Math.pow(b / a, 1.0 / years) - 1);
    }

    private static String pct(double v) {
        return ReportHtml.human(v) + "%";
    }

    /**
     * The stylized-fact moments by year against their evidence: one panel per moment with a value,
     * the model's mean line and band, and the evidence's range as a grey band (or a grey line for a
     * single figure). Null when the run gave no moment at all.
     */
    public static Figure moments(List<ScenarioSample> samples) {
        List<JFreeChart> panels = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Moment m : Moment.values()) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            boolean any = false;
            for (ScenarioSample s : samples) {
                TreeMap<Integer, double[]> byYear = s.moment(m);
                any |= !byYear.isEmpty();
                data.addSeries(CompareCharts.band(s.name(), byYear));
            }
            if (!any) {
                missing.add(m.key());
                continue;
            }
            XYPlot plot = CompareCharts.bandPlot(data, null);
            MomentEvidence.of(m).ifPresent(e -> evidence(plot, e));
            panels.add(ChartStyle.panel(new JFreeChart(m.label(), plot)));
        }
        if (panels.isEmpty()) {
            return null;
        }
        ScenarioSample first = samples.get(0);
        String caption = "The stylized-fact moments of moments.csv (docs/ODD.md section 8.4), year by year, "
                + first.firstYear() + " to " + first.finalYear() + ": the line is the " + meanNote(samples)
                + " (a year's mean is over the replications that have the moment that year); the grey band (or "
                + "dashed line, for a single figure) is the evidence it is held against (docs/VALIDATION.md section "
                + "1; the report's table of the moments gives the sources)."
                + (missing.isEmpty() ? "" : " No value in these years: " + String.join(", ", missing)
                + " (a survival rate needs cohorts of its age; a statistic needs enough firms).");
        return new Figure(MOMENTS, "Stylized facts against the evidence", caption, panels, 4, names(samples));
    }

    /** Draws the evidence's range behind the data and widens the value axis to show it. */
    private static void evidence(XYPlot plot, MomentEvidence e) {
        if (e.low() < e.high()) {
            IntervalMarker band = new IntervalMarker(e.low(), e.high(), new Color(0xC8, 0xC8, 0xC8, 150));
            band.setOutlinePaint(EVIDENCE);
            plot.addRangeMarker(band, Layer.BACKGROUND);
        } else {
            ValueMarker line = new ValueMarker(e.low(), EVIDENCE, ChartStyle.dashed(3f));
            plot.addRangeMarker(line, Layer.BACKGROUND);
        }
        ValueAxis y = plot.getRangeAxis();
        Range data = plot.getDataRange(y);
        double lo = data == null ? e.low() : Math.min(data.getLowerBound(), e.low());
        double hi = data == null ? e.high() : Math.max(data.getUpperBound(), e.high());
        double pad = hi > lo ? 0.08 * (hi - lo) : Math.max(Math.abs(hi) * 0.1, 0.01);
        y.setRange(lo - pad, hi + pad);
    }
}
