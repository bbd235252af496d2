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
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
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
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.portrayal.inspector.TabbedInspector;
import sim.util.Properties;

/**
 * A twin run (issue 17): two scenarios, A and B, side by side, stepped together on the same seed, each
 * with its own map. One MASON Console drives both: play, pause, stop and the seed field act on the two
 * models at once. Each side is a {@link ZoneLabWithUI} whose map this GUI opens (without its charts)
 * and whose model it steps, one quarter each per step, so that each side's numbers equal those of
 * {@code zonelab run} of its scenario with that seed, and those of the one-model GUI.
 *
 * <p>A chart ({@link TwinChart}) draws B minus A of the key indicators, in per cent of A, quarter by
 * quarter. The Console's Model tab has three tabs of its own: the last quarter's differences in words,
 * and the sliders of each side (levers and parameters, as in the one-model GUI). Its Twin tab copies
 * A's sliders to B, swaps the two sides (whole scenarios, with their sliders), or saves snapshots of
 * both maps. The state of this GUIState is a {@link TwinModel}, the clock that the Console sees.
 */
public class TwinWithUI extends GUIState {
    /** The labels of the Twin tab's buttons, and the title of the snapshot's folder chooser. */
    static final String COPY = "Copy A's sliders to B";
    static final String SWAP = "Swap A and B";
    static final String SNAPSHOT = "Snapshot both maps...";
    static final String SNAPSHOT_TITLE = "Folder for A.png and B.png";

    /** The title of the Model tab's first tab, the differences. */
    static final String DIFFERENCE_TAB = "B minus A";

    private ZoneLabWithUI a;
    private ZoneLabWithUI b;
    private final TwinChart chart = new TwinChart();
    /** The Console's Model tab, once built: rebuilt when the sides are swapped. */
    private TabbedInspector inspector;

    /**
     * @param setupA scenario A
     * @param setupB scenario B; its seed must be A's (see {@link GuiSetup#withSeed})
     * @throws IllegalArgumentException if the two seeds differ
     */
    public TwinWithUI(GuiSetup setupA, GuiSetup setupB) {
        this(new ZoneLabWithUI(setupA), new ZoneLabWithUI(setupB));
    }

    private TwinWithUI(ZoneLabWithUI a, ZoneLabWithUI b) {
        super(new TwinModel(a.setup().seed()));
        if (a.setup().seed() != b.setup().seed()) {
            throw new IllegalArgumentException("a twin run has one seed; A has " + a.setup().seed() + ", B has "
                    + b.setup().seed());
        }
        requireSameStart(a.setup(), b.setup());
        this.a = a;
        this.b = b;
    }

    /**
     * A twin run shows the same quarter of both scenarios side by side, so they must start in the same
     * year; their lengths may differ (the run pauses at the end of the shorter).
     *
     * @throws IllegalArgumentException in one sentence, if the start years differ
     */
    public static void requireSameStart(GuiSetup a, GuiSetup b) {
        int ya = a.config().startYear();
        int yb = b.config().startYear();
        if (ya != yb) {
            throw new IllegalArgumentException("A (" + a.name() + ") starts in " + ya + " and B (" + b.name()
                    + ") in " + yb + "; a twin run shows the same quarters side by side, so both need the same "
                    + "start_year");
        }
    }

    public static String getName() {
        return "ZoneLab twin run";
    }

    public static Object getInfo() {
        return "<html><body style='font-family: sans-serif'><h2>ZoneLab: a twin run</h2>"
                + "<p>Two scenarios, A and B, on the same seed: the same firms are born, grow and die by the same "
                + "draws, so whatever differs between the two maps is the policy's doing. One step is one "
                + "quarter of both. Press play.</p>"
                + "<p>The <b>Model</b> tab says the differences in words and holds the sliders of A and of B. "
                + "The <b>Twin</b> tab copies A's sliders to B, swaps A and B, and saves both maps; copy and "
                + "swap stop the run and show the initial states again, so that both runs start over "
                + "together.</p></body></html>";
    }

    /** Side A (0) or B (1). */
    public ZoneLabWithUI side(int i) {
        return List.of(a, b).get(i);
    }

