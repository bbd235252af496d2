package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.event.FirmEvent;
import org.zonelab.model.event.FirmEventKind;
import org.zonelab.model.event.FirmEventSink;
import org.zonelab.model.geo.GreatCircle;
import org.zonelab.model.geo.Region;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.model.measure.MomentValue;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;
import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.continuous.Continuous2D;
import sim.util.Double2D;

/**
 * The ZoneLab world: China's national high-tech zones, their firms and the investors who fund them,
 * stepped one quarter at a time through the phases of {@link Phase}. Zones sit in a
 * {@link Continuous2D} at their lon/lat; branches (firm to zone) and partnerships (firm to firm) are
 * each firm's lists of its links ({@link Firm#partner}, {@link Firm#branchZone}). All amounts are CNY
 * bn, all counts of firms are agents (divide by {@link #scale()} for national figures).
 */
public class ZoneLabModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Length of one step in years. */
    public static final double QUARTER = 0.25;
    /** Western and southern edges of the map field, degrees. */
    public static final double MAP_WEST = 70;
    public static final double MAP_NORTH = 56;
    /** Map field size in degrees of longitude and latitude. */
    public static final double MAP_WIDTH = 70;
    public static final double MAP_HEIGHT = 40;
    /**
     * Most zones a run can hold, catalogue plus zones approved during the run (the 2019 catalogue has
     * 169, synthetic catalogues up to 1,000). The zone-to-zone distances take memory and time that grow
     * with its square; {@code validate} refuses scenarios whose approvals would pass it.
     */
    public static final int MAX_ZONES = 2_000;

    private final ModelConfig config;
    private final PolicyProgramme programme;
    private Parameters parameters;
    private Parameters pendingParameters;

    private Streams streams;
    private Sectors sectors;
    private final List<Zone> zones = new ArrayList<>();
    private final List<Firm> firms = new ArrayList<>();
    private final List<Investor> investors = new ArrayList<>();
    // Read-only views, made once: the processes ask for them millions of times a quarter, and a view per
    // call was the run's largest allocation (issue 12).
    private final List<Zone> zonesView = Collections.unmodifiableList(zones);
    private final List<Firm> firmsView = Collections.unmodifiableList(firms);
    private final List<Investor> investorsView = Collections.unmodifiableList(investors);
    private final List<List<Investor>> guidanceFunds = new ArrayList<>();
    private Continuous2D zoneField;
    private double[][] distanceKm;

    private ZoneSectorIndex index;
    private ZoneRanking ranking;
    private FundingMarket fundingMarket;
    private FlowCounters flows;
    private Processes processes;
    private final FirmContext firmContext = new FirmContext(this);
    private final FirmCensus census = new FirmCensus();
    private final StylizedFacts facts = new StylizedFacts();
    private final List<IndicatorSnapshot> history = new ArrayList<>();
    private IndicatorSnapshot initialSnapshot;
    private FirmSequence firmSequence;
    private RandomSequence zoneSequence;
    private transient FirmEventSink eventSink;
    private long nextFirmId;
    /** FDI per yuan of revenue of foreign-invested firms, set at start to match init_fdi_bn. */
    double fdiPerRevenue;
    /** Nominal wage and rent level relative to the base year. */
    double wageIndex = 1.0;
    /** Revenue per employee relative to the base year. */
    double productivityIndex = 1.0;
    /**
     * The yearly worth of high-tech status to a firm beyond the tax saving, CNY bn at 2019 prices (grown
     * with wageIndex): set in the initial state so that exactly the 2019 high-tech enterprises choose
     * the status (HighTechChoice, InitialStages#chooseHighTech).
     */
    double hteAwardBn;
    /** The zones' revenue per employee relative to the national level, re-valued once a year. */
    ZoneProductivity zoneProductivity = new ZoneProductivity();
    /** Investors' yearly inflows relative to the base year: they follow the zones' GDP (issue 13). */
    double ventureSupplyIndex = 1.0;
    // The zones' GDP (agent units) of the base year (four times the initial state's quarter), of the
    // calendar year so far and of the last completed year: model state, not measurement, so that what
    // is observed never changes results.
    private double baseYearGdp;
    private double gdpThisYear;
    /** Mean export share of an exporting firm, set at start to match init_exports_bn. */
    double exportShareMean;

    // Per-quarter zone accumulators (agent units), reset in the environment phase
    double[] zoneValueAdded;
    double[] zoneTax;
    double[] zoneEmployees;

    /**
     * @param seed   the run's seed
     * @param config scenario configuration
     */
    public ZoneLabModel(long seed, ModelConfig config) {
        this(seed, config, PolicyProgramme.NONE);
    }

    /**
     * @param seed      the run's seed
     * @param config    scenario configuration
     * @param programme the policy levers and events that act on the model
     */
    public ZoneLabModel(long seed, ModelConfig config, PolicyProgramme programme) {
        super(seed);
        this.config = config;
        this.parameters = config.parameters();
        this.programme = programme;
    }

    /**
     * Starts a run from scratch: everything a run changes is reset here, so a model started again (as
     * MASON's Console restarts it) repeats the run of a fresh model with the same seed and
     * configuration. Only two things carry over: parameters passed to {@link #setParameters} since the
     * last step (the GUI's sliders set them for the next run) and the event sink (an observer, not
     * state).
     */
    @Override
    public void start() {
        // SimState.start() primes the generator in place; a new one from the seed makes a restart draw as
        // the constructor's did (setSeed would cut the seed to 32 bits).
        random = new MersenneTwisterFast(seed());
        super.start();
        parameters = pendingParameters != null ? pendingParameters : config.parameters();
        pendingParameters = null;
        streams = new Streams(seed());
        sectors = new Sectors();
        zones.clear();
        firms.clear();
        investors.clear();
        guidanceFunds.clear();
        history.clear();
        initialSnapshot = null;
        zoneField = new Continuous2D(1.0, MAP_WIDTH, MAP_HEIGHT);
        distanceKm = null;
        index = null;
        ranking = null;
        zoneValueAdded = null;
        zoneTax = null;
        zoneEmployees = null;
        flows = new FlowCounters();
        fdiPerRevenue = 0;
        exportShareMean = 0;
        wageIndex = 1.0;
        productivityIndex = 1.0;
        zoneProductivity = new ZoneProductivity();
        hteAwardBn = 0;
        ventureSupplyIndex = 1.0;
        baseYearGdp = 0;
        gdpThisYear = 0;
        processes = Processes.standard();
        fundingMarket = new FundingMarket();
        nextFirmId = 1;

        stepTime = time();
        stepQuarter = quarterIndex();
        long built = System.nanoTime();
        new InitialState(this).build();
        if (times != null) {
            times.add(ProcessTimes.Part.INITIAL_STATE, System.nanoTime() - built);
        }
        // After the initial state, so that levers and events may read the zones they will act on.
        programme.start(this);

        zoneSequence = new RandomSequence(zones.toArray(new Steppable[0]));
        firmSequence = new FirmSequence(firms.toArray(new Steppable[0]));
        schedulePhase(Phase.ENVIRONMENT, new Environment(), ProcessTimes.Part.ENVIRONMENT);
        schedulePhase(Phase.ZONES, zoneSequence, ProcessTimes.Part.ZONES);
        schedulePhase(Phase.ENTRY, new Entry(), ProcessTimes.Part.ENTRY);
        schedulePhase(Phase.FIRMS, firmSequence, ProcessTimes.Part.FIRMS);
        schedulePhase(Phase.INVESTORS, new RandomSequence(investors.toArray(new Steppable[0])), ProcessTimes.Part.INVESTORS);
        schedulePhase(Phase.END_OF_QUARTER, new EndOfQuarter(), ProcessTimes.Part.END_OF_QUARTER);
        schedulePhase(Phase.MEASUREMENT, measurement(), ProcessTimes.Part.MEASUREMENT);
    }

    private void schedulePhase(Phase phase, Steppable steppable, ProcessTimes.Part part) {
        Steppable step = steppable;
        if (times != null) {
            ProcessTimes t = times;
            step = state -> {
                long start = System.nanoTime();
                steppable.step(state);
                t.add(part, System.nanoTime() - start);
            };
        }
        schedule.scheduleRepeating(Schedule.EPOCH, phase.ordering(), step, 1.0);
    }

    // Off (null) unless a benchmark asks for it.
    private ProcessTimes times;

    /** Times the phases and firm processes of the runs that start after this call (for benchmarks). */
    public void timeProcesses(ProcessTimes into) {
        times = into;
    }

    /** The process timer, or null when processes are not timed. */
    ProcessTimes processTimes() {
        return times;
    }

    /**
     * The steppable of the measurement phase. Measurement only reads the model, so tests may observe
     * differently (more often, less often, fewer indicators) and results must not change.
     */
    Steppable measurement() {
        return new Measurement();
    }

    // ---- Set-up helpers used by InitialState -------------------------------------------------

    void addZone(Zone zone) {
        zones.add(zone);
        ZoneSeed s = zone.seed();
        zoneField.setObjectLocation(zone, mapPoint(s.lon(), s.lat()));
    }

    /** The map-field point of a lon/lat (x grows east, y grows south). */
    public static Double2D mapPoint(double lon, double lat) {
        return new Double2D(lon - MAP_WEST, MAP_NORTH - lat);
    }

    void finishZones() {
        int n = zones.size();
        distanceKm = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                distanceKm[i][j] = GreatCircle.km(zones.get(i).seed(), zones.get(j).seed());
            }
        }
        zoneValueAdded = new double[n];
        zoneTax = new double[n];
        zoneEmployees = new double[n];
        index = new ZoneSectorIndex(n);
        guidanceFunds.clear();
        for (int i = 0; i < n; i++) {
            guidanceFunds.add(new ArrayList<>());
        }
        ranking = new ZoneRanking();
    }

    /**
     * Approves a new national zone during a run (a zone-approval event): it joins the map, the
     * networks and the phases, and brings {@code firmsNational} firms (national scale) into the
     * statistics as new firms.
     */
    public Zone approveZone(ZoneSeed seed, double firmsNational) {
        int n = zones.size();
        if (n >= MAX_ZONES) {
            throw new IllegalStateException("a run holds at most " + MAX_ZONES + " zones; approving zone " + seed.id()
                    + " would pass that");
        }
        for (Zone z : zones) {
            if (z.getId() == seed.id()) {
                throw new IllegalArgumentException("zone id " + seed.id() + " is already in use");
            }
        }
        Zone zone = new Zone(seed, n);
        NewZones.initialise(this, zone);
        addZone(zone);
        if (distanceKm.length <= n) {
            // Grow by doubling, so that many approvals cost time linear in the distances kept.
            double[][] d = new double[Math.min(MAX_ZONES, 2 * n + 1)][];
            for (int i = 0; i < d.length; i++) {
                d[i] = new double[d.length];
                if (i < n) {
                    System.arraycopy(distanceKm[i], 0, d[i], 0, n);
                }
            }
            distanceKm = d;
        }
        for (int i = 0; i <= n; i++) {
            distanceKm[i][n] = GreatCircle.km(zones.get(i).seed(), seed);
            distanceKm[n][i] = GreatCircle.km(seed, zones.get(i).seed());
        }
        zoneValueAdded = java.util.Arrays.copyOf(zoneValueAdded, n + 1);
        zoneTax = java.util.Arrays.copyOf(zoneTax, n + 1);
        zoneEmployees = java.util.Arrays.copyOf(zoneEmployees, n + 1);
        index.addZone();
        guidanceFunds.add(new ArrayList<>());
        zoneSequence.replaceSteppables(zones.toArray(new Steppable[0]));
        NewZones.populate(this, zone, firmsNational);
        return zone;
    }

    /**
     * The id for the next zone approved during the run: one above the largest id in use, or, when
     * that would pass {@link Integer#MAX_VALUE}, the smallest positive id not in use. Either way it is
     * positive and unique (a run holds at most {@link #MAX_ZONES} zones).
     */
    public int nextZoneId() {
        long largest = 0;
        java.util.BitSet small = new java.util.BitSet();
        for (Zone z : zones) {
            largest = Math.max(largest, z.getId());
            if (z.getId() <= MAX_ZONES + 1) {
                small.set(z.getId());
            }
        }
        if (largest < Integer.MAX_VALUE) {
            return (int) (largest + 1);
        }
        return small.nextClearBit(1);
    }

    void addInvestor(Investor investor) {
        investors.add(investor);
        if (investor.type() == InvestorType.GOVERNMENT_GUIDANCE_FUND) {
            guidanceFunds.get(investor.home().index()).add(investor);
        }
    }

    /** Government guidance funds based in a zone. */
    List<Investor> guidanceFunds(Zone zone) {
        return guidanceFunds.get(zone.index());
    }

    void clearQuarterAccumulators() {
        java.util.Arrays.fill(zoneValueAdded, 0);
        java.util.Arrays.fill(zoneTax, 0);
        java.util.Arrays.fill(zoneEmployees, 0);
    }

    // ---- Event log ---------------------------------------------------------------------------------

    /** Attaches a receiver of firm life events (null detaches); events before it are not reported. */
    public void setEventSink(FirmEventSink sink) {
        eventSink = sink;
    }

    /** Whether anyone listens to firm events (so callers can skip work that only feeds the log). */
    boolean logging() {
        return eventSink != null;
    }

    /** Reports one firm event, if anyone listens. */
    void log(FirmEventKind kind, Firm f, Zone from, Zone to, int sector, double value, long otherId) {
        if (eventSink != null) {
            eventSink.accept(new FirmEvent(year(), quarterIndex() + 1, kind, f.id,
                    from == null ? 0 : from.getId(), to == null ? 0 : to.getId(), sectors.name(sector), value, otherId));
        }
    }

    // ---- Firms ---------------------------------------------------------------------------------

    long nextFirmId() {
        return nextFirmId++;
    }

    /** Adds a firm; firms added during a step are stepped from the next firm phase on. */
    void addFirm(Firm firm) {
        firms.add(firm);
        index.add(firm);
    }

    /** Removes a firm that exits: its branches, partnerships and investors' stakes go with it. */
    void removeFirm(Firm firm) {
        firm.active = false;
        facts.exited(firm);
        log(FirmEventKind.EXIT, firm, firm.home, null, firm.sector, 0, 0);
        if (eventSink != null) {
            // An exit ends the stages the firm held, so stage events add up to the stocks.
            int[] held = {firm.gazelle ? FirmEvent.STAGE_GAZELLE : 0, firm.unicorn ? FirmEvent.STAGE_UNICORN : 0,
                firm.nezha ? FirmEvent.STAGE_NEZHA : 0};
            for (int stage : held) {
                if (stage != 0) {
                    log(FirmEventKind.STAGE_LEAVE, firm, firm.home, null, firm.sector, stage, 0);
                }
            }
        }
        firm.branches.clear();
        if (firm.partners.size() > 0) {
            for (int i = 0; i < firm.partners.size(); i++) {
                Firm other = (Firm) firm.partners.other(i);
                other.partners.remove(firm);
                if (other.sector != firm.sector) {
                    other.crossSectorPartners--;
                }
                Firm from = firm.partners.startedByOwner(i) ? firm : other;
                log(FirmEventKind.PARTNERSHIP_DISSOLVED, from, null, null, from.sector, 0, (from == firm ? other : firm).id);
            }
            firm.partners.clear();
            firm.crossSectorPartners = 0;
        }
        for (Investor investor : firm.venture.investors) {
            investor.portfolioExited();
        }
    }

    /** Drops firms that exited from the firm list. */
    void compactFirms() {
        firms.removeIf(f -> !f.active);
    }

    /** Hands the current firm list to the firm phase and re-indexes firms by zone and sector. */
    void refreshFirmPhase() {
        index.rebuild(this, firms);
        firmSequence.load(firms);
    }

    // ---- Networks ------------------------------------------------------------------------------

    void openBranch(Firm firm, Zone zone) {
        firm.branches.add(zone, true);
        log(FirmEventKind.BRANCH_OPEN, firm, firm.home, zone, firm.sector, 0, 0);
    }

    void closeBranch(Firm firm, Zone zone) {
        firm.branches.remove(zone);
    }

    /** Moves a firm's headquarters; a branch it had in the new home zone is folded into it. */
    void relocate(Firm firm, Zone to) {
        for (int i = firm.branches.size() - 1; i >= 0; i--) {
            if (firm.branches.other(i) == to) {
                closeBranch(firm, to);
            }
        }
        firm.home.relocationsOut++;
        to.relocationsIn++;
        log(FirmEventKind.RELOCATION, firm, firm.home, to, firm.sector, 0, 0);
        firm.home = to;
        flows.add(Indicator.RELOCATIONS, 1);
    }

    boolean hasBranchIn(Firm firm, Zone zone) {
        for (int i = 0; i < firm.branches.size(); i++) {
            if (firm.branches.other(i) == zone) {
                return true;
            }
        }
        return false;
    }

    void addPartnership(Firm a, Firm b) {
        a.partners.add(b, true);
        b.partners.add(a, false);
        if (a.sector != b.sector) {
            a.crossSectorPartners++;
            b.crossSectorPartners++;
        }
        log(FirmEventKind.PARTNERSHIP_FORMED, a, null, null, a.sector, 0, b.id);
    }

    /** Ends the partnership that {@code from} started with {@code to}. */
    void removePartnership(Firm from, Firm to) {
        from.partners.remove(to);
        to.partners.remove(from);
        if (from.sector != to.sector) {
            from.crossSectorPartners--;
            to.crossSectorPartners--;
        }
        log(FirmEventKind.PARTNERSHIP_DISSOLVED, from, null, null, from.sector, 0, to.id);
    }

    boolean arePartners(Firm a, Firm b) {
        for (int i = 0; i < a.partners.size(); i++) {
            if (a.partners.other(i) == b) {
                return true;
            }
        }
        return false;
    }

    // ---- Time ----------------------------------------------------------------------------------

    /** Steps completed so far (0 during the first step). */
    public long stepIndex() {
        return schedule.getSteps();
    }

    /** Calendar year of the current step. */
    public int year() {
        return config.startYear() + (int) (stepIndex() / 4);
    }

    /** Quarter of the current step, 0..3. */
    public int quarterIndex() {
        return (int) (stepIndex() % 4);
    }

    /** Time at the start of the current step, in fractional years (2020.0 is the start of 2020). */
    public double time() {
        return config.startYear() + stepIndex() * QUARTER;
    }

    // time() of the step under way, set when it starts: the firms' processes read the clock many times
    // per firm, and MASON's step counter is synchronised.
    private double stepTime;
    private int stepQuarter;

    /** {@link #quarterIndex()} of the step under way, 0..3. */
    int stepQuarter() {
        return stepQuarter;
    }

    /** {@link #time()} of the step under way (valid from the step's start to its end, and in the initial state). */
    double stepTime() {
        return stepTime;
    }

    // ---- Shared economics ----------------------------------------------------------------------

    /** Wage (and regional cost) multiplier of a macro-region relative to the East (E-A 8 #26). */
    public static double wageMultiplier(Parameters p, Region region) {
        return switch (region) {
            case EAST -> 1.0;
            case CENTRAL -> p.get(Param.WAGE_CENTRAL);
            case WEST -> p.get(Param.WAGE_WEST);
            case NORTHEAST -> p.get(Param.WAGE_NORTHEAST);
        };
    }

    /** The R&D intensity a firm of this revenue needs to be a high-tech enterprise (E-A 3). */
    public static double highTechThreshold(Parameters p, double revenueBn) {
        if (revenueBn <= p.get(Param.HTE_BAND_SMALL_BN)) {
            return p.get(Param.HTE_THRESHOLD_SMALL);
        }
        if (revenueBn <= p.get(Param.HTE_BAND_LARGE_BN)) {
            return p.get(Param.HTE_THRESHOLD_MID);
        }
        return p.get(Param.HTE_THRESHOLD_LARGE);
    }

    /** Employees of a firm with this revenue (CNY bn/year) in this zone at the current productivity. */
    double employeesFor(double revenueBn, Zone zone) {
        return revenueBn * 1000 / (parameters.get(Param.REVENUE_PER_EMPLOYEE_MN) * productivityIndex * zone.productivity);
    }

    // values() copies its array on every call; demand is read for every firm every quarter.
    private static final BaseSector[] BASE_SECTORS = BaseSector.values();

    /** Yearly demand growth of a sector in a zone, with this quarter's event shocks there. */
    double demandGrowth(int sector, Zone zone) {
        if (sectors.isNewTrack(sector)) {
            return parameters.get(Param.DEMAND_NEW_TRACK);
        }
        return parameters.get(BASE_SECTORS[sector].demandParam()) + zone.policy.eventSectorDemand[sector];
    }

    /** Yearly loss of knowledge growth a sector suffers in a zone from technology shocks there. */
    double technologyShock(int sector, Zone zone) {
        return sectors.isNewTrack(sector) ? 0 : zone.policy.eventTechnology[sector];
    }

    /** The policy programme acting on this model. */
    public PolicyProgramme programme() {
        return programme;
    }

    /**
     * Whether a firm can win pilot contracts of application-scenario programmes: young, with a
     * technical lead over its sector.
     */
    public boolean isPilotEligible(Firm f, double maxAgeYears) {
        return f.active && f.age(time()) < maxAgeYears && f.lnKnowledge > index.sectorMeanLnK(f.sector);
    }

    // ---- Accessors -----------------------------------------------------------------------------

    public ModelConfig config() {
        return config;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** Replaces the parameters from the next step on (used by the GUI and by policies). */
    public void setParameters(Parameters next) {
        pendingParameters = next;
    }

    void applyPendingParameters() {
        if (pendingParameters != null) {
            parameters = pendingParameters;
            pendingParameters = null;
        }
    }

    public double scale() {
        return config.scale();
    }

    public MersenneTwisterFast stream(Streams.Process process) {
        return streams.get(process);
    }

    public Sectors sectors() {
        return sectors;
    }

    /** The zones, in catalogue order. */
    public List<Zone> zones() {
        return zonesView;
    }

    /** Firms alive at the end of the last quarter, plus those born since. */
    public List<Firm> firms() {
        return firmsView;
    }

    public List<Investor> investors() {
        return investorsView;
    }

    public Continuous2D zoneField() {
        return zoneField;
    }

    public double distanceKm(Zone a, Zone b) {
        return distanceKm[a.index()][b.index()];
    }

    ZoneSectorIndex index() {
        return index;
    }

    ZoneRanking ranking() {
        return ranking;
    }

    FundingMarket fundingMarket() {
        return fundingMarket;
    }

    public FlowCounters flows() {
        return flows;
    }

    Processes processes() {
        return processes;
    }

    /** The end of the quarter's count of the firms (filled by EndOfQuarter, read by Measurement). */
    /** The stylized-fact moments measured so far ({@link StylizedFacts}). */
    StylizedFacts facts() {
        return facts;
    }

    /** The stylized-fact moments of every year completed so far, by year. */
    public List<MomentValue> moments() {
        return facts.values();
    }

    FirmCensus census() {
        return census;
    }

    /** What the firms' processes may see and do (one per model). */
    FirmContext firmContext() {
        return firmContext;
    }

    /**
     * Sets the base year's GDP from the initial state's quarter of flows (before they are reset): those
     * flows are at the end-2019 rate, so they are brought back to the year's flow (InitialFirms#endOfYearRate).
     */
    void setBaseYearGdp() {
        baseYearGdp = 4 * flows.get(Indicator.GDP_BN) / InitialFirms.endOfYearRate(parameters);
    }

    /**
     * Adds the quarter just ended to the year's GDP and, when a year has ended, sets the venture supply
     * index: that year's GDP against the base year's, raised to venture_supply_gdp_elasticity.
     */
    private void closeGdpQuarter() {
        if (stepIndex() == 0) {
            return; // no quarter has ended yet
        }
        gdpThisYear += flows.get(Indicator.GDP_BN);
        if (quarterIndex() == 0) {
            ventureSupplyIndex = baseYearGdp > 0 && gdpThisYear > 0
                    ? Math.pow(gdpThisYear / baseYearGdp, parameters.get(Param.VENTURE_SUPPLY_GDP_ELASTICITY))
                    : 1.0;
            gdpThisYear = 0;
        }
    }

    /** Re-values the zones' productivity from the GDP of the quarter just ended (once a year). */
    private void revalueZoneProductivity() {
        double[] gdp = new double[zones.size()];
        for (Zone zone : zones) {
            gdp[zone.index()] = zone.gdpQuarterBn;
        }
        zoneProductivity.update(parameters, zones, gdp, this::distanceKm);
    }

    /** Indicator snapshots recorded so far, one per completed step. */
    public List<IndicatorSnapshot> history() {
        return Collections.unmodifiableList(history);
    }

    /** The initial (end of the year before start_year) state's indicators; flows are zero. */
    public IndicatorSnapshot initialSnapshot() {
        return initialSnapshot;
    }

    void setInitialSnapshot(IndicatorSnapshot snapshot) {
        initialSnapshot = snapshot;
    }

    void record(IndicatorSnapshot snapshot) {
        history.add(snapshot);
    }

    /** Phase 0: reset flows, apply parameter changes, re-rank zones at the start of each year. */
    private static final class Environment implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ZoneLabModel model = (ZoneLabModel) state;
            model.stepTime = model.time();
            model.stepQuarter = model.quarterIndex();
            model.applyPendingParameters();
            model.closeGdpQuarter();
            model.flows.reset();
            model.clearQuarterAccumulators();
            for (Zone zone : model.zones) {
                zone.resetPolicy();
                zone.spendingQuarterBn = 0;
            }
            model.programme.apply(model);
            Parameters p = model.parameters;
            double years = model.time() - model.config.startYear();
            model.wageIndex = Math.pow(1 + p.get(Param.WAGE_GROWTH), years);
            model.productivityIndex = Math.pow(1 + p.get(Param.PRODUCTIVITY_GROWTH), years);
            if (model.quarterIndex() == 0) {
                model.revalueZoneProductivity();
                model.ranking.update(model);
            }
        }
    }
}
