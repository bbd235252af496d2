package org.zonelab.gui;

import java.awt.FlowLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.ScrollPaneConstants;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.scenario.ScenarioLoader;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.util.Properties;

/**
 * ZoneLab's teaching GUI (README, "Teaching with the GUI"; docs/TEACHING.md): a MASON Console, a map display and five live charts.
 *
 * <p>The map shows China's outline, the zones at their cities coloured by macro-region and sized by
 * GDP, the firms as dots around their zones coloured by stage, and samples of the branch and
 * partnership networks, each a layer that the display's Layers menu switches on and off; a legend and
 * the current quarter sit in its corners. Clicking a zone or a firm opens its inspector. The model
 * inspector ({@link ModelControls}) holds the ten levers and the main parameters as sliders.
 *
 * <p>The GUI never draws from the model's random generators: firm dots are scattered with
 * {@code guirandom}, seeded from the run's seed, so a run gives the same results with or without the
 * GUI, and the same picture every time. The GUI opens on the run's initial state, before play; each
 * (re)start restarts the same model in place, with the lever intensities and parameters last set on the
 * sliders.
 */
public class ZoneLabWithUI extends GUIState {
    /** Most pixels per degree of the map (smaller screens get less). */
    static final double MAX_PIXELS_PER_DEGREE = 15;
    /** The label of the Twin tab's button. */
    static final String OPEN_TWIN = "Open a twin run of this scenario and another...";

    public Display2D display;
    public JFrame displayFrame;

    private final GuiSetup setup;
    private final ModelControls controls;
    private final MapLayers layers = new MapLayers();
    private final OutlinePortrayal outlinePortrayal = new OutlinePortrayal();
    private final NetworkPortrayal2D branchPortrayal = new NetworkPortrayal2D();
    private final NetworkPortrayal2D partnershipPortrayal = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D firmPortrayal = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D zonePortrayal = new ContinuousPortrayal2D();
    private final ZonePortrayal zoneLook = new ZonePortrayal();
    private final FirmPortrayal firmLook = new FirmPortrayal();
    private final LegendPortrayal legend = new LegendPortrayal();
    private final LiveCharts charts = new LiveCharts();
    private Layout layout;

    /** The default: the baseline scenario at the teaching scale (for MASON's "New Simulation" menu). */
    public ZoneLabWithUI() {
        this(GuiSetup.of(ScenarioLoader.load(GuiSetup.defaultScenario().orElseThrow(
                () -> new IllegalStateException("cannot find " + GuiSetup.DEFAULT_SCENARIO))), true, false));
    }

    public ZoneLabWithUI(GuiSetup setup) {
        super(new ZoneLabModel(setup.seed(), setup.config(), new GuiProgramme(setup.config())));
        this.setup = setup;
        this.controls = new ModelControls(this);
    }

    public static String getName() {
        return "ZoneLab";
    }

    public static Object getInfo() {
        return "<html><body style='font-family: sans-serif'><h2>ZoneLab: China's national high-tech zones</h2>"
                + "<p>One step is one quarter. Each dot is a firm (one for every 1/scale real firms) at its home "
                + "zone, coloured by stage; each disc is a zone, coloured by macro-region and sized by GDP. "
                + "Lines are branches (brighter across regions) and partnerships.</p>"
                + "<p>The map and the charts open on the initial state, the end of the year before the first "
                + "quarter. Press play. Move a lever in the <b>Model</b> tab: it acts from the next quarter. Click a "
                + "zone or a firm to inspect it. The Layers menu of the map switches layers on and off; the "
                + "Displays tab shows and hides the charts. The Twin tab opens a twin run of this scenario and "
                + "another, side by side on the same seed.</p>"
                + "<p>See docs/TEACHING.md for a 45-minute lesson.</p></body></html>";
    }

    /** The model this GUI runs. */
    public ZoneLabModel model() {
        return (ZoneLabModel) state;
    }

    public GuiSetup setup() {
        return setup;
    }

    /** The model inspector's object: the levers and parameters as MASON properties. */
    public ModelControls controls() {
        return controls;
    }

    /** The programme of the current model, whose levers the sliders move ({@link #validSimState} ensures its type). */
    GuiProgramme programme() {
        return (GuiProgramme) model().programme();
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof ZoneLabModel m && m.programme() instanceof GuiProgramme;
    }

    @Override
    public Controller createController() {
        return openConsole(this, this::twinTab, () -> layout != null ? layout.console() : null);
    }

    /**
     * A Console for a ZoneLab GUI, with a Twin tab, at the place its GUI's layout gives once the GUI is
     * initialised (null: where MASON puts it). A restart replays the same run unless the seed or a slider
     * is changed (tick the box for a new draw).
     */
    static Console openConsole(GUIState gui, Function<Console, JPanel> twinTab, Supplier<Rectangle> place) {
        // The Console's constructor initialises the GUI, which lays out its windows; ask for the place after.
        Console console = new Console(gui);
        console.setIncrementSeedOnStop(false);
        console.getTabPane().addTab("Twin", twinTab.apply(console));
        Rectangle bounds = place.get();
        if (bounds != null) {
            console.setBounds(bounds);
        }
        console.setVisible(true);
        return console;
    }

