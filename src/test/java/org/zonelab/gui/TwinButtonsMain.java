package org.zonelab.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * Clicks the buttons of the twin GUI as a user does: {@link Robot} moves the mouse over each button of
 * the Console's Twin tab and clicks it, and picks files in the real file choosers they open. Runs on
 * whatever display {@code DISPLAY} names, writes what each click did into a folder, and exits.
 *
 * <p>{@code TwinButtonsMain twin A.yaml B.yaml SCALE STEPS OUT}: a twin of A and B; play, click "swap"
 * ({@code swap.txt}: the scenarios, the play state and the windows right after it), play
 * ({@code swap/A/history.csv}, {@code swap/B/...}, {@code swap/screen.png}), click "swap" and "copy A to B", play
 * ({@code copy/A/...}, {@code copy/B/...}, {@code copy/chart.txt}: {@code series,points,last value}),
 * then click "snapshot both maps" and choose {@code OUT/snapshots}.
 *
 * <p>{@code TwinButtonsMain open A.yaml B.yaml SCALE STEPS OUT}: the one-model GUI of A, with lever
 * new_rnd moved to 1.5 on its slider; click its Twin tab's button and choose B; play the twin that opens
 * ({@code open/A/history.csv}, {@code open/B/...}, {@code open.txt}: its scenarios and its Consoles).
 */
public final class TwinButtonsMain {
    private static final long WAIT_SECONDS = 60;

    private TwinButtonsMain() {
    }

