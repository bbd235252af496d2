package org.zonelab.model;

import ec.util.MersenneTwisterFast;

/** Random variates the model needs, drawn from a given generator (no state of its own). */
public final class Draws {
    /**
     * Below this mean or probability the shortcuts of {@link #poisson} and {@link #happens} are not
     * taken: they rest on exp(-x) lying at least x^2/2 from 1 - x, which must exceed the rounding
     * of exp (about 1e-16) for every draw to be exactly what the full computation gives. Guard, not
     * a mechanism.
     */
    private static final double EXACT_BELOW = 1e-6;

    /** The scale b of a Laplace law of variance 1 (2b^2 = 1). */
    private static final double LAPLACE_SCALE = Math.sqrt(0.5);

    private Draws() {
    }

    /**
     * Standard normal variate, by the ziggurat method ({@link Ziggurat}): the model's one way to draw a
     * normal (MASON's {@code nextGaussian} takes two logarithms and a square root per pair of draws).
     */
    public static double gaussian(MersenneTwisterFast rng) {
        return Ziggurat.normal(rng);
    }

    /** Poisson variate with mean {@code mean} (inversion below 30, rounded normal above). */
    public static int poisson(MersenneTwisterFast rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            long k = Math.round(mean + Math.sqrt(mean) * gaussian(rng));
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, k));
        }
        double u = rng.nextDouble();
        if (mean >= EXACT_BELOW && u <= 1 - mean) {
            return 0; // u <= 1 - mean <= exp(-mean): the draw is 0 without computing exp (most draws)
        }
        double p = Math.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 1000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    /**
     * Laplace variate with mean 0 and variance 1: the tent-shaped growth-rate law of firms. One uniform
     * u in (0, 1) gives both the side (u below or above 1/2) and the exponential magnitude
     * (-ln 2u or -ln 2(1 - u)), so a draw costs one logarithm.
     */
    public static double laplace(MersenneTwisterFast rng) {
        double u = rng.nextDouble(false, false);
        return u < 0.5 ? LAPLACE_SCALE * Math.log(2 * u) : -LAPLACE_SCALE * Math.log(2 * (1 - u));
    }

    /**
     * A shock that arrives with probability {@code q} and is then Laplace with variance {@code 1 / q}, so
     * that it has variance 1 whatever {@code q}; 0 otherwise. With {@code q >= 1} it is {@link #laplace}
     * draw for draw. Sums of such shocks keep a heavy-tailed (tent) shape that sums of Laplace draws lose.
     */
    public static double sparseLaplace(MersenneTwisterFast rng, double q) {
        if (q < 1 && rng.nextDouble() >= q) {
            return 0;
        }
        return laplace(rng) / Math.sqrt(Math.min(1, q));
    }

    /** Log-normal variate with the given median and log-sd. */
    public static double logNormal(MersenneTwisterFast rng, double median, double sigma) {
        return median * Math.exp(sigma * gaussian(rng));
    }

    /** Exponential variate with the given mean. */
    public static double exponential(MersenneTwisterFast rng, double mean) {
        return -mean * Math.log(1.0 - rng.nextDouble());
    }

    /** Bernoulli trial for an event with yearly rate {@code ratePerYear} over {@code years}. */
    public static boolean happens(MersenneTwisterFast rng, double ratePerYear, double years) {
        if (ratePerYear <= 0) {
            return false;
        }
        double x = ratePerYear * years;
        double u = rng.nextDouble();
        if (x >= EXACT_BELOW && u >= x) {
            return false; // 1 - exp(-x) < x <= u: no event, without computing exp (most trials)
        }
        return u < 1.0 - Math.exp(-x);
    }

    /** Index drawn with probability proportional to non-negative weights (sum must be positive). */
    public static int weighted(MersenneTwisterFast rng, double[] weights, double total) {
        double u = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
