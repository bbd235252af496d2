package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * The stage rules of {@link Stages} and {@link Firm#stage}, at both sides of every threshold, with
 * the thresholds read from the default {@link Parameters} (so the test follows a recalibration).
 */
class StagesTest {
    private static final Parameters P = Parameters.defaults();
    /** A relative step that moves a value just across a threshold without leaving its band. */
    private static final double EPS = 1e-6;
    private static final double NOW = 2030;

    private static double p(Param param) {
        return P.get(param);
    }

    private static double below(double v) {
        return v * (1 - EPS);
    }

    private static double above(double v) {
        return v * (1 + EPS);
    }

    private static Firm firm(double age) {
        return new Firm(1, 0, null, NOW - age, 0, false, false, true, false, 0, 0);
    }

    // High-tech enterprise: age, owned IP, R&D share by revenue band

    @Test
    void highTechNeedsTheMinimumAge() {
        double age = p(Param.HTE_MIN_AGE_YEARS);
        double rev = p(Param.HTE_BAND_SMALL_BN);
        double rd = p(Param.HTE_THRESHOLD_SMALL);
        assertTrue(Stages.isHighTech(P, age, 1, rev, rd));
        assertFalse(Stages.isHighTech(P, below(age), 1, rev, rd));
    }

    @Test
    void highTechNeedsOwnedIpAndRevenue() {
        double age = 5;
        double rev = p(Param.HTE_BAND_SMALL_BN);
        double rd = p(Param.HTE_THRESHOLD_SMALL);
        assertTrue(Stages.isHighTech(P, age, 1, rev, rd));
        assertFalse(Stages.isHighTech(P, age, 0, rev, rd));
        assertFalse(Stages.isHighTech(P, age, 1, 0, 1.0), "no revenue, no certificate");
    }

    @Test
    void highTechRdThresholdOfEachRevenueBand() {
        double small = p(Param.HTE_BAND_SMALL_BN);
        double large = p(Param.HTE_BAND_LARGE_BN);
        // revenue at the top of a band is still in it; just above, the next band's threshold applies
        double[][] bands = {
                {small, p(Param.HTE_THRESHOLD_SMALL)},
                {above(small), p(Param.HTE_THRESHOLD_MID)},
                {large, p(Param.HTE_THRESHOLD_MID)},
                {above(large), p(Param.HTE_THRESHOLD_LARGE)},
                {100 * large, p(Param.HTE_THRESHOLD_LARGE)},
        };
        for (double[] b : bands) {
            assertEquals(b[1], ZoneLabModel.highTechThreshold(P, b[0]), "threshold at revenue " + b[0]);
            assertTrue(Stages.isHighTech(P, 5, 1, b[0], b[1]), "at the threshold, revenue " + b[0]);
            assertFalse(Stages.isHighTech(P, 5, 1, b[0], below(b[1])), "just below, revenue " + b[0]);
        }
        // the defaults make the bands differ, so the band boundaries above are real boundaries
        assertTrue(p(Param.HTE_THRESHOLD_SMALL) > p(Param.HTE_THRESHOLD_MID));
        assertTrue(p(Param.HTE_THRESHOLD_MID) > p(Param.HTE_THRESHOLD_LARGE));
    }

    @Test
    void highTechFollowsItsParameters() {
        Parameters older = P.with(Param.HTE_MIN_AGE_YEARS, 3);
        assertTrue(Stages.isHighTech(P, 2, 1, 1, 0.5));
        assertFalse(Stages.isHighTech(older, 2, 1, 1, 0.5));
    }

    // Gazelle: two fast-to-scale routes, or 3-year CAGR from a minimum base with final-year growth

    @Test
    void gazelleFastRoutesAtTheirAgeAndRevenueLimits() {
        double age1 = p(Param.GAZELLE_FAST_AGE_1);
        double rev1 = p(Param.GAZELLE_FAST_REVENUE_1_BN);
        double age2 = p(Param.GAZELLE_FAST_AGE_2);
        double rev2 = p(Param.GAZELLE_FAST_REVENUE_2_BN);
        assertTrue(rev1 < rev2 && age1 < age2, "route 2 is for older, larger firms");
        // no history at all: only the fast routes can apply
        assertTrue(Stages.isGazelle(P, age1, new double[] {rev1, 0, 0, 0}, 0));
        assertFalse(Stages.isGazelle(P, age1, new double[] {below(rev1), 0, 0, 0}, 0));
        assertFalse(Stages.isGazelle(P, above(age1), new double[] {rev1, 0, 0, 0}, 0), "route 1 too old");
        assertTrue(Stages.isGazelle(P, age2, new double[] {rev2, 0, 0, 0}, 0));
        assertFalse(Stages.isGazelle(P, age2, new double[] {below(rev2), 0, 0, 0}, 0));
        assertFalse(Stages.isGazelle(P, above(age2), new double[] {rev2, 0, 0, 0}, 0), "route 2 too old");
    }

    @Test
    void gazelleGrowthRouteAtTheMinimumCagrAndBase() {
        double age = p(Param.GAZELLE_FAST_AGE_2) + 5; // beyond both fast routes
        double base = p(Param.GAZELLE_MIN_BASE_REVENUE_BN);
        double growth = Math.pow(1 + p(Param.GAZELLE_MIN_CAGR), 3);
        double now = base * growth;
        assertTrue(Stages.isGazelle(P, age, new double[] {above(now), base, base, base}, 4));
        assertFalse(Stages.isGazelle(P, age, new double[] {below(now), base, base, base}, 4), "CAGR just short");
        double smallBase = below(base);
        assertFalse(Stages.isGazelle(P, age, new double[] {10 * now, smallBase, smallBase, smallBase}, 4),
                "base year below the minimum revenue");
        assertFalse(Stages.isGazelle(P, age, new double[] {above(now), above(now), base, base}, 4),
                "no growth in the final year");
        assertTrue(Stages.isGazelle(P, age, new double[] {above(now), now, base, base}, 4),
                "growth in the final year, however small");
        assertFalse(Stages.isGazelle(P, age, new double[] {above(now), base, base, base}, 3),
                "three years of history are not a 3-year CAGR");
    }

    // Unicorn and nezha: read every quarter

    private static Firm fundedFirm(double age, double valuation) {
        Firm f = firm(age);
        f.venture.rounds = 1;
        f.venture.valuation = valuation;
        return f;
    }

    @Test
    void unicornAtTheValuationAndAgeLimits() {
        double v = p(Param.UNICORN_MIN_VALUATION_USD_BN) * p(Param.CNY_PER_USD);
        double age = p(Param.UNICORN_MAX_AGE);
        Firm at = fundedFirm(age, v);
        Stages.classifyQuarterly(P, at, NOW);
        assertTrue(at.unicorn, "valuation exactly USD 1 bn in CNY, at the age limit");
        Firm cheap = fundedFirm(age, below(v));
        Stages.classifyQuarterly(P, cheap, NOW);
        assertFalse(cheap.unicorn);
        Firm old = fundedFirm(age + 0.25, v);
        Stages.classifyQuarterly(P, old, NOW);
        assertFalse(old.unicorn, "a quarter past the age limit");
    }

    @Test
    void unicornNeedsAVentureRoundAndNoListing() {
        double v = 10 * p(Param.UNICORN_MIN_VALUATION_USD_BN) * p(Param.CNY_PER_USD);
        Firm unfunded = fundedFirm(2, v);
        unfunded.venture.rounds = 0;
        Stages.classifyQuarterly(P, unfunded, NOW);
        assertFalse(unfunded.unicorn, "a valuation without a round is no unicorn");
        Firm listed = fundedFirm(2, v);
        listed.listed = true;
        Stages.classifyQuarterly(P, listed, NOW);
        assertFalse(listed.unicorn, "a listed firm is no longer a unicorn");
        Firm was = fundedFirm(2, v);
        Stages.classifyQuarterly(P, was, NOW);
        assertTrue(was.unicorn);
        was.venture.valuation = 0;
        Stages.classifyQuarterly(P, was, NOW);
        assertFalse(was.unicorn, "unicorn status is re-read, not kept");
    }

    @Test
    void nezhaAtTheRaisedAndAgeLimits() {
        double raised = p(Param.NEZHA_MIN_RAISED_BN);
        double age = p(Param.NEZHA_MAX_AGE);
        Firm at = firm(age);
        at.venture.raisedByA = raised;
        Stages.classifyQuarterly(P, at, NOW);
        assertFalse(at.nezha, "the rule says more than the minimum: exactly the minimum is not enough");
        Firm more = firm(age);
        more.venture.raisedByA = above(raised);
        Stages.classifyQuarterly(P, more, NOW);
        assertTrue(more.nezha, "just more than the minimum, at the age limit");
        Firm old = firm(age + 0.25);
        old.venture.raisedByA = 10 * raised;
        Stages.classifyQuarterly(P, old, NOW);
        assertFalse(old.nezha, "a quarter past the age limit");
    }

    // The displayed stage: the most advanced one held

    @Test
    void stageIsTheMostAdvancedHeldAndStartUpEndsAtStartupYears() {
        double startup = p(Param.STARTUP_YEARS);
        assertEquals(Stage.START_UP, firm(startup - 0.25).stage(NOW, startup));
        assertEquals(Stage.ESTABLISHED, firm(startup).stage(NOW, startup));
        Firm f = firm(1);
        f.highTech = true;
        assertEquals(Stage.HIGH_TECH, f.stage(NOW, startup));
        f.gazelle = true;
        assertEquals(Stage.GAZELLE, f.stage(NOW, startup));
        f.unicorn = true;
        assertEquals(Stage.UNICORN, f.stage(NOW, startup));
        f.listed = true;
        assertEquals(Stage.LISTED, f.stage(NOW, startup));
    }

    // Closing a year: certification from the year's own accounts

    @Test
    void closeYearCertifiesHighTechFromTheYearsAccounts() {
        double rev = p(Param.HTE_BAND_SMALL_BN);
        double share = p(Param.HTE_THRESHOLD_SMALL);
        Firm f = firm(5);
        f.innovation.inventionPatents = 1;
        f.accounts.revenueThisYear = rev;
        f.innovation.rdThisYear = rev * share;
        Stages.closeYear(P, f, NOW);
        assertTrue(f.highTech);
        assertEquals(rev, f.accounts.annualRevenue(0));
        assertEquals(1, f.accounts.completedYears);
        assertEquals(0, f.accounts.revenueThisYear, "the year's accounts are reset");
        int term = P.getInt(Param.HTE_CERTIFICATE_YEARS);
        for (int year = 1; year <= term; year++) {
            f.accounts.revenueThisYear = rev;
            f.innovation.rdThisYear = below(rev * share);
            Stages.closeYear(P, f, NOW + year);
            assertEquals(year < term, f.highTech, "a certificate lasts " + term + " years, then is re-examined (year " + year + ")");
        }
        assertArrayEquals(new double[] {rev, rev, rev, rev}, f.accounts.annualRevenues());
    }

    @Test
    void closeYearIgnoresAFirmBornDuringTheYear() {
        Firm f = firm(0.75);
        f.innovation.inventionPatents = 5;
        f.accounts.revenueThisYear = 1;
        f.innovation.rdThisYear = 0.5;
        Stages.closeYear(P, f, NOW);
        assertFalse(f.highTech);
        assertEquals(0, f.accounts.completedYears);
        assertArrayEquals(new double[4], f.accounts.annualRevenues(), "a partial year is not history");
        assertEquals(0, f.accounts.revenueThisYear);
    }
}
