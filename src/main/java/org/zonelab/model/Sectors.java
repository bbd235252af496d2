package org.zonelab.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sectors of a run: the eight {@link BaseSector}s (ids 0..7) followed by the new-track sectors
 * that cross-sector partnerships found during the run. A sector is referred to by its int id.
 */
public final class Sectors implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Number of base sectors; ids at or above this are new tracks. */
    public static final int BASE_COUNT = BaseSector.values().length;

    private final List<String> names = new ArrayList<>();
    private final List<int[]> parents = new ArrayList<>();
    private final Map<Long, Integer> fused = new HashMap<>();

    public Sectors() {
        for (BaseSector s : BaseSector.values()) {
            names.add(s.name());
            parents.add(new int[0]);
        }
    }

    /** Number of sectors so far, base and new tracks. */
    public int count() {
        return names.size();
    }

    /** Number of new-track sectors founded so far. */
    public int newTrackCount() {
        return names.size() - BASE_COUNT;
    }

    public String name(int sector) {
        return names.get(sector);
    }

    public boolean isNewTrack(int sector) {
        return sector >= BASE_COUNT;
    }

    /** The ids of the two sectors a new track was fused from (empty for a base sector). */
    public int[] parents(int sector) {
        return parents.get(sector).clone();
    }

    /** The existing new track fused from these two sectors, or -1. */
    public int fusionOf(int a, int b) {
        Integer id = fused.get(pairKey(a, b));
        return id == null ? -1 : id;
    }

    /** The new track fused from these two different sectors, created on first use. */
    public int fuse(int a, int b) {
        if (a == b) {
            throw new IllegalArgumentException("a new track needs two different sectors");
        }
        int existing = fusionOf(a, b);
        if (existing >= 0) {
            return existing;
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        int id = names.size();
        names.add(names.get(lo) + "+" + names.get(hi));
        parents.add(new int[] {lo, hi});
        fused.put(pairKey(a, b), id);
        return id;
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
