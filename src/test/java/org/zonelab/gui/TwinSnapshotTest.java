package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.model.measure.Indicator;

/**
 * The twin GUI with its windows open, on a virtual display: a child JVM ({@link TwinSnapshotMain}) opens
 * a twin run of the baseline (A) and regional coordination (B) through MASON's Console, plays a few
 * quarters and saves both maps, a screenshot, the difference chart's lines and the differences in words.
 */
class TwinSnapshotTest {
    private static final int STEPS = 6;

    @TempDir
    static Path tmp;
    private static Path out;

    @BeforeAll
    static void openPlayAndSaveTheTwin() throws Exception {
        out = tmp.resolve("out");
        VirtualDisplay.runChild(tmp, TwinSnapshotMain.class, GuiRuns.BASELINE.toString(),
                GuiRuns.REGIONAL_COORDINATION.toString(), Double.toString(GuiRuns.SCALE), Integer.toString(STEPS),
                out.toString());
    }

    @Test
    void bothMapsShowChinaTheZonesAndTheFirmsAndEachSideMatchesItsHeadlessRun() throws Exception {
        long seed = GuiRuns.scenario(GuiRuns.BASELINE).seed();
        for (String side : new String[] {"A", "B"}) {
            GuiSnapshotTest.assertShowsChinaZonesAndFirms(ImageIO.read(out.resolve(side).resolve("map.png").toFile()),
                    "map " + side + " after " + STEPS + " quarters");
            GuiSnapshotTest.assertShowsChinaZonesAndFirms(ImageIO.read(out.resolve("snapshots").resolve(side + ".png")
                    .toFile()), "the twin's snapshot of map " + side);
            Path file = side.equals("A") ? GuiRuns.BASELINE : GuiRuns.REGIONAL_COORDINATION;
            GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiRuns.scenario(file), (int) seed, STEPS),
                    Files.readAllLines(out.resolve(side).resolve("history.csv")), "side " + side + " with the windows open");
        }
    }

    @Test
    void theDifferenceChartDrawsBMinusAOfTheKeyIndicatorsEveryQuarterAndTheConsoleSaysItInWords() throws Exception {
        List<String> chart = Files.readAllLines(out.resolve("chart.txt"));
        List<String> words = Files.readAllLines(out.resolve("words.txt"));
        assertEquals(TwinDifference.KEY.size(), chart.size(), "one line per key indicator: " + chart);
        assertEquals(TwinDifference.KEY.size(), words.size(), "one sentence per key indicator: " + words);
        List<String> a = Files.readAllLines(out.resolve("A").resolve("history.csv"));
        List<String> b = Files.readAllLines(out.resolve("B").resolve("history.csv"));
        for (int k = 0; k < TwinDifference.KEY.size(); k++) {
            Indicator i = TwinDifference.KEY.get(k);
            String[] line = chart.get(k).split(",");
            assertEquals(i.label(), line[0]);
            assertEquals(i.kind() == Indicator.Kind.STOCK ? STEPS + 1 : STEPS, Integer.parseInt(line[1]), "points of " + line[0]);
            TwinDifference last = new TwinDifference(i, lastValue(a, i), lastValue(b, i));
            assertEquals(last.percentOfA(), Double.parseDouble(line[2]), 1e-9, "the last point of " + i.label());
            assertEquals(last.words(), words.get(k));
        }
    }

    /** The value of an indicator in the last quarter of {@code year,quarter,indicator,value} rows. */
    private static double lastValue(List<String> rows, Indicator i) {
        double v = Double.NaN;
        for (String r : rows) {
            String[] f = r.split(",");
            if (f[2].equals(i.key())) {
                v = Double.parseDouble(f[3]);
            }
        }
        return v;
    }

    @Test
    void theConsoleHasATwinTabForCopyAndSwap() throws Exception {
        assertTrue(Files.readAllLines(out.resolve("tabs.txt")).contains("Twin"), Files.readString(out.resolve("tabs.txt")));
    }

    @Test
    void theConsoleOpensBelowTheMapsNotOverThem() throws Exception {
        List<Rectangle> w = GuiSnapshotMain.readWindows(out.resolve("windows.txt"));
        for (int map = 1; map <= 2; map++) {
            assertFalse(w.get(0).intersects(w.get(map)), "the Console " + w.get(0) + " and map " + map + " " + w.get(map));
        }
        assertFalse(w.get(1).intersects(w.get(2)), "map A " + w.get(1) + " and map B " + w.get(2));
    }

    @Test
    void theScreenshotShowsBothMapsSideBySide() throws Exception {
        BufferedImage screen = ImageIO.read(out.resolve("screen.png").toFile());
        BufferedImage left = screen.getSubimage(0, 0, screen.getWidth() / 2, screen.getHeight() * 2 / 3);
        BufferedImage right = screen.getSubimage(screen.getWidth() / 2, 0, screen.getWidth() / 2, screen.getHeight() * 2 / 3);
        for (BufferedImage half : new BufferedImage[] {left, right}) {
            assertTrue(GuiSnapshotTest.count(half, Palette.LAND, 2) > half.getWidth() * half.getHeight() / 20,
                    "China's land is drawn in each half of the screen");
        }
    }
}
