package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;

/** A baseline run moves every process: the indicators issue 2 names are non-zero. */
class DynamicsTest {

    @Test
    void everyProcessLeavesATrace() {
        ZoneLabModel m = Worlds.runToEnd(Worlds.started(Worlds.config(0.05, 5), 99L));
        for (Indicator i : new Indicator[] {Indicator.FIRMS, Indicator.HIGH_TECH_ENTERPRISES, Indicator.GAZELLES,
            Indicator.UNICORNS, Indicator.BRANCHES_CROSS_REGION, Indicator.PARTNERSHIPS}) {
            assertTrue(Worlds.last(m, i) > 0, i.key() + " should be positive at the end");
        }
        // Nezha firms are a handful of agents at this scale: they must keep appearing, not be there always.
        long quartersWithNezha = m.history().stream().filter(s -> s.get(Indicator.NEZHA) > 0).count();
        assertTrue(quartersWithNezha >= m.history().size() / 2, "nezha firms in " + quartersWithNezha + " quarters");
        for (Indicator i : new Indicator[] {Indicator.NEW_FIRMS, Indicator.EXITS, Indicator.RELOCATIONS,
            Indicator.INVESTMENTS, Indicator.INVENTION_PATENTS, Indicator.PCT_APPLICATIONS, Indicator.VC_INVESTED_BN}) {
            assertTrue(Worlds.total(m, i) > 0, i.key() + " should have happened");
        }
    }

    @Test
    void zoneGdpGrowsAtAPlausibleNominalRate() {
        ZoneLabModel m = Worlds.runToEnd(Worlds.started(Worlds.config(0.1, 5), 5L));
        double first = 0;
        double last = 0;
        for (int q = 0; q < 4; q++) {
            first += m.history().get(q).get(Indicator.GDP_BN);
            last += m.history().get(m.history().size() - 1 - q).get(Indicator.GDP_BN);
        }
        double growth = Math.pow(last / first, 1.0 / 4) - 1;
        assertTrue(growth > 0.03 && growth < 0.15, "yearly zone GDP growth " + growth);
    }

    @Test
    void parameterChangesTakeEffectOnTheNextStep() {
        ZoneLabModel m = Worlds.started(Worlds.config(0.05, 2), 1L);
        m.schedule.step(m);
        m.setParameters(m.parameters().with(Param.PATENT_YIELD_PER_BN, 0));
        assertTrue(m.parameters().get(Param.PATENT_YIELD_PER_BN) > 0, "not before the next step");
        m.schedule.step(m);
        assertTrue(m.parameters().get(Param.PATENT_YIELD_PER_BN) == 0);
        assertTrue(Worlds.last(m, Indicator.INVENTION_PATENTS) == 0, "no patents once the yield is zero");
    }
}
