package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.model.config.ModelConfig;
import sim.display.Console;

/**
 * The twin GUI's buttons, clicked with the mouse on a virtual display ({@link TwinButtonsMain}): swap,
 * copy A to B and snapshot in the twin's Console, and the one-model GUI's "open a twin run", with the
 * real file choosers. Each click is judged by what it does to the runs, against headless runs.
 */
class TwinButtonsTest {
    private static final int STEPS = 4;

    @TempDir
    static Path tmp;
    private static Path out;
    private static long seed;

    @BeforeAll
    static void clickTheButtons() throws Exception {
        out = tmp.resolve("out");
        seed = GuiRuns.scenario(GuiRuns.BASELINE).seed();
        for (String mode : new String[] {"twin", "open"}) {
            Path dir = Files.createDirectories(tmp.resolve(mode));
            VirtualDisplay.runChild(dir, TwinButtonsMain.class, mode, GuiRuns.BASELINE.toString(),
                    GuiRuns.REGIONAL_COORDINATION.toString(), Double.toString(GuiRuns.SCALE), Integer.toString(STEPS),
                    out.toString());
        }
    }

    @Test
    void swapStopsTheRunAndExchangesTheWholeScenariosAndTheirMaps() throws Exception {
        Map<String, String> swap = keyValues(out.resolve("swap.txt"));
        assertEquals("regional_coordination", swap.get("A"));
        assertEquals("baseline", swap.get("B"));
        assertEquals(Integer.toString(Console.PS_STOPPED), swap.get("playState"), "swap stops the run");
        assertEquals("A: regional_coordination", swap.get("titleA"));
        assertEquals("B: baseline", swap.get("titleB"));
        assertTrue(Integer.parseInt(swap.get("xA")) < Integer.parseInt(swap.get("xB")), "A's map stays on the left");
        assertEquals(TwinWithUI.DIFFERENCE_TAB + "|A: regional_coordination|B: baseline", swap.get("modelTabs"),
                "the Model tab's tabs follow the swap");
        assertEquals("Open...:false|Save:false|Save As...:false", swap.get("checkpointItemsEnabled"),
                "a twin run has no checkpoints, so its File menu does not offer them");
        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiRuns.scenario(GuiRuns.REGIONAL_COORDINATION), seed, STEPS),
                rows("swap", "A"), "side A after the swap, played");
        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiRuns.scenario(GuiRuns.BASELINE), seed, STEPS),
                rows("swap", "B"), "side B after the swap, played");
    }

    @Test
    void copyAToBMakesBRunAsAFromTheStartSoTheDifferenceChartStaysAtZero() throws Exception {
        List<String> a = rows("copy", "A");
        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiRuns.scenario(GuiRuns.BASELINE), seed, STEPS), a,
                "side A after swapping back");
        GuiRuns.assertSameRows(a, rows("copy", "B"), "side B after copy A to B");
        List<String> chart = Files.readAllLines(out.resolve("copy").resolve("chart.txt"));
        assertEquals(TwinDifference.KEY.size(), chart.size());
        for (String line : chart) {
            String[] f = line.split(",");
            assertTrue(Integer.parseInt(f[1]) >= STEPS, "a point per quarter: " + line);
            assertEquals(0.0, Double.parseDouble(f[2]), 0.0, "B minus A after the copy: " + line);
        }
    }

    @Test
    void snapshotBothMapsWritesTheTwoMapsIntoTheChosenFolder() throws Exception {
        for (String side : new String[] {"A", "B"}) {
            GuiSnapshotTest.assertShowsChinaZonesAndFirms(ImageIO.read(out.resolve("snapshots").resolve(side + ".png")
                    .toFile()), "snapshot " + side + ", saved through the button and the folder chooser");
        }
    }

    @Test
    void theOneModelGuisTwinButtonOpensATwinOfItsScenarioWithItsSlidersAndTheChosenFile() throws Exception {
        Map<String, String> open = keyValues(out.resolve("open.txt"));
        assertEquals("baseline", open.get("A"));
        assertEquals("regional_coordination", open.get("B"));
        assertEquals(Long.toString(seed), open.get("seed"), "on the one-model Console's seed");
        assertEquals(open.get("slidersOfTheGui"), open.get("slidersOfA"), "A takes the sliders of the one-model GUI");
        assertEquals("true", open.get("oneModelConsoleShowing"), "the one-model GUI stays open");
        ModelConfig base = GuiRuns.scenario(GuiRuns.BASELINE).modelConfig();
        List<String> a = rows("open", "A");
        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiDeterminismTest.withNewRnd(base, base.parameters()), seed, STEPS),
                a, "side A: the baseline with new_rnd at 1.5, as on the one-model GUI's slider");
        assertNotEquals(GuiRuns.headlessRows(GuiRuns.scenario(GuiRuns.BASELINE), seed, STEPS), a,
                "the slider moved side A off the plain baseline");
        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiRuns.scenario(GuiRuns.REGIONAL_COORDINATION), seed, STEPS),
                rows("open", "B"), "side B, the chosen file");
    }

    private static List<String> rows(String step, String side) throws Exception {
        return Files.readAllLines(out.resolve(step).resolve(side).resolve("history.csv"));
    }

    private static Map<String, String> keyValues(Path file) throws Exception {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            m.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return m;
    }
}
