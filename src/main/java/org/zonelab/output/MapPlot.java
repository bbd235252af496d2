package org.zonelab.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.zonelab.model.geo.ZoneSeed;

/**
 * A plot of China in lon/lat: the outline drawn as land behind the data, with axes in degrees; and the
 * one map of zones as coloured dots ({@link #zoneChart}). Shared by every map chart, so that maps look
 * alike in all reports.
 */
final class MapPlot {
    private static final Color LAND = new Color(0xEC, 0xEC, 0xE6);
    private static final Color BORDER = new Color(0x80, 0x80, 0x80);
    static final Color SEA = new Color(0xF4, 0xF8, 0xFB);
    private static final Color NEGATIVE = new Color(0xB2, 0x18, 0x2B);
    private static final Color MIDDLE = new Color(0xF7, 0xF7, 0xF7);
    private static final Color POSITIVE = new Color(0x21, 0x66, 0xAC);

    /** A zone and the value its dot shows. */
    record ZoneValue(ZoneSeed zone, double value) {
    }

    private MapPlot() {
    }

    /** A map plot of the data, drawn by the renderer over the outline. */
    static XYPlot of(XYDataset data, XYItemRenderer renderer, ChinaOutline outline) {
        for (double[][] ring : outline.rings()) {
            Path2D.Double shape = new Path2D.Double();
            for (int i = 0; i < ring[0].length; i++) {
                if (i == 0) {
                    shape.moveTo(ring[0][i], ring[1][i]);
                } else {
                    shape.lineTo(ring[0][i], ring[1][i]);
                }
            }
            shape.closePath();
            renderer.addAnnotation(new XYShapeAnnotation(shape, new BasicStroke(1.2f), BORDER, LAND), Layer.BACKGROUND);
        }
        NumberAxis x = new NumberAxis("Longitude (degrees east)");
        NumberAxis y = new NumberAxis("Latitude (degrees north)");
        // Roughly equal distances per degree on screen at about 35 degrees north (cos 35 = 0.82).
        x.setRange(71, 139);
        y.setRange(16, 55);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(SEA);
        return plot;
    }

    /** The catalogue's zones by id. */
    static Map<Integer, ZoneSeed> byId(List<ZoneSeed> zones) {
        Map<Integer, ZoneSeed> byId = new HashMap<>();
        zones.forEach(z -> byId.put(z.id(), z));
        return byId;
    }

    /**
     * The zones as dots at their host cities on China's outline, each coloured by its value on the
     * scale (the dots furthest from the scale's centre drawn last, on top), with the scale as a legend
     * on the right.
     *
     * @param legendLabel the legend axis's label (what the value is, and its unit)
     */
    static JFreeChart zoneChart(List<ZoneValue> values, Diverging scale, ChinaOutline outline, String title,
                                String subtitle, String legendLabel) {
        List<ZoneValue> points = new ArrayList<>(values);
        points.sort(Comparator.comparingDouble((ZoneValue p) -> Math.abs(p.value() - scale.centre))
                .thenComparingInt(p -> p.zone().id()));
        XYSeries series = new XYSeries("zones", false, true);
        List<Paint> paints = new ArrayList<>();
        for (ZoneValue p : points) {
            series.add(p.zone().lon(), p.zone().lat());
            paints.add(scale.getPaint(p.value()));
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return paints.get(column);
            }
        };
        dots.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        dots.setUseOutlinePaint(true);
        dots.setDrawOutlines(true);
        dots.setSeriesOutlinePaint(0, new Color(0x40, 0x40, 0x40));
        dots.setSeriesOutlineStroke(0, new BasicStroke(1.2f));
        dots.setBaseSeriesVisibleInLegend(false);
        XYPlot plot = of(new XYSeriesCollection(series), dots, outline);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart, subtitle);
        plot.setBackgroundPaint(SEA);
        NumberAxis legendAxis = new NumberAxis(legendLabel);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        ChartStyle.axis(legendAxis);
        legendAxis.setNumberFormatOverride(ChartStyle.format("0.###"));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(26);
        legend.setSubdivisionCount(200);
        legend.setMargin(new RectangleInsets(40, 16, 40, 4));
        legend.setFrame(BlockBorder.NONE);
        legend.setStripOutlineVisible(true);
        chart.addSubtitle(legend);
        return chart;
    }

    /** The caption's note when the outline file was not found; empty otherwise. */
    static String outlineNote(ChinaOutline outline) {
        return outline.rings().isEmpty() ? " (China's outline file was not found, so it is not drawn.)" : "";
    }

    /**
     * The end of a colour scale's half-width: a round number at least the 90th percentile of the
     * absolute deviations (so that one or two very large zones do not wash out all the others), and no
     * more than needed for the largest; 1 when nothing deviates.
     */
    static double colourLimit(double[] deviations) {
        double[] abs = new double[deviations.length];
        for (int i = 0; i < deviations.length; i++) {
            abs[i] = Math.abs(deviations[i]);
        }
        Arrays.sort(abs);
        if (abs.length == 0 || abs[abs.length - 1] == 0) {
            return 1;
        }
        double q = abs[(int) Math.floor(0.9 * (abs.length - 1))];
        double max = abs[abs.length - 1];
        return niceCeiling(q > 0 ? Math.min(q, max) : max);
    }

    /** A round number at least {@code v}: 1, 2 or 5 times a power of ten. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Red (below the centre) through near-white (the centre) to blue (above), symmetric about the centre. */
    static final class Diverging implements PaintScale, Serializable {
        private static final long serialVersionUID = 1L;
        private final double centre;
        private final double limit;

        Diverging(double centre, double limit) {
            this.centre = centre;
            this.limit = limit;
        }

        /** The scale about a centre whose half-width is {@link #colourLimit} of the values' deviations. */
        static Diverging around(double centre, List<ZoneValue> values) {
            double[] d = new double[values.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = values.get(i).value() - centre;
            }
            return new Diverging(centre, colourLimit(d));
        }

        @Override
        public double getLowerBound() {
            return centre - limit;
        }

        @Override
        public double getUpperBound() {
            return centre + limit;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(-1, Math.min(1, (value - centre) / limit));
            Color end = t < 0 ? NEGATIVE : POSITIVE;
            double a = Math.abs(t);
            return new Color(mix(MIDDLE.getRed(), end.getRed(), a), mix(MIDDLE.getGreen(), end.getGreen(), a),
                    mix(MIDDLE.getBlue(), end.getBlue(), a));
        }

        private static int mix(int from, int to, double a) {
            return (int) Math.round(from + (to - from) * a);
        }

        /**
         * The caption's note on the zones beyond the scale's ends (which have the end colour), empty when
         * there are none.
         */
        String beyondNote(List<ZoneValue> values) {
            int beyond = 0;
            for (ZoneValue p : values) {
                beyond += Math.abs(p.value() - centre) > limit ? 1 : 0;
            }
            String ends = centre == 0 ? "\u00b1" + Numbers.format(limit)
                    : ReportHtml.human(centre - limit) + " and " + ReportHtml.human(centre + limit);
            return beyond == 0 ? "" : " The colour scale ends at " + ends + " so that smaller differences stay "
                    + "visible; " + beyond + " zone" + (beyond == 1 ? " goes" : "s go") + " beyond it and "
                    + (beyond == 1 ? "has" : "have") + " the end colour.";
        }
    }
}
