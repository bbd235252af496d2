package org.zonelab.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Test functions of the sensitivity literature, on unit-cube points, with their analytic indices. */
final class TestFunctions {
    /** Ishigami and Homma's constants in the form used by Saltelli et al. (2008) and SALib. */
    static final double ISHIGAMI_A = 7;
    static final double ISHIGAMI_B = 0.1;
    /** The G-function's a of Saltelli et al. (2008), one important factor down to four negligible ones. */
    static final double[] G_A = {0, 1, 4.5, 9, 99, 99, 99, 99};

    private TestFunctions() {
    }

    /** Ishigami's function of three factors, each on [-pi, pi]; reads only the first three coordinates. */
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        double s2 = Math.sin(x2);
        return Math.sin(x1) + ISHIGAMI_A * s2 * s2 + ISHIGAMI_B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** The analytic partial variances of Ishigami's function: V1, V2, V3 (= 0), V13 and the total V. */
    static double[] ishigamiVariances() {
        double a = ISHIGAMI_A;
        double b = ISHIGAMI_B;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        return new double[] {v1, v2, 0, v13, v1 + v2 + v13};
    }

    /** Sobol's G-function with {@link #G_A}, on [0,1]^8. */
    static double gFunction(double[] u) {
        double product = 1;
        for (int i = 0; i < G_A.length; i++) {
            product *= (Math.abs(4 * u[i] - 2) + G_A[i]) / (1 + G_A[i]);
        }
        return product;
    }

    /** The G-function's first-order partial variances V_i = 1 / (3 (1 + a_i)^2). */
    static double[] gPartialVariances() {
        double[] v = new double[G_A.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = 1 / (3 * (1 + G_A[i]) * (1 + G_A[i]));
        }
        return v;
    }

    /** The outputs of a function at some points, in order. */
    static double[] outputs(List<double[]> points, ToDoubleFunction<double[]> f) {
        double[] y = new double[points.size()];
        for (int p = 0; p < y.length; p++) {
            y[p] = f.applyAsDouble(points.get(p));
        }
        return y;
    }

    /** Names x0 .. x(k-1). */
    static List<String> names(int k) {
        List<String> names = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            names.add("x" + i);
        }
        return names;
    }
}
