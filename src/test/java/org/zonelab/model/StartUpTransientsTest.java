package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.model.measure.Moment;
import org.zonelab.model.measure.MomentValue;

/**
 * The initial state is one the model would reach (issue 13): in the first simulated year the stocks
 * continue from the end-2019 state instead of jumping. Each bound failed on the version before the
 * fix (each test's comment says by how much) and holds now.
 */
class StartUpTransientsTest {
    private static final double SCALE = 0.2;
    private static final long[] SEEDS = {3L, 4L, 5L};
    /** The first year against the two after it: the level the model keeps once it runs by its own rules. */
    private static final int YEARS = 3;
    private static final List<ZoneLabModel> RUNS = new ArrayList<>();

    @BeforeAll
    static void runFirstYears() {
        for (long seed : SEEDS) {
            RUNS.add(Worlds.runToEnd(Worlds.started(Worlds.config(SCALE, YEARS), seed)));
        }
    }

    /** A national indicator summed over the seeds, at a quarter of the run (1..) or at the start (0). */
    private static double sum(Indicator indicator, int quarter) {
        double total = 0;
        for (ZoneLabModel m : RUNS) {
            IndicatorSnapshot s = quarter == 0 ? m.initialSnapshot() : m.history().get(quarter - 1);
            total += s.get(indicator);
        }
        return total;
    }

    @Test
    void ventureCapitalGetsOneQuarterOfInflowInTheFirstQuarter() {
        // Before: funds started with a quarter of dry powder and added a quarter's inflow, so the first
        // quarter invested about 1.5 times the next ones.
        double first = sum(Indicator.VC_INVESTED_BN, 1);
        double next = (sum(Indicator.VC_INVESTED_BN, 2) + sum(Indicator.VC_INVESTED_BN, 3)
                + sum(Indicator.VC_INVESTED_BN, 4)) / 3;
        assertTrue(first < 1.25 * next && first > 0.6 * next, "Q1 " + first + " against Q2-Q4 " + next);
    }

    @Test
    void partnershipsGrowWithTheFirmsFromTheStart() {
        // Before: one search per firm gave about 0.95 ties per firm; they thinned by 10 % in 2020.
        double start = sum(Indicator.PARTNERSHIPS, 0);
        double end = sum(Indicator.PARTNERSHIPS, 4);
        double firmGrowth = sum(Indicator.FIRMS, 4) / sum(Indicator.FIRMS, 0);
        assertTrue(end / start > 0.97 && end / start < 1.1 * firmGrowth,
                "partnerships " + start + " -> " + end + " while firms grew " + firmGrowth);
    }

    @Test
    void nezhaDoNotMultiplyInTheFirstYear() {
        // Before: 59 -> about 130 in the first quarter and 190 at the end of 2020, then about 55: a
        // spike of the initial population's first rounds, not a level the model keeps.
        double start = sum(Indicator.NEZHA, 0);
        double firstYear = sum(Indicator.NEZHA, 4);
        double later = (sum(Indicator.NEZHA, 8) + sum(Indicator.NEZHA, 12)) / 2;
        assertTrue(sum(Indicator.NEZHA, 1) < 1.5 * start && firstYear < 1.4 * later,
                "nezha " + start + " -> Q1 " + sum(Indicator.NEZHA, 1) + ", end-2020 " + firstYear + ", end-2021/22 " + later);
    }

    @Test
    void theYoungestInitialFirmsAreBackedAsOftenAsTheModelsOwnFirmsOfTheirAge() {
        // Before: every initial firm under 10 was backed with the same chance (6 %), while the model's own
        // firms are backed at 1-4 % in their first two years: the youngest initial cohort raised a hump
        // of nezha-sized Series A rounds in 2021 (105 nezha at the end of 2021 against 78 a year before).
        double[] initial = new double[2];
        double[] own = new double[2];
        for (int k = 0; k < SEEDS.length; k++) {
            ZoneLabModel start = Worlds.started(Worlds.config(SCALE, YEARS), SEEDS[k]);
            add(initial, start, start.time(), f -> true);
            ZoneLabModel end = RUNS.get(k);
            add(own, end, end.time(), f -> f.founded >= end.config().startYear() + YEARS - 1);
        }
        double initialShare = initial[1] / initial[0];
        double ownShare = own[1] / own[0];
        assertTrue(initialShare < 2 * ownShare && initialShare > 0.3 * ownShare,
                "backed under age 1: initial firms " + initialShare + ", the model's own " + ownShare);
    }

    @Test
    void noZoneStartsFullerThanItsDrawnShareOfLand() {
        // Before: the initial branches moved staff to their zones after the land was set, so Wuhan and
        // Changsha started at 1.2-1.3 times their land (at the rent cap, which slowed all their firms),
        // and land per employee derived from 26.0 million staff filled every zone 6 % beyond its draw.
        ZoneLabModel m = Worlds.started(Worlds.config(SCALE, 1), SEEDS[0]);
        double max = m.parameters().get(org.zonelab.model.param.Param.INIT_LAND_USED_MAX);
        double fullest = 0;
        String where = "";
        for (Zone z : m.zones()) {
            double used = z.landUsedHa / z.landTotalHa;
            if (used > fullest) {
                fullest = used;
                where = z.seed().city();
            }
        }
        // land_per_employee_ha is derived at scale 1 (the fullest zone then starts at 0.92-0.93 of its land
        // on two seeds); at this scale the sampled staff need a few per cent more or less land in total.
        assertTrue(fullest < 1.05 * max, "fullest zone at start: " + where + ", " + fullest + " of its land");
    }

