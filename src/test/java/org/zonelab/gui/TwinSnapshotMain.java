package org.zonelab.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * Runs a twin GUI headfully (on whatever display {@code DISPLAY} names), plays N quarters through its
 * Console, and writes into a folder: {@code screen.png}, the whole screen, with the Console's Model
 * tab; for each side ({@code A/}, {@code B/}) {@code map.png}, its map through MASON's own snapshot,
 * and {@code history.csv}, its national indicators; {@code chart.txt}, the lines of the difference chart
 * ({@code series,points,last value}); {@code words.txt}, the differences in words; {@code tabs.txt},
 * the Console's tabs; and {@code snapshots/A.png} and {@code B.png}, from the twin's "snapshot both
 * maps". Then it exits.
 * The twin runs on A's seed.
 *
 * <p>Usage: {@code TwinSnapshotMain A.yaml B.yaml SCALE STEPS OUT_DIR}
 */
public final class TwinSnapshotMain {
    private TwinSnapshotMain() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(Path.of(args[0]), Path.of(args[1]), Double.parseDouble(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Path fileA, Path fileB, double scale, int steps, Path out) throws Exception {
        Overrides o = new Overrides(null, null, scale, null);
        GuiSetup a = GuiSetup.of(ScenarioLoader.load(fileA, o), false, true);
        GuiSetup b = GuiSetup.of(ScenarioLoader.load(fileB, o), false, true).withSeed(a.seed());
        TwinWithUI twin = new TwinWithUI(a, b);
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> console.set((Console) twin.createController()));
        GuiSnapshotMain.play(console.get(), twin.state, steps);
        SwingUtilities.invokeAndWait(() -> GuiSnapshotMain.showModelTab(console.get()));
        for (int i = 0; i < 2; i++) {
            Path dir = out.resolve(i == 0 ? "A" : "B");
            Files.createDirectories(dir);
            ZoneLabWithUI side = twin.side(i);
            GuiSnapshotMain.writeMap(side, dir);
            GuiSnapshotMain.writeRows(side, side.model().history(), dir.resolve("history.csv"));
        }
        GuiSnapshotMain.writeScreen(out);
        SwingUtilities.invokeAndWait(() -> {
            try {
                twin.snapshotMaps(out.resolve("snapshots"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writeChart(twin, out.resolve("chart.txt"));
        Files.write(out.resolve("words.txt"), twin.differencesInWords(), StandardCharsets.UTF_8);
        List<String> tabs = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            for (int i = 0; i < console.get().getTabPane().getTabCount(); i++) {
                tabs.add(console.get().getTabPane().getTitleAt(i));
            }
        });
        Files.write(out.resolve("tabs.txt"), tabs, StandardCharsets.UTF_8);
        GuiSnapshotMain.writeWindows(out.resolve("windows.txt"), console.get(), twin.side(0).displayFrame,
                twin.side(1).displayFrame);
    }

    /** {@code series,points,last value} for every line of the difference chart. */
    private static void writeChart(TwinWithUI twin, Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> twin.chart().series().forEach(s -> lines.add(s.getKey() + ","
                + s.getItemCount() + "," + s.getY(s.getItemCount() - 1))));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
