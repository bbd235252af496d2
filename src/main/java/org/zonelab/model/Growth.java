package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Revenue growth, costs, cash and tax (docs/ODD.md §7.5, phase 3). Log revenue follows a random walk whose
 * drift adds sector demand, a fading start-up premium, knowledge growth and lead, talent, rent,
 * branches and exports, and whose Laplace shocks shrink with size. Value added is paid out as wages,
 * rent, R&D, capital charges, fixed and friction costs and turnover tax; profit pays income tax and
 * the rest goes to cash. Value added and staff are split between the home zone and branch zones.
 */
public final class Growth implements Serializable {
    private static final long serialVersionUID = 1L;

    void step(FirmContext ctx, Firm f) {
        Parameters p = ctx.parameters();
        MersenneTwisterFast rng = ctx.stream(Streams.Process.GROWTH);
        double dt = ZoneLabModel.QUARTER;
        // One logarithm of size serves the volatility's size factor and the drift's size term.
        double lnSize = Math.log(f.accounts.revenue / p.get(Param.VOLATILITY_REF_BN));
        double sizeFactor = Math.exp(-p.get(Param.VOLATILITY_SIZE_ELASTICITY) * lnSize);
        double sigma = p.get(Param.GROWTH_VOLATILITY)
                * Math.min(p.get(Param.VOLATILITY_MAX_FACTOR), Math.max(p.get(Param.VOLATILITY_MIN_FACTOR), sizeFactor));
        double lnGrowth = drift(ctx, p, f, lnSize) * dt + sigma * Math.sqrt(dt) * Draws.sparseLaplace(rng, p.get(Param.GROWTH_SHOCK_PROBABILITY));
        f.accounts.revenue = Firm.boundedRevenue(f.accounts.revenue * Math.exp(lnGrowth));
        ZonePolicy policy = f.home.policy;
        if (policy.contractPerFirmBn > 0 && ctx.isPilotEligible(f, policy.contractMaxAge)) {
            // A pilot contract opens a market: part of it stays as lasting yearly revenue; the rest is
            // this quarter's one-off income.
            f.accounts.revenue = Firm.boundedRevenue(f.accounts.revenue + policy.contractPerFirmBn * policy.contractPersistence / dt);
            f.accounts.cash += policy.contractPerFirmBn * (1 - policy.contractPersistence);
        }

        f.accounts.revenueThisYear += f.accounts.revenue * dt;
        f.accounts.employees = ctx.employeesFor(f.accounts.revenue, f.home);
        Accounts a = accounts(ctx, p, f, f.innovation.rdQuarter);
        f.accounts.lastProfitQuarter = a.netProfit();
        f.accounts.cash += a.netProfit();
        payOut(p, f, a.netProfit());

        FlowCounters flows = ctx.flows();
        flows.add(Indicator.GDP_BN, a.valueAdded());
        flows.add(Indicator.TAX_BN, a.tax());
        flows.add(Indicator.EXPORTS_BN, a.revenue() * f.accounts.exportShare);
        if (f.foreign) {
            flows.add(Indicator.FDI_BN, ctx.fdiPerRevenue() * a.revenue());
        }
        attribute(ctx, p, f, a.valueAdded(), a.tax());
    }

    /**
     * Pays out part of a quarter's profit while cash is above the firm's buffer (at most the excess), so
     * that retained profit does not pile up as cash: only money raised from investors lifts cash above
     * the buffer for long.
     */
    static void payOut(Parameters p, Firm f, double netProfit) {
        double excess = excessCash(p, f);
        if (netProfit > 0 && excess > 0) {
            f.accounts.cash -= p.get(Param.PAYOUT_RATIO) * Math.min(netProfit, excess);
        }
    }

    /**
     * One quarter's accounts of a firm, CNY bn.
     *
     * @param revenue    the quarter's revenue
     * @param valueAdded its value added
     * @param tax        turnover tax plus income tax
     * @param netProfit  profit after tax (cash flow)
     */
    record Accounts(double revenue, double valueAdded, double tax, double netProfit) {
    }

    /** The quarter's accounts at the firm's current revenue and staff, with this quarter's R&D. */
    static Accounts accounts(FirmContext ctx, Parameters p, Firm f, double rd) {
        double dt = ZoneLabModel.QUARTER;
        Zone zone = f.home;
        double quarterRevenue = f.accounts.revenue * dt;
        double valueAdded = p.get(Param.VALUE_ADDED_RATIO) * quarterRevenue;
        double staff = f.accounts.employees * staffCostCny(p, ctx.wageIndex(), zone) * 1e-9 * dt;
        double turnoverTax = p.get(Param.VA_TAX_RATE) * valueAdded;
        double profit = operatingShare(p, zone) * valueAdded - staff - rd - p.get(Param.FIXED_COST_BN) * dt;
        double incomeTax = Math.max(0, profit) * (f.highTech ? p.get(Param.CIT_RATE_HIGH_TECH) : p.get(Param.CIT_RATE));
        return new Accounts(quarterRevenue, valueAdded, turnoverTax + incomeTax, profit - incomeTax);
    }

