package org.zonelab.model.param;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable set of values for every {@link Param}. Units and ranges are those documented on each
 * {@link Param}; {@link #with(Param, double)} rejects values outside the range.
 */
public final class Parameters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] values;

    private Parameters(double[] values) {
        this.values = values;
    }

    /** The documented defaults of every parameter. */
    public static Parameters defaults() {
        Param[] all = Param.values();
        double[] v = new double[all.length];
        for (Param p : all) {
            v[p.ordinal()] = p.defaultValue();
        }
        return new Parameters(v);
    }

    /** The value of one parameter, in the unit documented on it. */
    public double get(Param p) {
        return values[p.ordinal()];
    }

    /** Whether a switch parameter ({@link Param.Kind#SWITCH}, 0 or 1) is on. */
    public boolean isOn(Param p) {
        return values[p.ordinal()] != 0;
    }

    /** A whole-number parameter's value. */
    public int getInt(Param p) {
        return (int) Math.round(values[p.ordinal()]);
    }

    /**
     * A copy with one parameter changed.
     *
     * @throws IllegalArgumentException if the value is outside the parameter's documented range
     */
    public Parameters with(Param p, double value) {
        if (!p.accepts(value)) {
            throw new IllegalArgumentException(p.key() + " must be in " + p.rangeText() + ", got " + value);
        }
        double[] v = values.clone();
        v[p.ordinal()] = value;
        return new Parameters(v);
    }

    /** Parameters whose value differs from the default, by key, in declaration order. */
    public Map<String, Double> overrides() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Param p : Param.values()) {
            if (Double.compare(values[p.ordinal()], p.defaultValue()) != 0) {
                out.put(p.key(), values[p.ordinal()]);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Parameters" + overrides();
    }
}
