package org.zonelab.scenario;

/**
 * How text from input files appears in messages: control characters escaped, long names and values
 * shortened. Every message that quotes a name or value from a file goes through here (and
 * {@link ScenarioException} escapes its whole message again), so that a message is always one short,
 * printable line.
 */
public final class Text {
    /** Most characters of a quoted name or value in a message; longer ones are cut with "...". */
    public static final int MAX_QUOTED_CHARS = 60;

    private Text() {
    }

    /**
     * The text with every control character written as an escape: {@code \n}, {@code \r}, {@code \t},
     * or {@code \x01} / {@code \u0085} style (C0 and C1 controls, DEL, line and paragraph separators,
     * and the bidirectional formatting characters that can make text display out of order).
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = escapeOf(c);
            if (esc == null) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            b.append(esc);
        }
        return b == null ? s : b.toString();
    }

    private static String escapeOf(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7F) {
            return String.format("\\x%02X", (int) c);
        }
        if ((c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C || c == 0xFEFF) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }

    /** At most {@value #MAX_QUOTED_CHARS} characters: longer text keeps its start and ends in "...". */
    public static String shorten(String s) {
        if (s.length() <= MAX_QUOTED_CHARS) {
            return s;
        }
        int cut = MAX_QUOTED_CHARS - 3;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut) + "...";
    }

    /** {@code "text"}: shortened and escaped, in double quotes. */
    public static String quote(String s) {
        return "\"" + escape(shorten(s)) + "\"";
    }
}
