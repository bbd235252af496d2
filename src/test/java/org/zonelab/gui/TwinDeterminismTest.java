package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.policy.LeverSpec;
import org.zonelab.scenario.Scenario;
import sim.util.Properties;

/**
 * A twin run steps two scenarios on one seed (common random numbers), and each side gives exactly the
 * national indicators of a headless run of its own scenario with that seed, as {@code zonelab run} does.
 * The twin is driven as MASON's Console drives it (seed, start, step), without windows; {@link
 * TwinSnapshotTest} opens the windows.
 */
class TwinDeterminismTest {
    private static final int QUARTERS = 8;

    @Test
    void eachSideOfATwinRunEqualsTheHeadlessRunOfItsScenarioWithTheSharedSeed() {
        TwinWithUI twin = GuiRuns.twin(GuiRuns.BASELINE, GuiRuns.REGIONAL_COORDINATION);
        long seed = twin.side(0).setup().seed();
        List<List<String>> played = run(twin, seed);

        Scenario a = GuiRuns.scenario(GuiRuns.BASELINE);
        Scenario b = GuiRuns.scenario(GuiRuns.REGIONAL_COORDINATION);
        GuiRuns.assertSameRows(GuiRuns.headlessRows(a, seed, QUARTERS), played.get(0), "side A");
        GuiRuns.assertSameRows(GuiRuns.headlessRows(b, seed, QUARTERS), played.get(1), "side B");
        assertNotEquals(played.get(0), played.get(1), "the policy makes the two sides differ");
        assertEquals(QUARTERS, twin.state.schedule.getSteps(), "the Console's clock counts the quarters of both");
    }

