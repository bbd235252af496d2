package org.zonelab.model.measure;

import java.util.Arrays;

/** The Gini coefficient of non-negative values (0 = equal, towards 1 = concentrated). */
public final class Gini {
    private Gini() {
    }

    public static double of(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            sum += v[i];
            weighted += (2.0 * (i + 1) - n - 1) * v[i];
        }
        return n == 0 || sum <= 0 ? 0 : weighted / (n * sum);
    }
}
