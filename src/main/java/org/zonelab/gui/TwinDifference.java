package org.zonelab.gui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.zonelab.model.measure.Indicator;

/**
 * One key indicator in a twin run: its value in A and in B, the difference B minus A, and that
 * difference in words, e.g. {@code Gazelle firms: B has 120 more than A (+3.4%)}.
 *
 * @param indicator the indicator
 * @param a         its value in run A (NaN if there is none yet)
 * @param b         its value in run B
 */
record TwinDifference(Indicator indicator, double a, double b) {
    /** The indicators a twin run compares, in the order of its chart and read-outs. */
    static final List<Indicator> KEY = List.of(Indicator.GDP_BN, Indicator.FIRMS, Indicator.GAZELLES,
            Indicator.ZONE_GDP_GINI);

    /** B minus A. */
    double difference() {
        return b - a;
    }

    /** B minus A in per cent of A (NaN if A is 0 or missing). */
    double percentOfA() {
        return a != 0 && !Double.isNaN(a) ? 100 * (b - a) / Math.abs(a) : Double.NaN;
    }

    /** The difference in words, after the indicator's label, e.g. {@code Gazelle firms: B has 120 more than A (+3.4%)}. */
    String words() {
        return indicator.label() + ": " + sentence();
    }

    /** The difference in words: which is larger, by how much in the indicator's unit and in per cent of A. */
    String sentence() {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return "from the first quarter on";
        }
        double d = difference();
        if (d == 0) {
            return "the same in A and B";
        }
        String pct = Double.isNaN(percentOfA()) ? "" : String.format(Locale.US, "%+.1f%%", percentOfA());
        if (indicator.unit().equals("firms")) {
            return "B has " + amount(Math.abs(d)) + (d > 0 ? " more" : " fewer") + " than A"
                    + (pct.isEmpty() ? "" : " (" + pct + ")");
        }
        return "B's is " + amount(Math.abs(d)) + (d > 0 ? " higher" : " lower") + " than A's ("
                + indicator.quarterlyUnit() + (pct.isEmpty() ? "" : "; " + pct) + ")";
    }

    /** Whole numbers with thousands separators from 10 up; three significant digits below. */
    private static String amount(double v) {
        if (v >= 10) {
            return NumberFormat.getIntegerInstance(Locale.US).format(Math.round(v));
        }
        return String.format(Locale.US, "%.3g", v);
    }
}
