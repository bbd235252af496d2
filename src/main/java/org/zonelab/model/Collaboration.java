package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.List;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Partnerships (docs/ODD.md §7.7, phase 3): a firm drops ties at a constant hazard, and seeks a new partner
 * while under the degree bound, sampling a zone-by-sector bucket (same or other sector, same or other
 * zone). A cross-sector partnership inside a zone that holds enough firms of both sectors may found a
 * new-track firm, fusing the two sectors.
 */
public final class Collaboration implements Serializable {
    private static final long serialVersionUID = 1L;
    // Rates that are the same for every firm: their probabilities are computed once (Chance).
    private final Chance formation = new Chance();
    private final Chance dissolution = new Chance();

    void step(FirmContext ctx, Firm f) {
        Parameters p = ctx.parameters();
        if (!p.isOn(Param.PARTNERSHIPS_ENABLED)) {
            return;
        }
        MersenneTwisterFast rng = ctx.stream(Streams.Process.PARTNERS);
        double dt = ZoneLabModel.QUARTER;
        if (f.partners.size() > 0) {
            reviewTies(ctx, p, f, rng, dt);
        }
        if (f.active && f.partners.size() < p.getInt(Param.PARTNER_MAX_DEGREE)
                && formation.happens(rng, p.get(Param.PARTNER_FORMATION_RATE), dt)) {
            Firm candidate = findCandidate(ctx, p, f, rng);
            if (candidate != null) {
                ctx.addPartnership(f, candidate);
            }
        }
    }

    /** Ties this firm started: each may end, and a cross-sector one may found a new track. */
    private void reviewTies(FirmContext ctx, Parameters p, Firm f, MersenneTwisterFast rng, double dt) {
        for (int i = f.partners.size() - 1; i >= 0; i--) {
            if (!f.partners.startedByOwner(i)) {
                continue;
            }
            Firm other = (Firm) f.partners.other(i);
            if (dissolution.happens(rng, p.get(Param.PARTNER_DISSOLUTION_RATE), dt)) {
                ctx.removePartnership(f, other);
            } else if (other.sector != f.sector && other.home == f.home
                    && !ctx.sectors().isNewTrack(f.sector) && !ctx.sectors().isNewTrack(other.sector)
                    && Draws.happens(rng, p.get(Param.NEW_TRACK_RATE) * f.home.policy.fusionMultiplier / ctx.scale(), dt)
                    && clusterCanFuse(ctx, p, f.home, f.sector, other.sector)) {
                ctx.foundNewTrack(f, other);
            }
        }
    }

    private static boolean clusterCanFuse(FirmContext ctx, Parameters p, Zone zone, int a, int b) {
        double min = p.get(Param.NEW_TRACK_MIN_FIRMS) * ctx.scale();
        return ctx.index().count(zone.index(), a) >= min && ctx.index().count(zone.index(), b) >= min;
    }

    static Firm findCandidate(FirmContext ctx, Parameters p, Firm f, MersenneTwisterFast rng) {
        int zone = f.home.index();
        if (rng.nextDouble() < p.get(Param.PARTNER_CROSS_ZONE)) {
            List<Firm> all = ctx.firms();
            zone = all.get(rng.nextInt(all.size())).home.index();
        }
        List<Firm> pool;
        if (rng.nextDouble() < p.get(Param.PARTNER_CROSS_SECTOR) * f.home.policy.fusionMultiplier) {
            pool = ctx.index().zoneFirms(zone);
        } else {
            pool = ctx.index().bucket(zone, f.sector);
        }
        if (pool.isEmpty()) {
            return null;
        }
        Firm c = pool.get(rng.nextInt(pool.size()));
        for (int draw = 1; draw < p.getInt(Param.PARTNER_SEARCH_DRAWS) && (c == f || ctx.arePartners(f, c)); draw++) {
            c = pool.get(rng.nextInt(pool.size()));
        }
        if (c == f || !c.active || c.partners.size() >= p.getInt(Param.PARTNER_MAX_DEGREE) || ctx.arePartners(f, c)) {
            return null;
        }
        return c;
    }
}
