package org.zonelab.model;

import java.io.Serializable;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A firm in a zone's statistics: its identity, home zone and sector, its edges in the branch and
 * partnership networks, its stage flags, and its state in three parts that one process each owns:
 * {@link FirmAccounts} (revenue as an annual rate in CNY bn, cash, staff), {@link InnovationRecord}
 * (R&D, IP) and {@link VentureRecord} (valuation, rounds, investors). Its log knowledge (relative to
 * the 2019 sector mean) is a field of its own, as partners read it. Each quarter it does R&D, grows,
 * pays its costs and taxes, asks for funding when its cash runs short, forms and drops partnerships, reviews
 * its location once a year, and may exit or list. The processes live in their own classes; this
 * class holds the state and says the order.
 */
public final class Firm implements Steppable, Serializable {
    private static final long serialVersionUID = 1L;

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
    boolean hteSeeking;
    /** Whether its field, products and staff meet the high-tech rule's tests other than R&D and IP. */
    final boolean hteEligible;
    final double hteMargin;
    final double baseRdIntensity;
    // A byte, so that the tie count below fits the object's current size (heap per firm, issue 12).
    final byte reviewQuarter;

    /** Log knowledge relative to the 2019 sector mean (0 = average); owned by {@link Innovation}. */
    double lnKnowledge;

    // The firm's state, in parts that one process each owns (see each part's class)
    final FirmAccounts accounts = new FirmAccounts();
    final InnovationRecord innovation = new InnovationRecord();
    final VentureRecord venture = new VentureRecord();

    // This firm's links: its partners and its branches' zones (the model's networks), kept by ZoneLabModel
    final EdgeList branches = new EdgeList();
    final EdgeList partners = new EdgeList();
    /**
     * How many of its partners are of another sector, kept by {@link ZoneLabModel} with the edges, so
     * that the census need not visit every partner each quarter (a random memory access each).
     */
    short crossSectorPartners;

    /** The step this firm was born in, if born during the run, or -1: its survival cohort ({@link StylizedFacts}). */
    short cohortStep = -1;

    // Status and stages
    boolean active = true;
    boolean listed;
    boolean highTech;
    /** When the firm's high-tech certificate expires (model years); it is re-examined from then on. */
    double highTechUntil;
    boolean gazelle;
    boolean unicorn;
    boolean nezha;

    Firm(long id, int sector, Zone home, double founded, long parentId, boolean foreign, boolean incubated,
         boolean hteEligible, boolean hteSeeking, double hteMargin, double baseRdIntensity) {
        this.id = id;
        this.sector = sector;
        this.home = home;
        this.founded = founded;
        this.parentId = parentId;
        this.foreign = foreign;
        this.incubated = incubated;
        this.hteEligible = hteEligible;
        this.hteSeeking = hteSeeking;
        this.hteMargin = hteMargin;
        this.baseRdIntensity = baseRdIntensity;
        this.reviewQuarter = (byte) Math.floorMod(id, 4L);
    }

    @Override
    public void step(SimState state) {
        if (!active) {
            return;
        }
        ZoneLabModel model = (ZoneLabModel) state;
        Processes processes = model.processes();
        FirmContext ctx = model.firmContext();
        ProcessTimes times = model.processTimes();
        long lap = times == null ? 0 : times.firmStepped();
        processes.innovation().step(ctx, this);
        lap = ProcessTimes.lap(times, ProcessTimes.Part.INNOVATION, lap);
        processes.growth().step(ctx, this);
        lap = ProcessTimes.lap(times, ProcessTimes.Part.GROWTH, lap);
        processes.funding().step(ctx, this);
        lap = ProcessTimes.lap(times, ProcessTimes.Part.FUNDING, lap);
        processes.collaboration().step(ctx, this);
        lap = ProcessTimes.lap(times, ProcessTimes.Part.COLLABORATION, lap);
        if (model.stepQuarter() == reviewQuarter) {
            processes.location().step(ctx, this);
        }
        lap = ProcessTimes.lap(times, ProcessTimes.Part.LOCATION, lap);
        processes.demography().step(ctx, this);
        ProcessTimes.lap(times, ProcessTimes.Part.DEMOGRAPHY, lap);
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
        return accounts.revenue;
    }

    public double getEmployees() {
        return accounts.employees;
    }

    public double getCashBn() {
        return accounts.cash;
    }

    public double getValuationBn() {
        return venture.valuation;
    }

    public double getKnowledge() {
        return Math.exp(lnKnowledge);
    }

    public double getRdIntensity() {
        return innovation.rdIntensity;
    }

    public long getInventionPatents() {
        return innovation.inventionPatents;
    }

    public long getOtherIp() {
        return innovation.otherIp;
    }

    public long getPctApplications() {
        return innovation.pctApplications;
    }

    public double getExportShare() {
        return accounts.exportShare;
    }

    public int getBranches() {
        return branches.size();
    }

    public int getPartners() {
        return partners.size();
    }

    /** The firm at the other end of partnership {@code i} (0 to {@link #getPartners()} - 1). */
    public Firm partner(int i) {
        return (Firm) partners.other(i);
    }

    /** Whether this firm started partnership {@code i} (each partnership has one starter). */
    public boolean startedPartnership(int i) {
        return partners.startedByOwner(i);
    }

    /** The zone of branch {@code i} (0 to {@link #getBranches()} - 1). */
    public Zone branchZone(int i) {
        return (Zone) branches.other(i);
    }

    public int getInvestors() {
        return venture.investors.length;
    }

    public double getRaisedBn() {
        return venture.raised;
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
