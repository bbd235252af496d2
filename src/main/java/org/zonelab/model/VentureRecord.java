package org.zonelab.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A firm's venture funding (docs/ODD.md §7.6): its valuation, its rounds so far (the last one's
 * post-money, time and the firm's revenue and knowledge then), the money raised, whether it is
 * applying this quarter, and its investors with their stakes. Owned by the funding processes
 * ({@link FundingRequest}, {@link FundingMarket}, {@link Rounds}); exits and listings close it
 * ({@link Demography}). Money is CNY bn.
 */
public final class VentureRecord implements Serializable {
    private static final long serialVersionUID = 1L;
    // Most firms never raise a round: they share these instead of holding two empty arrays each.
    private static final Investor[] NO_INVESTORS = new Investor[0];
    private static final double[] NO_STAKES = new double[0];

    double valuation;
    /** The last round, null before the first (most firms never raise one, and keep no record of it). */
    LastRound last;
    int rounds;
    double raised;
    /** Money raised up to and including Series A, for the nezha rule. */
    double raisedByA;
    boolean applying;
    Investor[] investors = NO_INVESTORS;
    double[] stakes = NO_STAKES;

    /**
     * A firm's last venture round, which the next one's valuation steps up from.
     *
     * @param postMoney   its post-money valuation, CNY bn
     * @param time        when it closed, fractional years
     * @param lnRevenue   the firm's log revenue then
     * @param lnKnowledge the firm's log knowledge then
     */
    record LastRound(double postMoney, double time, double lnRevenue, double lnKnowledge) implements Serializable {
    }

    /** Records a round that has just closed: its post-money is the firm's valuation, and its count goes up. */
    void closeRound(double postMoney, double time, double lnRevenue, double lnKnowledge) {
        rounds++;
        valuation = postMoney;
        last = new LastRound(postMoney, time, lnRevenue, lnKnowledge);
    }

    /** Adds an investor's stake (share of the firm) after a round. */
    void addStake(Investor investor, double share) {
        for (int i = 0; i < investors.length; i++) {
            if (investors[i] == investor) {
                stakes[i] += share;
                return;
            }
        }
        int n = investors.length;
        investors = Arrays.copyOf(investors, n + 1);
        stakes = Arrays.copyOf(stakes, n + 1);
        investors[n] = investor;
        stakes[n] = share;
        investor.holdings++;
    }

    /** Dilutes every existing stake by a round that sells {@code soldShare} of the firm. */
    void dilute(double soldShare) {
        for (int i = 0; i < stakes.length; i++) {
            stakes[i] *= 1 - soldShare;
        }
    }

    /** Raises the valuation to at least this, CNY bn (a listing is valued on revenue at least). */
    void valueAtLeast(double floorBn) {
        valuation = Math.max(valuation, floorBn);
    }

    /** Drops every investor (the firm exited or listed), sharing the empty arrays again. */
    void clearInvestors() {
        investors = NO_INVESTORS;
        stakes = NO_STAKES;
    }
}
