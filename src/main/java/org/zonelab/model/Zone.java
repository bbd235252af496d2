package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.zonelab.model.geo.Region;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A national high-tech zone: its land, rent, talent, facilities, budget and governance, and the
 * aggregates of its firms recorded at the last measurement. Money in CNY bn, counts at national
 * scale. Each quarter a zone collects its programme budget from last quarter's taxes, spends it on
 * incubators, maker spaces and R&D platforms, and updates its rent from land use.
 */
public final class Zone implements Steppable, Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Guard, not a mechanism: most new incubators (and, separately, maker spaces) a zone opens in a
     * quarter, as a share of those it has. Without it, extreme parameters (huge entrants, revenue
     * volatility or programme shares) let taxes build facilities whose start-ups pay more taxes, a loop
     * that multiplies the firm population without bound within a year, and overflows the int counts.
     * Default runs open at most about 120 a quarter in one zone, or about as many as it has, so the
     * guard ({@code max(200, 2 x existing)}) never binds there (docs/ODD.md, section 10.4).
     */
    static final double MAX_FACILITY_GROWTH = 2.0;
    /** Guard: a zone may always open this many facilities of each kind a quarter, however few it has. */
    static final int MIN_FACILITY_OPENINGS = 200;

    private final ZoneSeed seed;
    private final int index;

    // Land and costs
    double landTotalHa;
    double landUsedHa;
    double rentPremium = 1.0;
    double rentIndex = 1.0;
    double talentBase;
    double livability = 1.0;
    /** Revenue per employee relative to the national level (ZoneProductivity), dimensionless. */
    double productivity = 1.0;
    double openness = 1.0;

    // Facilities (national counts) and the funds accumulating towards the next one
    int incubators;
    int makerSpaces;
    double platformStrength;
    double incubatorFund;
    double makerFund;

    // Governance
    GovernanceModel governance = GovernanceModel.ADMIN_COMMITTEE;
    double governanceEfficiency;
    RegulatoryStance regulation = RegulatoryStance.STRICT;
    double budgetBn;

    /** The effects of this quarter's policy levers on this zone (a fresh one each quarter; strict until the first). */
    ZonePolicy policy = new ZonePolicy(RegulatoryStance.STRICT);
    /** What the policy programme keeps in this zone from quarter to quarter. */
    final ZoneProgramme programme = new ZoneProgramme();
    /** The base sector with the largest weight in {@link #specialisation}: the zone's lead industry. */
    int leadSector;

    /** Sector weights of new firms born here (base sectors). */
    double[] specialisation;
    /** Zone indices of co-built or partner parks. */
    int[] partnerZones = new int[0];

    // Aggregates of the last measurement (national scale)
    double gdpQuarterBn;
    double taxQuarterBn;
    double employees;
    double firms;
    double highTech;
    double gazelles;
    double unicorns;
    double branchesIn;
    double branchesOut;
    double spendingQuarterBn;
    /** Headquarters relocations out of and into this zone since the start (agent counts). */
    long relocationsOut;
    long relocationsIn;

    Zone(ZoneSeed seed, int index) {
        this.seed = seed;
        this.index = index;
    }

    @Override
    public void step(SimState state) {
        ZoneLabModel model = (ZoneLabModel) state;
        Parameters p = model.parameters();
        MersenneTwisterFast rng = model.stream(Streams.Process.ZONES);
        double dt = ZoneLabModel.QUARTER;

        double spend = p.get(Param.ZONE_PROGRAMME_SHARE) * taxQuarterBn;
        budgetBn += p.get(Param.ZONE_TAX_RETENTION) * taxQuarterBn - spend;
        spendingQuarterBn += spend;
        model.flows().add(Indicator.POLICY_SPENDING_BN, spend);

        // Governance efficiency sets how much a yuan of programme money buys (docs/ODD.md §7.12, lever 10).
        double effective = spend * governanceEfficiency / p.get(Param.GOVERNANCE_EFFICIENCY_ADMIN);
        incubatorFund += effective * p.get(Param.SPEND_INCUBATORS);
        makerFund += effective * p.get(Param.SPEND_MAKER_SPACES);
        double platformMoney = effective * Math.max(0, 1 - p.get(Param.SPEND_INCUBATORS) - p.get(Param.SPEND_MAKER_SPACES));

        int newIncubators = newFacilities(incubatorFund / p.get(Param.INCUBATOR_COST_BN), incubators);
        incubatorFund -= newIncubators * p.get(Param.INCUBATOR_COST_BN);
        int newMakers = newFacilities(makerFund / p.get(Param.MAKER_SPACE_COST_BN), makerSpaces);
        makerFund -= newMakers * p.get(Param.MAKER_SPACE_COST_BN);
        double closure = p.get(Param.FACILITY_CLOSURE_RATE) * dt;
        incubators += newIncubators - Math.min(incubators, Draws.poisson(rng, incubators * closure));
        makerSpaces += newMakers - Math.min(makerSpaces, Draws.poisson(rng, makerSpaces * closure));

        platformStrength += platformMoney / p.get(Param.PLATFORM_COST_BN)
                - platformStrength * p.get(Param.PLATFORM_DECAY) * dt;

        updateRent(p);
    }

    /**
     * Facilities a zone opens this quarter: as many as its fund pays for, but no more than
     * {@link #MAX_FACILITY_GROWTH} of those it has, or {@link #MIN_FACILITY_OPENINGS} (what it cannot
     * open yet stays in the fund).
     */
    static int newFacilities(double affordable, int existing) {
        double limit = Math.max(MIN_FACILITY_OPENINGS, MAX_FACILITY_GROWTH * existing);
        return (int) Math.floor(Math.min(affordable, limit));
    }

    /** Rent rises with the share of land in use above rent_congestion_start (one half; E-A 7b). */
    void updateRent(Parameters p) {
        double used = landTotalHa > 0 ? landUsedHa / landTotalHa : 1.0;
        // Beyond its land a zone is simply full: congestion is capped at its value for full use.
        double start = p.get(Param.RENT_CONGESTION_START);
        double congestion = Math.max(0, Math.min(1, used) - start) / (1 - start);
        rentIndex = p.get(Param.RENT_LEVEL) * rentPremium * policy.rentMultiplier * regionCost(p)
                * (1 + p.get(Param.RENT_CONGESTION) * congestion);
    }

    /**
     * The rent index relative to its region's cost level: the part of rent that crowding, the city's
     * premium and policy set, which is what slows growth (the regional level is a price level that
     * productivity pays for, ZoneProductivity).
     */
    double localRentIndex(Parameters p) {
        return rentIndex / regionCost(p);
    }

    private double regionCost(Parameters p) {
        return ZoneLabModel.wageMultiplier(p, seed.region());
    }

    /** Revenue per employee relative to the national level: the region's wage level and agglomeration. */
    public double getProductivity() {
        return productivity;
    }

    /** Talent index: the city's base talent, raised by livability. */
    public double getTalent() {
        return talentBase * livability;
    }

    /** Charges a policy lever's spending to this zone's budget (CNY bn, national scale). */
    public void spend(ZoneLabModel model, double amountBn) {
        spend(model.flows(), amountBn);
    }

    /** Charges spending to this zone's budget and books it as policy spending (CNY bn, national scale). */
    void spend(FlowCounters flows, double amountBn) {
        budgetBn -= amountBn;
        spendingQuarterBn += amountBn;
        flows.add(Indicator.POLICY_SPENDING_BN, amountBn);
    }

    /** The lever effects of this quarter, for the policy programme to set. */
    public ZonePolicy policy() {
        return policy;
    }

    /** What the policy programme keeps in this zone from quarter to quarter (fund balance, co-built parks). */
    public ZoneProgramme programme() {
        return programme;
    }

    /** Neutral lever effects for a new quarter (or a new zone), before the programme sets them. */
    void resetPolicy() {
        policy = new ZonePolicy(regulation);
    }

    /** The zone's lead (most specialised) base sector. */
    public int leadSector() {
        return leadSector;
    }

    /** Co-built partner zones (zone indices). */
    public int[] partnerZones() {
        return partnerZones.clone();
    }

    /** Adds a co-built park partnership with another zone, both ways. */
    public void addPartnerZone(Zone other) {
        if (other == this || Location.isPartnerZone(this, other)) {
            return;
        }
        partnerZones = java.util.Arrays.copyOf(partnerZones, partnerZones.length + 1);
        partnerZones[partnerZones.length - 1] = other.index;
        other.addPartnerZone(this);
    }

    /** Raises livability (and so talent), e.g. through industry-city integration. */
    public void improveLivability(double amount) {
        livability += amount;
    }

    /** Moves governance efficiency toward a target by a share of the gap. */
    public void reformGovernance(double target, double shareOfGap) {
        governanceEfficiency += (target - governanceEfficiency) * Math.max(0, Math.min(1, shareOfGap));
    }

    /** Adds R&D platform strength. */
    public void addPlatformStrength(double amount) {
        platformStrength += amount;
    }

    /** Adds money to the funds for new incubators and maker spaces (CNY bn, national scale). */
    public void fundFacilities(double incubatorBn, double makerBn) {
        incubatorFund += incubatorBn;
        makerFund += makerBn;
    }

    /** Yearly budget balance so far: retained taxes less programme and lever spending (CNY bn). */
    public double getBudgetBn() {
        return budgetBn;
    }

    /** Policy and programme spending in the current quarter (CNY bn). */
    public double getSpendingQuarterBn() {
        return spendingQuarterBn;
    }

    public ZoneSeed seed() {
        return seed;
    }

    public int index() {
        return index;
    }

    public int getId() {
        return seed.id();
    }

    public String getName() {
        return seed.nameEn();
    }

    public String getRegion() {
        return seed.region().label();
    }

    public Region region() {
        return seed.region();
    }

    public double getRentIndex() {
        return rentIndex;
    }

    /** Multiplier on this zone's rent (1 = none); takes effect at the zone's next step. */
    public double getRentPremium() {
        return rentPremium;
    }

    public void setRentPremium(double value) {
        if (value > 0 && Double.isFinite(value)) {
            rentPremium = value;
        }
    }

    public double getLandUsedShare() {
        return landTotalHa > 0 ? landUsedHa / landTotalHa : 1.0;
    }

    public int getIncubators() {
        return incubators;
    }

    public int getMakerSpaces() {
        return makerSpaces;
    }

    public double getPlatformStrength() {
        return platformStrength;
    }

    public String getGovernance() {
        return governance.name();
    }

    public double getGovernanceEfficiency() {
        return governanceEfficiency;
    }

    public String getRegulation() {
        return regulation.name();
    }

    public double getOpenness() {
        return openness;
    }

    public double getLivability() {
        return livability;
    }

    // Aggregates below are at national scale (agent counts divided by scale).

    /** Zone GDP in the last quarter, CNY bn. */
    public double getGdpQuarterBn() {
        return gdpQuarterBn;
    }

    public double getEmployees() {
        return employees;
    }

    public double getFirms() {
        return firms;
    }

    public double getHighTechEnterprises() {
        return highTech;
    }

    public double getGazelles() {
        return gazelles;
    }

    public double getUnicorns() {
        return unicorns;
    }

    public double getBranchesIn() {
        return branchesIn;
    }

    public double getBranchesOut() {
        return branchesOut;
    }

    /** Headquarters that moved out of this zone since the start (agents). */
    public long getRelocationsOut() {
        return relocationsOut;
    }

    /** Headquarters that moved into this zone since the start (agents). */
    public long getRelocationsIn() {
        return relocationsIn;
    }

    @Override
    public String toString() {
        return seed.nameEn();
    }
}
