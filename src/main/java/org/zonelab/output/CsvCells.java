package org.zonelab.output;

import java.util.regex.Pattern;

/**
 * Protection of CSV text cells against formula injection: a text cell that a spreadsheet would read as
 * a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe.
 * Numbers (such as {@code -1.5}) are left as they are.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private CsvCells() {
    }

    /** The cell text to write for a text value. */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !NUMBER.matcher(s).matches() ? "'" + s : s;
    }
}
