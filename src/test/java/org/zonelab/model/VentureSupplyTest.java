package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Venture supply (issue 13, defect 7): investors' inflows follow the zones' GDP, so venture capital
 * grows with the economy instead of staying at its 2019 level. Against frozen inflows, same seeds.
 */
class VentureSupplyTest {
    private static final double SCALE = 0.1;
    private static final int YEARS = 5;
    /**
     * Eight seeds: one year's venture investment at this scale rests on a few large rounds, so the
     * ratio of the two arms ranges from about 0.4 to 2 from seed to seed (20 seeds, issue 12).
     */
    private static final long[] SEEDS = {31, 32, 33, 34, 35, 36, 37, 38};

    private static ZoneLabModel run(double elasticity, long seed) {
        Parameters p = Parameters.defaults().with(Param.VENTURE_SUPPLY_GDP_ELASTICITY, elasticity);
        return Worlds.runToEnd(Worlds.started(Worlds.config(SCALE, YEARS, p), seed));
    }

    private static ZoneLabModel runWithRecycling(double recycle, long seed) {
        Parameters p = Parameters.defaults().with(Param.FUND_RECYCLE, recycle);
        return Worlds.runToEnd(Worlds.started(Worlds.config(SCALE, YEARS, p), seed));
    }

    private static double lastYear(ZoneLabModel m, Indicator flow) {
        int n = m.history().size();
        return m.history().subList(n - 4, n).stream().mapToDouble(s -> s.get(flow)).sum();
    }

    @Test
    void ventureCapitalGrowsWithTheEconomy() {
        double following = 0;
        double frozen = 0;
        double[] logRatio = new double[SEEDS.length];
        double gdpGrowth = 0;
        for (int i = 0; i < SEEDS.length; i++) {
            ZoneLabModel a = run(1, SEEDS[i]);
            ZoneLabModel b = run(0, SEEDS[i]);
            // The first year's inflows are the same on both arms.
            assertEquals(a.history().get(0).get(Indicator.VC_INVESTED_BN), b.history().get(0).get(Indicator.VC_INVESTED_BN), 1e-9);
            following += lastYear(a, Indicator.VC_INVESTED_BN);
            frozen += lastYear(b, Indicator.VC_INVESTED_BN);
            logRatio[i] = Math.log(lastYear(a, Indicator.VC_INVESTED_BN) / lastYear(b, Indicator.VC_INVESTED_BN));
            gdpGrowth += lastYear(a, Indicator.GDP_BN) / (4 * a.initialSnapshot().get(Indicator.GDP_BN)) / SEEDS.length;
        }
        assertTrue(gdpGrowth > 1.3, "GDP grew " + gdpGrowth);
        double ratio = following / frozen;
        assertTrue(ratio > 1.15, "VC invested in the last year, following the economy against frozen: " + ratio
                + " (GDP grew " + gdpGrowth + ")");
        double p = new TTest().tTest(0, logRatio) / 2;
        assertTrue(StatUtils.mean(logRatio) > 0 && p < 0.05, "one-sided p = " + p);
    }

    @Test
    void recycledProceedsAddToVentureMoney() {
        // With 80 % of realised proceeds recycled (the default before issue 14), venture money fed on its
        // own exits and grew 5 to 15 times by 2034; funds now pay them to their limited partners.
        double recycled = 0;
        double paidOut = 0;
        for (long seed : SEEDS) {
            recycled += lastYear(runWithRecycling(0.8, seed), Indicator.VC_INVESTED_BN);
            paidOut += lastYear(runWithRecycling(0, seed), Indicator.VC_INVESTED_BN);
        }
        assertTrue(recycled > 1.1 * paidOut, "VC invested in the last year, 80 % of proceeds recycled against none: "
                + recycled + " against " + paidOut);
    }
}
