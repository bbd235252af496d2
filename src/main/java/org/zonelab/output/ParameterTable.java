package org.zonelab.output;

import org.zonelab.model.param.Param;
import org.zonelab.policy.LeverParameter;
import org.zonelab.policy.LeverSpec;

/**
 * The model's parameters, then each policy lever's own parameters (from {@link LeverSpec}), as Markdown tables (key, unit,
 * default, range, meaning, source), in declaration order. {@code docs/ODD.md} embeds it; a test keeps the two identical.
 */
public final class ParameterTable {
    /** Marks the start of the generated table in docs/ODD.md. */
    public static final String BEGIN = "<!-- parameters:begin (generated from Param; do not edit by hand) -->";
    /** Marks its end. */
    public static final String END = "<!-- parameters:end -->";

    private ParameterTable() {
    }

    /** The table, with the markers around it, ending in a newline. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append(BEGIN).append('\n');
        b.append("| key | unit | default | range | meaning | source of the default |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (Param p : Param.values()) {
            b.append("| `").append(p.key()).append("` | ").append(cell(p.unit())).append(" | ")
                    .append(Numbers.format(p.defaultValue())).append(" | ").append(cell(p.rangeText())).append(" | ")
                    .append(cell(p.description())).append(" | ").append(cell(p.source())).append(" |\n");
        }
        b.append('\n');
        b.append("Policy levers (set inside each lever's block under `policies:`):\n\n");
        b.append("| lever | key | unit | default | range | meaning | source of the default |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (LeverSpec lever : LeverSpec.values()) {
            for (LeverParameter p : lever.parameters()) {
                b.append("| `").append(lever.key()).append("` | `").append(p.key()).append("` | ").append(cell(p.unit()))
                        .append(" | ").append(Numbers.format(p.defaultValue())).append(" | ").append(cell(p.rangeText()))
                        .append(" | ").append(cell(p.description())).append(" | ").append(cell(p.source())).append(" |\n");
            }
        }
        b.append(END).append('\n');
        return b.toString();
    }

    /** A Markdown table cell's text, its pipes escaped (shared with {@link IndicatorTable}). */
    static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** Prints the table, for pasting into docs/ODD.md. */
    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
