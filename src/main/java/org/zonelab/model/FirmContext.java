package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.List;
import org.zonelab.model.event.FirmEventKind;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * What a firm's processes ({@link Innovation}, {@link Growth}, {@link FundingRequest},
 * {@link Collaboration}, {@link Location}, {@link Demography}) may see and do in the world: read the
 * clock, parameters, their random streams and the zones' and sectors' state; book flows, zone
 * accounts and events; and change the networks (partnerships, branches, relocation), apply for
 * funding, found a new track or exit. Nothing else of {@link ZoneLabModel} (its schedule, programme,
 * zone approvals, history) is within their reach. One per model, made at construction: passing it
 * costs nothing.
 */
final class FirmContext implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ZoneLabModel model;

    FirmContext(ZoneLabModel model) {
        this.model = model;
    }

    // ---- What a firm sees ------------------------------------------------------------------------

    Parameters parameters() {
        return model.parameters();
    }

    /** Time at the start of the current step, in fractional years. */
    double time() {
        return model.stepTime();
    }

    /** Share of real firms each agent stands for the inverse of. */
    double scale() {
        return model.scale();
    }

    MersenneTwisterFast stream(Streams.Process process) {
        return model.stream(process);
    }

    /** The moments' measurement, told of what the flows do not count (listings). */
    StylizedFacts facts() {
        return model.facts();
    }

    ZoneSectorIndex index() {
        return model.index();
    }

    Sectors sectors() {
        return model.sectors();
    }

    List<Zone> zones() {
        return model.zones();
    }

    List<Firm> firms() {
        return model.firms();
    }

    ZoneRanking ranking() {
        return model.ranking();
    }

    double distanceKm(Zone a, Zone b) {
        return model.distanceKm(a, b);
    }

    // The last firm youth() was asked about, when, and its answer
    private transient Firm youthFirm;
    private double youthTime = Double.NaN;
    private double youth;

    /**
     * The weight of a firm's start-up premia now, exp(-age / startup_years) (age at least 0): R&D and
     * growth both use it in a firm's step, so it is kept for the last firm asked about, which spares an
     * exp per firm-step.
     */
    double youth(Firm f) {
        double now = time();
        if (f != youthFirm || now != youthTime) {
            youthFirm = f;
            youthTime = now;
            youth = Math.exp(-Math.max(0, f.age(now)) / model.parameters().get(Param.STARTUP_YEARS));
        }
        return youth;
    }

    double technologyShock(int sector, Zone zone) {
        return model.technologyShock(sector, zone);
    }

    double demandGrowth(int sector, Zone zone) {
        return model.demandGrowth(sector, zone);
    }

    double employeesFor(double revenueBn, Zone zone) {
        return model.employeesFor(revenueBn, zone);
    }

    /** The national wage level against 2019 (1 = 2019). */
    double wageIndex() {
        return model.wageIndex;
    }

    /** FDI per yuan of revenue of foreign-invested firms. */
    double fdiPerRevenue() {
        return model.fdiPerRevenue;
    }

    boolean isPilotEligible(Firm f, double maxAgeYears) {
        return model.isPilotEligible(f, maxAgeYears);
    }

    boolean arePartners(Firm a, Firm b) {
        return model.arePartners(a, b);
    }

    boolean hasBranchIn(Firm f, Zone zone) {
        return model.hasBranchIn(f, zone);
    }

    // ---- What a firm books -----------------------------------------------------------------------

    FlowCounters flows() {
        return model.flows();
    }

    /** Books tax paid in a zone this quarter, CNY bn (agent units). */
    void addZoneTax(int zone, double taxBn) {
        model.zoneTax[zone] += taxBn;
    }

    /** Books value added (CNY bn) and staff attributed to a zone this quarter (agent units). */
    void addZoneActivity(int zone, double valueAddedBn, double employees) {
        model.zoneValueAdded[zone] += valueAddedBn;
        model.zoneEmployees[zone] += employees;
    }

    void log(FirmEventKind kind, Firm f, Zone from, Zone to, int sector, double value, long otherId) {
        model.log(kind, f, from, to, sector, value, otherId);
    }

    // ---- What a firm changes outside itself ------------------------------------------------------

    void addPartnership(Firm a, Firm b) {
        model.addPartnership(a, b);
    }

    /** Ends the partnership that {@code from} started with {@code to}. */
    void removePartnership(Firm from, Firm to) {
        model.removePartnership(from, to);
    }

    void openBranch(Firm f, Zone zone) {
        model.openBranch(f, zone);
    }

    void closeBranch(Firm f, Zone zone) {
        model.closeBranch(f, zone);
    }

    void relocate(Firm f, Zone to) {
        model.relocate(f, to);
    }

    /** Queues the firm's application in this quarter's funding market. */
    void applyForFunding(Firm f) {
        model.fundingMarket().apply(f);
    }

    /** Two partners of different sectors in one zone fuse them into a new track (and may found a firm in it). */
    void foundNewTrack(Firm a, Firm b) {
        model.processes().demography().foundNewTrack(model, a, b);
    }

    /** The firm exits: it leaves the zones, the networks and the schedule. */
    void removeFirm(Firm f) {
        model.removeFirm(f);
    }
}
