package org.zonelab.gui;

import java.awt.Component;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JSplitPane;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorSnapshot;
import sim.display.Controller;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live charts, one MASON {@link TimeSeriesChartGenerator} window each: gazelles and unicorns, new
 * firms and exits, branches across macro-regions, the Gini coefficient of zone GDP, and R&D spending.
 * All values are national (as in the model's output), one point per quarter at the end of the quarter;
 * stocks also start with the initial state, marked with a dot, which the charts show before play
 * (charts of flows only say that they start with the first quarter). The series start over whenever the
 * model (re)starts.
 */
final class LiveCharts {
    /**
     * One chart; its lines are named by their indicators' labels, and its axis by their unit.
     *
     * @param title window and chart title
     * @param index whether lines are shown as an index, end of the year before the start = 100
     * @param lines the indicators shown, all of one unit
     */
    record Chart(String title, boolean index, List<Indicator> lines) {
        /** The range axis label: the index base, or the lines' unit per quarter. */
        String yLabel() {
            return index ? "index, start = 100" : lines.get(0).quarterlyUnit();
        }
    }

    static final List<Chart> CHARTS = List.of(
            new Chart("Gazelles and unicorns", true, List.of(Indicator.GAZELLES, Indicator.UNICORNS)),
            new Chart("New firms and exits", false, List.of(Indicator.NEW_FIRMS, Indicator.EXITS)),
            new Chart("Branches across macro-regions", false, List.of(Indicator.BRANCHES_CROSS_REGION)),
            new Chart("Zone GDP inequality", false, List.of(Indicator.ZONE_GDP_GINI)),
            new Chart("R&D spending", false, List.of(Indicator.RD_SPENDING_BN)));

    /** Height of a chart window's title bar and MASON's chart tool bar, pixels. */
    private static final int CHROME = 56;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    /** What a chart of flows shows before play. */
    static final String NO_DATA = "Quarterly: from the first quarter on (press play)";

    private final List<TimeSeriesChartGenerator> generators = new ArrayList<>();
    private final List<JFrame> frames = new ArrayList<>();
    private final List<List<XYSeries>> series = new ArrayList<>();
    private final List<double[]> bases = new ArrayList<>();

    /** Builds the chart windows and registers them with the controller, one per rectangle. */
    void create(Controller controller, List<Rectangle> bounds) {
        for (int i = 0; i < CHARTS.size(); i++) {
            Chart c = CHARTS.get(i);
            TimeSeriesChartGenerator gen = new TimeSeriesChartGenerator();
            JFrame frame = open(controller, gen, c.title(), c.yLabel(), bounds.get(i));
            generators.add(gen);
            frames.add(frame);
            series.add(new ArrayList<>());
            bases.add(new double[c.lines().size()]);
        }
    }

    /**
     * Gives a chart of quarters the look of the GUI's charts and opens it in a window at this place,
     * registered with the controller.
     */
    static JFrame open(Controller controller, TimeSeriesChartGenerator gen, String title, String yLabel, Rectangle r) {
        gen.setTitle(title);
        gen.setXAxisLabel("Year");
        gen.setYAxisLabel(yLabel);
        if (gen.getComponentCount() > 0 && gen.getComponent(0) instanceof JSplitPane split) {
            // MASON's chart settings sit in a pane left of the chart; start with it closed.
            split.setDividerLocation(0);
        }
        // Fill the window's width and most of its height, and draw the chart at its real size (MASON
        // draws charts at 720 x 480 and shrinks them, which makes the text of small charts unreadable).
        gen.setProportion(Math.max(0.8, (r.width - 40.0) / Math.max(120, r.height - CHROME)));
        gen.getChartPanel().setMinimumDrawWidth(120);
        gen.getChartPanel().setMinimumDrawHeight(90);
        gen.getChart().getTitle().setFont(TITLE);
        gen.getChart().getXYPlot().setRenderer(new FirstPointRenderer());
        // Flows (new firms, exits, R&D spending) have no value before the first quarter.
        gen.getChart().getXYPlot().setNoDataMessage(NO_DATA);
        if (gen.getChart().getXYPlot().getDomainAxis() instanceof NumberAxis years) {
            years.setNumberFormatOverride(new DecimalFormat("0.##"));
            // At least two years wide, so that the first point alone (before play) gets readable ticks.
            years.setAutoRangeMinimumSize(2);
        }
        JFrame frame = gen.createFrame();
        frame.setTitle(title);
        frame.setBounds(r);
        frame.setVisible(true);
        controller.registerFrame(frame);
        return frame;
    }

    /** Whether the chart windows exist (not when the GUI runs without a controller, as in tests). */
    boolean isCreated() {
        return !generators.isEmpty();
    }

    /** The chart generators, in {@link #CHARTS} order. */
    List<TimeSeriesChartGenerator> generators() {
        return generators;
    }

    /** Starts every series over for a (re)started model, with the initial state for stocks. */
    void reset(ZoneLabModel model) {
        IndicatorSnapshot initial = model.initialSnapshot();
        for (int i = 0; i < generators.size(); i++) {
            Chart c = CHARTS.get(i);
            TimeSeriesChartGenerator gen = generators.get(i);
            gen.removeAllSeries();
            List<XYSeries> lines = series.get(i);
            lines.clear();
            for (int k = 0; k < c.lines().size(); k++) {
                Indicator line = c.lines().get(k);
                XYSeries s = new XYSeries(line.label(), false);
                gen.addSeries(s, null);
                lines.add(s);
                double v = initial != null ? initial.get(line) : Double.NaN;
                bases.get(i)[k] = v;
                if (initial != null && line.kind() == Indicator.Kind.STOCK) {
                    s.add(model.config().startYear(), value(c, v, v), true);
                }
            }
            gen.update(TimeSeriesChartGenerator.FORCE_KEY, true);
        }
        // A loaded checkpoint brings its history: show it.
        for (IndicatorSnapshot s : model.history()) {
            record(s, -1);
        }
    }

    /** Adds the quarter's values to every chart and asks the charts to redraw within a second. */
    void record(IndicatorSnapshot snapshot, long key) {
        double x = snapshot.year() + snapshot.quarter() * 0.25;
        for (int i = 0; i < generators.size(); i++) {
            Chart c = CHARTS.get(i);
            for (int k = 0; k < c.lines().size(); k++) {
                double v = snapshot.get(c.lines().get(k));
                series.get(i).get(k).add(x, value(c, v, bases.get(i)[k]), true);
            }
            if (key >= 0) {
                generators.get(i).updateChartWithin(key, 1000);
            }
        }
    }

    private static double value(Chart c, double v, double base) {
        if (!c.index()) {
            return v;
        }
        return base > 0 ? 100 * v / base : Double.NaN;
    }

    /**
     * MASON's line renderer with a marker on each line's first point: the initial state, which a line
     * of one point (before play) would not show at all.
     */
    private static final class FirstPointRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;

        FirstPointRenderer() {
            super(true, false);
            setDrawSeriesLineAsPath(true); // as MASON's chart generator sets its renderer
            setBaseToolTipGenerator(new StandardXYToolTipGenerator()); // and as its chart factory does
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            return item == 0;
        }
    }

    /** Closes the chart windows. */
    void quit() {
        for (JFrame f : frames) {
            f.dispose();
        }
        frames.clear();
        generators.clear();
        series.clear();
        bases.clear();
    }

    /** The chart windows, in {@link #CHARTS} order. */
    List<? extends Component> frames() {
        return frames;
    }
}
