package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.List;
import sim.field.network.Edge;

/**
 * Partnerships (docs/ODD.md §7.7, phase 3): a firm drops ties at a constant hazard, and seeks a new partner
 * while under the degree bound, sampling a zone-by-sector bucket (same or other sector, same or other
 * zone). A cross-sector partnership inside a zone that holds enough firms of both sectors may found a
 * new-track firm, fusing the two sectors.
 */
public final class Collaboration implements Serializable {
    private static final long serialVersionUID = 1L;

    void step(ZoneLabModel model, Firm f) {
        Parameters p = model.parameters();
        if (!p.isOn(Param.PARTNERSHIPS_ENABLED)) {
            return;
        }
        MersenneTwisterFast rng = model.stream(Streams.Process.PARTNERS);
        double dt = ZoneLabModel.QUARTER;
        if (f.partners.size() > 0) {
            reviewTies(model, p, f, rng, dt);
        }
        if (f.active && f.partners.size() < p.getInt(Param.PARTNER_MAX_DEGREE)
                && Draws.happens(rng, p.get(Param.PARTNER_FORMATION_RATE), dt)) {
            Firm candidate = findCandidate(model, p, f, rng);
            if (candidate != null) {
                model.addPartnership(f, candidate);
            }
        }
    }

    /** Ties this firm started: each may end, and a cross-sector one may found a new track. */
    private static void reviewTies(ZoneLabModel model, Parameters p, Firm f, MersenneTwisterFast rng, double dt) {
        for (int i = f.partners.size() - 1; i >= 0; i--) {
            Edge e = f.partners.get(i);
            if (e.from() != f) {
                continue;
            }
            Firm other = (Firm) e.to();
            if (Draws.happens(rng, p.get(Param.PARTNER_DISSOLUTION_RATE), dt)) {
                model.removePartnership(e);
            } else if (other.sector != f.sector && other.home == f.home
                    && !model.sectors().isNewTrack(f.sector) && !model.sectors().isNewTrack(other.sector)
                    && Draws.happens(rng, p.get(Param.NEW_TRACK_RATE) * f.home.policy.fusionMultiplier / model.scale(), dt)
                    && clusterCanFuse(model, p, f.home, f.sector, other.sector)) {
                model.processes().demography().foundNewTrack(model, f, other);
            }
        }
    }

    private static boolean clusterCanFuse(ZoneLabModel model, Parameters p, Zone zone, int a, int b) {
        double min = p.get(Param.NEW_TRACK_MIN_FIRMS) * model.scale();
        return model.index().count(zone.index(), a) >= min && model.index().count(zone.index(), b) >= min;
    }

    static Firm findCandidate(ZoneLabModel model, Parameters p, Firm f, MersenneTwisterFast rng) {
        int zone = f.home.index();
        if (rng.nextDouble() < p.get(Param.PARTNER_CROSS_ZONE)) {
            List<Firm> all = model.firms();
            zone = all.get(rng.nextInt(all.size())).home.index();
        }
        List<Firm> pool;
        if (rng.nextDouble() < p.get(Param.PARTNER_CROSS_SECTOR) * f.home.policy.fusionMultiplier) {
            pool = model.index().zoneFirms(zone);
        } else {
            pool = model.index().bucket(zone, f.sector);
        }
        if (pool.isEmpty()) {
            return null;
        }
        Firm c = pool.get(rng.nextInt(pool.size()));
        if (c == f || !c.active || c.partners.size() >= p.getInt(Param.PARTNER_MAX_DEGREE) || model.arePartners(f, c)) {
            return null;
        }
        return c;
    }
}
