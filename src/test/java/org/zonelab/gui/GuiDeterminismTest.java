package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;
import org.zonelab.scenario.Scenario;

/**
 * A run gives the same results with and without the GUI (README, "Teaching with the GUI"). The GUI here is driven as MASON's
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
        ZoneLabModel first = gui.model();
        gui.finish();
        gui.state.setSeed(gui.setup().seed()); // as MASON's Console does before every start
        GuiRuns.assertSameRows(expected, run(gui), "after a restart");
        assertSame(first, gui.model(), "the restart reuses the model");
    }

    @Test
    void aSliderMovedDuringARunActsFromTheStartOfTheNextRunAsIfTheScenarioSaidSo() {
        ZoneLabWithUI gui = GuiRuns.gui(GuiRuns.REGIONAL_COORDINATION);
        gui.start();
        gui.step();
        gui.step();
        gui.programme().setIntensity("new_rnd", 1.5); // the slider; the scenario leaves new_rnd out
        gui.step();
        gui.finish();
        gui.state.setSeed(gui.setup().seed());

        ModelConfig c = GuiRuns.scenario(GuiRuns.REGIONAL_COORDINATION).modelConfig();
        ModelConfig withLever = withNewRnd(c, c.parameters());
        List<String> expected = GuiRuns.headlessRows(withLever, gui.setup().seed(), QUARTERS);
        GuiRuns.assertSameRows(expected, run(gui), "the run after the slider moved");
    }

    @Test
    void slidersMovedBeforePlayActOnTheRunThatPlayStartsFromTheInitialStateShown() {
        ZoneLabWithUI gui = GuiRuns.gui(GuiRuns.BASELINE);
        gui.showInitialState(); // as the GUI opens
        List<String> shown = GuiRuns.rows(List.of(gui.model().initialSnapshot()));
        gui.programme().setIntensity("new_rnd", 1.5);
        gui.controls().setParameter(Param.ENTRY_RATE, 0.3);
        gui.state.setSeed(gui.setup().seed()); // play: the Console seeds, then starts
        List<String> played = run(gui);

        GuiRuns.assertSameRows(shown, GuiRuns.rows(List.of(gui.model().initialSnapshot())), "the initial state after play");
        ModelConfig c = GuiRuns.scenario(GuiRuns.BASELINE).modelConfig();
        ModelConfig withSliders = withNewRnd(c, c.parameters().with(Param.ENTRY_RATE, 0.3));
        GuiRuns.assertSameRows(GuiRuns.headlessRows(withSliders, gui.setup().seed(), QUARTERS), played,
                "the run played after the sliders moved before play");
    }

    /**
     * Headless: a configuration with these parameters and new_rnd at 1.5 in every zone and every year, as
     * the GUI adds a lever when its slider moves.
     */
    static ModelConfig withNewRnd(ModelConfig c, Parameters parameters) {
        List<PolicySetting> policies = new ArrayList<>(c.policies());
        policies.add(new PolicySetting("new_rnd", 1.5, c.startYear(), Integer.MAX_VALUE, ZoneTarget.ALL, Map.of()));
        return new ModelConfig(parameters, c.startYear(), c.years(), c.scale(), c.zones(), policies, c.events());
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
