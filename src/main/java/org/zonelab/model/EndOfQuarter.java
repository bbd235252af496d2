package org.zonelab.model;

import java.io.Serializable;
import java.util.List;
import org.zonelab.model.event.FirmEvent;
import org.zonelab.model.event.FirmEventKind;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 5: closes the quarter, so that the next quarter and the {@link Measurement} that follows read
 * a settled state. Clears the funding market and drops exited firms; certifies stages (docs/ODD.md §7.11:
 * high-tech and gazelle status at the end of each year, unicorn and nezha status every quarter);
 * closes the zones' accounts (national scale): value added, tax and staff attributed this quarter,
 * the stage and branch counts, land in use and the rent of the next quarter. Every change of state at
 * the end of a quarter happens here; measurement only reads.
 */
final class EndOfQuarter implements Steppable, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        ZoneLabModel model = (ZoneLabModel) state;
        model.fundingMarket().clear();
        model.compactFirms();
        closeQuarter(model, model.quarterIndex() == 3, model.time() + ZoneLabModel.QUARTER, model.logging());
    }

    /**
     * Closes the initial state as if it ended a quarter: reads unicorn and nezha status (no year is
     * closed), books the accounts the firms' current revenue implies (R&D at {@code rdIntensity x
     * revenue}) as the quarter's flows and zone accumulators, and closes the zones' accounts.
     */
    static void closeInitialState(ZoneLabModel model) {
        double now = model.time();
        Parameters p = model.parameters();
        FlowCounters flows = model.flows();
        flows.reset(); // the initial state has no births, exits or rounds: only the accounts' flows
        FirmCensus counts = certify(model, false, now, false);
        for (Firm f : model.firms()) {
            if (!f.active) {
                continue;
            }
            Growth.Accounts a = Growth.accounts(model.firmContext(), p, f, f.innovation.rdIntensity * f.accounts.revenue * ZoneLabModel.QUARTER);
            flows.add(Indicator.GDP_BN, a.valueAdded());
            flows.add(Indicator.TAX_BN, a.tax());
            flows.add(Indicator.EXPORTS_BN, a.revenue() * f.accounts.exportShare);
            flows.add(Indicator.FDI_BN, f.foreign ? model.fdiPerRevenue * a.revenue() : 0);
            flows.add(Indicator.RD_SPENDING_BN, f.innovation.rdIntensity * a.revenue());
            Growth.attribute(model.firmContext(), p, f, a.valueAdded(), a.tax());
        }
        closeZones(model, counts);
    }

    private static void closeQuarter(ZoneLabModel model, boolean yearEnd, double now, boolean log) {
        closeZones(model, certify(model, yearEnd, now, log));
    }

    /**
     * Certifies every active firm's stages (closing its year first if {@code yearEnd}), logs stage
     * changes if {@code log}, and counts the firms as they then are in the model's {@link FirmCensus}.
     */
    private static FirmCensus certify(ZoneLabModel model, boolean yearEnd, double now, boolean log) {
        Parameters p = model.parameters();
        FirmCensus census = model.census();
        census.reset(model.zones().size(), model.sectors().count());
        double headRevenue = p.get(Param.CLUSTER_MIN_HEAD_REVENUE_BN);
        List<Firm> firms = model.firms();
        for (int k = 0, n = firms.size(); k < n; k++) {
            ReadAhead.atPosition(firms, k);
            Firm f = firms.get(k);
            if (!f.active) {
                continue;
            }
            boolean wasGazelle = f.gazelle;
            boolean wasUnicorn = f.unicorn;
            boolean wasNezha = f.nezha;
            if (yearEnd) {
                Stages.closeYear(p, f, now);
                HighTechChoice.review(model, f, now);
            }
            Stages.classifyQuarterly(p, f, now);
            if (log) {
                logStage(model, f, wasGazelle, f.gazelle, FirmEvent.STAGE_GAZELLE);
                logStage(model, f, wasUnicorn, f.unicorn, FirmEvent.STAGE_UNICORN);
                logStage(model, f, wasNezha, f.nezha, FirmEvent.STAGE_NEZHA);
            }
            census.count(f, headRevenue);
        }
        return census;
    }

    private static void logStage(ZoneLabModel model, Firm f, boolean was, boolean is, int stage) {
        if (was != is) {
            model.log(is ? FirmEventKind.STAGE_ENTER : FirmEventKind.STAGE_LEAVE, f, f.home, null, f.sector, stage, 0);
        }
    }

    /** Sets each zone's aggregates at national scale, its land in use and its rent. */
    private static void closeZones(ZoneLabModel model, FirmCensus counts) {
        Parameters p = model.parameters();
        double scale = model.scale();
        List<Zone> zones = model.zones();
        for (Zone zone : zones) {
            int z = zone.index();
            zone.gdpQuarterBn = model.zoneValueAdded[z] / scale;
            zone.taxQuarterBn = model.zoneTax[z] / scale;
            zone.employees = model.zoneEmployees[z] / scale;
            zone.landUsedHa = zone.employees * p.get(Param.LAND_PER_EMPLOYEE_HA) * zone.policy.landPerEmployeeMultiplier;
            zone.firms = counts.firms[z] / scale;
            zone.highTech = counts.highTech[z] / scale;
            zone.gazelles = counts.gazelles[z] / scale;
            zone.unicorns = counts.unicorns[z] / scale;
            zone.branchesIn = counts.branchesIn[z] / scale;
            zone.branchesOut = counts.branchesOut[z] / scale;
            zone.updateRent(p);
        }
    }
}
