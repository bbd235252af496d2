package org.zonelab.model;

import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Whether a firm seeks high-tech-enterprise status (docs/ODD.md §7.11; issue 13, defect 4): an eligible
 * firm (hte_eligible_share: field, products and staff meet the rule) does when the status is worth more
 * a year than the R&D it must add to reach its threshold. The worth is the
 * income-tax saving on the profit left after that R&D, at its home zone's margin, plus the other
 * benefits of the status (local awards, subsidies, land, talent and financing priorities), a yearly
 * amount per firm that the initial state implies ({@link ZoneLabModel#hteAwardBn}, at 2019 prices);
 * the cost is the added R&D less the part that is relabelled spending. Firms choose at birth, at every
 * year end while uncertified, and in the last year of a certificate.
 */
final class HighTechChoice {
    private HighTechChoice() {
    }

    /**
     * The yearly worth of seeking the status less its cost, without the other benefits (CNY bn/year).
     *
     * @param revenue    the firm's revenue, CNY bn/year
     * @param baseRd     its R&D intensity without the status
     * @param hteMargin  how far above its threshold it would set R&D (share of the threshold)
     * @param startupRd  its start-up R&D intensity, spent either way
     * @param zoneMargin its home zone's pre-tax margin before R&D ({@link Growth#zoneMargin})
     */
    static double gainBeforeBenefits(Parameters p, double revenue, double baseRd, double hteMargin, double startupRd,
                                     double zoneMargin) {
        double seekingRd = Innovation.seekingIntensity(p, revenue, hteMargin);
        double added = Math.max(0, seekingRd - baseRd);
        double taxSaving = (p.get(Param.CIT_RATE) - p.get(Param.CIT_RATE_HIGH_TECH))
                * Math.max(0, zoneMargin - Math.max(seekingRd, baseRd) - startupRd) * revenue;
        return taxSaving - (1 - p.get(Param.HTE_RD_RELABEL_SHARE)) * added * revenue;
    }

    /** The same for a firm of the model, at its current revenue, age and home zone. */
    static double gainBeforeBenefits(ZoneLabModel model, Firm f) {
        Parameters p = model.parameters();
        return gainBeforeBenefits(p, f.accounts.revenue, f.baseRdIntensity, f.hteMargin,
                Innovation.startupIntensity(p, f.age(model.time())), zoneMargin(model, f.home));
    }

    /** Whether the firm seeks the status now. */
    static boolean seeks(ZoneLabModel model, Firm f) {
        return f.hteEligible && gainBeforeBenefits(model, f) + model.hteAwardBn * model.wageIndex > 0;
    }

    /**
     * At a year end, after certification: an uncertified firm, or one whose certificate runs out at the
     * next year end, chooses again; a certified firm keeps its R&D for the rest of its term.
     */
    static void review(ZoneLabModel model, Firm f, double now) {
        if (!f.highTech || f.highTechUntil - now <= 1 + Stages.CERTIFICATE_TOLERANCE) {
            f.hteSeeking = seeks(model, f);
        }
    }

    static double zoneMargin(ZoneLabModel model, Zone zone) {
        return Growth.zoneMargin(model.parameters(), model.wageIndex, model.employeesFor(1.0, zone), zone);
    }
}
