package org.zonelab.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.zonelab.model.geo.Region;
import org.zonelab.model.geo.ZoneSeed;

/**
 * The charts of a run's agent-level log (issue 7), read back from its files: origin-destination
 * matrices between macro-regions, a map of branch flows between zones, the firm size distribution
 * (rank-size, with a fitted tail exponent) and the distribution of annual growth rates (with a
 * fitted Laplace scale). Files are streamed, so memory stays bounded.
 */
public final class AgentCharts {
    /** Share of the largest firms used to fit the tail exponent (Gabaix and Ibragimov 2011). */
    static final double TAIL_SHARE = 0.1;
    /** Growth-rate histogram: log revenue differences from -LIMIT to +LIMIT in bins of WIDTH. */
    static final double GROWTH_LIMIT = 2.0;
    static final double GROWTH_BIN = 0.05;
    /** Most zone-to-zone flows the map draws (the largest). */
    static final int MAP_FLOWS = 400;

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private AgentCharts() {
    }

    /**
     * The fitted figures of the distributions, NaN where the files did not allow a fit.
     *
     * @param tailExponent  Pareto exponent of firm revenue in the top {@link #TAIL_SHARE} (final year)
     * @param tailFirms     firms in that tail
     * @param laplaceScale  scale b of a Laplace fit to annual log growth (mean absolute deviation)
     * @param growthSd      standard deviation of annual log growth
     * @param growthPairs   firm-years behind the growth figures
     * @param charts        the charts written, for the run's report
     */
    public record Fits(double tailExponent, int tailFirms, double laplaceScale, double growthSd, long growthPairs,
                       FigureWriter.Written charts) {
    }

    /** A file to read, opened once per pass. */
    private interface Source {
        Reader open() throws IOException;
    }

    /** Writes every chart the run directory's files allow into {@code charts/}, and returns the fits. */
    public static Fits write(OutputDirectory out, List<ZoneSeed> zones, ChinaOutline outline) throws IOException {
        List<Figure> figures = new ArrayList<>();
        if (out.isFile(AgentLogFiles.FLOWS)) {
            Source flows = () -> out.reader(AgentLogFiles.FLOWS);
            figures.add(regionMatrices(flows));
            figures.add(branchMap(flows, zones, outline));
        }
        double[] tail = {Double.NaN, 0};
        Growth g = null;
        if (out.isFile(AgentLogFiles.FIRMS)) {
            Source firms = () -> out.reader(AgentLogFiles.FIRMS);
            double[] sizes = finalSizes(firms);
            tail = tailExponent(sizes);
            figures.add(rankSize(sizes, tail));
            g = growth(firms);
            if (g.pairs > 0) {
                figures.add(growthChart(g));
            }
        }
        FigureWriter.Written charts = FigureWriter.writeAll(out, figures, (name, sha) -> { });
        return g == null ? new Fits(Double.NaN, 0, Double.NaN, Double.NaN, 0, charts)
                : new Fits(tail[0], (int) tail[1], g.laplaceScale(), g.sd(), g.pairs, charts);
    }

    // ---- Origin-destination matrices -------------------------------------------------------------

    private static Figure regionMatrices(Source flows) throws IOException {
        Region[] regions = Region.values();
        Map<String, double[][]> byKind = new HashMap<>();
        java.util.Set<String> reps = new java.util.HashSet<>();
        try (Reader r = flows.open(); CSVParser p = CSVParser.parse(r, CSV)) {
            for (CSVRecord rec : p) {
                reps.add(rec.get("replication"));
                if (!rec.get("scope").equals("region")) {
                    continue;
                }
                Region from = Region.fromLabel(rec.get("from"));
                Region to = Region.fromLabel(rec.get("to"));
                if (from != null && to != null) {
                    byKind.computeIfAbsent(rec.get("kind"), k -> new double[regions.length][regions.length])
                            [from.ordinal()][to.ordinal()] += Double.parseDouble(rec.get("count"));
                }
            }
        }
        int n = Math.max(1, reps.size());
        List<JFreeChart> panels = new ArrayList<>();
        for (String kind : List.of("relocation", "branch_open")) {
            double[][] m = byKind.getOrDefault(kind, new double[regions.length][regions.length]);
            panels.add(matrix(kind.equals("relocation") ? "Headquarters relocations" : "Branch openings", m, n));
        }
        return new Figure("od-regions.png", "Flows between macro-regions over the run (mean of " + n + " replication"
                + (n == 1 ? "" : "s") + ")", "Origin-destination matrices of headquarters relocations and branch "
                + "openings between the four macro-regions, summed over the run and averaged over replications, at "
                + "national scale (firms). Rows are origins (the firm's home region), columns destinations; the "
                + "diagonal holds moves within a region.", panels, 2, List.of());
    }

