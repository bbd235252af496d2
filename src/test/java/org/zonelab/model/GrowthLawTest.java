package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Moment;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * The growth law of firms (issue 13, docs/ODD.md §7.5): yearly growth rates have the Laplace tent of the
 * evidence, mature firms grow close to Gibrat's law, and profit beyond the cash buffer is paid out.
 * Each mechanism is tested by its effect against the setting that switches it off, with the same seeds.
 */
class GrowthLawTest {
    private static final double SCALE = 0.03;
    private static final int YEARS = 4;
    private static final long SEED = 31L;

    @Test
    void sparseShocksHaveUnitVarianceAndTheKurtosisOfTheirArrivalRate() {
        for (double q : new double[] {0.4, 1.0}) {
            MersenneTwisterFast rng = new MersenneTwisterFast(11);
            int n = 400_000;
            double[] quarter = new double[n];
            double[] year = new double[n / 4];
            for (int i = 0; i < n; i++) {
                quarter[i] = Draws.sparseLaplace(rng, q);
                year[i / 4] += quarter[i];
            }
            assertEquals(1.0, moment(quarter, 2), 0.02, "variance of a quarter's shock, q " + q);
            // Four quarters: excess kurtosis 3 / (2q) - 3/4 (3 at q = 0.4, 0.75 at q = 1).
            double kurtosis = moment(year, 4) / Math.pow(moment(year, 2), 2) - 3;
            assertEquals(1.5 / q - 0.75, kurtosis, 0.3, "excess kurtosis of a year's shocks, q " + q);
        }
    }

    @Test
    void aShockEveryQuarterIsTheLaplaceDrawForDraw() {
        MersenneTwisterFast a = new MersenneTwisterFast(3);
        MersenneTwisterFast b = new MersenneTwisterFast(3);
        for (int i = 0; i < 1000; i++) {
            assertEquals(Draws.laplace(a), Draws.sparseLaplace(b, 1.0));
        }
    }

    private static double moment(double[] x, int k) {
        double mean = Arrays.stream(x).average().orElseThrow();
        return Arrays.stream(x).map(v -> Math.pow(v - mean, k)).average().orElseThrow();
    }

    /** A moment's mean over the years of a run with these parameters. */
    private static double meanOverYears(Parameters p, Moment m) {
        Map<Integer, Double> byYear = StylizedFactsTest.moments(Worlds.runToEnd(Worlds.started(Worlds.config(SCALE, YEARS, p), SEED))).get(m);
        return byYear.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    @Test
    void sparseShocksGiveYearlyGrowthItsHeavyTails() {
        Parameters p = Parameters.defaults();
        double sparse = meanOverYears(p, Moment.GROWTH_EXCESS_KURTOSIS);
        double everyQuarter = meanOverYears(p.with(Param.GROWTH_SHOCK_PROBABILITY, 1), Moment.GROWTH_EXCESS_KURTOSIS);
        assertTrue(sparse > everyQuarter + 0.8, "excess kurtosis of growth: " + sparse + " against " + everyQuarter);
    }

    @Test
    void matureFirmsGrowCloseToGibratsLaw() {
        Parameters p = Parameters.defaults();
        double gibrat = meanOverYears(p, Moment.GROWTH_SIZE_SLOPE_MATURE);
        double sizeLed = meanOverYears(p.with(Param.GROWTH_SIZE_ELASTICITY, 0.01), Moment.GROWTH_SIZE_SLOPE_MATURE);
        assertTrue(sizeLed > gibrat + 0.005, "growth-size slope of mature firms: " + gibrat + " against " + sizeLed);
        assertTrue(Math.abs(gibrat) < 0.015, "growth-size slope of mature firms: " + gibrat);
    }

    @Test
    void profitBeyondTheCashBufferIsPaidOut() {
        Parameters p = Parameters.defaults();
        double paid = medianCashYears(p);
        double kept = medianCashYears(p.with(Param.PAYOUT_RATIO, 0));
        assertTrue(kept > 1.25 * paid, "median cash of mature unfunded firms, years of revenue: " + paid + " against " + kept);
        assertTrue(paid < 1.25 * p.get(Param.INIT_CASH_YEARS), "median cash " + paid);
    }

    /** Median cash, in years of revenue, of active firms 5 years or older that never raised a round. */
    private static double medianCashYears(Parameters p) {
        ZoneLabModel model = Worlds.runToEnd(Worlds.started(Worlds.config(SCALE, YEARS, p), SEED));
        double now = model.time();
        double[] cash = model.firms().stream()
                .filter(f -> f.active && f.age(now) >= 5 && f.venture.rounds == 0)
                .mapToDouble(f -> f.accounts.cash / f.accounts.revenue).sorted().toArray();
        assertTrue(cash.length > 500, "mature unfunded firms: " + cash.length);
        return cash[cash.length / 2];
    }
}
