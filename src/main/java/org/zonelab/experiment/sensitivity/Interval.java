package org.zonelab.experiment.sensitivity;

/**
 * A closed interval [low, high] of an estimate, in the estimate's own units.
 *
 * @param low  lower end
 * @param high upper end, never below {@code low}
 */
public record Interval(double low, double high) {
    /**
     * Checks the ends.
     *
     * @throws IllegalArgumentException when {@code high < low} or an end is NaN
     */
    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("interval [" + low + ", " + high + "] has its ends reversed or NaN");
        }
    }

    /** Whether {@code x} lies in the interval, ends included. */
    public boolean contains(double x) {
        return low <= x && x <= high;
    }
}
