package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The twin GUI with its windows open, on a virtual display: a child JVM ({@link TwinSnapshotMain}) opens
 * a twin run of the baseline (A) and regional coordination (B) through MASON's Console, plays a few
 * quarters and saves both maps and a screenshot.
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
            Path file = side.equals("A") ? GuiRuns.BASELINE : GuiRuns.REGIONAL_COORDINATION;
            GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiRuns.scenario(file), (int) seed, STEPS),
                    Files.readAllLines(out.resolve(side).resolve("history.csv")), "side " + side + " with the windows open");
        }
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