    @Test
    void theEligibleVentureBackedFirmsStillUnlistedAreAsFewAsTheModelLeaves() {
        // Before: the initial listed firms were drawn uniformly among firms past the revenue test, which
        // left 236 eligible venture-backed firms unlisted over the three seeds (42 after three years);
        // they listed at the backed rate in the first two years.
        double start = 0;
        double end = 0;
        for (int k = 0; k < SEEDS.length; k++) {
            start += eligibleBackedUnlisted(Worlds.started(Worlds.config(SCALE, YEARS), SEEDS[k]));
            end += eligibleBackedUnlisted(RUNS.get(k));
        }
        assertTrue(start < 2 * end + 3 * SEEDS.length, "eligible venture-backed firms not listed: at the start " + start
                + ", after " + YEARS + " years " + end);
    }

    @Test
    void theFirstYearsListingsAreAsManyAsTheNextYears() {
        // Before: 920, 595 and 395 listings in 2020-2022 (national figures summed over the three seeds).
        double[] listings = new double[YEARS];
        for (ZoneLabModel m : RUNS) {
            for (MomentValue v : m.moments()) {
                if (v.moment() == Moment.IPOS) {
                    listings[v.year() - m.config().startYear()] += v.value();
                }
            }
        }
        double later = (listings[1] + listings[2]) / 2;
        assertTrue(listings[0] < 1.4 * later, "listings by year: " + Arrays.toString(listings));
    }

    private static int eligibleBackedUnlisted(ZoneLabModel m) {
        int n = 0;
        for (Firm f : m.firms()) {
            if (f.active && !f.listed && f.venture.rounds > 0 && Demography.mayList(m.parameters(), f.accounts.revenue, f.venture.valuation)) {
                n++;
            }
        }
        return n;
    }

    /** Adds the active firms under a year old that pass the filter, and those of them with a round. */
    private static void add(double[] counts, ZoneLabModel m, double now, java.util.function.Predicate<Firm> filter) {
        for (Firm f : m.firms()) {
            if (f.active && f.age(now) < 1 && filter.test(f)) {
                counts[0]++;
                counts[1] += f.venture.rounds > 0 ? 1 : 0;
            }
        }
    }

    @Test
    void theFirstCertificationGivesTheGazelleShareTheModelKeeps() {
        // Before: 2,968 -> 5,400 (2020) -> 10,300 (2022) -> 8,600 (2024): the first certifications
        // overshot and fell back. The share the model keeps (about 3.5 % of firms) is still above the
        // 2.0 % of the 2019 table, so the count steps up at the first certification: docs/VALIDATION.md.
        double firstYear = sum(Indicator.GAZELLES, 4) / sum(Indicator.FIRMS, 4);
        double later = (sum(Indicator.GAZELLES, 8) / sum(Indicator.FIRMS, 8) + sum(Indicator.GAZELLES, 12) / sum(Indicator.FIRMS, 12)) / 2;
        assertTrue(firstYear < 1.2 * later && firstYear > 0.8 * later,
                "gazelles per firm: end-2020 " + firstYear + ", end-2021/22 " + later);
    }

    @Test
    void theFirstYearsGdpContinuesTheTrend() {
        // Before: firms started at the 2019 yearly flows, so 2020 added only half a year of growth (+4 %
        // against 11-13 %/year in 2017-2021) and the 2019 revenue histories had no growth in their last year.
        double gdp2020 = 0;
        for (int q = 1; q <= 4; q++) {
            gdp2020 += sum(Indicator.GDP_BN, q);
        }
        double growth = gdp2020 / (SEEDS.length * 12_200) - 1;
        assertTrue(growth > 0.07 && growth < 0.16, "GDP growth in 2020: " + growth);
    }

    @Test
    void youngInitialFirmsAreAsLargeAsTheModelsOwnFirmsOfTheirAge() {
        // Before: initial firms aged 1 to 3 had 5 to 10 times the median revenue of firms of the same
        // age born during the run.
        ZoneLabModel model = Worlds.started(Worlds.config(0.05, 4), 9L);
        double initial = medianRevenue(model, false);
        Worlds.runToEnd(model);
        double born = medianRevenue(model, true);
        assertTrue(initial < 2 * born && initial > born / 2, "median revenue at ages 1-3: initial " + initial
                + ", born during the run " + born);
    }

    private static double medianRevenue(ZoneLabModel model, boolean bornInRun) {
        double now = model.time();
        double[] r = model.firms().stream()
                .filter(f -> f.active && f.age(now) >= 1 && f.age(now) < 3 && (f.founded >= model.config().startYear()) == bornInRun)
                .mapToDouble(f -> f.accounts.revenue).sorted().toArray();
        assertTrue(r.length > 100, "firms aged 1-3: " + r.length);
        return r[r.length / 2];
    }
}
