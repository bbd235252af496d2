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
    // Annual revenue of the last HISTORY_YEARS completed years, CNY bn: fields rather than an array,
    // which would cost every firm an object of its own.
    private double lastYear;
    private double twoYearsAgo;
    private double threeYearsAgo;
    private double fourYearsAgo;
    int completedYears;
    /** Revenue booked so far this calendar year, CNY bn. */
    double revenueThisYear;

    /** Money paid in from outside the firm's own accounts (a round, a subsidy's reimbursement), CNY bn. */
    void receive(double amountBn) {
        cash += amountBn;
    }

    /** Annual revenue of the completed year {@code k} years before the last (0 = the last), CNY bn. */
    double annualRevenue(int k) {
        return switch (k) {
            case 0 -> lastYear;
            case 1 -> twoYearsAgo;
            case 2 -> threeYearsAgo;
            case 3 -> fourYearsAgo;
            default -> throw new IndexOutOfBoundsException("no revenue kept " + k + " years before the last");
        };
    }

    /** The revenue history as an array (index 0 = last year), for inspection and tests. */
    double[] annualRevenues() {
        return new double[] {lastYear, twoYearsAgo, threeYearsAgo, fourYearsAgo};
    }

    /** Sets the revenue history (index 0 = last year) and how many of its years are completed. */
    void setHistory(double[] history, int years) {
        lastYear = history[0];
        twoYearsAgo = history[1];
        threeYearsAgo = history[2];
        fourYearsAgo = history[3];
        completedYears = years;
    }

    /** Closes a calendar year: its revenue becomes the latest year of the history, and a new year starts. */
    void closeYear() {
        fourYearsAgo = threeYearsAgo;
        threeYearsAgo = twoYearsAgo;
        twoYearsAgo = lastYear;
        lastYear = revenueThisYear;
        completedYears = Math.min(completedYears + 1, HISTORY_YEARS);
        revenueThisYear = 0;
    }

    /** Starts a new year without recording the last (a firm born during it: a partial year would fake growth). */
    void discardYear() {
        revenueThisYear = 0;
    }
}
