package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Headquarters relocation and branches (docs/ODD.md §7.8, phase 3), reviewed once a year per firm. For its
 * headquarters the firm compares the expected profit of the zones ranked best for its sector, net of
 * distance from home, with its home zone's: it moves when the gain beats the switching cost (logit
 * choice). It opens a branch where the zone's attractiveness net of distance beats the branch cost;
 * co-built partner zones get a bonus for branches.
 */
public final class Location implements Serializable {
    private static final long serialVersionUID = 1L;
    // Rates that are the same for every firm: their probabilities are computed once (Chance).
    private final Chance relocationReview = new Chance();
    private final Chance branchReview = new Chance();
    private final Chance branchClosure = new Chance();

    /** Called once a year in the firm's review quarter. */
    void step(FirmContext ctx, Firm f) {
        Parameters p = ctx.parameters();
        MersenneTwisterFast rng = ctx.stream(Streams.Process.LOCATION);
        closeBranches(ctx, p, f, rng);
        if (relocationReview.happens(rng, p.get(Param.RELOCATION_REVIEW_RATE), 1.0)) {
            considerRelocation(ctx, p, f, rng);
        }
        if (f.accounts.revenue >= p.get(Param.BRANCH_MIN_REVENUE_BN) && f.branches.size() < p.getInt(Param.BRANCH_MAX)
                && branchReview.happens(rng, p.get(Param.BRANCH_REVIEW_RATE), 1.0)) {
            considerBranch(ctx, p, f, rng);
        }
    }

    /**
     * A nested logit: the firm moves with the logistic of the candidates' inclusive value (the log-sum of
     * their values net of distance) less its home's value and the switching cost, and then picks a
     * candidate with multinomial-logit probabilities, so that close candidates share the moves.
     */
    private static void considerRelocation(FirmContext ctx, Parameters p, Firm f, MersenneTwisterFast rng) {
        Zone home = f.home;
        int[] candidates = ctx.ranking().profitTop(f.sector);
        double[] value = new double[candidates.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < candidates.length; k++) {
            Zone c = ctx.zones().get(candidates[k]);
            value[k] = c == home ? Double.NEGATIVE_INFINITY
                    : headquartersValue(ctx, p, f, c) - p.get(Param.DISTANCE_COST) * ctx.distanceKm(home, c) / 1000;
            max = Math.max(max, value[k]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return;
        }
        double sum = 0;
        for (int k = 0; k < value.length; k++) {
            value[k] = Math.exp(value[k] - max);
            sum += value[k];
        }
        double gain = max + Math.log(sum) - headquartersValue(ctx, p, f, home) - p.get(Param.SWITCHING_COST);
        // Both draws are taken whether or not the firm moves, so that every review uses the stream
        // alike and two arms of a comparison stay on common random numbers.
        double moveDraw = rng.nextDouble();
        double u = rng.nextDouble() * sum;
        if (moveDraw >= logistic(gain)) {
            return;
        }
        int k = 0;
        while (k < value.length - 1 && (u -= value[k]) >= 0) {
            k++;
        }
        while (value[k] == 0) {
            k--; // the home zone and underflows have no weight: step back to a candidate that has
        }
        ctx.relocate(f, ctx.zones().get(candidates[k]));
    }

    /** A zone's expected profit per yuan of revenue for the firm's sector in utility units, with its incentive. */
    static double headquartersValue(FirmContext ctx, Parameters p, Firm f, Zone zone) {
        return ctx.ranking().profitValue(f.sector, zone.index()) / p.get(Param.LOCATION_PROFIT_SCALE) + zone.policy.branchIncentive;
    }

    /** Opens one branch in the best candidate zone, if its net value wins the logit draw. */
    private static void considerBranch(FirmContext ctx, Parameters p, Firm f, MersenneTwisterFast rng) {
        Zone best = bestBranchZone(ctx, p, f);
        if (best != null && rng.nextDouble() < logistic(branchValue(ctx, p, f, best) - p.get(Param.BRANCH_COST))) {
            ctx.openBranch(f, best);
        }
    }

    /**
     * The zone with the highest branch value for this firm among the top-ranked zones for its sector
     * and its home zone's co-built partner parks ("parks outside the park"), or null.
     */
    static Zone bestBranchZone(FirmContext ctx, Parameters p, Firm f) {
        Zone best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        int[] top = ctx.ranking().top(f.sector);
        int[] partners = f.home.partnerZones;
        for (int k = 0; k < top.length + partners.length; k++) {
            Zone c = ctx.zones().get(k < top.length ? top[k] : partners[k - top.length]);
            if (c == f.home || ctx.hasBranchIn(f, c)) {
                continue;
            }
            double value = branchValue(ctx, p, f, c);
            if (value > bestValue) {
                bestValue = value;
                best = c;
            }
        }
        return best;
    }

    /**
     * Attractiveness of a zone for a branch of this firm, net of distance, with the co-park bonus for
     * a smaller partner zone ("a park outside the park") and the zone's coordination incentive.
     */
    static double branchValue(FirmContext ctx, Parameters p, Firm f, Zone c) {
        return ctx.ranking().attractiveness(f.sector, c.index())
                - p.get(Param.DISTANCE_COST) * ctx.distanceKm(f.home, c) / 1000
                + (isPartnerZone(f.home, c) && c.gdpQuarterBn < f.home.gdpQuarterBn ? p.get(Param.PARTNER_ZONE_BONUS) : 0)
                + c.policy.branchIncentive;
    }

    private void closeBranches(FirmContext ctx, Parameters p, Firm f, MersenneTwisterFast rng) {
        if (f.branches.size() == 0) {
            return;
        }
        for (int i = f.branches.size() - 1; i >= 0; i--) {
            if (branchClosure.happens(rng, p.get(Param.BRANCH_CLOSURE_RATE), 1.0)) {
                ctx.closeBranch(f, (Zone) f.branches.other(i));
            }
        }
    }

    static boolean isPartnerZone(Zone home, Zone other) {
        for (int z : home.partnerZones) {
            if (z == other.index()) {
                return true;
            }
        }
        return false;
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