    private static JFreeChart matrix(String title, double[][] m, int reps) {
        Region[] regions = Region.values();
        String[] labels = Arrays.stream(regions).map(Region::label).toArray(String[]::new);
        int k = regions.length;
        double[][] xyz = new double[3][k * k];
        double max = 0;
        for (int o = 0; o < k; o++) {
            for (int d = 0; d < k; d++) {
                int i = o * k + d;
                xyz[0][i] = d;
                xyz[1][i] = o;
                xyz[2][i] = m[o][d] / reps;
                max = Math.max(max, xyz[2][i]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(title, xyz);
        XYBlockRenderer cells = new XYBlockRenderer();
        cells.setPaintScale(new Blues(Math.max(1, max)));
        SymbolAxis x = new SymbolAxis("Destination region", labels);
        SymbolAxis y = new SymbolAxis("Origin region", labels);
        y.setInverted(true);
        XYPlot plot = new XYPlot(data, x, y, cells);
        for (int i = 0; i < k * k; i++) {
            XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%,.0f", xyz[2][i]), xyz[0][i], xyz[1][i]);
            label.setFont(new Font(ChartStyle.FAMILY, Font.BOLD, 17));
            label.setPaint(xyz[2][i] > 0.6 * max ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(label);
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.SUBTITLE, plot, false);
        ChartStyle.apply(chart, "firms at national scale");
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return chart;
    }

    /** A white-to-blue scale for counts from 0 to max. */
    private static final class Blues implements PaintScale, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final double max;

        Blues(double max) {
            this.max = max;
        }

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double v) {
            double a = Math.max(0, Math.min(1, v / max));
            return new Color((int) (0xF7 + (0x08 - 0xF7) * a), (int) (0xFB + (0x45 - 0xFB) * a), (int) (0xFF + (0x94 - 0xFF) * a));
        }
    }

    // ---- Branch flows on the map -------------------------------------------------------------------

    private static Figure branchMap(Source flows, List<ZoneSeed> zones, ChinaOutline outline) throws IOException {
        Map<Integer, ZoneSeed> byId = new HashMap<>();
        zones.forEach(z -> byId.put(z.id(), z));
        Map<Long, Double> pairs = new HashMap<>();
        java.util.Set<String> reps = new java.util.HashSet<>();
        try (Reader r = flows.open(); CSVParser p = CSVParser.parse(r, CSV)) {
            for (CSVRecord rec : p) {
                reps.add(rec.get("replication"));
                if (rec.get("scope").equals("zone") && rec.get("kind").equals("branch_open")) {
                    long key = Long.parseLong(rec.get("from")) * 1_000_000L + Long.parseLong(rec.get("to"));
                    pairs.merge(key, Double.parseDouble(rec.get("count")), Double::sum);
                }
            }
        }
        int n = Math.max(1, reps.size());
        List<Map.Entry<Long, Double>> ranked = new ArrayList<>(pairs.entrySet());
        ranked.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        XYSeries dots = new XYSeries("zones", false, true);
        for (ZoneSeed z : zones) {
            dots.add(z.lon(), z.lat());
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(0, new Color(0x33, 0x33, 0x33));
        renderer.setBaseSeriesVisibleInLegend(false);
        XYPlot plot = MapPlot.of(new XYSeriesCollection(dots), renderer, outline);
        double top = ranked.isEmpty() ? 1 : ranked.get(0).getValue() / n;
        int drawn = 0;
        for (Map.Entry<Long, Double> e : ranked) {
            if (drawn == MAP_FLOWS) {
                break;
            }
            ZoneSeed from = byId.get((int) (e.getKey() / 1_000_000L));
            ZoneSeed to = byId.get((int) (e.getKey() % 1_000_000L));
            if (from == null || to == null) {
                continue;
            }
            double share = e.getValue() / n / top;
            float width = (float) (0.6 + 5 * Math.sqrt(share));
            plot.addAnnotation(new XYLineAnnotation(from.lon(), from.lat(), to.lon(), to.lat(), new BasicStroke(width),
                    new Color(0xC0, 0x39, 0x2B, (int) (60 + 150 * Math.sqrt(share)))));
            drawn++;
        }
        JFreeChart chart = new JFreeChart("Branch openings between zones over the run", ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart, "the " + drawn + " largest zone-to-zone flows; line width grows with the number of branches");
        plot.setBackgroundPaint(MapPlot.SEA);
        return Figure.single("map-branch-flows.png", "Branches opened from each home zone to each destination zone, "
                + "summed over the run and averaged over " + n + " replication" + (n == 1 ? "" : "s") + ". Only the "
                + drawn + " largest of " + ranked.size() + " zone pairs are drawn.", chart);
    }

    // ---- Firm sizes ---------------------------------------------------------------------------------

    /** Revenues of the first replication's firms in its final snapshot. */
    private static double[] finalSizes(Source firms) throws IOException {
        String firstRep = null;
        String lastYear = null;
        List<Double> sizes = new ArrayList<>();
        try (Reader r = firms.open(); CSVParser p = CSVParser.parse(r, CSV)) {
            for (CSVRecord rec : p) {
                if (firstRep == null) {
                    firstRep = rec.get("replication");
                }
                if (!rec.get("replication").equals(firstRep)) {
                    break;
                }
                if (!rec.get("year").equals(lastYear)) {
                    lastYear = rec.get("year");
                    sizes.clear();
                }
                sizes.add(Double.parseDouble(rec.get("revenue_bn")));
            }
        }
        double[] out = sizes.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).toArray();
        Arrays.sort(out);
        return out;
    }

    /**
     * Pareto tail exponent of the largest firms by the rank-1/2 regression of Gabaix and Ibragimov:
     * ln(rank - 1/2) = a - alpha ln(size). Returns {alpha, firms in the tail, a}.
     */
    static double[] tailExponent(double[] ascending) {
        int n = ascending.length;
        int k = (int) Math.floor(n * TAIL_SHARE);
        if (k < 10) {
            return new double[] {Double.NaN, k, Double.NaN};
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int rank = 1; rank <= k; rank++) {
            double x = Math.log(ascending[n - rank]);
            double y = Math.log(rank - 0.5);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (k * sxy - sx * sy) / (k * sxx - sx * sx);
        double intercept = (sy - slope * sx) / k;
        return new double[] {-slope, k, intercept};
    }

    private static Figure rankSize(double[] ascending, double[] tail) {
        int n = ascending.length;
        XYSeries points = new XYSeries("firms", false, true);
        // Every firm of the tail, then a thinned sample of the rest (about 2,000 points in all).
        int step = Math.max(1, n / 2000);
        for (int rank = 1; rank <= n; rank += rank <= tail[1] ? 1 : step) {
            points.add(ascending[n - rank], rank);
        }
        XYSeriesCollection data = new XYSeriesCollection(points);
        if (Double.isFinite(tail[0])) {
            XYSeries fit = new XYSeries("fit: tail exponent " + String.format(Locale.ROOT, "%.2f", tail[0]), false, true);
            int k = (int) tail[1];
            for (double size : new double[] {ascending[n - k], ascending[n - 1]}) {
                fit.add(size, Math.exp(tail[2] - tail[0] * Math.log(size)) + 0.5);
            }
            data.addSeries(fit);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesPaint(0, new Color(0x21, 0x66, 0xAC));
        r.setSeriesShapesVisible(1, false);
        r.setSeriesPaint(1, new Color(0xB2, 0x18, 0x2B));
        r.setSeriesStroke(1, new BasicStroke(3f));
        LogAxis x = new LogAxis("Revenue (CNY bn per year, log scale)");
        LogAxis y = new LogAxis("Rank (log scale)");
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart("Firm size distribution, final year", ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, "rank-size plot of " + String.format(Locale.ROOT, "%,d", n) + " firms (first replication)");
        return Figure.single("firm-size-rank.png", "Each dot is a firm of the first replication in the final year, "
                + "placed by its revenue and its rank (1 = largest). A straight line on these log-log axes is a Pareto "
                + "(power-law) tail; the red line is fitted to the largest " + (int) tail[1] + " firms by the rank-1/2 "
                + "regression of Gabaix and Ibragimov (2011), giving a tail exponent of "
                + (Double.isFinite(tail[0]) ? String.format(Locale.ROOT, "%.2f", tail[0]) : "n/a")
                + " (Zipf's law is 1).", chart);
    }

    // ---- Growth rates ---------------------------------------------------------------------------------

    /** Histogram and moments of annual log revenue growth. */
    private record Growth(long[] bins, long pairs, double sum, double sumSq, double sumAbsDev, double median) {
        double sd() {
            return pairs > 1 ? Math.sqrt((sumSq - sum * sum / pairs) / (pairs - 1)) : Double.NaN;
        }

        double laplaceScale() {
            return pairs > 0 ? sumAbsDev / pairs : Double.NaN;
        }
    }

    /**
     * Annual log revenue growth of every firm present in two consecutive yearly snapshots, all
     * replications pooled. Two passes over the file: moments and histogram, then the mean absolute
     * deviation from the histogram median (the Laplace scale's maximum-likelihood estimate).
     */
    private static Growth growth(Source firms) throws IOException {
        int nBins = (int) Math.round(2 * GROWTH_LIMIT / GROWTH_BIN);
        long[] bins = new long[nBins];
        double[] moments = new double[3];
        forEachGrowth(firms, g -> {
            moments[0]++;
            moments[1] += g;
            moments[2] += g * g;
            int b = (int) Math.floor((g + GROWTH_LIMIT) / GROWTH_BIN);
            if (b >= 0 && b < nBins) {
                bins[b]++;
            }
        });
        long pairs = (long) moments[0];
        double median = histogramMedian(bins, pairs);
        double[] absDev = {0};
        forEachGrowth(firms, g -> absDev[0] += Math.abs(g - median));
        return new Growth(bins, pairs, moments[1], moments[2], absDev[0], median);
    }

    private static double histogramMedian(long[] bins, long total) {
        long seen = 0;
        for (int b = 0; b < bins.length; b++) {
            seen += bins[b];
            if (seen * 2 >= total) {
                return -GROWTH_LIMIT + (b + 0.5) * GROWTH_BIN;
            }
        }
        return 0;
    }

    private static void forEachGrowth(Source firms, java.util.function.DoubleConsumer out) throws IOException {
        Map<Long, Double> previous = new HashMap<>();
        Map<Long, Double> current = new HashMap<>();
        String rep = null;
        String year = null;
        int previousYear = Integer.MIN_VALUE;
        try (Reader r = firms.open(); CSVParser p = CSVParser.parse(r, CSV)) {
            for (CSVRecord rec : p) {
                if (!rec.get("replication").equals(rep)) {
                    rep = rec.get("replication");
                    year = null;
                    previous.clear();
                    current.clear();
                    previousYear = Integer.MIN_VALUE;
                }
                if (!rec.get("year").equals(year)) {
                    int y = Integer.parseInt(rec.get("year"));
                    if (year != null) {
                        previousYear = Integer.parseInt(year);
                        Map<Long, Double> t = previous;
                        previous = current;
                        current = t;
                        current.clear();
                    }
                    year = rec.get("year");
                    if (y != previousYear + 1) {
                        previous.clear();
                    }
                }
                long id = Long.parseLong(rec.get("firm_id"));
                double revenue = Double.parseDouble(rec.get("revenue_bn"));
                current.put(id, revenue);
                Double before = previous.get(id);
                if (before != null && before > 0 && revenue > 0) {
                    out.accept(Math.log(revenue / before));
                }
            }
        }
    }

    private static Figure growthChart(Growth g) {
        XYSeries density = new XYSeries("firms", false, true);
        double width = GROWTH_BIN;
        for (int b = 0; b < g.bins.length; b++) {
            if (g.bins[b] > 0) {
                density.add(-GROWTH_LIMIT + (b + 0.5) * width, g.bins[b] / (g.pairs * width));
            }
        }
        double scale = g.laplaceScale();
        XYSeries laplace = new XYSeries(String.format(Locale.ROOT, "Laplace fit, b = %.3f", scale), false, true);
        double lo = density.getMinX();
        double hi = density.getMaxX();
        for (double x = lo; x <= hi + 1e-9; x += width / 2) {
            laplace.add(x, Math.exp(-Math.abs(x - g.median) / scale) / (2 * scale));
        }
        XYSeriesCollection data = new XYSeriesCollection(density);
        data.addSeries(laplace);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesPaint(0, new Color(0x21, 0x66, 0xAC));
        r.setSeriesShapesVisible(1, false);
        r.setSeriesPaint(1, new Color(0xB2, 0x18, 0x2B));
        r.setSeriesStroke(1, new BasicStroke(3f));
        NumberAxis x = new NumberAxis("Annual growth rate (difference of log revenue)");
        x.setRange(-GROWTH_LIMIT, GROWTH_LIMIT);
        LogAxis y = new LogAxis("Density (log scale)");
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart("Distribution of annual firm growth rates", ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, String.format(Locale.ROOT, "%,d firm-years, all replications; sd %.3f", g.pairs, g.sd()));
        return Figure.single("firm-growth-rates.png", "Density of annual log revenue growth of firms present in two "
                + "consecutive yearly snapshots, on a log scale. A tent shape (straight flanks) is the Laplace law "
                + "found for firms in many countries (Stanley et al. 1996; Bottazzi and Secchi 2006); the red line is "
                + "the Laplace law with the sample's median and mean absolute deviation.", chart);
    }
}
