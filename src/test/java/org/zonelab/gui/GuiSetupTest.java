package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.policy.Levers;
import org.zonelab.scenario.ScenarioLoader;
import sim.util.Double2D;

/** What the GUI runs: the teaching scale, China's outline, and a programme with every lever. */
class GuiSetupTest {

    @Test
    void scenarioBOfATwinRunTakesTheScaleAndSeedOfA() {
        GuiSetup a = GuiRuns.gui(GuiRuns.BASELINE).setup().withSeed(77);
        GuiSetup b = a.twinOf(GuiRuns.REGIONAL_COORDINATION);
        assertEquals("regional_coordination", b.name());
        assertEquals(77, b.seed());
        assertEquals(a.config().scale(), b.config().scale());
        assertEquals(GuiRuns.SCALE, b.config().scale());
    }

    @Test
    void theDefaultRunsAtTheTeachingScaleAndAScenarioAtMostAtTheCap() {
        assertEquals(GuiSetup.TEACHING_SCALE, GuiSetup.teachingScale(1.0, true));
        assertEquals(GuiSetup.MAX_SCALE, GuiSetup.teachingScale(1.0, false));
        assertEquals(0.02, GuiSetup.teachingScale(0.02, false));
        GuiSetup s = GuiSetup.of(ScenarioLoader.load(GuiRuns.REGIONAL_COORDINATION), false, false);
        assertEquals(GuiSetup.MAX_SCALE, s.config().scale());
        assertEquals("regional_coordination", s.name());
        assertEquals(20210309, s.seed());
    }

    @Test
    void chinasOutlineIsFoundNextToTheScenarioAndLiesOnTheMap() {
        MapOutline outline = GuiSetup.outlineFor(GuiRuns.BASELINE);
        assertTrue(outline.rings().size() >= 3, "mainland, Hainan and Taiwan at least: " + outline.rings().size());
        assertTrue(outline.points() > 600, outline.points() + " points");
        for (List<Double2D> ring : outline.rings()) {
            for (Double2D p : ring) {
                assertTrue(p.x > 0 && p.x < ZoneLabModel.MAP_WIDTH && p.y > 0 && p.y < ZoneLabModel.MAP_HEIGHT, "" + p);
            }
        }
        assertEquals(GuiSetup.outlineFor(Path.of("scenarios/events/tech-decoupling.yaml").toAbsolutePath()).points(),
                outline.points(), "found from a scenario in a sub-folder too");
    }

    @Test
    void everyLeverHasASliderAndALeverLeftOutStartsAtZero() {
        GuiProgramme p = new GuiProgramme(GuiRuns.scenario(GuiRuns.REGIONAL_COORDINATION).modelConfig());
        for (String key : Levers.SEED_ORDER) {
            double expected = key.equals("regional_coordination") ? 0.6 : 0.0;
            assertEquals(expected, p.lever(key).orElseThrow().intensity(), key);
        }
    }
}
