package org.zonelab.gui;

import java.awt.FlowLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorSnapshot;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.util.Properties;

/**
 * A twin run (issue 17): two scenarios, A and B, side by side, stepped together on the same seed, each
 * with its own map. One MASON Console drives both: play, pause, stop and the seed field act on the two
 * models at once. Each side is a {@link ZoneLabWithUI} whose map this GUI opens (without its charts)
 * and whose model it steps, one quarter each per step, so that each side's numbers equal those of
 * {@code zonelab run} of its scenario with that seed, and those of the one-model GUI.
 *
 * <p>A chart ({@link TwinChart}) draws B minus A of the key indicators, in per cent of A, quarter by
 * quarter, and the Console's Model tab says the last quarter's differences in words and holds the
 * sliders of both sides (levers and parameters, as in the one-model GUI); its Twin tab copies A's
 * sliders to B, swaps them, or saves snapshots of both maps. The state of this
 * GUIState is a {@link TwinModel}, the clock that the Console sees.
 */
public class TwinWithUI extends GUIState {
    private final ZoneLabWithUI a;
    private final ZoneLabWithUI b;
    private final TwinChart chart = new TwinChart();

    /**
     * @param setupA scenario A
     * @param setupB scenario B; its seed must be A's (see {@link GuiSetup#withSeed})
     * @throws IllegalArgumentException if the two seeds differ
     */
    public TwinWithUI(GuiSetup setupA, GuiSetup setupB) {
        this(new ZoneLabWithUI(setupA), new ZoneLabWithUI(setupB));
    }

    private TwinWithUI(ZoneLabWithUI a, ZoneLabWithUI b) {
        super(new TwinModel(a.setup().seed(), a.model(), b.model()));
        if (a.setup().seed() != b.setup().seed()) {
            throw new IllegalArgumentException("a twin run has one seed; A has " + a.setup().seed() + ", B has "
                    + b.setup().seed());
        }
        this.a = a;
        this.b = b;
    }

    public static String getName() {
        return "ZoneLab twin run";
    }

    public static Object getInfo() {
        return "<html><body style='font-family: sans-serif'><h2>ZoneLab: a twin run</h2>"
                + "<p>Two scenarios, A and B, on the same seed: the same firms are born, grow and die by the same "
                + "draws, so whatever differs between the two maps is the policy's doing. One step is one "
                + "quarter of both. Press play.</p></body></html>";
    }

    /** Side A (0) or B (1). */
    public ZoneLabWithUI side(int i) {
        return List.of(a, b).get(i);
    }

    /** The difference chart (without a window before {@link #init}). */
    TwinChart chart() {
        return chart;
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof TwinModel;
    }

    @Override
    public Controller createController() {
        return ZoneLabWithUI.openConsole(this, this::actions, layout().console());
    }

