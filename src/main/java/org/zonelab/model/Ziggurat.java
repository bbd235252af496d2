package org.zonelab.model;

import ec.util.MersenneTwisterFast;

/**
 * Standard normal variates by the ziggurat method (Marsaglia and Tsang 2000, "The ziggurat method for
 * generating random variables", J. Stat. Softw. 5(8)), with Doornik's correction (2005, "An improved
 * ziggurat method to generate normal random samples"): the layer and the position within it come from
 * different bits of the generator, which the original took from the same 32 bits. The density is
 * covered by {@link #LAYERS} layers of equal area; a draw falls inside its layer's rectangle, where it
 * is accepted at once, about 99 % of the time, and costs one 64-bit draw and no transcendental
 * function. The rest is decided exactly under the density's curve, or in the tail beyond {@link #R}
 * by Marsaglia's tail method. Exact in distribution, not an approximation.
 */
final class Ziggurat {
    /** Layers of the ziggurat (a power of two: the layer is drawn from the low bits). */
    static final int LAYERS = 128;
    /** Where the tail starts for 128 layers: the x at which the base layer ends (Marsaglia and Tsang's r). */
    static final double R = 3.442619855899;
    /** The area of each layer for 128 layers, under exp(-x^2/2) (Marsaglia and Tsang's v). */
    static final double AREA = 9.91256303526217e-3;

    /** Right edge of each layer: X[0] is the base layer's virtual width AREA / f(R), X[1] = R, X[LAYERS] = 0. */
    private static final double[] X = new double[LAYERS + 1];
    /** X[i + 1] / X[i]: below it, a point of layer i lies inside the curve whatever its height. */
    private static final double[] INSIDE = new double[LAYERS];
    private static final double UNIT = 0x1.0p-53;

    static {
        double f = density(R);
        X[0] = AREA / f;
        X[1] = R;
        for (int i = 2; i < LAYERS; i++) {
            X[i] = Math.sqrt(-2 * Math.log(AREA / X[i - 1] + f));
            f = density(X[i]);
        }
        X[LAYERS] = 0;
        for (int i = 0; i < LAYERS; i++) {
            INSIDE[i] = X[i + 1] / X[i];
        }
    }

    private Ziggurat() {
    }

    /** The unnormalised normal density exp(-x^2 / 2). */
    private static double density(double x) {
        return Math.exp(-0.5 * x * x);
    }

    /** A standard normal variate. */
    static double normal(MersenneTwisterFast rng) {
        while (true) {
            long bits = rng.nextLong();
            int layer = (int) (bits & (LAYERS - 1));
            // The top 53 bits, independent of the layer's 7: u uniform on [-1, 1).
            double u = 2 * ((bits >>> 11) * UNIT) - 1;
            if (Math.abs(u) < INSIDE[layer]) {
                return u * X[layer];
            }
            if (layer == 0) {
                return tail(rng, u < 0);
            }
            double x = u * X[layer];
            double atOuter = Math.exp(-0.5 * (X[layer] * X[layer] - x * x));
            double atInner = Math.exp(-0.5 * (X[layer + 1] * X[layer + 1] - x * x));
            // A height uniform between the layer's bottom and top edge, relative to the density at x.
            if (atInner + rng.nextDouble() * (atOuter - atInner) < 1.0) {
                return x;
            }
        }
    }

    /** A variate of the normal's tail beyond R (Marsaglia 1964), on the given side. */
    private static double tail(MersenneTwisterFast rng, boolean negative) {
        double x;
        double y;
        do {
            x = Math.log(1 - rng.nextDouble()) / R;
            y = Math.log(1 - rng.nextDouble());
        } while (-2 * y < x * x);
        return negative ? x - R : R - x;
    }
}
