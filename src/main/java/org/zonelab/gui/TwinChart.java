package org.zonelab.gui;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorSnapshot;
import sim.display.Controller;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live difference chart of a twin run: for each key indicator ({@link TwinDifference#KEY}), B minus
 * A in per cent of A, one point per quarter; stocks also start with the initial state, which is the same
 * in A and B unless their scenarios change it. It starts over whenever the twin (re)starts.
 */
final class TwinChart {
    static final String TITLE = "B minus A, per cent of A";
    /** Smallest span of the y axis, percentage points (a display choice, not a model number). */
    static final double MIN_RANGE_PERCENT = 2;

    private final TimeSeriesChartGenerator generator = new TimeSeriesChartGenerator();
    private final List<XYSeries> series = new ArrayList<>();
    private JFrame frame;

    /** Opens the chart window at this place. */
    void create(Controller controller, Rectangle bounds) {
        frame = LiveCharts.open(controller, generator, TITLE, "B - A, % of A", bounds);
        if (generator.getChart().getXYPlot().getRangeAxis() instanceof NumberAxis percent) {
            // Equal runs draw flat lines at 0 on a readable axis, not rounding noise stretched to fill it.
            percent.setAutoRangeMinimumSize(MIN_RANGE_PERCENT);
            percent.setAutoRangeIncludesZero(true);
        }
    }

    /** Whether the window exists (not when the twin runs without a controller, as in tests). */
    boolean isCreated() {
        return frame != null;
    }

    /** Starts the lines over, with the initial states' stocks. */
    void reset(IndicatorSnapshot a, IndicatorSnapshot b, int startYear) {
        generator.removeAllSeries();
        series.clear();
        for (Indicator i : TwinDifference.KEY) {
            XYSeries s = new XYSeries(i.label(), false);
            generator.addSeries(s, null);
            series.add(s);
            if (a != null && b != null && i.kind() == Indicator.Kind.STOCK) {
                s.add(startYear, new TwinDifference(i, a.get(i), b.get(i)).percentOfA(), true);
            }
        }
        generator.update(TimeSeriesChartGenerator.FORCE_KEY, true);
    }

    /** Adds a quarter of both runs and asks the chart to redraw within a second. */
    void record(IndicatorSnapshot a, IndicatorSnapshot b, long key) {
        double x = a.year() + a.quarter() * 0.25;
        for (int k = 0; k < TwinDifference.KEY.size(); k++) {
            Indicator i = TwinDifference.KEY.get(k);
            series.get(k).add(x, new TwinDifference(i, a.get(i), b.get(i)).percentOfA(), true);
        }
        generator.updateChartWithin(key, 1000);
    }

    /** The lines, in {@link TwinDifference#KEY} order. */
    List<XYSeries> series() {
        return series;
    }

    void quit() {
        if (frame != null) {
            frame.dispose();
        }
        frame = null;
    }
}
