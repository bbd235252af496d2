package org.zonelab.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleInsets;

/**
 * The look of every report chart: large type for 1200x800 images shown at half size or printed, white
 * background, light grey grid lines.
 */
final class ChartStyle {
    static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 28);
    static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 18);
    static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 20);
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 17);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 18);
    static final Font PANEL_TITLE = new Font(FAMILY, Font.BOLD, 17);
    static final Font PANEL_LABEL = new Font(FAMILY, Font.PLAIN, 14);
    static final Font PANEL_TICK = new Font(FAMILY, Font.PLAIN, 13);
    static final Color GRID = new Color(0xD0, 0xD0, 0xD0);

    private ChartStyle() {
    }

    /** A number format of axis ticks, the same on every machine whatever its default locale. */
    static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Axis ticks of values: thousands separated, up to three decimals. */
    static DecimalFormat numbers() {
        return format("#,##0.###");
    }

    /** Applies the style to a chart and its plot (and the subplots of a combined plot). */
    static JFreeChart apply(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(10, 10, 10, 20));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(0, sub);
        }
        for (Object o : chart.getSubtitles()) {
            if (o instanceof LegendTitle legend) {
                legend.setItemFont(LEGEND);
                legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
                legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 18));
            }
        }
        plot(chart.getPlot());
        return chart;
    }

    /**
     * Styles a chart as one small panel of a grid (a {@link Figure} of several panels): the report's
     * style with smaller type and padding, and no legend (the figure draws one for all panels).
     */
    static JFreeChart panel(JFreeChart chart) {
        chart.removeLegend();
        apply(chart, null);
        chart.getTitle().setFont(PANEL_TITLE);
        for (Axis a : axes(chart.getPlot())) {
            a.setLabelFont(PANEL_LABEL);
            a.setTickLabelFont(PANEL_TICK);
        }
        chart.setPadding(new RectangleInsets(6, 4, 6, 10));
        return chart;
    }

    private static List<Axis> axes(Plot plot) {
        List<Axis> out = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                out.add(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                out.add(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getDomainAxisCount(); i++) {
                out.add(cp.getDomainAxis(i));
            }
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                out.add(cp.getRangeAxis(i));
            }
        }
        out.removeIf(Objects::isNull);
        return out;
    }

    static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
        } else if (plot instanceof CategoryPlot cp) {
            cp.setDomainGridlinesVisible(false);
            cp.setRangeGridlinePaint(GRID);
            cp.setRangeGridlineStroke(new BasicStroke(1f));
            if (plot instanceof org.jfree.chart.plot.CombinedDomainCategoryPlot combined) {
                for (Object sub : combined.getSubplots()) {
                    plot((Plot) sub);
                }
            }
        }
        for (Axis a : axes(plot)) {
            axis(a);
        }
    }

    static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
    }

    /** A round marker of this radius, in pixels. */
    static Shape dot(double radius) {
        return new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius);
    }

    /** A diamond marker of this radius, in pixels. */
    static Shape diamond(double radius) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -radius);
        d.lineTo(radius, 0);
        d.lineTo(0, radius);
        d.lineTo(-radius, 0);
        d.closePath();
        return d;
    }

    /** A dashed line of this width, in pixels. */
    static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10f, 6f}, 0f);
    }
}