    /** The difference chart (without a window before {@link #init}). */
    TwinChart chart() {
        return chart;
    }

    /**
     * No state can be loaded into a twin run: a checkpoint of its clock does not hold the two models,
     * so the Console's "Open" is refused (MASON reports an invalid state). Checkpoints belong to the
     * one-model GUI.
     */
    @Override
    public boolean validSimState(SimState s) {
        return false;
    }

    @Override
    public Controller createController() {
        Console console = ZoneLabWithUI.openConsole(this, this::actions, () -> layout().console());
        disableCheckpoints(console);
        return console;
    }

    /** The File menu items of checkpoints, which a twin run does not support ({@link #validSimState}). */
    static final List<String> CHECKPOINT_ITEMS = List.of("Open...", "Save", "Save As...");

    /** Greys out the Console's checkpoint items, with a tooltip that says why. */
    private static void disableCheckpoints(Console console) {
        JMenuBar bar = console.getJMenuBar();
        for (int m = 0; bar != null && m < bar.getMenuCount(); m++) {
            JMenu menu = bar.getMenu(m);
            for (int i = 0; menu != null && i < menu.getItemCount(); i++) {
                JMenuItem item = menu.getItem(i);
                if (item != null && CHECKPOINT_ITEMS.contains(item.getText())) {
                    item.setEnabled(false);
                    item.setToolTipText("A twin run has no checkpoints; save and open them in the one-model GUI.");
                }
            }
        }
    }

