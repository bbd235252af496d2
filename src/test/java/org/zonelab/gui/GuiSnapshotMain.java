package org.zonelab.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.jfree.data.xy.XYSeriesCollection;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.ScenarioLoader;
import sim.display.Console;
import sim.display.Display2D;
import sim.engine.SimState;

/**
 * Runs the GUI headfully (on whatever display {@code DISPLAY} names), plays N steps through the
 * Console, and writes what a test or the documentation needs into a folder: {@code map.png}, the map
 * display through MASON's own snapshot ({@link Display2D#takeSnapshot(java.io.File, int)});
 * {@code history.csv}, the model's national indicators; {@code charts.txt}, the number of points in
 * each chart series; {@code initial.csv}, the initial state's indicators after play; and with
 * {@code --screen}, {@code screen.png}, the whole screen with the Console showing the model inspector.
 * Before it presses play it writes the same of the GUI as it opens into {@code before-play/}, with
 * {@code window.png}, the map window as captured from the screen, and {@code steps.txt}, the steps
 * simulated, the quarters recorded and the Console's play state (with {@code --screen}, also
 * {@code screen.png}). Then it exits.
 *
 * <p>Usage: {@code GuiSnapshotMain SCENARIO SCALE STEPS OUT_DIR [--screen]}
 */
public final class GuiSnapshotMain {
    private GuiSnapshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path scenario = Path.of(args[0]);
        double scale = Double.parseDouble(args[1]);
        int steps = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        boolean screen = args.length > 4 && args[4].equals("--screen");
        Files.createDirectories(out);
        try {
            run(scenario, scale, steps, out, screen);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Path scenario, double scale, int steps, Path out, boolean screen) throws Exception {
        GuiSetup setup = GuiSetup.of(ScenarioLoader.load(scenario, new Overrides(null, null, scale, null)), false, true);
        ZoneLabWithUI gui = new ZoneLabWithUI(setup);
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> console.set((Console) gui.createController()));
        Console c = console.get();
        writeBeforePlay(gui, c, out.resolve("before-play"), screen);
        play(c, gui.state, steps);
        if (screen) {
            SwingUtilities.invokeAndWait(() -> showModelTab(c));
        }
        writeMap(gui, out);
        writeMovie(ImageIO.read(out.resolve("map.png").toFile()), out.resolve("map.mov"));
        if (screen) {
            writeScreen(out);
        }
        writeRows(gui, gui.model().history(), out.resolve("history.csv"));
        writeRows(gui, List.of(gui.model().initialSnapshot()), out.resolve("initial.csv"));
        writeCharts(gui, out.resolve("charts.txt"));
        writeWindows(out.resolve("windows.txt"), c, gui.displayFrame);
    }

    /** {@code x,y,width,height} of each window, one line each, in this order. */
    static void writeWindows(Path file, java.awt.Component... windows) throws Exception {
        List<String> lines = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            for (java.awt.Component w : windows) {
                Rectangle r = w.getBounds();
                lines.add(r.x + "," + r.y + "," + r.width + "," + r.height);
            }
        });
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The rectangles of {@link #writeWindows}. */
    static List<Rectangle> readWindows(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(l -> l.split(",")).map(f -> new Rectangle(
                Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]))).toList();
    }

    /** Presses the Console's play and waits until it pauses after this many steps (at most 120 s). */
    static void play(Console c, SimState state, int steps) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            c.setWhenShouldPause(steps);
            c.pressPlay();
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(state.schedule.getSteps() >= steps && c.getPlayState() == Console.PS_PAUSED)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the GUI did not reach step " + steps + " within 120 s (at "
                        + state.schedule.getSteps() + ")");
            }
            Thread.sleep(50);
        }
    }

    /** The GUI as it opens, before play: the map (MASON's snapshot and the window on the screen) and the charts. */
    private static void writeBeforePlay(ZoneLabWithUI gui, Console c, Path dir, boolean screen) throws Exception {
        Files.createDirectories(dir);
        writeMap(gui, dir);
        AtomicReference<Rectangle> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> window.set(gui.displayFrame.getBounds()));
        ImageIO.write(new Robot().createScreenCapture(window.get()), "png", dir.resolve("window.png").toFile());
        if (screen) {
            writeScreen(dir);
        }
        writeRows(gui, List.of(gui.model().initialSnapshot()), dir.resolve("initial.csv"));
        writeCharts(gui, dir.resolve("charts.txt"));
        Files.writeString(dir.resolve("steps.txt"), gui.state.schedule.getSteps() + "," + gui.model().history().size()
                + "," + c.getPlayState());
    }

    /** MASON's snapshot of the map, once the charts' delayed redraws (at most a second) and the repaints are done. */
    static void writeMap(ZoneLabWithUI gui, Path dir) throws Exception {
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> {
            try {
                gui.display.takeSnapshot(dir.resolve("map.png").toFile(), Display2D.TYPE_PNG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The whole screen. */
    static void writeScreen(Path dir) throws Exception {
        Rectangle bounds = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        ImageIO.write(new Robot().createScreenCapture(bounds), "png", dir.resolve("screen.png").toFile());
    }

    /** {@code series,points} for every series of every chart. */
    private static void writeCharts(ZoneLabWithUI gui, Path file) throws Exception {
        AtomicReference<List<String>> lines = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            List<String> l = new ArrayList<>();
            gui.charts().generators().forEach(g -> {
                XYSeriesCollection d = (XYSeriesCollection) g.getSeriesDataset();
                for (int i = 0; i < d.getSeriesCount(); i++) {
                    l.add(d.getSeries(i).getKey() + "," + d.getSeries(i).getItemCount());
                }
            });
            lines.set(l);
        });
        Files.write(file, lines.get(), StandardCharsets.UTF_8);
    }

    /**
     * Encodes a short movie of the map with MASON's own movie encoder (what the display's movie
     * button uses), to show that movie export works in this build.
     */
    private static void writeMovie(BufferedImage map, Path file) {
        BufferedImage frame = new BufferedImage(map.getWidth() / 2 * 2, map.getHeight() / 2 * 2, BufferedImage.TYPE_INT_RGB);
        frame.createGraphics().drawImage(map, 0, 0, null);
        javax.media.Format[] formats = sim.util.media.MovieEncoder.getEncodingFormats(10f, frame);
        sim.util.media.MovieEncoder encoder = new sim.util.media.MovieEncoder(10f, file.toFile(), frame, formats[0]);
        for (int i = 0; i < 10; i++) {
            encoder.add(frame);
        }
        encoder.stop();
    }

    static void showModelTab(Console c) {
        JTabbedPane tabs = c.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTitleAt(i).equals("Model")) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    static void writeRows(ZoneLabWithUI gui, List<IndicatorSnapshot> snapshots, Path file) throws IOException {
        synchronized (gui.state.schedule) {
            Files.write(file, GuiRuns.rows(snapshots), StandardCharsets.UTF_8);
        }
    }
}