    public static void main(String[] args) throws Exception {
        try {
            Overrides o = new Overrides(null, null, Double.parseDouble(args[3]), null);
            GuiSetup a = GuiSetup.of(ScenarioLoader.load(Path.of(args[1]), o), false, true);
            int steps = Integer.parseInt(args[4]);
            Path out = Files.createDirectories(Path.of(args[5]));
            if (args[0].equals("twin")) {
                GuiSetup b = GuiSetup.of(ScenarioLoader.load(Path.of(args[2]), o), false, true).withSeed(a.seed());
                clickTheTwinsButtons(new TwinWithUI(a, b), steps, out);
            } else {
                openATwinFromTheOneModelGui(new ZoneLabWithUI(a), Path.of(args[2]), steps, out);
            }
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void clickTheTwinsButtons(TwinWithUI twin, int steps, Path out) throws Exception {
        Console console = onEdt(() -> (Console) twin.createController());
        GuiSnapshotMain.play(console, twin.state, steps);

        click(console, TwinWithUI.SWAP);
        waitFor(() -> twin.side(0).model().history().isEmpty(), "the swap to start both runs over");
        List<String> swapped = onEdt(() -> List.of(
                "A=" + twin.side(0).setup().name(),
                "B=" + twin.side(1).setup().name(),
                "playState=" + console.getPlayState(),
                "titleA=" + twin.side(0).displayFrame.getTitle(),
                "titleB=" + twin.side(1).displayFrame.getTitle(),
                "xA=" + twin.side(0).displayFrame.getX(),
                "xB=" + twin.side(1).displayFrame.getX(),
                "modelTabs=" + String.join("|", modelTabs(console)),
                "checkpointItemsEnabled=" + checkpointItemsEnabled(console)));
        Files.write(out.resolve("swap.txt"), swapped, StandardCharsets.UTF_8);
        GuiSnapshotMain.play(console, twin.state, steps);
        writeSides(twin, out.resolve("swap"));
        GuiSnapshotMain.writeScreen(out.resolve("swap"));

        click(console, TwinWithUI.SWAP);
        click(console, TwinWithUI.COPY);
        waitFor(() -> twin.side(1).model().history().isEmpty(), "the copy to start both runs over");
        GuiSnapshotMain.play(console, twin.state, steps);
        writeSides(twin, out.resolve("copy"));
        List<String> chart = onEdt(() -> twin.chart().series().stream()
                .map(s -> s.getKey() + "," + s.getItemCount() + "," + s.getY(s.getItemCount() - 1)).toList());
        Files.write(out.resolve("copy").resolve("chart.txt"), chart, StandardCharsets.UTF_8);

        clickAndChoose(console, TwinWithUI.SNAPSHOT, out.resolve("snapshots"));
        waitFor(() -> Files.exists(out.resolve("snapshots").resolve("B.png")), "the snapshots to be written");
    }

    private static void openATwinFromTheOneModelGui(ZoneLabWithUI one, Path fileB, int steps, Path out)
            throws Exception {
        Console console = onEdt(() -> (Console) one.createController());
        onEdt(() -> {
            one.controls().setLever("new_rnd", 1.5);
            console.refresh();
            return null;
        });
        clickAndChoose(console, ZoneLabWithUI.OPEN_TWIN, fileB.toAbsolutePath());
        waitFor(() -> twinConsole().isPresent(), "the twin's Console to open");
        Console second = twinConsole().orElseThrow();
        TwinWithUI twin = (TwinWithUI) second.getSimulation();
        GuiSnapshotMain.play(second, twin.state, steps);
        writeSides(twin, out.resolve("open"));
        Files.write(out.resolve("open.txt"), onEdt(() -> List.of(
                "A=" + twin.side(0).setup().name(),
                "B=" + twin.side(1).setup().name(),
                "seed=" + twin.state.seed(),
                "slidersOfTheGui=" + Arrays.toString(one.controls().sliders()),
                "slidersOfA=" + Arrays.toString(twin.side(0).controls().sliders()),
                "oneModelConsoleShowing=" + console.isShowing())), StandardCharsets.UTF_8);
    }

    /** The Console of a twin run, once one is showing. */
    private static Optional<Console> twinConsole() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Console c && c.isShowing() && c.getSimulation() instanceof TwinWithUI) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Side A's and B's national rows. */
    private static void writeSides(TwinWithUI twin, Path dir) throws Exception {
        for (int i = 0; i < 2; i++) {
            Path side = dir.resolve(i == 0 ? "A" : "B");
            Files.createDirectories(side);
            GuiSnapshotMain.writeRows(twin.side(i), twin.side(i).model().history(), side.resolve("history.csv"));
        }
    }

    /** {@code label:enabled} of the File menu's checkpoint items. */
    private static String checkpointItemsEnabled(Console console) {
        List<String> items = new ArrayList<>();
        javax.swing.JMenu file = console.getJMenuBar().getMenu(0);
        for (int i = 0; i < file.getItemCount(); i++) {
            if (file.getItem(i) != null && TwinWithUI.CHECKPOINT_ITEMS.contains(file.getItem(i).getText())) {
                items.add(file.getItem(i).getText() + ":" + file.getItem(i).isEnabled());
            }
        }
        return String.join("|", items);
    }

    /** The titles of the tabs inside the Console's Model tab. */
    private static List<String> modelTabs(Console console) {
        List<String> titles = new ArrayList<>();
        Component model = console.getTabPane().getComponentAt(tabIndex(console, "Model"));
        find(model, JTabbedPane.class).ifPresent(t -> {
            for (int i = 0; i < t.getTabCount(); i++) {
                titles.add(t.getTitleAt(i));
            }
        });
        return titles;
    }

    /** Shows the Console's Twin tab and clicks the button with this label with the mouse; waits for the click to be handled. */
    private static void click(Console console, String label) throws Exception {
        Point centre = showButton(console, label);
        Robot robot = new Robot();
        robot.mouseMove(centre.x, centre.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    /**
     * Clicks a button that opens a file chooser, then chooses this file in the chooser, as a user who
     * types its path and presses the approve button.
     */
    private static void clickAndChoose(Console console, String label, Path file) throws Exception {
        Point centre = showButton(console, label);
        Robot robot = new Robot();
        robot.mouseMove(centre.x, centre.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitFor(() -> chooser().isPresent(), "the file chooser of \"" + label + "\" to open");
        JFileChooser chooser = chooser().orElseThrow();
        SwingUtilities.invokeLater(() -> {
            chooser.setSelectedFile(file.toFile());
            chooser.approveSelection();
        });
        waitFor(() -> chooser().isEmpty(), "the file chooser to close");
    }

    /** The file chooser of a showing dialog. */
    private static Optional<JFileChooser> chooser() {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing()) {
                Optional<JFileChooser> c = find(d.getContentPane(), JFileChooser.class);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    /** Selects the Twin tab, and returns the screen point at the centre of the button with this label. */
    private static Point showButton(Console console, String label) throws Exception {
        onEdt(() -> {
            console.toFront();
            console.getTabPane().setSelectedIndex(tabIndex(console, "Twin"));
            return null;
        });
        Thread.sleep(300);
        return onEdt(() -> {
            AbstractButton b = buttons(console.getTabPane().getComponentAt(tabIndex(console, "Twin"))).stream()
                    .filter(x -> x.getText().equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no button \"" + label + "\" in the Twin tab"));
            if (!b.isShowing()) {
                throw new IllegalStateException("the button \"" + label + "\" is not on the screen");
            }
            Point p = b.getLocationOnScreen();
            return new Point(p.x + b.getWidth() / 2, p.y + b.getHeight() / 2);
        });
    }

    private static int tabIndex(Console console, String title) {
        JTabbedPane tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTitleAt(i).equals(title)) {
                return i;
            }
        }
        throw new IllegalStateException("the Console has no " + title + " tab");
    }

    private static List<AbstractButton> buttons(Component c) {
        List<AbstractButton> found = new ArrayList<>();
        if (c instanceof AbstractButton b) {
            found.add(b);
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                found.addAll(buttons(child));
            }
        }
        return found;
    }

    private static <T> Optional<T> find(Component c, Class<T> type) {
        if (type.isInstance(c)) {
            return Optional.of(type.cast(c));
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                Optional<T> f = find(child, type);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!onEdt(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited " + WAIT_SECONDS + " s for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onEdt(Supplier<T> s) throws Exception {
        AtomicReference<T> r = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> r.set(s.get()));
        return r.get();
    }
}
