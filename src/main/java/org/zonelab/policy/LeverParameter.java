package org.zonelab.policy;

import java.io.Serializable;

/**
 * A parameter of one policy lever or event, set in its scenario block by key.
 *
 * @param key          the key in the scenario block, e.g. {@code fund_bn_per_year}
 * @param unit         its unit
 * @param defaultValue the value when the block does not set it
 * @param min          smallest allowed value
 * @param max          largest allowed value
 * @param source       where the default comes from
 * @param description  what it does
 */
public record LeverParameter(String key, String unit, double defaultValue, double min, double max, String source,
                             String description) implements Serializable {

    public LeverParameter {
        if (!(defaultValue >= min && defaultValue <= max)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }

    public boolean accepts(double value) {
        return !Double.isNaN(value) && value >= min && value <= max;
    }

    /** The range as users read it. */
    public String rangeText() {
        return "[" + fmt(min) + ", " + fmt(max) + "]";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
