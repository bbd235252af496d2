package org.zonelab.gui;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonelab.scenario.Scenario;

/**
 * DESIGN 2: a run gives the same results with and without the GUI. The GUI here is driven as MASON's
 * Console drives it (start, then step), without windows; {@link GuiSnapshotTest} checks the same with
 * the windows open.
 */
class GuiDeterminismTest {
    private static final int QUARTERS = 8;

    @Test
    void theGuiGivesTheSameIndicatorRowsAsTheHeadlessRunForTheSameSeed() {
        check(GuiRuns.BASELINE);
    }

    @Test
    void aRestartedGuiRunsALeverScenarioAgainExactlyAsAFreshHeadlessRun() {
        // Regional coordination keeps state (co-built parks) from 2021 on: a restart must start it over.
        Scenario s = GuiRuns.scenario(GuiRuns.REGIONAL_COORDINATION);
        ZoneLabWithUI gui = GuiRuns.gui(GuiRuns.REGIONAL_COORDINATION);
        List<String> expected = GuiRuns.headlessRows(s, gui.setup().seed(), QUARTERS);
        GuiRuns.assertSameRows(expected, run(gui), "first run");
        gui.finish();
        gui.state.setSeed(gui.setup().seed()); // as MASON's Console does before every start
        GuiRuns.assertSameRows(expected, run(gui), "after a restart");
    }

    private static void check(Path file) {
        Scenario s = GuiRuns.scenario(file);
        ZoneLabWithUI gui = GuiRuns.gui(file);
        GuiRuns.assertSameRows(GuiRuns.headlessRows(s, gui.setup().seed(), QUARTERS), run(gui), "with the GUI");
    }

    private static List<String> run(ZoneLabWithUI gui) {
        gui.start();
        for (int i = 0; i < QUARTERS; i++) {
            gui.step();
        }
        return GuiRuns.rows(gui.model().history());
    }
}
