package org.zonelab.model;

import java.io.Serializable;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A firm in a zone's statistics. Revenue is an annual rate in CNY bn; knowledge is a log technology
 * level relative to the 2019 sector mean (0 = average). Each quarter it does R&D, grows, pays its
 * costs and taxes, asks for funding when its cash runs short, forms and drops partnerships, reviews
 * its location once a year, and may exit or list. The processes live in their own classes; this
 * class holds the state and says the order.
 */
public final class Firm implements Steppable, Serializable {
    private static final long serialVersionUID = 1L;

    /** Years of revenue history kept for the 3-year CAGR of the gazelle rule. */
    static final int HISTORY_YEARS = 4;

    /**
     * Guard, not a mechanism: the largest revenue a firm can reach, CNY bn/year. It is China's GDP in
     * 2019 (about 99 trillion CNY); the largest Chinese firm's revenue is near 2.7 trillion, and default
     * runs stay below 1 trillion. Only extreme growth, volatility or entrant-size parameters reach it;
     * without it their tails overflow to Infinity, and their taxes buy zones unbounded platforms.
     */
    static final double MAX_REVENUE_BN = 100_000;
    /**
     * Guard: the smallest revenue a firm can fall to, CNY bn/year (1 CNY a year), so that its log and
     * size factors stay finite under extreme volatility. Default runs never come near it (such a firm
     * cannot pay its fixed costs and exits within quarters).
     */
    static final double MIN_REVENUE_BN = 1e-9;

    final long id;
    int sector;
    Zone home;
    final double founded;
    final long parentId;
    final boolean foreign;
    final boolean incubated;
    final boolean hteSeeking;
    final double hteMargin;
    final double baseRdIntensity;
    final int reviewQuarter;

    double lnKnowledge;
    double revenue;
    double cash;
    double exportShare;
    double employees;
    double rdIntensity;
    /** R&D spent this quarter, CNY bn (set by Innovation, charged by Growth). */
    double rdQuarter;
    double lastProfitQuarter;
    /** Growth of log knowledge in the last quarter, per year. */
    double knowledgeGrowth;

    // Venture funding
    double valuation;
    double lastRoundPost;
    double lastRoundTime = Double.NaN;
    double lnRevenueAtRound;
    double lnKnowledgeAtRound;
    int rounds;
    double raised;
    double raisedByA;
    Investor[] investors = new Investor[0];
    double[] stakes = new double[0];
    boolean applying;

    // Innovation record
    long inventionPatents;
    /** Class-II IP: utility models and software copyrights. */
    long otherIp;
    long pctApplications;

    // Revenue history: annual revenue of the last completed years (index 0 = last year)
    final double[] annualRevenue = new double[HISTORY_YEARS];
    int completedYears;
    double revenueThisYear;
    double rdThisYear;

    // This firm's edges in the model's networks, kept in step with them by ZoneLabModel
    final EdgeList branches = new EdgeList();
    final EdgeList partners = new EdgeList();

    // Status and stages
    boolean active = true;
    boolean listed;
    boolean highTech;
    boolean gazelle;
    boolean unicorn;
    boolean nezha;

    Firm(long id, int sector, Zone home, double founded, long parentId, boolean foreign, boolean incubated,
         boolean hteSeeking, double hteMargin, double baseRdIntensity) {
        this.id = id;
        this.sector = sector;
        this.home = home;
        this.founded = founded;
        this.parentId = parentId;
        this.foreign = foreign;
        this.incubated = incubated;
        this.hteSeeking = hteSeeking;
        this.hteMargin = hteMargin;
        this.baseRdIntensity = baseRdIntensity;
        this.reviewQuarter = (int) Math.floorMod(id, 4L);
    }

    @Override
    public void step(SimState state) {
        if (!active) {
            return;
        }
        ZoneLabModel model = (ZoneLabModel) state;
        model.processes().innovation().step(model, this);
        model.processes().growth().step(model, this);
        model.processes().funding().step(model, this);
        model.processes().collaboration().step(model, this);
        if (model.quarterIndex() == reviewQuarter) {
            model.processes().location().step(model, this);
        }
        model.processes().demography().step(model, this);
    }

    /** Age in years at the given time (fractional years). */
    public double age(double time) {
        return time - founded;
    }

    /** The most advanced stage this firm holds. */
    public Stage stage(double time, double startupYears) {
        if (listed) {
            return Stage.LISTED;
        }
        if (unicorn) {
            return Stage.UNICORN;
        }
        if (gazelle) {
            return Stage.GAZELLE;
        }
        if (highTech) {
            return Stage.HIGH_TECH;
        }
        return age(time) < startupYears ? Stage.START_UP : Stage.ESTABLISHED;
    }

    /** A revenue kept within [{@link #MIN_REVENUE_BN}, {@link #MAX_REVENUE_BN}]. */
    static double boundedRevenue(double revenueBn) {
        return Math.min(MAX_REVENUE_BN, Math.max(MIN_REVENUE_BN, revenueBn));
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
        investors = java.util.Arrays.copyOf(investors, n + 1);
        stakes = java.util.Arrays.copyOf(stakes, n + 1);
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

    public long getId() {
        return id;
    }

    public String getHomeZone() {
        return home.getName();
    }

    public int getSectorId() {
        return sector;
    }

    public double getFounded() {
        return founded;
    }

    public long getParentId() {
        return parentId;
    }

    public double getRevenueBn() {
        return revenue;
    }

    public double getEmployees() {
        return employees;
    }

    public double getCashBn() {
        return cash;
    }

    public double getValuationBn() {
        return valuation;
    }

    public double getKnowledge() {
        return Math.exp(lnKnowledge);
    }

    public double getRdIntensity() {
        return rdIntensity;
    }

    public long getInventionPatents() {
        return inventionPatents;
    }

    public long getOtherIp() {
        return otherIp;
    }

    public long getPctApplications() {
        return pctApplications;
    }

    public double getExportShare() {
        return exportShare;
    }

    public int getBranches() {
        return branches.size();
    }

    public int getPartners() {
        return partners.size();
    }

    public int getInvestors() {
        return investors.length;
    }

    public double getRaisedBn() {
        return raised;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isListed() {
        return listed;
    }

    public boolean isHighTech() {
        return highTech;
    }

    public boolean isGazelle() {
        return gazelle;
    }

    public boolean isUnicorn() {
        return unicorn;
    }

    public boolean isNezha() {
        return nezha;
    }

    public boolean isForeign() {
        return foreign;
    }

    public Zone home() {
        return home;
    }

    public int sector() {
        return sector;
    }

    @Override
    public String toString() {
        return "Firm " + id;
    }
}
