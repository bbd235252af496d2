package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Venture supply (issue 13, defect 7): investors' inflows follow the zones' GDP, so venture capital
 * grows with the economy instead of staying at its 2019 level. Against frozen inflows, same seed.
 */
class VentureSupplyTest {
    private static final double SCALE = 0.1;
    private static final int YEARS = 5;
    private static final long SEED = 31L;

    private static ZoneLabModel run(double elasticity) {
        Parameters p = Parameters.defaults().with(Param.VENTURE_SUPPLY_GDP_ELASTICITY, elasticity);
        return Worlds.runToEnd(Worlds.started(Worlds.config(SCALE, YEARS, p), SEED));
    }

    private static double lastYear(ZoneLabModel m, Indicator flow) {
        int n = m.history().size();
        return m.history().subList(n - 4, n).stream().mapToDouble(s -> s.get(flow)).sum();
    }

    @Test
    void ventureCapitalGrowsWithTheEconomy() {
        ZoneLabModel following = run(1);
        ZoneLabModel frozen = run(0);
        IndicatorSnapshot first = following.history().get(0);
        double gdpGrowth = lastYear(following, Indicator.GDP_BN) / (4 * following.initialSnapshot().get(Indicator.GDP_BN));
        assertTrue(gdpGrowth > 1.3, "GDP grew " + gdpGrowth);
        // The first year's inflows are the same on both arms.
        assertEquals(first.get(Indicator.VC_INVESTED_BN), frozen.history().get(0).get(Indicator.VC_INVESTED_BN), 1e-9);
        double ratio = lastYear(following, Indicator.VC_INVESTED_BN) / lastYear(frozen, Indicator.VC_INVESTED_BN);
        assertTrue(ratio > 1.15, "VC invested in the last year, following the economy against frozen: " + ratio
                + " (GDP grew " + gdpGrowth + ")");
    }
}
