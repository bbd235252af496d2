package org.zonelab.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Firms bucketed by zone and sector, rebuilt once a step, so that partner and parent searches
 * sample a bucket instead of scanning the population. Also holds what spillovers need: same-sector
 * mass, sector diversity of each zone and the mean knowledge of each sector.
 */
final class ZoneSectorIndex implements Serializable {
    private static final long serialVersionUID = 1L;

    private int zoneCount;
    private final List<List<List<Firm>>> buckets = new ArrayList<>();
    private final List<List<Firm>> byZone = new ArrayList<>();
    private double[] diversity;
    private double[] sectorMeanLnK = new double[0];
    private double[] sectorKnowledgeSum = new double[0];
    private int[] sectorCount = new int[0];

    ZoneSectorIndex(int zoneCount) {
        this.zoneCount = zoneCount;
        for (int z = 0; z < zoneCount; z++) {
            buckets.add(new ArrayList<>());
            byZone.add(new ArrayList<>());
        }
        diversity = new double[zoneCount];
    }

    /** Makes room for a zone approved during the run. */
    void addZone() {
        zoneCount++;
        List<List<Firm>> zoneBuckets = new ArrayList<>();
        int sectors = buckets.isEmpty() ? 0 : buckets.get(0).size();
        for (int s = 0; s < sectors; s++) {
            zoneBuckets.add(new ArrayList<>());
        }
        buckets.add(zoneBuckets);
        byZone.add(new ArrayList<>());
        diversity = java.util.Arrays.copyOf(diversity, zoneCount);
    }

    private void ensureSectors(int count) {
        for (List<List<Firm>> zoneBuckets : buckets) {
            while (zoneBuckets.size() < count) {
                zoneBuckets.add(new ArrayList<>());
            }
        }
        if (sectorMeanLnK.length < count) {
            sectorMeanLnK = java.util.Arrays.copyOf(sectorMeanLnK, count);
            sectorKnowledgeSum = java.util.Arrays.copyOf(sectorKnowledgeSum, count);
            sectorCount = java.util.Arrays.copyOf(sectorCount, count);
        }
    }

    /** Re-buckets all active firms and recomputes diversity and sector means. */
    void rebuild(ZoneLabModel model, List<Firm> firms) {
        int sectorTotal = model.sectors().count();
        ensureSectors(sectorTotal);
        for (int z = 0; z < zoneCount; z++) {
            byZone.get(z).clear();
            for (List<Firm> b : buckets.get(z)) {
                b.clear();
            }
        }
        java.util.Arrays.fill(sectorKnowledgeSum, 0);
        java.util.Arrays.fill(sectorCount, 0);
        for (int k = 0, n = firms.size(); k < n; k++) {
            ReadAhead.atPosition(firms, k);
            Firm f = firms.get(k);
            if (f.active) {
                place(f);
            }
        }
        for (int s = 0; s < sectorTotal; s++) {
            if (sectorCount[s] > 0) {
                sectorMeanLnK[s] = sectorKnowledgeSum[s] / sectorCount[s];
            }
        }
        for (int z = 0; z < zoneCount; z++) {
            int total = byZone.get(z).size();
            double hhi = 0;
            if (total > 0) {
                for (List<Firm> b : buckets.get(z)) {
                    double share = (double) b.size() / total;
                    hhi += share * share;
                }
            }
            diversity[z] = total > 0 ? 1 - hhi : 0;
        }
    }

    /** Adds a firm born during a step, so that it can be found before the next rebuild. */
    void add(Firm f) {
        ensureSectors(f.sector + 1);
        place(f);
    }

    private void place(Firm f) {
        int z = f.home.index();
        buckets.get(z).get(f.sector).add(f);
        byZone.get(z).add(f);
        sectorKnowledgeSum[f.sector] += f.lnKnowledge;
        sectorCount[f.sector]++;
    }

    /** Firms of a zone and sector (may include firms that exited this step). */
    List<Firm> bucket(int zone, int sector) {
        List<List<Firm>> zb = buckets.get(zone);
        return sector < zb.size() ? zb.get(sector) : List.of();
    }

    /** Firms of a zone (may include firms that exited this step). */
    List<Firm> zoneFirms(int zone) {
        return byZone.get(zone);
    }

    /** Agent count of a zone and sector. */
    int count(int zone, int sector) {
        return bucket(zone, sector).size();
    }

    /** One minus the Herfindahl index of the zone's sector counts (Jacobs diversity). */
    double diversity(int zone) {
        return diversity[zone];
    }

    /** Mean log knowledge of a sector at the last rebuild (0 for an empty sector). */
    double sectorMeanLnK(int sector) {
        return sector < sectorMeanLnK.length ? sectorMeanLnK[sector] : 0;
    }
}
