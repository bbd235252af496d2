package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** This quarter's funding applications, by zone and nationally; cleared after the investor phase. */
final class FundingMarket implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<List<Firm>> byZone = new ArrayList<>();
    private final List<Firm> all = new ArrayList<>();

    void apply(Firm firm) {
        int z = firm.home.index();
        while (byZone.size() <= z) {
            byZone.add(new ArrayList<>());
        }
        byZone.get(z).add(firm);
        all.add(firm);
        firm.venture.applying = true;
    }

    /** A random open application in this zone, or null. */
    Firm pickInZone(MersenneTwisterFast rng, int zone) {
        return zone < byZone.size() ? pick(rng, byZone.get(zone)) : null;
    }

    /** A random open application anywhere, or null. */
    Firm pickAnywhere(MersenneTwisterFast rng) {
        return pick(rng, all);
    }

    private static Firm pick(MersenneTwisterFast rng, List<Firm> list) {
        if (list.isEmpty()) {
            return null;
        }
        Firm f = list.get(rng.nextInt(list.size()));
        return f.venture.applying && f.active ? f : null;
    }

    int size() {
        return all.size();
    }

    void clear() {
        for (Firm f : all) {
            f.venture.applying = false;
        }
        all.clear();
        for (List<Firm> l : byZone) {
            l.clear();
        }
    }
}
