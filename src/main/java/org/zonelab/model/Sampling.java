package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/** Deterministic and random selections shared by the builders of the initial state. */
final class Sampling {
    private Sampling() {
    }

    /** The number of agents for a national count parameter at this scale, rounded. */
    static int agents(Parameters p, Param count, double scale) {
        return (int) Math.round(p.get(count) * scale);
    }

    /** Up to k items chosen uniformly without replacement (partial Fisher-Yates). */
    static <T> List<T> pick(MersenneTwisterFast rng, List<T> pool, int k) {
        List<T> copy = new ArrayList<>(pool);
        int m = Math.min(k, copy.size());
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(copy.size() - i);
            T tmp = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, tmp);
        }
        return copy.subList(0, m);
    }

    /**
     * Up to k items chosen without replacement with probability proportional to weight
     * (Efraimidis-Spirakis keys).
     */
    static <T> List<T> pickWeighted(MersenneTwisterFast rng, List<T> pool, int k, ToDoubleFunction<T> weight) {
        int n = pool.size();
        double[] key = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            key[i] = Math.log(rng.nextDouble()) / weight.applyAsDouble(pool.get(i));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -key[i]).thenComparingInt(i -> i));
        List<T> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, n); i++) {
            out.add(pool.get(order[i]));
        }
        return out;
    }

    /** Splits a whole number in proportion to weights, by largest remainders (deterministic). */
    static int[] apportion(int total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] out = new int[weights.length];
        if (sum <= 0 || total <= 0) {
            return out;
        }
        double[] remainder = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            remainder[i] = exact - out[i];
            assigned += out[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -remainder[i]).thenComparingInt(i -> i));
        for (int r = 0; r < total - assigned; r++) {
            out[order[r % order.length]]++;
        }
        return out;
    }
}