    /** The Console's Twin tab: copy A to B, swap, snapshot both maps. */
    private JPanel actions(Console console) {
        JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT));
        JButton copy = new JButton(COPY);
        copy.setToolTipText("B's levers and parameters take A's values; both runs start over.");
        copy.addActionListener(e -> copyAToB());
        JButton swap = new JButton(SWAP);
        swap.setToolTipText("A becomes B and B becomes A, each with its sliders; both runs start over.");
        swap.addActionListener(e -> swap());
        JButton snapshot = new JButton(SNAPSHOT);
        snapshot.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setDialogTitle(SNAPSHOT_TITLE);
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
        a.initTwinSide(c, l.mapA(), title("A", a));
        b.initTwinSide(c, l.mapB(), title("B", b));
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
     * the one-model GUI starts its model: the two draw from the same seed, as headless runs do.
     */
    @Override
    public void start() {
        super.start();
        if (controller instanceof Console c && c.getWhenShouldPause() == Long.MAX_VALUE) {
            // Pause at the end of the shorter scenario: after it, the two sides no longer compare runs of their files.
            c.setWhenShouldPause(Math.min(a.setup().config().steps(), b.setup().config().steps()));
        }
        for (ZoneLabWithUI side : List.of(a, b)) {
            side.state.setSeed(state.seed());
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
     * Copy A to B: B's sliders (the ten levers and the parameters of the Model tab) take A's values, as
     * if moved by hand. What the sliders do not show (B's events, and the zones and years its scenario
     * gives a lever) stays B's. A run that has started is stopped first, and both sides show their
     * initial states again, so that the next play runs both from the start: B's past never differs
     * from what its sliders now say.
     */
    public void copyAToB() {
        stopThenStartOver(() -> b.controls().setSliders(a.controls().sliders()));
    }

    /**
     * Swap: A becomes B and B becomes A, whole scenarios with their events, lever settings and sliders;
     * their maps change places, and the difference chart now draws the other minus the one. A run that
     * has started is stopped first, and both sides show their initial states again.
     */
    public void swap() {
        stopThenStartOver(() -> {
            ZoneLabWithUI old = a;
            a = b;
            b = old;
            if (a.displayFrame != null && b.displayFrame != null) {
                Rectangle left = b.displayFrame.getBounds();
                b.displayFrame.setBounds(a.displayFrame.getBounds());
                a.displayFrame.setBounds(left);
                a.displayFrame.setTitle(title("A", a));
                b.displayFrame.setTitle(title("B", b));
            }
        });
    }

    /**
     * Stops the Console if a run has started (as its stop button does), makes the change, and shows both
     * sides' initial states, the chart's first points and the Model tab again.
     */
    private void stopThenStartOver(Runnable change) {
        if (controller instanceof Console c && c.getPlayState() != Console.PS_STOPPED) {
            c.pressStop();
        }
        synchronized (state.schedule) {
            change.run();
            a.showInitialState();
            b.showInitialState();
        }
        resetChart();
        if (inspector != null) {
            fillInspector();
        }
        if (controller instanceof Console c) {
            c.refresh();
        }
    }

    private static String title(String letter, ZoneLabWithUI side) {
        return letter + ": " + side.setup().name();
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
     * The Console's Model tab: a tab with the quarter, the two scenarios and the differences in words,
     * then a tab of sliders for each side (as the one-model GUI's Model tab), each acting on its own
     * side only.
     */
    @Override
    public Inspector getInspector() {
        inspector = new TabbedInspector();
        inspector.setTitle("ZoneLab twin run");
        fillInspector();
        return inspector;
    }

    private void fillInspector() {
        int selected = inspector.tabs.getSelectedIndex();
        // From the last tab down: MASON's TabbedInspector.clear() asks for a tab that is gone.
        for (int i = inspector.inspectors.size() - 1; i >= 0; i--) {
            inspector.removeInspector((Inspector) inspector.inspectors.get(i));
        }
        int max = getMaximumPropertiesForInspector();
        inspector.addInspector(new SimpleInspector(differenceProperties(), this, null, max), DIFFERENCE_TAB);
        inspector.addInspector(new SimpleInspector(sliderProperties(0), this, null, max), title("A", a));
        inspector.addInspector(new SimpleInspector(sliderProperties(1), this, null, max), title("B", b));
        if (selected >= 0) {
            inspector.tabs.setSelectedIndex(selected);
        }
        inspector.revalidate();
        inspector.repaint();
    }

    /** The first tab of the Model tab: the quarter, the two scenarios, and B minus A in words. */
    Properties differenceProperties() {
        List<ControlProperties.Row> rows = new ArrayList<>();
        rows.add(ControlProperties.Row.readOut("Quarter", "The last quarter simulated in both runs.", String.class,
                () -> a.dateText()));
        rows.add(ControlProperties.Row.readOut("A", null, String.class, () -> a.setup().name()));
        rows.add(ControlProperties.Row.readOut("B", null, String.class, () -> b.setup().name()));
        for (int k = 0; k < TwinDifference.KEY.size(); k++) {
            int index = k;
            rows.add(ControlProperties.Row.readOut(TwinDifference.KEY.get(k).label(), "B minus A", String.class,
                    () -> differences().get(index).sentence()));
        }
        return new ControlProperties(this, rows);
    }

    /** The sliders of side A (0) or B (1), as its tab in the Model tab shows them. */
    Properties sliderProperties(int i) {
        return side(i).controls().properties();
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 50;
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
        /** Width of the Console, pixels: wide enough for the differences in words. */
        static final int CONSOLE_WIDTH = 640;

        static Layout forScreen(Rectangle screen) {
            int w = screen.width / 2;
            double px = Math.min(ZoneLabWithUI.MAX_PIXELS_PER_DEGREE, Math.min(
                    (w - ZoneLabWithUI.Layout.FRAME_SIDES) / (double) ZoneLabModel.MAP_WIDTH,
                    screen.height * 0.6 / ZoneLabModel.MAP_HEIGHT));
            int h = (int) Math.round(ZoneLabModel.MAP_HEIGHT * px) + ZoneLabWithUI.Layout.FRAME_EXTRA;
            int mapW = (int) Math.round(ZoneLabModel.MAP_WIDTH * px) + ZoneLabWithUI.Layout.FRAME_SIDES;
            Rectangle mapA = new Rectangle(screen.x, screen.y, mapW, h);
            Rectangle mapB = new Rectangle(screen.x + w, screen.y, mapW, h);
            Rectangle console = new Rectangle(screen.x, screen.y + h + 4, Math.min(CONSOLE_WIDTH, w),
                    Math.max(300, screen.height - h - 4));
            Rectangle chart = new Rectangle(console.x + console.width + 4, console.y,
                    screen.width - console.width - 4, console.height);
            return new Layout(mapA, mapB, console, chart);
        }
    }
}