    @Test
    void aNewSeedInTheConsoleSeedsBothSidesAndARestartRepeatsThem() {
        TwinWithUI twin = GuiRuns.twin(GuiRuns.BASELINE, GuiRuns.REGIONAL_COORDINATION);
        long seed = 4242;
        List<List<String>> first = run(twin, seed);
        twin.finish();
        List<List<String>> again = run(twin, seed);

        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiRuns.scenario(GuiRuns.REGIONAL_COORDINATION), seed, QUARTERS),
                first.get(1), "side B on the Console's seed");
        GuiRuns.assertSameRows(first.get(0), again.get(0), "side A after a restart");
        GuiRuns.assertSameRows(first.get(1), again.get(1), "side B after a restart");
    }

    @Test
    void aSliderOfBInTheModelTabActsOnBOnly() {
        TwinWithUI twin = GuiRuns.twin(GuiRuns.BASELINE, GuiRuns.REGIONAL_COORDINATION);
        long seed = twin.side(0).setup().seed();
        Properties p = twin.sliderProperties(1);
        String name = ModelControls.leverName(LeverSpec.of("new_rnd").orElseThrow());
        int row = IntStream.range(0, p.numProperties()).filter(i -> p.getName(i).equals(name)).findFirst().orElseThrow();
        p.setValue(row, 1.5);
        List<List<String>> played = run(twin, seed);

        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiRuns.scenario(GuiRuns.BASELINE), seed, QUARTERS), played.get(0),
                "side A, whose slider did not move");
        ModelConfig b = GuiRuns.scenario(GuiRuns.REGIONAL_COORDINATION).modelConfig();
        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiDeterminismTest.withNewRnd(b, b.parameters()), seed, QUARTERS),
                played.get(1), "side B with new_rnd at 1.5");
    }

    @Test
    void copyAToBBeforePlayMakesBRunAsAWhenTheScenariosDifferOnlyInTheirLevers() {
        // Regional coordination is the baseline plus lever 7; copying the baseline's sliders sets it to 0.
        TwinWithUI twin = GuiRuns.twin(GuiRuns.BASELINE, GuiRuns.REGIONAL_COORDINATION);
        long seed = twin.side(0).setup().seed();
        twin.copyAToB();
        assertArrayEquals(twin.side(0).controls().sliders(), twin.side(1).controls().sliders(), "B's sliders are A's");
        List<List<String>> played = run(twin, seed);
        GuiRuns.assertSameRows(played.get(0), played.get(1), "B after copy A to B");
    }

    @Test
    void copyAToBAfterARunHasStartedStartsBothOverSoThatBsPastIsAsA() {
        TwinWithUI twin = GuiRuns.twin(GuiRuns.BASELINE, GuiRuns.REGIONAL_COORDINATION);
        long seed = twin.side(0).setup().seed();
        List<List<String>> before = run(twin, seed);
        assertNotEquals(before.get(0), before.get(1), "the sides differ before the copy");
        twin.copyAToB();
        assertEquals(List.of(), twin.side(1).model().history(), "B shows its initial state again");
        List<List<String>> played = run(twin, seed);
        GuiRuns.assertSameRows(played.get(0), played.get(1), "B after copy A to B in mid-run");
        GuiRuns.assertSameRows(before.get(0), played.get(0), "A, unchanged by the copy");
    }

    @Test
    void swapExchangesWholeScenariosWithTheirSliders() {
        TwinWithUI twin = GuiRuns.twin(GuiRuns.BASELINE, GuiRuns.REGIONAL_COORDINATION);
        long seed = twin.side(0).setup().seed();
        twin.side(0).controls().setLever("new_rnd", 1.5);
        double[] slidersOfA = twin.side(0).controls().sliders();
        ZoneLabWithUI a = twin.side(0);
        ZoneLabWithUI b = twin.side(1);
        twin.swap();
        assertSame(b, twin.side(0), "A is what B was");
        assertSame(a, twin.side(1), "B is what A was");
        assertEquals("regional_coordination", twin.differenceProperties().getValue(1), "the Model tab names the new A");
        assertArrayEquals(slidersOfA, twin.side(1).controls().sliders(), "the sliders went with their scenario");
        List<List<String>> played = run(twin, seed);
        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiRuns.scenario(GuiRuns.REGIONAL_COORDINATION), seed, QUARTERS),
                played.get(0), "side A after the swap: regional coordination");
        ModelConfig base = GuiRuns.scenario(GuiRuns.BASELINE).modelConfig();
        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiDeterminismTest.withNewRnd(base, base.parameters()), seed,
                QUARTERS), played.get(1), "side B after the swap: the baseline with its slider");
    }

    @Test
    void aTwinOpenedFromTheOneModelGuiRunsItsScenarioAsAAndTheChosenFileAsBOnItsSeed() {
        ZoneLabWithUI one = GuiRuns.gui(GuiRuns.BASELINE);
        one.state.setSeed(99); // the seed in the one-model Console
        one.controls().setLever("new_rnd", 1.5); // a slider moved in the one-model GUI
        TwinWithUI twin = one.twinWith(GuiRuns.REGIONAL_COORDINATION);
        assertEquals("baseline", twin.side(0).setup().name());
        assertEquals("regional_coordination", twin.side(1).setup().name());
        assertEquals(99, twin.state.seed());
        assertArrayEquals(one.controls().sliders(), twin.side(0).controls().sliders(), "A has the GUI's sliders");
        List<List<String>> played = run(twin, twin.state.seed());
        ModelConfig base = GuiRuns.scenario(GuiRuns.BASELINE).modelConfig();
        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiDeterminismTest.withNewRnd(base, base.parameters()), 99,
                QUARTERS), played.get(0), "side A, with the slider moved in the one-model GUI");
        GuiRuns.assertSameRows(GuiRuns.headlessRows(GuiRuns.scenario(GuiRuns.REGIONAL_COORDINATION), 99, QUARTERS),
                played.get(1), "side B of a twin opened from the GUI, as its file says");
    }

    @Test
    void aTwinRunRefusesCheckpointsBecauseItsClockDoesNotHoldTheTwoModels() {
        TwinWithUI twin = GuiRuns.twin(GuiRuns.BASELINE, GuiRuns.REGIONAL_COORDINATION);
        assertFalse(twin.validSimState(new TwinModel(1)), "a checkpoint of the clock alone");
        assertFalse(twin.validSimState(twin.side(0).model()), "a checkpoint of one model");
    }

    @Test
    void aTwinOfScenariosThatStartInDifferentYearsIsRefused() {
        GuiSetup a = GuiSetup.of(GuiRuns.scenario(GuiRuns.BASELINE), false, true);
        ModelConfig c = a.config();
        GuiSetup later = new GuiSetup("later", new ModelConfig(c.parameters(), c.startYear() + 1, c.years(), c.scale(),
                c.zones(), c.policies(), c.events()), a.seed(), a.outline());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TwinWithUI(a, later));
        assertTrue(e.getMessage().contains("starts in 2020 and B (later) in 2021"), e.getMessage());
    }

    /** As the Console plays: seeds the clock, starts, steps; the national rows of A and of B. */
    private static List<List<String>> run(TwinWithUI twin, long seed) {
        twin.state.setSeed(seed);
        twin.start();
        for (int i = 0; i < QUARTERS; i++) {
            twin.step();
        }
        return List.of(GuiRuns.rows(twin.side(0).model().history()), GuiRuns.rows(twin.side(1).model().history()));
    }
}
