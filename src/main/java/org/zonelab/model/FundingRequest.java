package org.zonelab.model;

import java.io.Serializable;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * A firm asks investors for funding when its cash covers too few quarters of losses, when it is
 * venture-backed and its next round is due, or when it is a start-up with a technical lead (docs/ODD.md
 * §7.6, phase 3). Listed firms raise elsewhere.
 */
public final class FundingRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    void step(FirmContext ctx, Firm f) {
        if (f.listed || f.venture.applying) {
            return;
        }
        Parameters p = ctx.parameters();
        double burn = -f.accounts.lastProfitQuarter;
        boolean runwayShort = burn > 0 && f.accounts.cash < p.get(Param.FUNDING_RUNWAY_QUARTERS) * burn;
        boolean roundDue = f.venture.rounds > 0 && ctx.time() - f.venture.last.time() >= p.get(Param.ROUND_INTERVAL_YEARS);
        boolean ambitious = f.venture.rounds == 0 && f.age(ctx.time()) < p.get(Param.STARTUP_YEARS)
                && f.lnKnowledge - ctx.index().sectorMeanLnK(f.sector) > p.get(Param.STARTUP_APPLY_LEAD);
        if (runwayShort || roundDue || ambitious) {
            ctx.applyForFunding(f);
        }
    }
}
