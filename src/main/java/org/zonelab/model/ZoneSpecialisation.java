package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * How a zone's firms spread over the base sectors (docs/ODD.md §5), the one rule for the zones of
 * the initial state and those approved during a run: a lead sector drawn in proportion to the
 * national sector shares, every sector's share scattered log-normally ({@code specialisation_spread})
 * and the lead's raised by {@code specialisation_lead}, then normalised.
 */
final class ZoneSpecialisation {
    private ZoneSpecialisation() {
    }

    /** A zone's sector shares (summing to 1), indexed by {@link BaseSector#ordinal()}. */
    static double[] draw(Parameters p, MersenneTwisterFast rng) {
        BaseSector[] sectors = BaseSector.values();
        double[] w = new double[sectors.length];
        double sum = 0;
        double[] national = baseShares(p);
        int lead = Draws.weighted(rng, national, Arrays.stream(national).sum());
        for (int s = 0; s < sectors.length; s++) {
            w[s] = p.get(sectors[s].shareParam()) * Math.exp(p.get(Param.SPECIALISATION_SPREAD) * Draws.gaussian(rng));
            if (s == lead) {
                w[s] *= p.get(Param.SPECIALISATION_LEAD);
            }
            sum += w[s];
        }
        for (int s = 0; s < w.length; s++) {
            w[s] /= sum;
        }
        return w;
    }

    /** The sector with the largest share (the first of equals): the zone's lead sector. */
    static int lead(double[] shares) {
        int lead = 0;
        for (int s = 1; s < shares.length; s++) {
            if (shares[s] > shares[lead]) {
                lead = s;
            }
        }
        return lead;
    }

    /** The national shares of the base sectors' firms, as the parameters give them (not normalised). */
    static double[] baseShares(Parameters p) {
        BaseSector[] sectors = BaseSector.values();
        double[] w = new double[sectors.length];
        for (int s = 0; s < sectors.length; s++) {
            w[s] = p.get(sectors[s].shareParam());
        }
        return w;
    }
}
