package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;

/**
 * {@link Draws#happens} for a call site whose rate and period rarely change (a parameter's rate over a
 * quarter): the probability {@code 1 - exp(-rate x years)} is kept from the last call and computed
 * again only when the rate or the period differs, so that millions of trials a quarter cost no
 * {@code exp} each. The draws and their results are exactly those of {@link Draws#happens}.
 */
final class Chance implements Serializable {
    private static final long serialVersionUID = 1L;

    private double rate = Double.NaN;
    private double years = Double.NaN;
    private double probability;

    /** A Bernoulli trial for an event with yearly rate {@code ratePerYear} over {@code years}. */
    boolean happens(MersenneTwisterFast rng, double ratePerYear, double years) {
        if (ratePerYear <= 0) {
            return false;
        }
        if (ratePerYear != rate || years != this.years) {
            rate = ratePerYear;
            this.years = years;
            probability = 1.0 - Math.exp(-ratePerYear * years);
        }
        return rng.nextDouble() < probability;
    }
}
