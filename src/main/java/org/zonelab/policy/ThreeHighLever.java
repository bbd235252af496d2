package org.zonelab.policy;

import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.PolicySetting;

/**
 * Lever 3, high-tech, high-growth, high-value firms: gazelle certification with a service platform
 * (faster growth for gazelles and nezha firms), and a government unicorn fund that co-invests in the
 * rounds of gazelles and young firms.
 */
public final class ThreeHighLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter FUND = param("unicorn_fund_bn", "CNY bn per zone", 1.0, 0, 1000,
            "D issue 3: Chengdu's unicorn fund is 10 bn for one of the largest zones; 1 bn for an average zone",
            "Size of the zone's unicorn fund at intensity 1");
    public static final LeverParameter FUND_YEARS = param("fund_years", "years", 5, 0.25, 30,
            "assumption: a fund invests over five years", "Years over which the fund is paid in");
    public static final LeverParameter COINVEST = param("coinvest_share", "share of a round", 0.3, 0, 5,
            "E-B 2.1: guidance funds take 20-30%", "What the fund adds to an eligible round");
    public static final LeverParameter SERVICE_GROWTH = param("service_growth", "1/year", 0.05, 0, 1,
            "assumption (D issue 3: Wuhan's gazelle service platform)", "Extra growth of gazelles and nezha firms");
    public static final LeverParameter SERVICE_SPEND = param("service_bn_per_year", "CNY bn/year per zone", 0.05, 0, 100,
            "assumption", "Cost of certification and services at intensity 1");
    public static final LeverParameter POTENTIAL = param("potential_unicorn_usd_bn", "USD bn", 0.1, 0, 100,
            "F 4: GEI potential unicorns, valued at US$100m or more", "Valuation from which the fund backs a firm as a potential unicorn");
    public static final LeverParameter PREMIUM = param("valuation_premium", "share", 0.3, 0, 10,
            "assumption: a government fund's backing certifies the firm to other investors",
            "Premium on the pre-money value of rounds the fund joins, at full effect");
    public static final LeverParameter EARLY_MATCH = param("early_match", "share of a round", 1.0, 0, 10,
            "assumption (D issue 3: Chengdu's seed-gazelle-unicorn lifecycle programme)",
            "What the zone's seed programme adds to a seed or Series A round, relative to the private money, at full effect");
    static final List<LeverParameter> PARAMETERS = List.of(FUND, FUND_YEARS, COINVEST, EARLY_MATCH, SERVICE_GROWTH,
            SERVICE_SPEND, POTENTIAL, PREMIUM);

    public ThreeHighLever(PolicySetting setting) {
        super(setting);
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        double paidIn = value(FUND) / value(FUND_YEARS);
        spendYearly(model, zone, (paidIn + value(SERVICE_SPEND)) * intensity);
        ZonePolicy p = zone.policy();
        zone.programme().unicornFundBn += paidIn * effective * ZoneLabModel.QUARTER;
        p.unicornCoinvestShare = value(COINVEST);
        p.unicornEarlyMatch = value(EARLY_MATCH) * Math.min(1, effective);
        p.unicornFundValuationPremium += value(PREMIUM) * effective;
        p.unicornFundMinValuationBn = value(POTENTIAL) * model.parameters().get(org.zonelab.model.param.Param.CNY_PER_USD);
        p.gazelleServiceGrowth += value(SERVICE_GROWTH) * effective;
    }
}
