package org.zonelab.policy;

import java.util.List;
import org.zonelab.model.Firm;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.PolicySetting;

/**
 * Lever 2, new-economy application scenarios: a yearly fund per zone buys pilot contracts from young
 * firms with a technical lead, spread evenly over them. A contract opens a market: part of its value
 * stays as lasting revenue, so young firms grow faster and more become gazelles and unicorns.
 */
public final class ApplicationScenariosLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter FUND = param("fund_bn_per_year", "CNY bn/year per zone", 0.2, 0, 100,
            "D issue 2: Chengdu hi-tech zone's scenario fund, 200m CNY a year", "Pilot-contract fund at intensity 1");
    public static final LeverParameter MAX_AGE = param("max_age_years", "years", 5, 0.25, 30,
            "assumption: scenarios target start-ups and young innovators", "Oldest firm that can win a contract");
    public static final LeverParameter PERSISTENCE = param("persistence", "share", 0.25, 0, 1,
            "assumption: a pilot leads to repeat business", "Share of a contract's yearly value that stays as revenue");
    public static final LeverParameter SIGNAL = param("investor_signal", "signal units", 0.5, 0, 10,
            "assumption (D issue 2: from giving policies to giving opportunities)",
            "Signal bonus investors give young firms validated by pilot contracts, at full effect");
    public static final LeverParameter PREMIUM = param("valuation_premium", "share", 0.5, 0, 10,
            "assumption (D issue 2: scenarios are where start-ups become unicorns)",
            "Premium investors pay for market-validated young firms, at full effect");
    static final List<LeverParameter> PARAMETERS = List.of(FUND, MAX_AGE, PERSISTENCE, SIGNAL, PREMIUM);

    private transient double[] eligible;

    public ApplicationScenariosLever(PolicySetting setting) {
        super(setting);
    }

    /** Counts eligible firms per zone once a quarter, at national scale. */
    @Override
    protected void prepare(ZoneLabModel model) {
        eligible = new double[model.zones().size()];
        double maxAge = value(MAX_AGE);
        for (Firm f : model.firms()) {
            if (model.isPilotEligible(f, maxAge)) {
                eligible[f.home().index()] += 1 / model.scale();
            }
        }
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        spendYearly(model, zone, value(FUND) * intensity);
        double firms = eligible[zone.index()];
        if (firms <= 0) {
            return;
        }
        ZonePolicy p = zone.policy();
        p.contractPerFirmBn = value(FUND) * effective * ZoneLabModel.QUARTER / firms;
        p.contractMaxAge = value(MAX_AGE);
        p.contractPersistence = value(PERSISTENCE);
        p.pilotSignalBonus += value(SIGNAL) * effective;
        p.pilotValuationPremium += value(PREMIUM) * effective;
    }
}
