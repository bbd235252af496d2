package org.zonelab.model;

import java.io.Serializable;
import java.util.List;
import org.zonelab.model.geo.Region;
import org.zonelab.model.measure.Gini;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.model.measure.RegionIndicator;
import org.zonelab.model.measure.ZoneIndicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 6: records the indicators of docs/ODD.md §8 at national, regional and zone scale. It only
 * reads the model: every change of state at the end of a quarter (stages, the zones' accounts, land
 * and rent) is done before, by {@link EndOfQuarter}, so what is observed can never change results.
 * Flows are those the processes booked in {@link FlowCounters}; stocks are counted here.
 */
final class Measurement implements Steppable, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        ZoneLabModel model = (ZoneLabModel) state;
        model.record(measure(model, model.year(), model.quarterIndex() + 1));
        model.facts().endOfQuarter(model, (int) model.stepIndex());
    }

    /**
     * The indicators of the current state, labelled with a year and quarter (1..4). Reads the model
     * only; the flows are those booked this quarter in {@link ZoneLabModel#flows()}.
     */
    static IndicatorSnapshot measure(ZoneLabModel model, int year, int quarter) {
        Parameters p = model.parameters();
        double scale = model.scale();
        List<Zone> zones = model.zones();
        int nz = zones.size();
        FirmCensus census = model.census();
        double[] zoneGdp = new double[nz];
        double incubators = 0;
        double makers = 0;
        double[][] region = new double[Region.values().length][RegionIndicator.values().length];
        double[][] zoneValues = new double[nz][ZoneIndicator.values().length];
        double totalGdp = 0;
        for (Zone zone : zones) {
            int z = zone.index();
            zoneGdp[z] = zone.gdpQuarterBn;
            totalGdp += zoneGdp[z];
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
            for (int s = 0; s < census.sectors; s++) {
                int cell = z * census.sectors + s;
                double rev = census.clusterRevenue[cell];
                if (rev <= 0 || census.sectorFirms[s] == 0) {
                    continue;
                }
                // Knowledge is measured against the base year's sector mean (0), so clusters can
                // gain "controllable technology" even when every zone improves.
                double lead = census.clusterKnowledge[cell] / rev;
                if (rev / scale >= p.get(Param.CLUSTER_MIN_REVENUE_BN)
                        && census.clusterHeads[cell] / scale >= p.get(Param.CLUSTER_MIN_HEAD_FIRMS)
                        && lead >= Math.log(p.get(Param.CLUSTER_MIN_KNOWLEDGE))
                        && census.clusterCross[cell] / scale >= p.get(Param.CLUSTER_MIN_CROSS_PARTNERS)) {
                    clusters++;
                }
            }
        }

        double[] n = new double[Indicator.values().length];
        FlowCounters flows = model.flows();
        for (Indicator i : Indicator.values()) {
            if (i.kind() == IndicatorDefinition.Kind.FLOW) {
                n[i.ordinal()] = i.counting() == Indicator.Counting.AGENTS ? flows.get(i) / scale : flows.get(i);
            }
        }
        // The stocks: the firms' as the end of the quarter counted them, the zones' counted here.
        census.nationalStocks(n, scale);
        n[Indicator.ZONES.ordinal()] = nz;
        n[Indicator.INCUBATORS.ordinal()] = incubators;
        n[Indicator.MAKER_SPACES.ordinal()] = makers;
        n[Indicator.NEW_TRACKS.ordinal()] = model.sectors().newTrackCount();
        n[Indicator.WORLD_CLASS_CLUSTERS.ordinal()] = clusters;
        n[Indicator.ZONE_GDP_GINI.ordinal()] = Gini.of(zoneGdp);

        return new IndicatorSnapshot(year, quarter, n, region, zoneValues);
    }
}