    /** The Console's Twin tab: copy A to B, swap, and the Model tab refreshed to show the sliders moved. */
    private JPanel actions(Console console) {
        JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT));
        JButton copy = new JButton("Copy A's sliders to B");
        copy.addActionListener(e -> {
            copyAToB();
            console.refresh();
        });
        JButton swap = new JButton("Swap the sliders of A and B");
        swap.addActionListener(e -> {
            swapSliders();
            console.refresh();
        });
        JButton snapshot = new JButton("Snapshot both maps...");
        snapshot.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setDialogTitle("Folder for A.png and B.png");
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (chooser.showSaveDialog(console) == JFileChooser.APPROVE_OPTION) {
                try {
                    snapshotMaps(chooser.getSelectedFile().toPath());
                } catch (IOException ex) {
                    JOptionPane.showMessageDialog(console, "Cannot save the snapshots: " + ex.getMessage());
                }
            }
        });
        panel.add(copy);
        panel.add(swap);
        panel.add(snapshot);
        return panel;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        Layout l = layout();
        a.initTwinSide(c, l.mapA(), "A: " + a.setup().name());
        b.initTwinSide(c, l.mapB(), "B: " + b.setup().name());
        chart.create(c, l.chart());
        resetChart();
    }

    /** Starts the difference chart over, on the two models' initial states. */
    private void resetChart() {
        if (chart.isCreated()) {
            chart.reset(a.model().initialSnapshot(), b.model().initialSnapshot(), a.setup().config().startYear());
        }
    }

    /**
     * Starts both sides on this run's seed (the Console sets it on the clock before each start), each as
     * the one-model GUI starts its model.
     */
    @Override
    public void start() {
        super.start();
        for (ZoneLabWithUI side : List.of(a, b)) {
            side.state.setSeed(state.seed());
            // Side A's start also sets the Console to pause at the end of A's years.
            side.start();
        }
        resetChart();
    }

    /** One quarter of A, then one of B (each with its map and read-outs), then the clock. */
    @Override
    public boolean step() {
        synchronized (state.schedule) {
            a.step();
            b.step();
            if (chart.isCreated() && !a.model().history().isEmpty()) {
                chart.record(a.lastSnapshot(), b.lastSnapshot(), state.schedule.getSteps());
            }
        }
        return super.step();
    }

    /**
     * Copy A to B: B's sliders (the ten levers and the parameters of the Model tab) take A's values,
     * from B's next quarter on, as if moved by hand. What the sliders do not show (B's events, and the
     * zones and years its scenario gives a lever) stays B's.
     */
    public void copyAToB() {
        synchronized (state.schedule) {
            b.controls().setSliders(a.controls().sliders());
        }
    }

    /** Swap: A's sliders take B's values and B's take A's, from the next quarter on (the scenarios stay). */
    public void swapSliders() {
        synchronized (state.schedule) {
            double[] fromA = a.controls().sliders();
            a.controls().setSliders(b.controls().sliders());
            b.controls().setSliders(fromA);
        }
    }

    /**
     * Snapshots of both maps, through MASON's own snapshot of each display: {@code A.png} and
     * {@code B.png} in this folder. Call it on the event thread, once the maps are drawn.
     *
     * @throws IOException if a file cannot be written
     */
    public void snapshotMaps(Path dir) throws IOException {
        Files.createDirectories(dir);
        a.display.takeSnapshot(dir.resolve("A.png").toFile(), Display2D.TYPE_PNG);
        b.display.takeSnapshot(dir.resolve("B.png").toFile(), Display2D.TYPE_PNG);
    }

    /** B minus A of the key indicators in the last quarter (the initial states before the first), in words. */
    public List<String> differencesInWords() {
        return differences().stream().map(TwinDifference::words).toList();
    }

    /** B minus A of the key indicators in the last quarter (the initial states before the first). */
    List<TwinDifference> differences() {
        List<TwinDifference> d = new ArrayList<>();
        IndicatorSnapshot sa = a.lastSnapshot();
        IndicatorSnapshot sb = b.lastSnapshot();
        for (Indicator i : TwinDifference.KEY) {
            d.add(new TwinDifference(i, sa == null ? Double.NaN : sa.get(i), sb == null ? Double.NaN : sb.get(i)));
        }
        return d;
    }

    /**
     * The Console's Model tab: the quarter, the two scenarios, the differences in words, then the
     * sliders of A (named {@code A: ...}) and of B ({@code B: ...}), each acting on its own side only.
     */
    @Override
    public Properties getSimulationProperties() {
        List<ControlProperties.Row> rows = new ArrayList<>();
        rows.add(ControlProperties.Row.readOut("Quarter", "The last quarter simulated in both runs.", String.class,
                a::dateText));
        rows.add(ControlProperties.Row.readOut("A", null, String.class, () -> a.setup().name()));
        rows.add(ControlProperties.Row.readOut("B", null, String.class, () -> b.setup().name()));
        for (int k = 0; k < TwinDifference.KEY.size(); k++) {
            int index = k;
            rows.add(ControlProperties.Row.readOut(TwinDifference.KEY.get(k).label(), "B minus A", String.class,
                    () -> differences().get(index).sentence()));
        }
        for (ZoneLabWithUI side : List.of(a, b)) {
            String prefix = side == a ? "A: " : "B: ";
            side.controls().rows().stream().filter(r -> r.setter() != null).forEach(r -> rows.add(r.prefixed(prefix)));
        }
        return new ControlProperties(this, rows);
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 100;
    }

    @Override
    public void finish() {
        a.finish();
        b.finish();
        super.finish();
    }

    @Override
    public void quit() {
        a.quit();
        b.quit();
        chart.quit();
        super.quit();
    }

    private static Layout layout() {
        return Layout.forScreen(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
    }

    /**
     * Where the windows go: the two maps side by side at the top, each half the screen wide; the Console
     * below A, and the difference chart to its right.
     */
    record Layout(Rectangle mapA, Rectangle mapB, Rectangle console, Rectangle chart) {
        static Layout forScreen(Rectangle screen) {
            int w = screen.width / 2;
            double px = Math.min(ZoneLabWithUI.MAX_PIXELS_PER_DEGREE, Math.min(
                    (w - ZoneLabWithUI.Layout.FRAME_SIDES) / (double) ZoneLabModel.MAP_WIDTH,
                    screen.height * 0.6 / ZoneLabModel.MAP_HEIGHT));
            int h = (int) Math.round(ZoneLabModel.MAP_HEIGHT * px) + ZoneLabWithUI.Layout.FRAME_EXTRA;
            int mapW = (int) Math.round(ZoneLabModel.MAP_WIDTH * px) + ZoneLabWithUI.Layout.FRAME_SIDES;
            Rectangle mapA = new Rectangle(screen.x, screen.y, mapW, h);
            Rectangle mapB = new Rectangle(screen.x + w, screen.y, mapW, h);
            Rectangle console = new Rectangle(screen.x, screen.y + h + 4, Math.min(480, w),
                    Math.max(300, screen.height - h - 4));
            Rectangle chart = new Rectangle(console.x + console.width + 4, console.y,
                    screen.width - console.width - 4, console.height);
            return new Layout(mapA, mapB, console, chart);
        }
    }
}
