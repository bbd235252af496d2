package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * A venture investor: a VC fund, a government guidance fund, a corporate VC or a foreign fund, based
 * in a home zone, with focus sectors and a risk appetite. Each quarter it screens a few funding
 * applications (mostly at home, by its home bias), reads a noisy signal of each firm's knowledge and
 * growth, and invests where the signal clears its bar. Money in CNY bn.
 */
public final class Investor implements sim.engine.Steppable, Serializable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final InvestorType type;
    private final Zone home;
    private final double inflowPerYear;
    private final boolean[] focus;
    private final double riskAppetite;

    double dryPowder;
    int deals;
    double invested;
    double realised;
    int holdings;
    int writeOffs;

    Investor(int id, InvestorType type, Zone home, double inflowPerYear, boolean[] focus, double riskAppetite) {
        this.id = id;
        this.type = type;
        this.home = home;
        this.inflowPerYear = inflowPerYear;
        this.focus = focus.clone();
        this.riskAppetite = riskAppetite;
        // No capital carried over from 2019: a fund spends nearly all it holds each quarter, so a buffer
        // at the start would be spent at once, on top of the first quarter's inflow (issue 13).
        this.dryPowder = 0;
    }

    @Override
    public void step(sim.engine.SimState state) {
        ZoneLabModel model = (ZoneLabModel) state;
        Parameters p = model.parameters();
        MersenneTwisterFast rng = model.stream(Streams.Process.INVESTORS);
        dryPowder += inflowPerYear * model.ventureSupplyIndex * ZoneLabModel.QUARTER;
        int screens = p.getInt(Param.SCREEN_CAPACITY);
        for (int k = 0; k < screens && dryPowder > p.get(Param.ROUND_SEED_BN) / 2; k++) {
            Firm candidate = rng.nextDouble() < homeBias(p)
                    ? model.fundingMarket().pickInZone(rng, home.index())
                    : model.fundingMarket().pickAnywhere(rng);
            if (candidate != null && signal(model, p, candidate, rng) > threshold(p)) {
                Rounds.invest(model, p, this, candidate, rng);
            }
        }
    }

    private double homeBias(Parameters p) {
        return switch (type) {
            case GOVERNMENT_GUIDANCE_FUND -> p.get(Param.GOVERNMENT_HOME_BIAS);
            case FOREIGN -> p.get(Param.FOREIGN_HOME_BIAS);
            default -> p.get(Param.HOME_BIAS);
        };
    }

    /** Noisy quality signal: knowledge lead over the sector, recent growth, and type preferences. */
    private double signal(ZoneLabModel model, Parameters p, Firm f, MersenneTwisterFast rng) {
        double lead = f.lnKnowledge - model.index().sectorMeanLnK(f.sector);
        double growth = f.accounts.annualRevenue(0) > 0 ? Math.log(f.accounts.revenue / f.accounts.annualRevenue(0)) : 0;
        double s = lead + p.get(Param.GROWTH_SIGNAL_WEIGHT) * growth + p.get(Param.SIGNAL_NOISE) * Draws.gaussian(rng);
        if (!inFocus(model.sectors(), f.sector)) {
            s -= p.get(Param.SECTOR_FOCUS_PENALTY);
        }
        ZonePolicy policy = f.home.policy;
        if (policy.pilotSignalBonus > 0 && model.isPilotEligible(f, policy.contractMaxAge)) {
            s += policy.pilotSignalBonus;
        }
        if (type == InvestorType.FOREIGN) {
            s += p.get(Param.FOREIGN_EXPORT_PREFERENCE) * f.accounts.exportShare;
        }
        return s;
    }

    /** Signal this investor requires: lower for bolder investors and for guidance funds. */
    private double threshold(Parameters p) {
        double t = p.get(Param.INVEST_THRESHOLD) + (p.get(Param.INVEST_NEUTRAL_APPETITE) - riskAppetite);
        return type == InvestorType.GOVERNMENT_GUIDANCE_FUND ? t - p.get(Param.GOVERNMENT_THRESHOLD_DISCOUNT) : t;
    }

    /** Whether a sector is among this investor's focus sectors; a new track counts if a parent does. */
    boolean inFocus(Sectors sectors, int sector) {
        if (!sectors.isNewTrack(sector)) {
            return focus[sector];
        }
        for (int parent : sectors.parents(sector)) {
            if (inFocus(sectors, parent)) {
                return true;
            }
        }
        return false;
    }

    /** Records money put into a firm. */
    void committed(double amount) {
        dryPowder -= amount;
        invested += amount;
        deals++;
    }

    /** Realises a stake at listing and recycles part of the proceeds. */
    void realise(Parameters p, double proceeds) {
        realised += proceeds;
        dryPowder += p.get(Param.FUND_RECYCLE) * proceeds;
        holdings = Math.max(0, holdings - 1);
    }

    /** A portfolio firm exited without listing: the stake is written off. */
    void portfolioExited() {
        writeOffs++;
        holdings = Math.max(0, holdings - 1);
    }

    public int getId() {
        return id;
    }

    public InvestorType type() {
        return type;
    }

    public String getType() {
        return type.name();
    }

    public Zone home() {
        return home;
    }

    public String getHomeZone() {
        return home.getName();
    }

    public double getDryPowderBn() {
        return dryPowder;
    }

    public int getDeals() {
        return deals;
    }

    public double getInvestedBn() {
        return invested;
    }

    public double getRealisedBn() {
        return realised;
    }

    public int getHoldings() {
        return holdings;
    }

    public double getRiskAppetite() {
        return riskAppetite;
    }

    @Override
    public String toString() {
        return type + " investor " + id;
    }
}
