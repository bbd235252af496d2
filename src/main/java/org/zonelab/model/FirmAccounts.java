package org.zonelab.model;

import java.io.Serializable;

/**
 * A firm's accounts (docs/ODD.md §7.5): its revenue rate, staff, export share, cash and last
 * quarter's profit, and its revenue history for the gazelle rule. Owned by {@link Growth}, which
 * books the quarter; other processes pay money in through {@link #receive} and the year is closed by
 * {@link #closeYear} (certification). Revenue is an annual rate in CNY bn; cash and profit are CNY bn.
 */
public final class FirmAccounts implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Years of revenue history kept for the 3-year CAGR of the gazelle rule. */
    static final int HISTORY_YEARS = 4;

    double revenue;
    double cash;
    double employees;
    double exportShare;
    double lastProfitQuarter;
    /** Annual revenue of the last completed years (index 0 = last year), CNY bn. */
    final double[] annualRevenue = new double[HISTORY_YEARS];
    int completedYears;
    /** Revenue booked so far this calendar year, CNY bn. */
    double revenueThisYear;

    /** Money paid in from outside the firm's own accounts (a round, a subsidy's reimbursement), CNY bn. */
    void receive(double amountBn) {
        cash += amountBn;
    }

    /** Closes a calendar year: its revenue becomes the latest year of the history, and a new year starts. */
    void closeYear() {
        System.arraycopy(annualRevenue, 0, annualRevenue, 1, HISTORY_YEARS - 1);
        annualRevenue[0] = revenueThisYear;
        completedYears = Math.min(completedYears + 1, HISTORY_YEARS);
        revenueThisYear = 0;
    }

    /** Starts a new year without recording the last (a firm born during it: a partial year would fake growth). */
    void discardYear() {
        revenueThisYear = 0;
    }
}
