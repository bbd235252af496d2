package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Moment;
import org.zonelab.model.measure.MomentValue;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * R&D platforms (issue 13, defect 2): their spillover has diminishing returns, so that platforms built
 * from the zones' growing taxes no longer double patents per unit of R&D over the run.
 */
class PlatformSpilloverTest {
    @Test
    void eachUnitOfPlatformStrengthAddsLessThanTheOneBefore() {
        Parameters p = Parameters.defaults();
        assertEquals(0, Innovation.platformSpillover(p, 0), 1e-12);
        assertEquals(p.get(Param.SPILL_PLATFORM), Innovation.platformSpillover(p, 1), 1e-12, "a 2019 first-tier zone");
        double previous = Double.POSITIVE_INFINITY;
        for (int s = 0; s < 10; s++) {
            double gain = Innovation.platformSpillover(p, s + 1) - Innovation.platformSpillover(p, s);
            assertTrue(gain > 0 && gain < previous, "unit " + (s + 1) + " adds " + gain);
            previous = gain;
        }
    }

    @Test
    void patentsPerRdStayNearTheirStartingLevel() {
        // Before: 153 -> 202 (+32 %) from 2020 to 2027 in the baseline, on the way to 310 in 2034.
        ZoneLabModel m = Worlds.runToEnd(Worlds.started(Worlds.config(0.05, 8), 29L));
        Map<Integer, Double> ratio = new TreeMap<>();
        for (MomentValue v : m.moments()) {
            if (v.moment() == Moment.PATENTS_PER_RD_BN) {
                ratio.put(v.year(), v.value());
            }
        }
        double growth = ratio.get(2027) / ratio.get(2020) - 1;
        assertTrue(growth < 0.2, "patents per R&D grew " + growth + " from 2020 to 2027: " + ratio);
    }
}
