package org.zonelab.model;

import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * The stage rules of docs/ODD.md §7.11, applied to a firm's state. High-tech and gazelle status are
 * certified once a year from the year's accounts; unicorn and nezha status are read every quarter.
 */
public final class Stages {
    private Stages() {
    }

    /** Closes a firm's year: records its annual revenue and certifies high-tech and gazelle status. */
    static void closeYear(Parameters p, Firm f, double now) {
        FirmAccounts accounts = f.accounts;
        InnovationRecord innovation = f.innovation;
        if (f.founded > now - 1) {
            // Born during this year: a partial year would fake growth, so history starts next year.
            accounts.discardYear();
            innovation.closeYear();
            return;
        }
        double revenue = accounts.revenueThisYear;
        double rdShare = revenue > 0 ? innovation.rdThisYear / revenue : 0;
        accounts.closeYear();
        innovation.closeYear();
        double age = f.age(now);
        // A certificate holds for its term (E-A 3); then the firm is examined on the year's accounts.
        if (!f.highTech || now >= f.highTechUntil - CERTIFICATE_TOLERANCE) {
            f.highTech = isHighTech(p, age, (long) innovation.inventionPatents + innovation.otherIp, revenue, rdShare);
            if (f.highTech) {
                f.highTechUntil = now + p.get(Param.HTE_CERTIFICATE_YEARS);
            }
        }
        f.gazelle = isGazelle(p, age, accounts);
    }

    /** Slack on the expiry time of a certificate, against rounding of the quarterly clock (years). */
    static final double CERTIFICATE_TOLERANCE = 1e-6;

    /** Reads unicorn and nezha status. */
    static void classifyQuarterly(Parameters p, Firm f, double now) {
        double age = f.age(now);
        f.unicorn = !f.listed && f.venture.rounds > 0 && age <= p.get(Param.UNICORN_MAX_AGE)
                && f.venture.valuation >= p.get(Param.UNICORN_MIN_VALUATION_USD_BN) * p.get(Param.CNY_PER_USD);
        f.nezha = age <= p.get(Param.NEZHA_MAX_AGE) && f.venture.raisedByA > p.get(Param.NEZHA_MIN_RAISED_BN);
    }

    /**
     * The high-tech enterprise rule (E-A 3): age, owned core IP (invention patents or class-II IP),
     * and R&D share by revenue band.
     */
    public static boolean isHighTech(Parameters p, double age, long ownedIp, double annualRevenue, double rdShare) {
        return age >= p.get(Param.HTE_MIN_AGE_YEARS) && ownedIp >= 1 && annualRevenue > 0
                && rdShare >= ZoneLabModel.highTechThreshold(p, annualRevenue);
    }

    /**
     * The gazelle rule (F 4): revenue CAGR over gazelle_window_years (3) at least the minimum from a base of at least the
     * minimum revenue, with growth in the final year; or one of the two fast-to-scale routes.
     *
     * @param history annual revenue, index 0 = the year just closed
     * @param years   how many entries of history are real
     */
    public static boolean isGazelle(Parameters p, double age, double[] history, int years) {
        int window = p.getInt(Param.GAZELLE_WINDOW_YEARS);
        return isGazelle(p, age, history[0], history[1], history[window], years);
    }

    /** The gazelle rule applied to a firm's accounts (its revenue history and completed years). */
    static boolean isGazelle(Parameters p, double age, FirmAccounts accounts) {
        int window = p.getInt(Param.GAZELLE_WINDOW_YEARS);
        return isGazelle(p, age, accounts.annualRevenue(0), accounts.annualRevenue(1), accounts.annualRevenue(window),
                accounts.completedYears);
    }

    private static boolean isGazelle(Parameters p, double age, double now, double lastYear, double base, int years) {
        if (age <= p.get(Param.GAZELLE_FAST_AGE_1) && now >= p.get(Param.GAZELLE_FAST_REVENUE_1_BN)) {
            return true;
        }
        if (age <= p.get(Param.GAZELLE_FAST_AGE_2) && now >= p.get(Param.GAZELLE_FAST_REVENUE_2_BN)) {
            return true;
        }
        int window = p.getInt(Param.GAZELLE_WINDOW_YEARS);
        if (years <= window) {
            return false;
        }
        return base >= p.get(Param.GAZELLE_MIN_BASE_REVENUE_BN) && now > lastYear
                && Math.pow(now / base, 1.0 / window) - 1 >= p.get(Param.GAZELLE_MIN_CAGR);
    }
}
