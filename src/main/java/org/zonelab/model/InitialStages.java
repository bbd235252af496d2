package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * The four stage calibrations of the initial state (docs/ODD.md §5): exactly the 2019 counts (times
 * scale) of high-tech enterprises, gazelles (through revenue histories), unicorns and nezha (through
 * venture rounds) and listed firms, each meeting the rules of {@link Stages} by construction while
 * every other firm stays below them.
 */
final class InitialStages {
    private final ZoneLabModel model;
    private final Parameters p;
    private final MersenneTwisterFast rng;
    private final double scale;

    InitialStages(ZoneLabModel model, MersenneTwisterFast rng) {
        this.model = model;
        this.p = model.parameters();
        this.rng = rng;
        this.scale = model.scale();
    }

    /**
     * Exactly init_high_tech_enterprises x scale firms meet the rule; the rest stay below it. The firms
     * that seek the status are the ones the choice of the run picks (HighTechChoice): the eligible
     * drafts for which it is worth most, and the yearly worth of its other benefits is the one that
     * makes exactly them choose it. Firms too young to be certified choose by the same rule.
     */
    void chooseHighTech(List<FirmDraft> drafts) {
        int n = drafts.size();
        double[] gain = new double[n];
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FirmDraft d = drafts.get(i);
            d.hteEligible = rng.nextDouble() < p.get(Param.HTE_ELIGIBLE_SHARE);
            d.margin = rng.nextDouble() * p.get(Param.HTE_BUNCHING_MARGIN);
            d.baseRd = Births.drawOtherRdIntensity(p, rng);
            gain[i] = HighTechChoice.gainBeforeBenefits(p, d.revenue, d.baseRd, d.margin,
                    Innovation.startupIntensity(p, d.age), HighTechChoice.zoneMargin(model, d.zone));
            if (d.hteEligible && d.age >= p.get(Param.HTE_MIN_AGE_YEARS)) {
                eligible.add(i);
            }
        }
        eligible.sort(Comparator.<Integer>comparingDouble(i -> -gain[i]).thenComparingInt(i -> i));
        int chosen = Math.min(eligible.size(), Sampling.agents(p, Param.INIT_HIGH_TECH_ENTERPRISES, scale));
        model.hteAwardBn = impliedBenefit(eligible, gain, chosen);
        for (int k = 0; k < chosen; k++) {
            drafts.get(eligible.get(k)).hte = true;
        }
        for (int i = 0; i < n; i++) {
            FirmDraft d = drafts.get(i);
            // Young firms know what the model's entrants know (issue 13), moving to the initial law with
            // age as their size does (init_size_age_years), the high-tech lead included; otherwise a
            // stock of young firms with leads no entrant has would raise nezha-sized first rounds in the
            // first quarters (the status's choice makes young small firms its most frequent holders).
            double rank = Draws.gaussian(rng);
            double w = InitialFirms.sizeLawWeight(p, d.age);
            d.lnK = (1 - w) * (p.get(Param.ENTRANT_KNOWLEDGE_GAP) + p.get(Param.ENTRANT_KNOWLEDGE_SD) * rank)
                    + w * (p.get(Param.INIT_KNOWLEDGE_SD) * rank + (d.hte ? p.get(Param.INIT_HTE_KNOWLEDGE) : 0));
            if (d.hte) {
                d.hteSeeking = true;
                d.patents = 1 + Draws.poisson(rng, p.get(Param.INIT_HTE_PATENTS_MEAN));
            } else if (d.age < p.get(Param.HTE_MIN_AGE_YEARS)) {
                d.hteSeeking = d.hteEligible && gain[i] + model.hteAwardBn > 0;
                d.patents = Draws.poisson(rng, p.get(Param.INIT_OTHER_PATENTS_MEAN));
            } else {
                // Not seeking, but spending at or above the threshold anyway: no owned IP yet, so that
                // exactly the chosen firms meet the rule at the start.
                boolean aboveAnyway = intensity(d) >= ZoneLabModel.highTechThreshold(p, d.revenue);
                d.patents = aboveAnyway ? 0 : Draws.poisson(rng, p.get(Param.INIT_OTHER_PATENTS_MEAN));
            }
        }
        centreKnowledge(drafts);
    }

    /**
     * The yearly worth of the status beyond its tax saving that makes exactly the first {@code chosen}
     * eligible drafts (sorted by gain, highest first) seek it: halfway between the last chosen gain and
     * the next one, negated.
     */
    private static double impliedBenefit(List<Integer> sortedEligible, double[] gain, int chosen) {
        if (sortedEligible.isEmpty()) {
            return 0;
        }
        if (chosen == 0) {
            return -gain[sortedEligible.get(0)] - Math.abs(gain[sortedEligible.get(0)]) - Double.MIN_NORMAL;
        }
        double last = gain[sortedEligible.get(chosen - 1)];
        double next = chosen < sortedEligible.size() ? gain[sortedEligible.get(chosen)] : last - Math.abs(last) - Double.MIN_NORMAL;
        return -(last + next) / 2;
    }

    private double intensity(FirmDraft d) {
        return Innovation.intensity(p, d.hteSeeking, d.revenue, d.margin, d.baseRd, d.age);
    }

    /** Knowledge is measured relative to the 2019 sector mean. */
    private void centreKnowledge(List<FirmDraft> drafts) {
        int n = Sectors.BASE_COUNT;
        double[] sum = new double[n];
        int[] count = new int[n];
        for (FirmDraft d : drafts) {
            sum[d.sector] += d.lnK;
            count[d.sector]++;
        }
        for (FirmDraft d : drafts) {
            d.lnK -= sum[d.sector] / count[d.sector];
        }
    }

    /**
     * Four years of revenue history. Exactly init_gazelles x scale firms get a path that meets the
     * CAGR rule; every other path is checked against the rule and made to fail it.
     */
    void writeHistories(List<FirmDraft> drafts) {
        double minBase = p.get(Param.GAZELLE_MIN_BASE_REVENUE_BN);
        double minCagr = p.get(Param.GAZELLE_MIN_CAGR);
        int window = p.getInt(Param.GAZELLE_WINDOW_YEARS);
        List<FirmDraft> eligible = new ArrayList<>();
        for (FirmDraft d : drafts) {
            d.years = (int) Math.min(FirmAccounts.HISTORY_YEARS, 1 + Math.floor(d.age));
            if (d.years > window && lastYear(d) >= minBase * Math.pow(1 + minCagr, window) * (1 + p.get(Param.INIT_GAZELLE_BASE_MARGIN))) {
                eligible.add(d);
            }
        }
        for (FirmDraft d : Sampling.pick(rng, eligible, Sampling.agents(p, Param.INIT_GAZELLES, scale))) {
            double last = lastYear(d);
            double maxCagr = Math.pow(last / minBase, 1.0 / window) - 1;
            double cagr = minCagr + rng.nextDouble() * Math.min(p.get(Param.INIT_GAZELLE_CAGR_SPREAD), maxCagr - minCagr);
            for (int k = 0; k < FirmAccounts.HISTORY_YEARS; k++) {
                d.history[k] = last / Math.pow(1 + cagr, k);
            }
            d.gazelle = true;
        }
        for (FirmDraft d : drafts) {
            if (d.gazelle) {
                continue;
            }
            // A path that meets the rule is drawn again: the other firms' histories are the model's
            // growth law given that they are not gazelles (issue 13). A path kept below the rule by a
            // last-year dip would qualify at the first certification, when the dip leaves the window.
            int draws = 0;
            do {
                drawHistory(d);
            } while (Stages.isGazelle(p, d.age, d.history, d.years) && ++draws < MAX_HISTORY_DRAWS);
            if (Stages.isGazelle(p, d.age, d.history, d.years)) {
                // Rare: growth so fast that nearly every path qualifies; a last-year dip keeps it out.
                d.history[1] = lastYear(d) * Math.exp(p.get(Param.HIST_GROWTH_SD) * rng.nextDouble());
            }
        }
    }

    /**
     * A firm's 2019 revenue, the last year of its history: its end-2019 revenue rate brought back to
     * the year's flow at the growth its history is drawn with, so that the first simulated year
     * continues the history instead of stepping up from it.
     */
    private double lastYear(FirmDraft d) {
        return d.revenue / InitialFirms.endOfYearRate(historyGrowth(d.age));
    }

    /** Mean yearly log growth of an initial firm's history in the year it had {@code ageThen} at its end. */
    private double historyGrowth(double ageThen) {
        return p.get(Param.HIST_GROWTH_MEAN) + p.get(Param.YOUNG_GROWTH_PREMIUM) * Math.exp(-Math.max(0, ageThen) / p.get(Param.STARTUP_YEARS));
    }

    /** Paths drawn per firm before a last-year dip keeps a non-gazelle out of the rule. */
    private static final int MAX_HISTORY_DRAWS = 50;

    /**
     * Draws a revenue history backwards from this year's revenue with the model's growth law: the
     * mature firms' mean and spread, plus the young-firm premium that fades with the age the firm had
     * that year, as in {@link Growth}.
     */
    private void drawHistory(FirmDraft d) {
        d.history[0] = lastYear(d);
        for (int k = 1; k < d.years; k++) {
            d.history[k] = d.history[k - 1] / Math.exp(historyGrowth(d.age - k) + p.get(Param.HIST_GROWTH_SD) * Draws.gaussian(rng));
        }
    }

    /** Unicorns, nezha and other venture-backed firms. */
    void chooseVentureBacked(List<FirmDraft> drafts) {
        double unicornLine = p.get(Param.UNICORN_MIN_VALUATION_USD_BN) * p.get(Param.CNY_PER_USD);
        double d = p.get(Param.ROUND_DILUTION);
        double belowLine = p.get(Param.INIT_BELOW_LINE_SHARE);
        List<FirmDraft> unicornPool = new ArrayList<>();
        for (FirmDraft x : drafts) {
            if (x.age >= 1 && x.age < p.get(Param.UNICORN_MAX_AGE) - 1
                    && x.revenue >= p.get(Param.INIT_UNICORN_MIN_REVENUE_BN)) {
                unicornPool.add(x);
            }
        }
        // Spread evenly over the ages of the window (issue 13): drawn by revenue alone, as before, most
        // were 6-8 years old and two in five aged out of the unicorn window within three years.
        ToDoubleFunction<FirmDraft> evenAges = evenAgeWeights(unicornPool);
        for (FirmDraft x : Sampling.pickWeighted(rng, unicornPool, Sampling.agents(p, Param.INIT_UNICORNS, scale), evenAges)) {
            x.unicorn = true;
            x.backed = true;
            x.rounds = p.getInt(Param.INIT_UNICORN_ROUNDS);
            x.valuation = unicornLine * Math.pow(1 - rng.nextDouble(), -1 / p.get(Param.INIT_UNICORN_PARETO));
            x.raised = p.get(Param.INIT_RAISED_SHARE) * x.valuation;
            x.raisedByA = Math.min(x.raised, p.get(Param.NEZHA_MIN_RAISED_BN));
        }
        choosePotentialUnicorns(unicornPool, unicornLine * belowLine, evenAges);
        List<FirmDraft> nezhaPool = new ArrayList<>();
        for (FirmDraft x : drafts) {
            if (!x.unicorn && !x.potentialUnicorn && x.age < p.get(Param.NEZHA_MAX_AGE)) {
                nezhaPool.add(x);
            }
        }
        for (FirmDraft x : Sampling.pick(rng, nezhaPool, Sampling.agents(p, Param.INIT_NEZHA, scale))) {
            x.nezha = true;
            x.backed = true;
            x.rounds = 1 + rng.nextInt(p.getInt(Param.INIT_NEZHA_MAX_ROUNDS));
            x.raisedByA = p.get(Param.NEZHA_MIN_RAISED_BN) * (p.get(Param.INIT_NEZHA_RAISED_MIN) + rng.nextDouble());
            x.raised = x.raisedByA;
            x.valuation = Math.min(belowLine * unicornLine, Math.max(x.raised / d, p.get(Param.REVENUE_MULTIPLE) * x.revenue));
        }
        double meanAgeWeight = meanBackedAgeWeight(drafts);
        for (FirmDraft x : drafts) {
            if (x.backed || x.age > p.get(Param.UNICORN_MAX_AGE)
                    || rng.nextDouble() >= p.get(Param.INIT_VENTURE_BACKED_SHARE) * backedAgeWeight(x.age) / meanAgeWeight) {
                continue;
            }
            x.backed = true;
            x.rounds = 1 + rng.nextInt(p.getInt(Param.INIT_BACKED_MAX_ROUNDS));
            double floor = Math.max(p.get(Param.REVENUE_MULTIPLE) * x.revenue, p.get(Param.ROUND_SEED_BN) / d);
            x.valuation = Math.min(belowLine * unicornLine, floor * (1 + rng.nextDouble()));
            x.raised = p.get(Param.INIT_RAISED_SHARE) * x.valuation;
            // By Series A it raised the usual seed and A rounds (E-B 7), not an amount parked just below
            // the nezha line, which its next round would cross at once (issue 13); only the chosen nezha
            // firms raised more than the line.
            double early = p.get(Param.ROUND_SEED_BN) + (x.rounds > 1 ? p.get(Param.ROUND_A_BN) : 0);
            x.raisedByA = Math.min(x.raised, Math.min(early, belowLine * p.get(Param.NEZHA_MIN_RAISED_BN)));
        }
    }

    /**
     * How the chance of holding venture investment rises with age (issue 13), as in the model's own
     * cohorts: a firm is backed after it has been screened, and a young firm has had few chances.
     */
    private double backedAgeWeight(double age) {
        return 1 - Math.exp(-age / p.get(Param.INIT_BACKED_AGE_YEARS));
    }

    /** The mean age weight over the drafts that may be backed, so that init_venture_backed_share holds overall. */
    private double meanBackedAgeWeight(List<FirmDraft> drafts) {
        double sum = 0;
        int n = 0;
        for (FirmDraft x : drafts) {
            if (x.age <= p.get(Param.UNICORN_MAX_AGE)) {
                sum += backedAgeWeight(x.age);
                n++;
            }
        }
        return n > 0 && sum > 0 ? sum / n : 1;
    }

    /**
     * The pipeline of unicorns (issue 13): young venture-backed firms valued between the GEI
     * potential-unicorn line of their age and {@code ceiling}, below the unicorn line, by the unicorns'
     * Pareto law truncated there, so that the firms which become unicorns in the first years exist.
     */
    private void choosePotentialUnicorns(List<FirmDraft> unicornPool, double ceiling, ToDoubleFunction<FirmDraft> evenAges) {
        if (!(ceiling > 0)) {
            return; // no room below a unicorn line at 0
        }
        List<FirmDraft> pool = new ArrayList<>();
        for (FirmDraft x : unicornPool) {
            if (!x.unicorn) {
                pool.add(x);
            }
        }
        double alpha = p.get(Param.INIT_UNICORN_PARETO);
        // Under the Pareto law, firms above a line are in proportion to line^-alpha: a young firm's lower
        // line makes it more likely to be one.
        for (FirmDraft x : Sampling.pickWeighted(rng, pool, Sampling.agents(p, Param.INIT_POTENTIAL_UNICORNS, scale),
                d -> evenAges.applyAsDouble(d) * Math.pow(potentialUnicornLine(d), -alpha))) {
            double lo = Math.max(Double.MIN_NORMAL, Math.min(potentialUnicornLine(x), ceiling));
            double drawn = lo * Math.pow(1 - rng.nextDouble() * (1 - Math.pow(lo / ceiling, alpha)), -1 / alpha);
            x.backed = true;
            x.potentialUnicorn = true;
            x.rounds = p.getInt(Param.INIT_POTENTIAL_UNICORN_ROUNDS);
            x.valuation = Math.min(ceiling, Math.max(drawn, p.get(Param.REVENUE_MULTIPLE) * x.revenue));
            x.raised = p.get(Param.INIT_RAISED_SHARE) * x.valuation;
            x.raisedByA = Math.min(x.raised, p.get(Param.INIT_BELOW_LINE_SHARE) * p.get(Param.NEZHA_MIN_RAISED_BN));
            // Investors priced it on a knowledge lead: the one the model's own pricing of its next round
            // (Rounds.preMoney) gives its valuation, so that investors see in it what its valuation says.
            double nextRound = Rounds.size(p, x.rounds);
            double dilution = p.get(Param.ROUND_DILUTION);
            if (nextRound > 0 && dilution > 0 && dilution < 1 && p.get(Param.KNOWLEDGE_VALUATION) > 0) {
                double lead = Math.log(x.valuation * dilution / (nextRound * (1 - dilution))) / p.get(Param.KNOWLEDGE_VALUATION);
                x.lnK = Math.max(x.lnK, lead);
            }
        }
    }

    /** Weights that make a weighted pick from the pool equally likely at every whole year of age. */
    private static ToDoubleFunction<FirmDraft> evenAgeWeights(List<FirmDraft> pool) {
        Map<Integer, Integer> perYear = new HashMap<>();
        for (FirmDraft d : pool) {
            perYear.merge((int) d.age, 1, Integer::sum);
        }
        return d -> 1.0 / perYear.get((int) d.age);
    }

    /** The GEI line of a potential unicorn of this draft's age, CNY bn (F 4). */
    private double potentialUnicornLine(FirmDraft d) {
        return p.get(Param.CNY_PER_USD) * (d.age < p.get(Param.POTENTIAL_UNICORN_YOUNG_AGE)
                ? p.get(Param.POTENTIAL_UNICORN_YOUNG_USD_BN) : p.get(Param.POTENTIAL_UNICORN_OLD_USD_BN));
    }

    /**
     * The listed firms of the initial state (issue 14): drawn among the firms that pass the listing tests,
     * each in proportion to the rate at which it would list, so that the eligible firms still unlisted are
     * those the model's own listing rule would have left unlisted. A uniform draw left most eligible
     * venture-backed firms unlisted, and they listed in 2020-2021 at the backed rate: 260 listings in
     * 2020 against 120-130 a year once the model ran by its own rule.
     */
    void chooseListed(List<FirmDraft> drafts) {
        List<FirmDraft> pool = new ArrayList<>();
        for (FirmDraft x : drafts) {
            if (!x.unicorn && !x.nezha && !x.potentialUnicorn && Demography.mayList(p, x.revenue, x.valuation)) {
                pool.add(x);
            }
        }
        for (FirmDraft x : Sampling.pickWeighted(rng, pool, Sampling.agents(p, Param.INIT_LISTED_FIRMS, scale),
                d -> Demography.listingRate(p, d.backed))) {
            x.listed = true;
            x.valuation = Math.max(x.valuation, p.get(Param.REVENUE_MULTIPLE) * x.revenue);
        }
    }
}
