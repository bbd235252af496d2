package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Moment;
import org.zonelab.model.measure.MomentValue;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * The stylized-fact moments (issue 13): the estimators recover known laws, every run reports them year
 * by year, and each moment follows the mechanism it measures (the same seeds, one parameter changed).
 */
class StylizedFactsTest {
    private static final double SCALE = 0.03;
    private static final int YEARS = 6;
    private static final long SEED = 23L;
    private static Map<Moment, Map<Integer, Double>> baseline;

    @BeforeAll
    static void runBaseline() {
        baseline = moments(Parameters.defaults());
    }

    private static Map<Moment, Map<Integer, Double>> moments(Parameters p) {
        return moments(Worlds.runToEnd(Worlds.started(Worlds.config(SCALE, YEARS, p), SEED)));
    }

    /** A finished model's moments, by moment and year. */
    static Map<Moment, Map<Integer, Double>> moments(ZoneLabModel model) {
        Map<Moment, Map<Integer, Double>> byMoment = new EnumMap<>(Moment.class);
        for (MomentValue v : model.moments()) {
            byMoment.computeIfAbsent(v.moment(), m -> new TreeMap<>()).put(v.year(), v.value());
        }
        return byMoment;
    }

    @Test
    void hillRecoversTheExponentOfAParetoLaw() {
        MersenneTwisterFast rng = new MersenneTwisterFast(5);
        for (double alpha : new double[] {0.8, 1.2, 2.5}) {
            double[] x = new double[40_000];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.pow(1 - rng.nextDouble(), -1 / alpha); // Pareto with minimum 1
            }
            // 2,000 tail points: the estimator's standard error is alpha / sqrt(2000), about 2 %.
            assertEquals(alpha, StylizedFacts.hill(x, 0.05, 30), 0.08 * alpha, "alpha " + alpha);
        }
        assertTrue(Double.isNaN(StylizedFacts.hill(new double[100], 0.05, 30)), "too few firms in the tail");
    }

    @Test
    void slopeIsTheLeastSquaresSlope() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {0.9, 3.1, 5.0, 7.1, 8.9};
        assertEquals(2.0, StylizedFacts.slope(x, y, 5), 0.05);
        assertTrue(Double.isNaN(StylizedFacts.slope(new double[] {2, 2}, new double[] {1, 3}, 2)));
    }

    @Test
    void everyYearReportsTheCrossSectionMomentsAndSurvivalOnceCohortsAreOldEnough() {
        for (Moment m : List.of(Moment.REVENUE_TAIL_HILL, Moment.GROWTH_EXCESS_KURTOSIS, Moment.VOLATILITY_SIZE_SLOPE,
                Moment.GROWTH_SIZE_SLOPE_MATURE, Moment.HQ_MOVE_RATE, Moment.IPOS, Moment.PATENTS_PER_RD_BN,
                Moment.HIGH_GROWTH_SHARE, Moment.SURVIVAL_1Y)) {
            assertEquals(YEARS, baseline.get(m).size(), m + " " + baseline.get(m));
        }
        // Firms born in the first quarter are three years old at the end of the third year, five at the fifth.
        assertEquals(2022, firstYear(Moment.SURVIVAL_3Y));
        assertEquals(2024, firstYear(Moment.SURVIVAL_5Y));
        for (int year = 2024; year < 2020 + YEARS; year++) {
            double s1 = baseline.get(Moment.SURVIVAL_1Y).get(year);
            double s3 = baseline.get(Moment.SURVIVAL_3Y).get(year);
            double s5 = baseline.get(Moment.SURVIVAL_5Y).get(year);
            assertTrue(s1 <= 1 && s1 >= s3 && s3 >= s5 && s5 > 0, year + ": " + s1 + " " + s3 + " " + s5);
        }
        for (double share : baseline.get(Moment.HIGH_GROWTH_SHARE).values()) {
            assertTrue(share > 0 && share < 1, "high-growth share " + share);
        }
    }

    private static int firstYear(Moment m) {
        return ((TreeMap<Integer, Double>) baseline.get(m)).firstKey();
    }

    @Test
    void survivalFallsWhenExitHazardsRise() {
        Parameters p = Parameters.defaults();
        for (Param h : List.of(Param.EXIT_HAZARD_YEAR1, Param.EXIT_HAZARD_YEAR2, Param.EXIT_HAZARD_YEAR3, Param.EXIT_HAZARD_YEARS4_7)) {
            p = p.with(h, Math.min(1, 3 * p.get(h)));
        }
        Map<Moment, Map<Integer, Double>> harsh = moments(p);
        // Means over the years that report the rate: one year's cohort at this scale has a few hundred
        // firms, and tripling the first-year hazard lowers 1-year survival by about 0.03 only.
        for (Moment m : List.of(Moment.SURVIVAL_1Y, Moment.SURVIVAL_3Y, Moment.SURVIVAL_5Y)) {
            double h = harsh.get(m).values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double b = baseline.get(m).values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertTrue(h < b - 0.02, m + ": " + h + " against " + b);
        }
    }

    @Test
    void survivalOfATypicalCohortIsThatOfTheAgeHazards() {
        // The age hazards (E-A 2a) are those of a cohort's median member, whose size factor is 1; without
        // the incubators' lower hazard, 3- and 5-year survival are those of the hazards alone. Before, the
        // size factor was referenced to a 50m CNY firm, which raised an entrant's hazard by half (S3 0.78).
        // A year's cohorts are a year of births only from the year after the first one that has the rate,
        // so the years checked are 2023 on (3-year) and 2025 on (5-year), at a scale with about 2,500
        // births a year (standard error of a rate about 0.01).
        Parameters p = Parameters.defaults();
        int years = 7;
        Map<Moment, Map<Integer, Double>> plain = moments(Worlds.runToEnd(Worlds.started(
                Worlds.config(0.1, years, p.with(Param.INCUBATED_HAZARD, 1)), SEED)));
        double h3 = p.get(Param.EXIT_HAZARD_YEAR1) + p.get(Param.EXIT_HAZARD_YEAR2) + p.get(Param.EXIT_HAZARD_YEAR3);
        double h5 = h3 + 2 * p.get(Param.EXIT_HAZARD_YEARS4_7);
        for (int year = 2023; year < 2020 + years; year++) {
            assertEquals(Math.exp(-h3), plain.get(Moment.SURVIVAL_3Y).get(year), 0.035, "3-year survival in " + year);
        }
        for (int year = 2025; year < 2020 + years; year++) {
            assertEquals(Math.exp(-h5), plain.get(Moment.SURVIVAL_5Y).get(year), 0.045, "5-year survival in " + year);
        }
    }

    @Test
    void theExitHazardPeaksInTheThirdYear() {
        Parameters p = Parameters.defaults();
        assertTrue(p.get(Param.EXIT_HAZARD_YEAR3) > p.get(Param.EXIT_HAZARD_YEARS4_7)
                && p.get(Param.EXIT_HAZARD_YEARS4_7) > p.get(Param.EXIT_HAZARD_LATER)
                && p.get(Param.EXIT_HAZARD_YEAR3) > p.get(Param.EXIT_HAZARD_YEAR2));
    }

    @Test
    void patentsPerRdFollowThePatentYield() {
        Parameters p = Parameters.defaults();
        Map<Moment, Map<Integer, Double>> doubled = moments(p.with(Param.PATENT_YIELD_PER_BN, 2 * p.get(Param.PATENT_YIELD_PER_BN)));
        double ratio = doubled.get(Moment.PATENTS_PER_RD_BN).get(2020) / baseline.get(Moment.PATENTS_PER_RD_BN).get(2020);
        assertEquals(2.0, ratio, 0.15, "patents per R&D in 2020 with twice the yield");
    }

    @Test
    void headquartersMoveMoreWhenMovingCostsLess() {
        Parameters p = Parameters.defaults();
        Map<Moment, Map<Integer, Double>> cheap = moments(p.with(Param.SWITCHING_COST, p.get(Param.SWITCHING_COST) / 3));
        double before = baseline.get(Moment.HQ_MOVE_RATE).values().stream().mapToDouble(Double::doubleValue).sum();
        double after = cheap.get(Moment.HQ_MOVE_RATE).values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(after > 1.5 * before, "move rate summed over the years: " + after + " against " + before);
    }

    private static List<String> fingerprint(ZoneLabModel model) {
        return model.history().stream().map(s -> s.year() + "Q" + s.quarter() + java.util.Arrays.toString(s.national())
                + java.util.Arrays.deepToString(s.region()) + java.util.Arrays.deepToString(s.zone())).toList();
    }

    @Test
    void measuringTheMomentsDrawsNothing() {
        // The moments read the firms only: a model that never computes them ends in the same state.
        ZoneLabModel measured = Worlds.runToEnd(Worlds.started(Worlds.config(SCALE, 2), SEED));
        ZoneLabModel unmeasured = new ZoneLabModel(SEED, Worlds.config(SCALE, 2)) {
            private static final long serialVersionUID = 1L;

            @Override
            sim.engine.Steppable measurement() {
                return state -> record(Measurement.measure(this, year(), quarterIndex() + 1));
            }
        };
        unmeasured.start();
        Worlds.runToEnd(unmeasured);
        assertFalse(measured.moments().isEmpty());
        assertTrue(unmeasured.moments().isEmpty());
        assertEquals(fingerprint(measured), fingerprint(unmeasured));
    }
}
