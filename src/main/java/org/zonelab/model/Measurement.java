package org.zonelab.model;

import java.io.Serializable;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 5: drops exited firms, classifies stages (DESIGN 1.4; high-tech and gazelle status once a
 * year, unicorn and nezha every quarter), updates zones' aggregates and land use, and records the
 * indicators of DESIGN 1.6 at national scale.
 */
final class Measurement implements Steppable, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        ZoneLabModel model = (ZoneLabModel) state;
        model.fundingMarket().clear();
        model.compactFirms();
        IndicatorSnapshot snapshot = measure(model, false);
        model.record(snapshot);
    }

    private static void logStage(ZoneLabModel model, Firm f, boolean was, boolean is, int stage) {
        if (was != is) {
            model.log(is ? FirmEventKind.STAGE_ENTER : FirmEventKind.STAGE_LEAVE, f, f.home, null, f.sector, stage, 0);
        }
    }

    /**
     * Measures the current state. In the initial measurement, stages are set by the initial state
     * builder, and the quarter's flows are those the firms' current accounts imply.
     */
    static IndicatorSnapshot measure(ZoneLabModel model, boolean initial) {
        Parameters p = model.parameters();
        double scale = model.scale();
        List<Zone> zones = model.zones();
        int nz = zones.size();
        int nSectors = model.sectors().count();
        boolean yearEnd = !initial && model.quarterIndex() == 3;
        double now = initial ? model.time() : model.time() + ZoneLabModel.QUARTER;

        double[] zFirms = new double[nz];
        double[] zHte = new double[nz];
        double[] zGazelles = new double[nz];
        double[] zUnicorns = new double[nz];
        double[] zBranchesIn = new double[nz];
        double[] zBranchesOut = new double[nz];
        double[][] clusterRevenue = new double[nz][nSectors];
        double[][] clusterKnowledge = new double[nz][nSectors];
        double[][] clusterHeads = new double[nz][nSectors];
        double[][] clusterCross = new double[nz][nSectors];
        double[] sectorLnK = new double[nSectors];
        int[] sectorN = new int[nSectors];
        long firms = 0;
        long hte = 0;
        long gazelles = 0;
        long unicorns = 0;
        long nezha = 0;
        long listed = 0;
        long branchCount = 0;
        long crossRegion = 0;
        long partnerEnds = 0;
        double employees = 0;
        double initVa = 0;
        double initTax = 0;
        double initExports = 0;
        double initFdi = 0;
        double initRd = 0;

        for (Firm f : model.firms()) {
            if (!f.active) {
                continue;
            }
            boolean wasGazelle = f.gazelle;
            boolean wasUnicorn = f.unicorn;
            boolean wasNezha = f.nezha;
            if (yearEnd) {
                Stages.closeYear(p, f, now);
            }
            Stages.classifyQuarterly(p, f, now);
            if (model.logging() && !initial) {
                logStage(model, f, wasGazelle, f.gazelle, FirmEvent.STAGE_GAZELLE);
                logStage(model, f, wasUnicorn, f.unicorn, FirmEvent.STAGE_UNICORN);
                logStage(model, f, wasNezha, f.nezha, FirmEvent.STAGE_NEZHA);
            }
            int z = f.home.index();
            firms++;
            zFirms[z]++;
            if (f.highTech) {
                hte++;
                zHte[z]++;
            }
            if (f.gazelle) {
                gazelles++;
                zGazelles[z]++;
            }
            if (f.unicorn) {
                unicorns++;
                zUnicorns[z]++;
            }
            if (f.nezha) {
                nezha++;
            }
            if (f.listed) {
                listed++;
            }
            employees += f.employees;
            if (f.branches.size() > 0) {
                for (int i = 0; i < f.branches.size(); i++) {
                    Zone to = (Zone) f.branches.get(i).to();
                    branchCount++;
                    zBranchesOut[z]++;
                    zBranchesIn[to.index()]++;
                    if (to.region() != f.home.region()) {
                        crossRegion++;
                    }
                }
            }
            if (f.partners.size() > 0) {
                partnerEnds += f.partners.size();
                for (int i = 0; i < f.partners.size(); i++) {
                    if (((Firm) f.partners.get(i).getOtherNode(f)).sector != f.sector) {
                        clusterCross[z][f.sector]++;
                    }
                }
            }
            clusterRevenue[z][f.sector] += f.revenue;
            clusterKnowledge[z][f.sector] += f.revenue * f.lnKnowledge;
            if (f.revenue >= p.get(Param.CLUSTER_MIN_HEAD_REVENUE_BN)) {
                clusterHeads[z][f.sector]++;
            }
            sectorLnK[f.sector] += f.lnKnowledge;
            sectorN[f.sector]++;
            if (initial) {
                Growth.Accounts a = Growth.accounts(model, p, f, f.rdIntensity * f.revenue * ZoneLabModel.QUARTER);
                initVa += a.valueAdded();
                initTax += a.tax();
                initExports += a.revenue() * f.exportShare;
                initFdi += f.foreign ? model.fdiPerRevenue * a.revenue() : 0;
                initRd += f.rdIntensity * a.revenue();
                Growth.attribute(model, p, f, a.valueAdded(), a.tax());
            }
        }

        double[] zoneGdp = new double[nz];
        double incubators = 0;
        double makers = 0;
        double[][] region = new double[Region.values().length][RegionIndicator.values().length];
        double[][] zoneValues = new double[nz][ZoneIndicator.values().length];
        double totalGdp = 0;
        for (Zone zone : zones) {
            int z = zone.index();
            zoneGdp[z] = model.zoneValueAdded[z] / scale;
            totalGdp += zoneGdp[z];
            zone.gdpQuarterBn = zoneGdp[z];
            zone.taxQuarterBn = model.zoneTax[z] / scale;
            zone.employees = model.zoneEmployees[z] / scale;
            zone.landUsedHa = zone.employees * p.get(Param.LAND_PER_EMPLOYEE_HA) * zone.policy.landPerEmployeeMultiplier;
            zone.firms = zFirms[z] / scale;
            zone.highTech = zHte[z] / scale;
            zone.gazelles = zGazelles[z] / scale;
            zone.unicorns = zUnicorns[z] / scale;
            zone.branchesIn = zBranchesIn[z] / scale;
            zone.branchesOut = zBranchesOut[z] / scale;
            zone.updateRent(p);
            incubators += zone.incubators;
            makers += zone.makerSpaces;
            double[] r = region[zone.region().ordinal()];
            r[RegionIndicator.GDP_BN.ordinal()] += zoneGdp[z];
            r[RegionIndicator.FIRMS.ordinal()] += zone.firms;
            r[RegionIndicator.UNICORNS.ordinal()] += zone.unicorns;
            double[] v = zoneValues[z];
            v[ZoneIndicator.GDP_BN.ordinal()] = zoneGdp[z];
            v[ZoneIndicator.FIRMS.ordinal()] = zone.firms;
            v[ZoneIndicator.HIGH_TECH_ENTERPRISES.ordinal()] = zone.highTech;
            v[ZoneIndicator.GAZELLES.ordinal()] = zone.gazelles;
            v[ZoneIndicator.UNICORNS.ordinal()] = zone.unicorns;
            v[ZoneIndicator.BRANCHES_IN.ordinal()] = zone.branchesIn;
            v[ZoneIndicator.BRANCHES_OUT.ordinal()] = zone.branchesOut;
        }
        for (double[] r : region) {
            r[RegionIndicator.GDP_SHARE.ordinal()] = totalGdp > 0 ? r[RegionIndicator.GDP_BN.ordinal()] / totalGdp : 0;
        }

        int clusters = 0;
        for (int z = 0; z < nz; z++) {
            for (int s = 0; s < nSectors; s++) {
                double rev = clusterRevenue[z][s];
                if (rev <= 0 || sectorN[s] == 0) {
                    continue;
                }
                // Knowledge is measured against the base year's sector mean (0), so clusters can
                // gain "controllable technology" even when every zone improves.
                double lead = clusterKnowledge[z][s] / rev;
                if (rev / scale >= p.get(Param.CLUSTER_MIN_REVENUE_BN)
                        && clusterHeads[z][s] / scale >= p.get(Param.CLUSTER_MIN_HEAD_FIRMS)
                        && lead >= Math.log(p.get(Param.CLUSTER_MIN_KNOWLEDGE))
                        && clusterCross[z][s] / scale >= p.get(Param.CLUSTER_MIN_CROSS_PARTNERS)) {
                    clusters++;
                }
            }
        }

        FlowCounters flows = model.flows();
        double[] n = new double[Indicator.values().length];
        n[Indicator.ZONES.ordinal()] = nz;
        n[Indicator.FIRMS.ordinal()] = firms / scale;
        n[Indicator.HIGH_TECH_ENTERPRISES.ordinal()] = hte / scale;
        n[Indicator.GAZELLES.ordinal()] = gazelles / scale;
        n[Indicator.UNICORNS.ordinal()] = unicorns / scale;
        n[Indicator.NEZHA.ordinal()] = nezha / scale;
        n[Indicator.LISTED_FIRMS.ordinal()] = listed / scale;
        n[Indicator.NEW_FIRMS.ordinal()] = flows.newFirms / scale;
        n[Indicator.EXITS.ordinal()] = flows.exits / scale;
        n[Indicator.EMPLOYEES.ordinal()] = employees / scale;
        n[Indicator.RD_SPENDING_BN.ordinal()] = (initial ? initRd : flows.rdSpendingBn) / scale;
        n[Indicator.INVENTION_PATENTS.ordinal()] = flows.inventionPatents / scale;
        n[Indicator.PCT_APPLICATIONS.ordinal()] = flows.pctApplications / scale;
        n[Indicator.INCUBATORS.ordinal()] = incubators;
        n[Indicator.MAKER_SPACES.ordinal()] = makers;
        n[Indicator.GDP_BN.ordinal()] = (initial ? initVa : flows.gdpBn) / scale;
        n[Indicator.TAX_BN.ordinal()] = (initial ? initTax : flows.taxBn) / scale;
        n[Indicator.EXPORTS_BN.ordinal()] = (initial ? initExports : flows.exportsBn) / scale;
        n[Indicator.FDI_BN.ordinal()] = (initial ? initFdi : flows.fdiBn) / scale;
        n[Indicator.BRANCHES.ordinal()] = branchCount / scale;
        n[Indicator.BRANCHES_CROSS_REGION.ordinal()] = crossRegion / scale;
        n[Indicator.RELOCATIONS.ordinal()] = flows.relocations / scale;
        n[Indicator.PARTNERSHIPS.ordinal()] = partnerEnds / 2.0 / scale;
        n[Indicator.NEW_TRACKS.ordinal()] = model.sectors().newTrackCount();
        n[Indicator.WORLD_CLASS_CLUSTERS.ordinal()] = clusters;
        n[Indicator.INVESTMENTS.ordinal()] = flows.investments / scale;
        n[Indicator.VC_INVESTED_BN.ordinal()] = flows.vcInvestedBn / scale;
        n[Indicator.POLICY_SPENDING_BN.ordinal()] = flows.policySpendingBn;
        n[Indicator.ZONE_GDP_GINI.ordinal()] = Gini.of(zoneGdp);

        int year = initial ? model.config().startYear() - 1 : model.year();
        int quarter = initial ? 4 : model.quarterIndex() + 1;
        return new IndicatorSnapshot(year, quarter, n, region, zoneValues);
    }
}
