package org.zonelab.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.regex.Pattern;
import org.zonelab.scenario.Node.ListNode;
import org.zonelab.scenario.Node.MapNode;
import org.zonelab.scenario.Node.ScalarNode;

/**
 * Typed reads of {@link Node}s with one-line errors that say what is wrong and what is allowed. Each
 * read takes the dotted path of the value (e.g. {@code policies.clusters.intensity}) for its message.
 */
final class Checks {
    /** Plain decimal text that YAML 1.1 reads as a string, such as {@code 1e-3}, is accepted as a number. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** Longest plain decimal text of a number in a message; longer ones are written with an exponent. */
    static final int PLAIN_DIGITS = 24;

    private Checks() {
    }

    static ScenarioException error(Node at, String path, String message) {
        return new ScenarioException(at.pos(), path + ": " + message);
    }

    static MapNode map(Node n, String path, String expected) {
        if (n instanceof MapNode m) {
            return m;
        }
        throw error(n, path, "expected " + expected + ", got " + n.describe());
    }

    static ListNode list(Node n, String path, String expected) {
        if (n instanceof ListNode l) {
            return l;
        }
        throw error(n, path, "expected " + expected + ", got " + n.describe());
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL;
    }

    /** Text; numbers are taken as their text. */
    static String text(Node n, String path) {
        if (n instanceof ScalarNode s && (s.kind() == ScalarNode.Kind.TEXT || s.kind() == ScalarNode.Kind.INTEGER
                || s.kind() == ScalarNode.Kind.REAL)) {
            return s.text();
        }
        throw error(n, path, "expected text, got " + n.describe());
    }

    /** A whole number in [min, max]. */
    static long whole(Node n, String path, long min, long max) {
        BigInteger v = wholeValue(n, path);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error(n, path, Text.shorten(v.toString()) + " is out of range; allowed: whole numbers in [" + min + ", " + max + "]");
        }
        return v.longValueExact();
    }

    private static BigInteger wholeValue(Node n, String path) {
        if (n instanceof ScalarNode s) {
            if (s.kind() == ScalarNode.Kind.INTEGER) {
                return (BigInteger) s.number();
            }
            BigDecimal d = decimal(s);
            if (d != null) {
                try {
                    return d.toBigIntegerExact();
                } catch (ArithmeticException e) {
                    throw error(n, path, "expected a whole number, got " + Text.shorten(s.text()));
                }
            }
        }
        throw error(n, path, "expected a whole number, got " + n.describe());
    }

    /** A finite real number. */
    static double real(Node n, String path) {
        if (n instanceof ScalarNode s) {
            double v = Double.NaN;
            if (s.kind() == ScalarNode.Kind.INTEGER || s.kind() == ScalarNode.Kind.REAL) {
                v = s.number().doubleValue();
            } else {
                BigDecimal d = decimal(s);
                if (d != null) {
                    v = d.doubleValue();
                }
            }
            if (Double.isFinite(v)) {
                return v;
            }
            if (s.kind() == ScalarNode.Kind.REAL) {
                throw error(n, path, "expected a finite number, got " + Text.shorten(s.text()));
            }
        }
        throw error(n, path, "expected a number, got " + n.describe());
    }

    /** A real number in a range; {@code minOpen} excludes the lower bound. */
    static double real(Node n, String path, double min, boolean minOpen, double max) {
        double v = real(n, path);
        boolean ok = (minOpen ? v > min : v >= min) && v <= max;
        if (!ok) {
            throw error(n, path, plain(v) + " is out of range; allowed: " + (minOpen ? "(" : "[") + plain(min)
                    + ", " + plain(max) + "]");
        }
        return v;
    }

    private static BigDecimal decimal(ScalarNode s) {
        if (s.kind() != ScalarNode.Kind.TEXT) {
            return null;
        }
        String t = s.text().trim();
        return DECIMAL.matcher(t).matches() ? new BigDecimal(t) : null;
    }

    /**
     * A number as users write it: no ".0" on whole numbers, no exponent, unless that would take more
     * than {@value #PLAIN_DIGITS} characters ({@code 1E-300} rather than three hundred zeros).
     */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        String p = d.toPlainString();
        return p.length() <= PLAIN_DIGITS ? p : d.toString();
    }

    /** As {@link #plain(double)}, also for NaN and infinities. */
    static String plainOrText(double v) {
        return Double.isFinite(v) ? plain(v) : Double.toString(v);
    }

    /** {@code unknown <what> "key" (did you mean "x"?); allowed: a, b, c}. */
    static ScenarioException unknown(Position at, String what, String key, Collection<String> allowed,
                                     String allowedText) {
        return new ScenarioException(at, "unknown " + what + " " + Text.quote(key) + Suggest.didYouMean(key, allowed)
                + "; " + (allowedText != null ? allowedText : "allowed: " + String.join(", ", allowed)));
    }
}
