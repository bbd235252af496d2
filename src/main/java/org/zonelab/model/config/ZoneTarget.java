package org.zonelab.model.config;

import java.io.Serializable;
import java.util.Set;
import org.zonelab.model.geo.Region;

/**
 * Which zones a policy or event applies to: all zones, a set of zone ids, or a set of regions.
 *
 * @param all     true when every zone is targeted
 * @param zoneIds targeted zone ids (empty unless listed)
 * @param regions targeted macro-regions (empty unless listed)
 */
public record ZoneTarget(boolean all, Set<Integer> zoneIds, Set<Region> regions) implements Serializable {

    public static final ZoneTarget ALL = new ZoneTarget(true, Set.of(), Set.of());

    public ZoneTarget {
        zoneIds = Set.copyOf(zoneIds);
        regions = Set.copyOf(regions);
    }

    public static ZoneTarget ofZones(Set<Integer> ids) {
        return new ZoneTarget(false, ids, Set.of());
    }

    public static ZoneTarget ofRegions(Set<Region> regions) {
        return new ZoneTarget(false, Set.of(), regions);
    }

    /** Whether a zone with this id and region is targeted. */
    public boolean includes(int zoneId, Region region) {
        return all || zoneIds.contains(zoneId) || regions.contains(region);
    }
}
