package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import org.zonelab.model.event.FirmEventKind;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/** Creates new firms during a run: start-ups, spin-outs, foreign entrants and new-track firms. */
final class Births {
    private Births() {
    }

    /**
     * Creates and adds a firm born now.
     *
     * @param parentId id of the parent firm for spin-outs and new tracks, or 0
     * @param lnKnowledge its starting log knowledge
     */
    static Firm create(ZoneLabModel model, Zone zone, int sector, long parentId, double lnKnowledge,
                       boolean foreign, boolean incubated, MersenneTwisterFast rng) {
        Parameters p = model.parameters();
        Firm f = new Firm(model.nextFirmId(), sector, zone, model.time(), parentId, foreign, incubated,
                rng.nextDouble() < p.get(Param.HTE_ELIGIBLE_SHARE), false,
                rng.nextDouble() * p.get(Param.HTE_BUNCHING_MARGIN),
                drawOtherRdIntensity(p, rng));
        f.lnKnowledge = lnKnowledge;
        f.accounts.revenue = Firm.boundedRevenue(Draws.logNormal(rng, p.get(Param.ENTRANT_REVENUE_BN), p.get(Param.ENTRANT_REVENUE_SIGMA)));
        f.hteSeeking = HighTechChoice.seeks(model, f);
        f.accounts.employees = model.employeesFor(f.accounts.revenue, zone);
        f.accounts.cash = p.get(Param.ENTRANT_CASH_BN);
        f.venture.valuation = p.get(Param.REVENUE_MULTIPLE) * f.accounts.revenue;
        if (rng.nextDouble() < p.get(Param.INIT_EXPORTER_SHARE) * zone.policy.exporterEntryMultiplier) {
            f.accounts.exportShare = Math.min(1, p.get(Param.ENTRANT_EXPORT_SPREAD) * rng.nextDouble() * model.exportShareMean);
        }
        if (foreign) {
            double capital = p.get(Param.FOREIGN_ENTRY_CAPITAL_BN);
            f.accounts.cash += capital;
            model.flows().add(Indicator.FDI_BN, capital);
        }
        model.addFirm(f);
        model.facts().born(f, (int) model.stepIndex());
        model.flows().add(Indicator.NEW_FIRMS, 1);
        model.log(FirmEventKind.BIRTH, f, null, zone, sector, 0, parentId);
        return f;
    }

    /** R&D intensity of a firm that does not seek high-tech status (log-normal, E-A 8 #12). */
    static double drawOtherRdIntensity(Parameters p, MersenneTwisterFast rng) {
        return Math.min(p.get(Param.OTHER_RD_MAX), Draws.logNormal(rng, p.get(Param.OTHER_RD_MEDIAN), p.get(Param.OTHER_RD_SIGMA)));
    }
}
