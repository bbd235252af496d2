package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/** The investors of the initial state (docs/ODD.md §5): types, home zones by zone GDP, sector focus and fund inflows. */
final class InitialInvestors {
    private final ZoneLabModel model;
    private final Parameters p;
    private final MersenneTwisterFast rng;
    private final double scale;

    InitialInvestors(ZoneLabModel model, MersenneTwisterFast rng) {
        this.model = model;
        this.p = model.parameters();
        this.rng = rng;
        this.scale = model.scale();
    }

    void build(double[] gdp) {
        List<Zone> zones = model.zones();
        double[] w = new double[gdp.length];
        double sum = 0;
        for (int z = 0; z < gdp.length; z++) {
            w[z] = Math.pow(gdp[z], p.get(Param.INVESTOR_CONCENTRATION));
            sum += w[z];
        }
        int count = (int) Math.round(p.get(Param.INVESTORS) * scale);
        double[] typeShares = {
            Math.max(0, 1 - p.get(Param.SHARE_GOVERNMENT_FUNDS) - p.get(Param.SHARE_CORPORATE_VC) - p.get(Param.SHARE_FOREIGN_VC)),
            p.get(Param.SHARE_GOVERNMENT_FUNDS), p.get(Param.SHARE_CORPORATE_VC), p.get(Param.SHARE_FOREIGN_VC)};
        double typeTotal = Arrays.stream(typeShares).sum();
        double[] shares = ZoneSpecialisation.baseShares(p);
        double shareTotal = Arrays.stream(shares).sum();
        for (int i = 0; i < count; i++) {
            InvestorType type = InvestorType.values()[Draws.weighted(rng, typeShares, typeTotal)];
            Zone home = zones.get(Draws.weighted(rng, w, sum));
            boolean[] focus = new boolean[Sectors.BASE_COUNT];
            int focusCount = type == InvestorType.CORPORATE_VC ? 1 : p.getInt(Param.INVESTOR_FOCUS_SECTORS);
            for (int k = 0; k < focusCount; k++) {
                focus[Draws.weighted(rng, shares, shareTotal)] = true;
            }
            double inflow = Draws.logNormal(rng, p.get(Param.FUND_SIZE_BN), p.get(Param.FUND_SIZE_SIGMA));
            model.addInvestor(new Investor(i + 1, type, home, inflow, focus, rng.nextDouble()));
        }
    }
}
