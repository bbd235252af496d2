package org.zonelab.gui;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.model.Firm;
import org.zonelab.model.Stage;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.param.Param;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * What the map draws besides the zones, kept by the GUI and rebuilt from the model after every step:
 * firms placed in a cloud around their home zone, and samples of the branch and partnership networks.
 * A firm's place in its cloud is drawn once from {@code guirandom} and kept while it lives, so dots
 * stay put and a firm that relocates jumps to its new zone. At most {@link #MAX_EDGES} links of each
 * network are drawn, chosen by a hash of the firms' ids, so the same links stay on screen from one
 * step to the next.
 */
final class MapLayers {
    /** Most links of each network drawn on the map. */
    static final int MAX_EDGES = 1500;
    /** Radius of the smallest firm cloud around a zone, degrees. */
    static final double CLOUD_MIN = 0.3;
    /** Growth of a cloud's radius with the square root of the zone's firms (national count), degrees. */
    static final double CLOUD_PER_SQRT_FIRM = 0.012;
    /** Largest cloud radius, degrees. */
    static final double CLOUD_MAX = 1.8;

    private final Continuous2D firms = new Continuous2D(1.0, ZoneLabModel.MAP_WIDTH, ZoneLabModel.MAP_HEIGHT);
    private final Network branches = new Network(true);
    private final Network partnerships = new Network(false);
    private SpatialNetwork2D branchField;
    private SpatialNetwork2D partnershipField;
    /** Offsets in the unit disc, by firm id. */
    private Map<Long, Double2D> offsets = new HashMap<>();
    /** Cloud radius of each zone (by index) at the last refresh, degrees. */
    private double[] radius = new double[0];
    private int branchesTotal;
    private int partnershipsTotal;

    /** Starts over for a (re)started or loaded model and places its firms. */
    void reset(ZoneLabModel model, MersenneTwisterFast guirandom) {
        offsets = new HashMap<>();
        branchField = new SpatialNetwork2D(firms, branches);
        branchField.setAuxiliaryField(model.zoneField());
        partnershipField = new SpatialNetwork2D(firms, partnerships);
        refresh(model, guirandom);
    }

    /** Places the firms of the model's current state and samples its networks. */
    void refresh(ZoneLabModel model, MersenneTwisterFast guirandom) {
        placeFirms(model, guirandom);
        branchesTotal = sampleBranches(model.firms());
        partnershipsTotal = samplePartnerships(model.firms());
    }

    Continuous2D firms() {
        return firms;
    }

    SpatialNetwork2D branchField() {
        return branchField;
    }

    SpatialNetwork2D partnershipField() {
        return partnershipField;
    }

    /** Branches in the model at the last refresh (agents), of which at most {@link #MAX_EDGES} are drawn. */
    int branchesTotal() {
        return branchesTotal;
    }

    int partnershipsTotal() {
        return partnershipsTotal;
    }

    /** Radius of a zone's firm cloud at the last refresh, degrees. */
    double radius(Zone zone) {
        return zone.index() < radius.length ? radius[zone.index()] : CLOUD_MIN;
    }

    /** Radius of the firm cloud of a zone with this many firms (national count), degrees. */
    static double cloudRadius(double nationalFirms) {
        return Math.min(CLOUD_MAX, CLOUD_MIN + CLOUD_PER_SQRT_FIRM * Math.sqrt(Math.max(0, nationalFirms)));
    }

    private void placeFirms(ZoneLabModel model, MersenneTwisterFast guirandom) {
        List<Firm> all = model.firms();
        List<Zone> zones = model.zones();
        double[] count = new double[zones.size()];
        for (Firm f : all) {
            if (f.isActive()) {
                count[f.home().index()]++;
            }
        }
        radius = new double[count.length];
        for (int z = 0; z < count.length; z++) {
            radius[z] = cloudRadius(count[z] / model.scale());
        }
        double now = model.time();
        double startupYears = model.parameters().get(Param.STARTUP_YEARS);
        Map<Long, Double2D> kept = new HashMap<>(all.size() * 2);
        firms.clear();
        // Two passes: gazelles, unicorns and listed firms go in last, so that they are drawn on top.
        for (int pass = 0; pass < 2; pass++) {
            for (Firm f : all) {
                if (!f.isActive() || (f.stage(now, startupYears).compareTo(Stage.GAZELLE) >= 0) != (pass == 1)) {
                    continue;
                }
                Double2D unit = offsets.get(f.getId());
                if (unit == null) {
                    unit = unitDisc(guirandom);
                }
                kept.put(f.getId(), unit);
                Zone home = f.home();
                Double2D at = model.zoneField().getObjectLocation(home);
                double r = radius[home.index()];
                firms.setObjectLocation(f, new Double2D(at.x + unit.x * r, at.y + unit.y * r));
            }
        }
        offsets = kept;
    }

    private static Double2D unitDisc(MersenneTwisterFast random) {
        double r = Math.sqrt(random.nextDouble());
        double a = 2 * Math.PI * random.nextDouble();
        return new Double2D(r * Math.cos(a), r * Math.sin(a));
    }

    /** Copies a sample of the model's branches (firm to zone); the info of a link says if it crosses regions. */
    private int sampleBranches(List<Firm> all) {
        branches.clear();
        int total = 0;
        for (Firm f : all) {
            if (f.isActive()) {
                total += f.getBranches();
            }
        }
        double keep = total <= MAX_EDGES ? 1.0 : (double) MAX_EDGES / total;
        for (Firm f : all) {
            if (!f.isActive() || firms.getObjectLocation(f) == null) {
                continue;
            }
            for (int k = 0; k < f.getBranches(); k++) {
                Zone to = f.branchZone(k);
                if (keep >= 1 || unit(f.getId(), to.getId()) < keep) {
                    branches.addEdge(f, to, to.region() != f.home().region());
                }
            }
        }
        return total;
    }

    /** Copies a sample of the model's partnerships (firm to firm, each once, from the firm that started it). */
    private int samplePartnerships(List<Firm> all) {
        partnerships.clear();
        int total = 0;
        for (Firm f : all) {
            for (int k = 0; f.isActive() && k < f.getPartners(); k++) {
                if (f.startedPartnership(k)) {
                    total++;
                }
            }
        }
        double keep = total <= MAX_EDGES ? 1.0 : (double) MAX_EDGES / total;
        for (Firm f : all) {
            if (!f.isActive() || firms.getObjectLocation(f) == null) {
                continue;
            }
            for (int k = 0; k < f.getPartners(); k++) {
                Firm other = f.partner(k);
                if (!f.startedPartnership(k) || firms.getObjectLocation(other) == null) {
                    continue;
                }
                if (keep >= 1 || unit(f.getId(), other.getId()) < keep) {
                    partnerships.addEdge(f, other, null);
                }
            }
        }
        return total;
    }

    /** A number in [0, 1) that depends only on the two ids (SplitMix64). */
    static double unit(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
