package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonelab.policy.LeverSpec;
import sim.util.Properties;

/** The inspector's lever sliders are generated from the lever registry, one per lever, in its order. */
class LeverControlsTest {

    @Test
    void theLeverSlidersAreTheRegistrysLevers() {
        ZoneLabWithUI gui = GuiRuns.gui(GuiRuns.BASELINE);
        gui.start();
        Properties p = gui.getSimulationProperties();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            names.add(p.getName(i));
        }
        int first = names.indexOf("1 Clusters");
        for (LeverSpec lever : LeverSpec.values()) {
            int i = first + lever.ordinal();
            assertEquals(lever.number() + " " + lever.label(), p.getName(i));
            assertEquals("Lever " + lever.number() + ": " + lever.summary(), p.getDescription(i));
            assertEquals(ModelControls.LEVER_DOMAIN, p.getDomain(i));
            assertEquals(double.class, p.getType(i));
            assertTrue(p.isReadWrite(i), lever.key());
            p.setValue(i, "0.5");
            assertEquals(0.5, gui.programme().lever(lever.key()).orElseThrow().intensity(), lever.key());
            assertEquals(0.5, p.getValue(i));
        }
    }

    @Test
    void theInspectorShowsTheSameNamesAsBeforeTheRegistry() {
        // Pinned: the names the hand-written bean showed, so the generated inspector looks the same.
        // (A lever added later comes after "10 Governance reform"; only the first 13 and the last 8 are pinned.)
        List<String> order = ModelControls.order();
        assertEquals(List.of("Scenario", "Quarter", "Scale", "1 Clusters", "2 Application scenarios",
                "3 High-growth firms", "4 New R&D institutions", "5 Entrepreneurship", "6 Industry-city integration",
                "7 Regional coordination", "8 Openness", "9 Inclusive regulation", "10 Governance reform"),
                order.subList(0, 13));
        assertEquals(List.of("entry_rate", "growth_drift", "rent_level", "home_bias", "partner_formation_rate",
                "branch_review_rate", "relocation_review_rate", "zone_programme_share"),
                order.subList(order.size() - 8, order.size()));
        ZoneLabWithUI gui = GuiRuns.gui(GuiRuns.BASELINE);
        gui.start();
        Properties p = gui.getSimulationProperties();
        assertEquals("Lever 7: co-built parks, subsidised space and branch incentives for lagging zones.",
                p.getDescription(ModelControls.order().indexOf("7 Regional coordination")));
        assertEquals("Share of real firms represented: each firm dot stands for 1/scale firms.",
                p.getDescription(ModelControls.order().indexOf("Scale")));
        assertTrue(!p.isReadWrite(ModelControls.order().indexOf("Quarter")));
    }
}
