package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Closes the initial state (docs/ODD.md §5): land and rent from the initial accounts, the zones'
 * ranking, the starting partnerships and branches, and the initial snapshot.
 */
final class InitialNetworks {
    private final ZoneLabModel model;
    private final Parameters p;
    private final MersenneTwisterFast rng;

    InitialNetworks(ZoneLabModel model, MersenneTwisterFast rng) {
        this.model = model;
        this.p = model.parameters();
        this.rng = rng;
    }

    /**
     * The starting partnerships, at the density the partnership process keeps (issue 13): each firm,
     * in a random order, searches once with probability formation / (dissolution + attrition), where a
     * search succeeds as often as it does during the run. A denser start (one search per firm gave
     * about 0.95 ties per firm against a stationary 0.37) would thin out over the first years.
     */
    private void startPartnerships(List<Firm> firms) {
        double searchShare = Math.min(1, p.get(Param.PARTNER_FORMATION_RATE)
                / Math.max(1e-9, p.get(Param.PARTNER_DISSOLUTION_RATE) + p.get(Param.INIT_PARTNER_ATTRITION)));
        for (Firm f : Sampling.pick(rng, firms, firms.size())) {
            if (rng.nextDouble() < searchShare && f.partners.size() < p.getInt(Param.PARTNER_MAX_DEGREE)) {
                Firm c = Collaboration.findCandidate(model.firmContext(), p, f, rng);
                if (c != null) {
                    model.addPartnership(f, c);
                }
            }
        }
    }

    /**
     * Each zone's land from its land in use and its drawn used share, scaled so that the zones hold
     * init_land_ha in total; then the rents and the zone ranking.
     */
    private void setLand(double[] usedShare) {
        double totalLand = 0;
        double[] land = new double[model.zones().size()];
        for (Zone zone : model.zones()) {
            land[zone.index()] = zone.landUsedHa / Math.max(1e-9, usedShare[zone.index()]);
            totalLand += land[zone.index()];
        }
        for (Zone zone : model.zones()) {
            zone.landTotalHa = totalLand > 0 ? land[zone.index()] * p.get(Param.INIT_LAND_HA) / totalLand : 0;
            zone.updateRent(p);
        }
        model.ranking().update(model);
    }

    /** Land, rent and ranking from the initial accounts; then the starting branches and partnerships. */
    void build(List<Firm> firms) {
        model.index().rebuild(model, firms);
        EndOfQuarter.closeInitialState(model);
        double[] usedShare = new double[model.zones().size()];
        for (Zone zone : model.zones()) {
            usedShare[zone.index()] = p.get(Param.INIT_LAND_USED_MIN)
                    + rng.nextDouble() * Math.max(0, p.get(Param.INIT_LAND_USED_MAX) - p.get(Param.INIT_LAND_USED_MIN));
        }
        setLand(usedShare);
        if (p.isOn(Param.PARTNERSHIPS_ENABLED)) {
            startPartnerships(firms);
        }
        for (Firm f : firms) {
            if (f.accounts.revenue >= p.get(Param.BRANCH_MIN_REVENUE_BN)) {
                int k = Math.min(p.getInt(Param.BRANCH_MAX), Draws.poisson(rng, p.get(Param.INIT_BRANCHES_PER_ELIGIBLE)));
                for (int i = 0; i < k; i++) {
                    Zone best = Location.bestBranchZone(model.firmContext(), p, f);
                    if (best != null) {
                        model.openBranch(f, best);
                    }
                }
            }
        }
        model.clearQuarterAccumulators();
        EndOfQuarter.closeInitialState(model);
        // The branches moved staff (and so land in use) to their zones: the land is set again with the
        // same shares, so that no zone starts fuller than drawn (issue 13: Wuhan and Changsha started at
        // 1.2-1.3 times their land, at the rent cap, which slowed all their firms' growth).
        setLand(usedShare);
        model.setInitialSnapshot(Measurement.measure(model, model.config().startYear() - 1, 4));
        model.setBaseYearGdp();
        model.clearQuarterAccumulators();
        model.flows().reset();
    }
}
