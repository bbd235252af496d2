package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.model.Stage;
import org.zonelab.model.Worlds;
import org.zonelab.model.geo.Region;
import org.zonelab.model.measure.Indicator;
import org.zonelab.scenario.Scenario;
import sim.display.Console;

/**
 * The GUI with its windows open, on a virtual display: a child JVM ({@link GuiSnapshotMain}) opens the
 * GUI through MASON's Console, saves what it shows before play, then plays a few quarters and saves the
 * map through MASON's own snapshot. The child runs once for all the tests, on a virtual display of its
 * own ({@link VirtualDisplay}).
 */
class GuiSnapshotTest {
    private static final int STEPS = 6;

    @TempDir
    static Path tmp;
    private static Path out;

    @BeforeAll
    static void openThePlayAndSaveTheGui() throws Exception {
        out = tmp.resolve("out");
        VirtualDisplay.runChild(tmp, GuiSnapshotMain.class, GuiRuns.BASELINE.toString(), Double.toString(GuiRuns.SCALE),
                Integer.toString(STEPS), out.toString());
    }

    @Test
    void beforePlayTheMapShowsChinaTheZonesAndTheFirmsOfTheInitialStateAndTheChartsTheirFirstPoint()
            throws Exception {
        Path before = out.resolve("before-play");
        assertEquals("0,0," + Console.PS_STOPPED, Files.readString(before.resolve("steps.txt")),
                "steps simulated, quarters recorded and the Console's play state as the GUI opens");
        assertShowsChinaZonesAndFirms(ImageIO.read(before.resolve("map.png").toFile()), "before play, MASON's snapshot");
        assertShowsChinaZonesAndFirms(ImageIO.read(before.resolve("window.png").toFile()), "before play, the screen");

        Scenario s = GuiRuns.scenario(GuiRuns.BASELINE);
        List<String> headless = GuiRuns.rows(List.of(Worlds.started(s.modelConfig(), s.seed()).initialSnapshot()));
        GuiRuns.assertSameRows(headless, Files.readAllLines(before.resolve("initial.csv")), "the initial state before play");
        for (String line : Files.readAllLines(before.resolve("charts.txt"))) {
            String name = line.substring(0, line.lastIndexOf(','));
            int points = Integer.parseInt(line.substring(line.lastIndexOf(',') + 1));
            // Flows (new firms, exits) have no value before the first quarter; stocks start with the initial state.
            int expected = flow(name) ? 0 : 1;
            assertEquals(expected, points, "points of chart series " + name + " before play");
        }
        assertEquals(LiveCharts.CHARTS.stream().mapToInt(c -> c.lines().size()).sum(),
                Files.readAllLines(before.resolve("charts.txt")).size(), "every chart's series are there before play");
    }

    @Test
    void theMapShowsZonesInRegionColoursAndFirmsInStageColoursAndTheRunMatchesTheHeadlessOne()
            throws Exception {
        BufferedImage map = ImageIO.read(out.resolve("map.png").toFile());
        assertTrue(Files.size(out.resolve("map.mov")) > 10_000, "MASON's movie export wrote a movie");
        assertShowsChinaZonesAndFirms(map, "after " + STEPS + " quarters");

        Scenario s = GuiRuns.scenario(GuiRuns.BASELINE);
        List<String> gui = Files.readAllLines(out.resolve("history.csv"));
        GuiRuns.assertSameRows(GuiRuns.headlessRows(s, s.seed(), STEPS), gui, "with the windows open");
        for (String line : Files.readAllLines(out.resolve("charts.txt"))) {
            int points = Integer.parseInt(line.substring(line.lastIndexOf(',') + 1));
            assertEquals(flow(line.substring(0, line.lastIndexOf(','))) ? STEPS : STEPS + 1, points, "chart series " + line);
        }
    }

    @Test
    void theConsoleOpensBesideTheMapNotOverIt() throws Exception {
        List<Rectangle> w = GuiSnapshotMain.readWindows(out.resolve("windows.txt"));
        assertFalse(w.get(0).intersects(w.get(1)), "the Console " + w.get(0) + " and the map " + w.get(1));
    }

    @Test
    void playStartsFromTheInitialStateTheGuiOpenedOn() throws Exception {
        // Play builds the initial state again (same seed, no slider moved): the same as the one shown before play.
        GuiRuns.assertSameRows(Files.readAllLines(out.resolve("before-play").resolve("initial.csv")),
                Files.readAllLines(out.resolve("initial.csv")), "the initial state after play");
    }

    /** Whether a chart series (named by its indicator's label) is a flow, which has no initial point. */
    private static boolean flow(String label) {
        for (Indicator i : Indicator.values()) {
            if (i.label().equals(label)) {
                return i.kind() != Indicator.Kind.STOCK;
            }
        }
        throw new AssertionError("no indicator labelled " + label);
    }

    /** China's land, zones of every macro-region in its colour, and firms in the colours of the common stages. */
    static void assertShowsChinaZonesAndFirms(BufferedImage map, String when) {
        assertTrue(map.getWidth() >= 500 && map.getHeight() >= 280, when + ": map size " + map.getWidth() + "x" + map.getHeight());
        assertTrue(distinctColours(map) > 200, when + ": the map is not blank: " + distinctColours(map) + " colours");
        assertTrue(count(map, Palette.LAND, 2) > map.getWidth() * map.getHeight() / 20, when + ": China's land is drawn");
        for (Region r : Region.values()) {
            int n = count(map, Palette.REGIONS.get(r), 14);
            assertTrue(n >= 20, when + ": " + r + " zones: " + n + " pixels in their colour");
        }
        for (Stage st : List.of(Stage.START_UP, Stage.ESTABLISHED, Stage.HIGH_TECH, Stage.GAZELLE)) {
            int n = count(map, Palette.STAGES.get(st), 14);
            assertTrue(n >= 10, when + ": " + st + " firms: " + n + " pixels in their colour");
        }
    }

    static int count(BufferedImage img, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= tolerance
                        && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= tolerance
                        && Math.abs((rgb & 0xff) - c.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
