package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.List;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 2: start-ups are born in each zone at a rate set by its firms, incubators, maker spaces and
 * talent. Some are spin-outs of a firm in the zone (inheriting its sector and most of its knowledge),
 * some are foreign-invested (more so in open zones), and DIGITAL start-ups are discouraged by strict
 * regulation. Ends by re-indexing the firms for the firm phase.
 */
final class Entry implements Steppable, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        ZoneLabModel model = (ZoneLabModel) state;
        Parameters p = model.parameters();
        MersenneTwisterFast rng = model.stream(Streams.Process.ENTRY);
        double dt = ZoneLabModel.QUARTER;
        double scale = model.scale();
        for (Zone zone : model.zones()) {
            List<Firm> local = model.index().zoneFirms(zone.index());
            // Births append to this live list; parents come from the firms that were there before.
            int existing = local.size();
            double incubatorBirths = (p.get(Param.BIRTHS_PER_INCUBATOR) * zone.incubators
                    + p.get(Param.BIRTHS_PER_MAKER_SPACE) * zone.makerSpaces) * zone.policy.incubatorQuality;
            double beforeTalent = p.get(Param.ENTRY_RATE) * existing / scale + incubatorBirths;
            double perYear = beforeTalent * Math.max(0, 1 + p.get(Param.TALENT_ENTRY_EFFECT) * (zone.getTalent() - 1));
            double incubatedShare = beforeTalent > 0 ? incubatorBirths / beforeTalent : 0;
            int births = Draws.poisson(rng, perYear * scale * dt);
            for (int i = 0; i < births; i++) {
                born(model, p, zone, local, existing, incubatedShare, rng);
            }
        }
        model.refreshFirmPhase();
    }

    /**
     * One birth in a zone. A spin-out's parent is drawn from the first {@code existing} firms of
     * {@code local}, the zone's firms before this quarter's births, so a firm born this quarter is
     * never a parent in the same quarter.
     */
    private static void born(ZoneLabModel model, Parameters p, Zone zone, List<Firm> local, int existing,
                             double incubatedShare, MersenneTwisterFast rng) {
        boolean incubated = rng.nextDouble() < incubatedShare;
        boolean foreign = rng.nextDouble() < p.get(Param.FOREIGN_ENTRY_SHARE) * zone.openness * zone.policy.opennessMultiplier;
        if (existing > 0 && rng.nextDouble() < p.get(Param.SPINOUT_SHARE)) {
            Firm parent = local.get(rng.nextInt(existing));
            if (parent.active) {
                Births.create(model, zone, parent.sector, parent.id,
                        parent.lnKnowledge + Math.log(p.get(Param.SPINOUT_KNOWLEDGE)), foreign, incubated, rng);
                return;
            }
        }
        int sector = Draws.weighted(rng, zone.specialisation, 1.0);
        double strictness = zone.policy.strictness;
        if (sector == BaseSector.DIGITAL.ordinal() && strictness > 0
                && rng.nextDouble() >= 1 - (1 - p.get(Param.STRICT_DIGITAL_ENTRY)) * strictness) {
            return;
        }
        double lnK = model.index().sectorMeanLnK(sector) + p.get(Param.ENTRANT_KNOWLEDGE_GAP)
                + p.get(Param.ENTRANT_KNOWLEDGE_SD) * Draws.gaussian(rng);
        Births.create(model, zone, sector, 0, lnK, foreign, incubated, rng);
    }
}
