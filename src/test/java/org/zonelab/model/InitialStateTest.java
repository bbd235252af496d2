package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zonelab.model.geo.Region;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.model.measure.RegionIndicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/** The initial state reproduces the end-2019 table of the digest (docs/ODD.md §5; within 10% at scale 1). */
class InitialStateTest {

    private static void near(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected),
                what + ": expected " + expected + " within " + (100 * tolerance) + "%, got " + actual);
    }

    @Test
    void fullScaleMatchesTheDigestTable() {
        IndicatorSnapshot s = Worlds.started(Worlds.config(1.0, 1), 20210309L).initialSnapshot();
        assertEquals(169, s.get(Indicator.ZONES));
        near(150_000, s.get(Indicator.FIRMS), 0.10, "firms");
        near(81_000, s.get(Indicator.HIGH_TECH_ENTERPRISES), 0.10, "high-tech enterprises");
        near(2_968, s.get(Indicator.GAZELLES), 0.10, "gazelles");
        near(126, s.get(Indicator.UNICORNS), 0.10, "unicorns");
        near(59, s.get(Indicator.NEZHA), 0.10, "nezha");
        near(544, s.get(Indicator.INCUBATORS), 0.10, "incubators");
        near(906, s.get(Indicator.MAKER_SPACES), 0.10, "maker spaces");
        // Flows in the initial snapshot are one quarter's worth at the end-2019 rates; brought back to
        // the year's flows (the 2019 figures of the table) they are the table's.
        double year = 4 / InitialFirms.endOfYearRate(Parameters.defaults());
        near(4_100, year * s.get(Indicator.EXPORTS_BN), 0.10, "exports");
        near(382.76, year * s.get(Indicator.FDI_BN), 0.10, "FDI");
        near(12_200, year * s.get(Indicator.GDP_BN), 0.10, "GDP (12.3% of China's)");
        near(1_900, year * s.get(Indicator.TAX_BN), 0.10, "tax (11.8% of China's)");
        near(825.9, year * s.get(Indicator.RD_SPENDING_BN), 0.15, "business R&D (50% of China's)");
        near(26_000_000, s.get(Indicator.EMPLOYEES), 0.10, "employees");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.1, 0.3})
    void stageCountsHoldAtAnyScale(double scale) {
        IndicatorSnapshot s = Worlds.started(Worlds.config(scale, 1), 7L).initialSnapshot();
        // Reported counts are agent counts / scale, so rounding costs at most half an agent.
        double slack = 0.5 / scale;
        assertEquals(81_000, s.get(Indicator.HIGH_TECH_ENTERPRISES), slack);
        assertEquals(2_968, s.get(Indicator.GAZELLES), slack);
        assertEquals(126, s.get(Indicator.UNICORNS), slack);
        assertEquals(59, s.get(Indicator.NEZHA), slack);
        assertEquals(150_000, s.get(Indicator.FIRMS), slack);
        double year = 4 / InitialFirms.endOfYearRate(Parameters.defaults());
        near(12_200, year * s.get(Indicator.GDP_BN), 0.02, "GDP");
        near(4_100, year * s.get(Indicator.EXPORTS_BN), 0.02, "exports");
    }

    @Test
    void theEndOfYearRateIsTheRateWhoseYearOfGrowthGivesTheYearsFlow() {
        // A flow growing at g a year and ending the year at rate R has the year's integral 1: R is the factor.
        for (double g : new double[] {-0.2, 0.05, 0.12, 0.5}) {
            double rate = InitialFirms.endOfYearRate(Parameters.defaults().with(Param.INIT_FLOW_GROWTH, g));
            double r = Math.log1p(g);
            int steps = 100_000;
            double flow = 0;
            for (int i = 0; i < steps; i++) {
                flow += rate * Math.exp(-r * (1 - (i + 0.5) / steps)) / steps;
            }
            assertEquals(1.0, flow, 1e-6, "growth " + g);
            assertEquals(g > 0, rate > 1, "growth " + g);
        }
        assertEquals(1.0, InitialFirms.endOfYearRate(Parameters.defaults().with(Param.INIT_FLOW_GROWTH, 0)), 1e-12);
    }

    @Test
    void regionSharesOfGdpAddUpAndTheEastLeads() {
        IndicatorSnapshot s = Worlds.started(Worlds.config(0.1, 1), 3L).initialSnapshot();
        double total = 0;
        for (Region r : Region.values()) {
            total += s.get(r, RegionIndicator.GDP_SHARE);
        }
        assertEquals(1.0, total, 1e-9);
        for (Region r : Region.values()) {
            assertTrue(s.get(Region.EAST, RegionIndicator.GDP_SHARE) >= s.get(r, RegionIndicator.GDP_SHARE));
        }
    }
}
