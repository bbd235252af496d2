package org.zonelab.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number format of every output file: whole numbers without {@code .0}, other values rounded
 * to {@value #SIGNIFICANT_DIGITS} significant digits, never in scientific notation, and never NaN or
 * infinite. The same double always gives the same text, on any machine and locale.
 */
public final class Numbers {
    /** Significant digits kept for values that are not whole numbers. */
    public static final int SIGNIFICANT_DIGITS = 10;
    private static final MathContext CONTEXT = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /**
     * Formats a finite number.
     *
     * @throws IllegalArgumentException for NaN and infinities
     */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("refusing to write a non-finite number (" + v + ")");
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v); // also turns -0.0 into "0"
        }
        String s = new BigDecimal(v).round(CONTEXT).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
