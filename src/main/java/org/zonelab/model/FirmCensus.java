package org.zonelab.model;

import java.io.Serializable;
import java.util.Arrays;
import org.zonelab.model.measure.Indicator;

/**
 * What the end of the quarter counts of the active firms, in its one pass over them
 * ({@link EndOfQuarter}, after certification): per zone the firms, stages and branches the zones'
 * accounts need, and nationally the firm stocks and the zone-sector tallies of the cluster rule that
 * {@link Measurement} reports. Counting only reads the firms; keeping the counts here spares a second
 * pass over every firm each quarter. Agent units; arrays are reused from quarter to quarter.
 */
final class FirmCensus implements Serializable {
    private static final long serialVersionUID = 1L;

    // Per zone, by zone index
    int[] firms = new int[0];
    int[] highTech = new int[0];
    int[] gazelles = new int[0];
    int[] unicorns = new int[0];
    int[] branchesIn = new int[0];
    int[] branchesOut = new int[0];

    // Per zone and sector, at [zone * sectors + sector]: the cluster rule's tallies
    int sectors;
    double[] clusterRevenue = new double[0];
    double[] clusterKnowledge = new double[0];
    double[] clusterHeads = new double[0];
    double[] clusterCross = new double[0];
    int[] sectorFirms = new int[0];

    // National
    private long activeFirms;
    private long highTechFirms;
    private long gazelleFirms;
    private long unicornFirms;
    private long nezhaFirms;
    private long listedFirms;
    private long branches;
    private long crossRegionBranches;
    private long partnerEnds;
    private double employees;

    /** Starts a new count for this many zones and sectors. */
    void reset(int zoneCount, int sectorCount) {
        if (firms.length != zoneCount) {
            firms = new int[zoneCount];
            highTech = new int[zoneCount];
            gazelles = new int[zoneCount];
            unicorns = new int[zoneCount];
            branchesIn = new int[zoneCount];
            branchesOut = new int[zoneCount];
        } else {
            for (int[] a : new int[][] {firms, highTech, gazelles, unicorns, branchesIn, branchesOut}) {
                Arrays.fill(a, 0);
            }
        }
        int cells = zoneCount * sectorCount;
        if (clusterRevenue.length != cells || sectors != sectorCount) {
            clusterRevenue = new double[cells];
            clusterKnowledge = new double[cells];
            clusterHeads = new double[cells];
            clusterCross = new double[cells];
        } else {
            for (double[] a : new double[][] {clusterRevenue, clusterKnowledge, clusterHeads, clusterCross}) {
                Arrays.fill(a, 0);
            }
        }
        if (sectorFirms.length != sectorCount) {
            sectorFirms = new int[sectorCount];
        } else {
            Arrays.fill(sectorFirms, 0);
        }
        sectors = sectorCount;
        activeFirms = 0;
        highTechFirms = 0;
        gazelleFirms = 0;
        unicornFirms = 0;
        nezhaFirms = 0;
        listedFirms = 0;
        branches = 0;
        crossRegionBranches = 0;
        partnerEnds = 0;
        employees = 0;
    }

    /**
     * Counts one active firm, as it is after certification.
     *
     * @param headRevenueBn the least revenue of a cluster's head firm ({@code cluster_min_head_revenue_bn})
     */
    void count(Firm f, double headRevenueBn) {
        int z = f.home.index();
        int cell = z * sectors + f.sector;
        activeFirms++;
        firms[z]++;
        if (f.highTech) {
            highTechFirms++;
            highTech[z]++;
        }
        if (f.gazelle) {
            gazelleFirms++;
            gazelles[z]++;
        }
        if (f.unicorn) {
            unicornFirms++;
            unicorns[z]++;
        }
        if (f.nezha) {
            nezhaFirms++;
        }
        if (f.listed) {
            listedFirms++;
        }
        employees += f.accounts.employees;
        for (int i = 0; i < f.branches.size(); i++) {
            Zone to = (Zone) f.branches.other(i);
            branches++;
            branchesOut[z]++;
            branchesIn[to.index()]++;
            if (to.region() != f.home.region()) {
                crossRegionBranches++;
            }
        }
        partnerEnds += f.partners.size();
        clusterCross[cell] += f.crossSectorPartners;
        clusterRevenue[cell] += f.accounts.revenue;
        clusterKnowledge[cell] += f.accounts.revenue * f.lnKnowledge;
        if (f.accounts.revenue >= headRevenueBn) {
            clusterHeads[cell]++;
        }
        sectorFirms[f.sector]++;
    }

    /** Sets the national firm stocks at national scale (agent counts / scale) in {@code n}, by indicator. */
    void nationalStocks(double[] n, double scale) {
        n[Indicator.FIRMS.ordinal()] = activeFirms / scale;
        n[Indicator.HIGH_TECH_ENTERPRISES.ordinal()] = highTechFirms / scale;
        n[Indicator.GAZELLES.ordinal()] = gazelleFirms / scale;
        n[Indicator.UNICORNS.ordinal()] = unicornFirms / scale;
        n[Indicator.NEZHA.ordinal()] = nezhaFirms / scale;
        n[Indicator.LISTED_FIRMS.ordinal()] = listedFirms / scale;
        n[Indicator.EMPLOYEES.ordinal()] = employees / scale;
        n[Indicator.BRANCHES.ordinal()] = branches / scale;
        n[Indicator.BRANCHES_CROSS_REGION.ordinal()] = crossRegionBranches / scale;
        n[Indicator.PARTNERSHIPS.ordinal()] = partnerEnds / 2.0 / scale;
    }
}
