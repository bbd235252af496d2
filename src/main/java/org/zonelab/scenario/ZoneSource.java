package org.zonelab.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.zonelab.model.geo.Region;

/**
 * Where a scenario's zones come from, as its {@code zones} key says once {@code extends} is resolved:
 * a zone catalogue, or a synthetic set placed at a catalogue's zones. {@link ResolvedScenario} writes
 * it back into a manifest.
 *
 * @param catalogue       the zone catalogue read (for a synthetic set, the one that places its zones)
 * @param syntheticCount  the size of a synthetic set, or null for the catalogue's own zones
 * @param syntheticShares the regions' shares as written for a synthetic set, or null (the catalogue's
 *                        shares, or no synthetic set)
 */
public record ZoneSource(Path catalogue, Integer syntheticCount, Map<Region, Double> syntheticShares) {
    public ZoneSource {
        syntheticShares = syntheticShares == null ? null : Collections.unmodifiableMap(new EnumMap<>(syntheticShares));
    }

    /** The zones of a catalogue. */
    static ZoneSource catalogue(Path file) {
        return new ZoneSource(file, null, null);
    }

    /** A synthetic set of {@code count} zones placed at the zones of {@code catalogue}. */
    static ZoneSource synthetic(Path catalogue, int count, Map<Region, Double> shares) {
        return new ZoneSource(catalogue, count, shares);
    }
}