    /** Wages and rent of one employee in a zone for a year at the current wage level, CNY. */
    static double staffCostCny(Parameters p, double wageIndex, Zone zone) {
        return (p.get(Param.WAGE_CNY) * ZoneLabModel.wageMultiplier(p, zone.region()) + p.get(Param.RENT_CNY) * zone.rentIndex) * wageIndex;
    }

    /** Share of value added left after the capital charge, the zone's friction cost and turnover tax. */
    private static double operatingShare(Parameters p, Zone zone) {
        return 1 - p.get(Param.CAPITAL_CHARGE) - p.get(Param.FRICTION_COST) * (1 - zone.governanceEfficiency) - p.get(Param.VA_TAX_RATE);
    }

    /**
     * Pre-tax profit per yuan of revenue of a firm without R&D in a zone (the location choice's margin):
     * value added less staff at the zone's productivity, wages and rent, the capital charge, friction
     * and turnover tax.
     *
     * @param employeesPerBn staff per CNY bn of yearly revenue in the zone ({@link ZoneLabModel#employeesFor})
     */
    static double zoneMargin(Parameters p, double wageIndex, double employeesPerBn, Zone zone) {
        return operatingShare(p, zone) * p.get(Param.VALUE_ADDED_RATIO) - employeesPerBn * staffCostCny(p, wageIndex, zone) * 1e-9;
    }

    /** Yearly drift of log revenue, given the log of the firm's revenue over volatility_ref_bn. */
    static double drift(FirmContext ctx, Parameters p, Firm f, double lnSize) {
        Zone zone = f.home;
        return p.get(Param.GROWTH_DRIFT)
                + p.get(Param.GROWTH_SIZE_ELASTICITY) * lnSize
                + zoneDrift(p, ctx.demandGrowth(f.sector, zone), f.sector, zone)
                + p.get(Param.YOUNG_GROWTH_PREMIUM) * ctx.youth(f)
                + p.get(Param.GROWTH_KNOWLEDGE) * f.innovation.knowledgeGrowth
                + p.get(Param.KNOWLEDGE_RENT) * (f.lnKnowledge - ctx.index().sectorMeanLnK(f.sector))
                + p.get(Param.BRANCH_MARKET_GROWTH) * f.branches.size()
                + (p.get(Param.EXPORT_DEMAND_GROWTH) + zone.policy.eventExportDemand + zone.policy.exportAccessGrowth) * f.accounts.exportShare
                + (f.gazelle || f.nezha ? zone.policy.gazelleServiceGrowth : 0)
                + capitalGrowth(p, f);
    }

    /** Cash beyond the firm's buffer of init_cash_years of revenue, CNY bn (negative below it). */
    private static double excessCash(Parameters p, Firm f) {
        return f.accounts.cash - p.get(Param.INIT_CASH_YEARS) * f.accounts.revenue;
    }

    /** The drift from cash beyond the buffer, per log of 1 + excess cash over revenue (0 without an excess). */
    private static double capitalGrowth(Parameters p, Firm f) {
        double excess = excessCash(p, f);
        // Most firms hold no excess: the log is 0, and skipping it saves a log per firm-step. The
        // drift needs the log to an absolute precision, which log(1 + x) has (log1p is a native call).
        return excess > 0 ? p.get(Param.CAPITAL_GROWTH) * Math.log(1 + excess / f.accounts.revenue) : 0;
    }

    /**
     * The part of the yearly drift that a zone gives every firm of a sector: demand, talent, rent,
     * an anchor programme for the zone's lead sector and regional coordination.
     */
    static double zoneDrift(Parameters p, double demandGrowth, int sector, Zone zone) {
        return demandGrowth
                + p.get(Param.TALENT_GROWTH_EFFECT) * (zone.getTalent() - 1)
                - p.get(Param.RENT_GROWTH_PENALTY) * (zone.localRentIndex(p) - 1)
                + (sector == zone.leadSector ? zone.policy.anchorGrowth : 0)
                + zone.policy.coordinationGrowth;
    }

    /** Splits value added and staff between home and branch zones; tax is paid at home. */
    static void attribute(FirmContext ctx, Parameters p, Firm f, double valueAdded, double tax) {
        int home = f.home.index();
        ctx.addZoneTax(home, tax);
        if (f.branches.size() == 0) {
            ctx.addZoneActivity(home, valueAdded, f.accounts.employees);
            return;
        }
        double share = p.get(Param.BRANCH_ACTIVITY_SHARE);
        int n = f.branches.size();
        double homeShare = Math.max(0, 1 - share * n);
        ctx.addZoneActivity(home, valueAdded * homeShare, f.accounts.employees * homeShare);
        double each = (1 - homeShare) / n;
        for (int i = 0; i < n; i++) {
            int z = ((Zone) f.branches.other(i)).index();
            ctx.addZoneActivity(z, valueAdded * each, f.accounts.employees * each);
        }
    }
}
