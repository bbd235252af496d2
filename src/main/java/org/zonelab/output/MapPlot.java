package org.zonelab.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.ui.Layer;

/**
 * A plot of China in lon/lat: the outline drawn as land behind the data, with axes in degrees. Shared by
 * every map chart, so that maps look alike in all reports.
 */
final class MapPlot {
    private static final Color LAND = new Color(0xEC, 0xEC, 0xE6);
    private static final Color BORDER = new Color(0x80, 0x80, 0x80);
    static final Color SEA = new Color(0xF4, 0xF8, 0xFB);

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
}
