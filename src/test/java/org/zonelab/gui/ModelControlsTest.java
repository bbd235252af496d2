package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.model.param.Param;
import sim.util.Interval;
import sim.util.Properties;

/** The model inspector: sliders for the ten levers and the main parameters, acting from the next step. */
class ModelControlsTest {

    private static int index(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) {
            if (p.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no property " + name);
    }

    @Test
    void theInspectorListsReadOutsLeversAndParametersInOrderWithSliderDomains() {
        ZoneLabWithUI gui = GuiRuns.gui(GuiRuns.BASELINE);
        gui.start();
        Properties p = gui.getSimulationProperties();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            names.add(p.getName(i));
        }
        assertEquals(ModelControls.order(), names);
        Interval lever = (Interval) p.getDomain(index(p, "7 Regional coordination"));
        assertEquals(0.0, lever.getMin().doubleValue());
        assertEquals(2.0, lever.getMax().doubleValue());
        Interval entry = (Interval) p.getDomain(index(p, "entry_rate"));
        assertEquals(Param.ENTRY_RATE.min(), entry.getMin().doubleValue());
        assertEquals(Param.ENTRY_RATE.max(), entry.getMax().doubleValue());
        assertTrue(p.isReadWrite(index(p, "entry_rate")));
        assertEquals("End of 2019", p.getValue(index(p, "Quarter")));
    }

    @Test
    void aParameterSetThroughTheInspectorActsFromTheNextStepAndSurvivesARestart() {
        ZoneLabWithUI gui = GuiRuns.gui(GuiRuns.BASELINE);
        gui.start();
        gui.step();
        Properties p = gui.getSimulationProperties();
        int i = index(p, "entry_rate");
        p.setValue(i, "0.3");
        assertEquals(0.3, p.getValue(i));
        assertEquals(Param.ENTRY_RATE.defaultValue(), gui.model().parameters().get(Param.ENTRY_RATE), "not before the step");
        gui.step();
        assertEquals(0.3, gui.model().parameters().get(Param.ENTRY_RATE), "from the next step");

        p.setValue(i, "7");  // outside [0, 2]: ignored
        assertEquals(0.3, p.getValue(i));

        gui.finish();
        gui.start();
        assertEquals(0.3, gui.model().parameters().get(Param.ENTRY_RATE), "the slider holds for the next run");
    }

    @Test
    void aLeverMovedThroughTheInspectorChangesTheModelFromTheNextStep() {
        ZoneLabWithUI moved = GuiRuns.gui(GuiRuns.BASELINE);
        ZoneLabWithUI still = GuiRuns.gui(GuiRuns.BASELINE);
        moved.start();
        still.start();
        for (int k = 0; k < 2; k++) {
            moved.step();
            still.step();
        }
        Properties p = moved.getSimulationProperties();
        int i = index(p, "4 New R&D institutions");
        assertEquals(0.0, p.getValue(i), "the baseline leaves the lever out: it shows at 0");
        p.setValue(i, "1.5");
        assertEquals(1.5, moved.programme().lever("new_rnd").orElseThrow().intensity());
        GuiRuns.assertSameRows(GuiRuns.rows(still.model().history()), GuiRuns.rows(moved.model().history()),
                "before the next step");
        moved.step();
        still.step();
        double withLever = last(moved, Indicator.POLICY_SPENDING_BN);
        double without = last(still, Indicator.POLICY_SPENDING_BN);
        assertTrue(withLever > without * 1.05, "policy spending with the lever " + withLever + ", without " + without);

        p.setValue(i, "-1");  // not an intensity: ignored
        assertEquals(1.5, p.getValue(i));
        moved.finish();
        moved.state.setSeed(moved.setup().seed());
        moved.start();
        assertEquals(1.5, moved.programme().lever("new_rnd").orElseThrow().intensity(), "kept for the next run");
    }

    private static double last(ZoneLabWithUI gui, Indicator i) {
        List<IndicatorSnapshot> h = gui.model().history();
        return h.get(h.size() - 1).get(i);
    }
}