    /**
     * The Console's Twin tab: opens a twin run ({@link TwinWithUI}) of this scenario (A, with the
     * Console's seed and the sliders as they are here) and a scenario B that the user picks, in a
     * second Console.
     */
    private JPanel twinTab(Console console) {
        JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT));
        JButton open = new JButton(OPEN_TWIN);
        open.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(Path.of("scenarios").toFile());
            chooser.setDialogTitle("Scenario B of the twin run (A: " + setup.name() + ")");
            if (chooser.showOpenDialog(console) != JFileChooser.APPROVE_OPTION) {
                return;
            }
            try {
                twinWith(chooser.getSelectedFile().toPath()).createController();
            } catch (RuntimeException ex) {
                JOptionPane.showMessageDialog(console, "Cannot open the twin run: " + ex.getMessage());
            }
        });
        panel.add(open);
        return panel;
    }

    /**
     * A twin run of this scenario (A, on the seed in the Console, with the levers and parameters as
     * this GUI's sliders have them) and the scenario in this file (B, as its file says), not yet opened.
     */
    TwinWithUI twinWith(Path fileB) {
        GuiSetup a = setup.withSeed((int) state.seed());
        TwinWithUI twin = new TwinWithUI(a, a.twinOf(fileB));
        twin.side(0).controls().setSliders(controls.sliders());
        return twin;
    }

    @Override
    public void start() {
        // The model restarts in place, with the seed the Console just set: its start() resets all of its
        // state and the programme's (the levers go back to the scenario's intensities, then to those set
        // with the sliders), so a restart repeats the run unless the seed or a slider was changed.
        controls.beforeStart(model());
        guirandom.setSeed(state.seed());
        super.start();
        if (controller instanceof Console console && console.getWhenShouldPause() == Long.MAX_VALUE) {
            // Pause at the end of the scenario's years; play goes on from there.
            console.setWhenShouldPause(setup.config().steps());
        }
        scheduleRepeatingImmediatelyAfter(new Refresh());
        setupPortrayals();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        controls.adopt();
        guirandom.setSeed(state.seed());
        scheduleRepeatingImmediatelyAfter(new Refresh());
        setupPortrayals();
    }

    /**
     * Before the first play: builds the run's initial state (the zones and firms at the end of the year
     * before the start) and shows it on the map and the charts, so that the GUI opens on China and its
     * zones. The model is started but the GUI is not: play (MASON's Console calls {@link #start}) builds
     * the same initial state again from the same seed, unless the seed field was changed, and with the
     * sliders moved meanwhile; building it takes under a second at the teaching scale.
     */
    void showInitialState() {
        controls.beforeStart(model());
        guirandom.setSeed(state.seed());
        state.start();
        setupPortrayals();
    }

    /** Points the portrayals and the charts at the (re)started, loaded or initial model, and repaints the map. */
    private void setupPortrayals() {
        ZoneLabModel m = model();
        layers.reset(m, guirandom);
        zoneLook.reset(m);
        outlinePortrayal.setField(setup.outline());
        zonePortrayal.setField(m.zoneField());
        zonePortrayal.setPortrayalForAll(zoneLook);
        firmPortrayal.setField(layers.firms());
        firmPortrayal.setPortrayalForAll(firmLook);
        branchPortrayal.setField(layers.branchField());
        branchPortrayal.setPortrayalForAll(LinkPortrayal.branches());
        partnershipPortrayal.setField(layers.partnershipField());
        partnershipPortrayal.setPortrayalForAll(LinkPortrayal.partnerships());
        legend.setField(m);
        if (charts.isCreated()) {
            charts.reset(m);
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** After each model step: place the firms, sample the networks, extend the charts. */
    private final class Refresh implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState s) {
            ZoneLabModel m = model();
            layers.refresh(m, guirandom);
            List<IndicatorSnapshot> h = m.history();
            if (charts.isCreated() && !h.isEmpty()) {
                charts.record(h.get(h.size() - 1), s.schedule.getSteps());
            }
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        layout = Layout.forScreen(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        openMap(c, layout.mapWidth(), layout.mapHeight(), layout.map().getLocation(), "ZoneLab map: " + setup.name());
        charts.create(c, layout.charts());
        showInitialState();
    }

    /**
     * Opens this model's map alone, without charts, as one side of a twin run ({@link TwinWithUI}), whose
     * Console steps it; then shows the initial state.
     *
     * @param frame where the map window goes, and its size with its header and borders
     */
    void initTwinSide(Controller c, Rectangle frame, String title) {
        super.init(c);
        openMap(c, frame.width - Layout.FRAME_SIDES, frame.height - Layout.FRAME_EXTRA, frame.getLocation(), title);
        showInitialState();
    }

    /** Builds the map display with its layers, in a window at this place. */
    private void openMap(Controller c, int width, int height, Point at, String title) {
        display = new Display2D(width, height, this);
        display.setBackdrop(Palette.SEA);
        // MASON shows scroll bars always; the map fits its window, so show them only when it is made smaller.
        display.display.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.attach(outlinePortrayal, "China");
        display.attach(branchPortrayal, "Branches");
        // Partnerships are many and mostly short; a class sees the map better without them at first.
        display.attach(partnershipPortrayal, "Partnerships", false);
        display.attach(firmPortrayal, "Firms");
        display.attach(zonePortrayal, "Zones");
        display.attach(legend, "Labels, legend and date");
        displayFrame = display.createFrame();
        displayFrame.setTitle(title);
        c.registerFrame(displayFrame);
        displayFrame.setLocation(at);
        displayFrame.setVisible(true);
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        displayFrame = null;
        display = null;
        charts.quit();
    }

    @Override
    public Properties getSimulationProperties() {
        return controls.properties();
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 50;
    }

    @Override
    public Inspector getInspector() {
        Inspector i = super.getInspector();
        i.setTitle("ZoneLab: levers and parameters");
        return i;
    }

    /** The zones whose city the map names. */
    Set<Zone> labelledZones() {
        return zoneLook.labelled();
    }

    /** Radius of a zone's firm cloud on the map, degrees. */
    double cloudRadius(Zone zone) {
        return layers.radius(zone);
    }

    /** The live charts (empty before {@link #init}). */
    LiveCharts charts() {
        return charts;
    }

    // ---- Text on the map and in the inspector -------------------------------------------------

    /** The last snapshot, or the initial one before the first step. */
    IndicatorSnapshot lastSnapshot() {
        List<IndicatorSnapshot> h = model().history();
        return h.isEmpty() ? model().initialSnapshot() : h.get(h.size() - 1);
    }

    /** The last quarter simulated, e.g. {@code 2024 Q3}, or {@code End of 2019} before the first step. */
    public String dateText() {
        List<IndicatorSnapshot> h = model().history();
        if (h.isEmpty()) {
            return "End of " + (setup.config().startYear() - 1);
        }
        IndicatorSnapshot s = h.get(h.size() - 1);
        return s.year() + " Q" + s.quarter();
    }

    /** The lines of the map's date panel: the quarter, the scenario and scale, and national figures. */
    List<String> headline() {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        List<String> lines = new ArrayList<>();
        lines.add(dateText());
        double scale = model().scale();
        lines.add(setup.name() + ", scale " + scale + ": one dot = " + n.format(Math.round(1 / scale)) + " firms");
        IndicatorSnapshot s = lastSnapshot();
        if (s != null) {
            lines.add("Firms " + n.format(s.get(Indicator.FIRMS)) + "   Gazelles " + n.format(s.get(Indicator.GAZELLES))
                    + "   Unicorns " + n.format(s.get(Indicator.UNICORNS)));
            lines.add("Cross-region branches " + n.format(s.get(Indicator.BRANCHES_CROSS_REGION))
                    + "   Zone GDP Gini " + String.format(Locale.US, "%.3f", s.get(Indicator.ZONE_GDP_GINI)));
        }
        return lines;
    }

    /**
     * Where the windows go on a screen: the map at the top left, as large as fits in about 60% of the
     * screen; the Console to its right; the five charts in a row below.
     */
    record Layout(Rectangle map, int mapWidth, int mapHeight, Rectangle console, List<Rectangle> charts) {
        /** Height of a Display2D frame's header and borders, pixels. */
        static final int FRAME_EXTRA = 72;
        /** Width of a Display2D frame's borders, pixels. */
        static final int FRAME_SIDES = 16;
        static final int MIN_CHART_HEIGHT = 220;

        static Layout forScreen(Rectangle screen) {
            double px = Math.max(8, Math.min(MAX_PIXELS_PER_DEGREE,
                    Math.min(screen.width * 0.62 / ZoneLabModel.MAP_WIDTH, screen.height * 0.62 / ZoneLabModel.MAP_HEIGHT)));
            int w = (int) Math.round(ZoneLabModel.MAP_WIDTH * px);
            int h = (int) Math.round(ZoneLabModel.MAP_HEIGHT * px);
            Rectangle map = new Rectangle(screen.x, screen.y, w + FRAME_SIDES, h + FRAME_EXTRA);
            int consoleWidth = Math.max(380, Math.min(480, screen.width - map.width - 8));
            Rectangle console = new Rectangle(Math.min(screen.x + map.width + 8, screen.x + screen.width - consoleWidth),
                    screen.y, consoleWidth, map.height);
            int chartTop = Math.min(screen.y + map.height + 4, screen.y + screen.height - MIN_CHART_HEIGHT);
            int chartHeight = Math.max(MIN_CHART_HEIGHT, screen.y + screen.height - chartTop);
            int n = LiveCharts.CHARTS.size();
            int chartWidth = screen.width / n;
            List<Rectangle> charts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                charts.add(new Rectangle(screen.x + i * chartWidth, chartTop, chartWidth, chartHeight));
            }
            return new Layout(map, w, h, console, List.copyOf(charts));
        }
    }
}
