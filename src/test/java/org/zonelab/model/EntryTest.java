package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zonelab.model.event.FirmEvent;
import org.zonelab.model.event.FirmEventKind;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/** Entry draws spin-out parents from the firms a zone had before this quarter's births. */
class EntryTest {

    @Test
    void noSpinOutHasAParentBornInTheSameQuarter() {
        // Every birth a spin-out where it can be, so that parents born during the run are drawn often.
        Parameters p = Parameters.defaults().with(Param.SPINOUT_SHARE, Param.SPINOUT_SHARE.max());
        ZoneLabModel model = Worlds.started(Worlds.config(0.02, 2, p), 11);
        List<FirmEvent> births = new ArrayList<>();
        model.setEventSink(e -> {
            if (e.kind() == FirmEventKind.BIRTH) {
                births.add(e);
            }
        });
        Worlds.runToEnd(model);

        Map<Long, FirmEvent> byFirm = new HashMap<>();
        for (FirmEvent b : births) {
            byFirm.put(b.firmId(), b);
        }
        int spinOuts = 0;
        List<String> sameQuarter = new ArrayList<>();
        for (FirmEvent b : births) {
            FirmEvent parent = byFirm.get(b.otherId());
            // A spin-out keeps its parent's sector; a new track (also with a parent) has a new one.
            if (b.otherId() == 0 || parent == null || !parent.sector().equals(b.sector())) {
                continue;
            }
            spinOuts++;
            if (parent.year() == b.year() && parent.quarter() == b.quarter()) {
                sameQuarter.add(b.firmId() + " <- " + parent.firmId() + " (" + b.year() + "Q" + b.quarter() + ")");
            }
        }
        assertTrue(spinOuts > 100, "too few spin-outs of run-born parents to test the rule: " + spinOuts);
        assertEquals(List.of(), sameQuarter, "spin-outs whose parent was born in the same quarter");
    }
}
