package org.zonelab.output;

import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;

/**
 * The indicators' declarations ({@link IndicatorDefinition}) as Markdown tables: national indicators
 * (key, definition, unit per quarter, kind, counting), then region and zone indicators. {@code docs/ODD.md}
 * §8 embeds them; a test keeps the two identical.
 */
public final class IndicatorTable {
    /** Marks the start of the generated tables in docs/ODD.md. */
    public static final String BEGIN = "<!-- indicators:begin (generated from Indicator; do not edit by hand) -->";
    /** Marks their end. */
    public static final String END = "<!-- indicators:end -->";

    private IndicatorTable() {
    }

    /** The tables, with the markers around them, ending in a newline. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append(BEGIN).append('\n');
        b.append("| indicator | label | definition | unit (time series) | kind | scale |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (Indicator i : Indicator.values()) {
            row(b, i).append(" | ").append(i.counting().label()).append(" |\n");
        }
        b.append('\n');
        for (IndicatorDefinition.Scope scope : new IndicatorDefinition.Scope[] {IndicatorDefinition.Scope.REGION,
                IndicatorDefinition.Scope.ZONE}) {
            b.append("Scope `").append(scope.label()).append("`:\n\n");
            b.append("| indicator | label | definition | unit (time series) | kind |\n");
            b.append("|---|---|---|---|---|\n");
            for (IndicatorDefinition i : scope.indicators()) {
                row(b, i).append(" |\n");
            }
            b.append('\n');
        }
        b.setLength(b.length() - 1);
        b.append(END).append('\n');
        return b.toString();
    }

    private static StringBuilder row(StringBuilder b, IndicatorDefinition i) {
        return b.append("| `").append(i.key()).append("` | ").append(ParameterTable.cell(i.label())).append(" | ")
                .append(ParameterTable.cell(i.definition())).append(" | ")
                .append(ParameterTable.cell(i.quarterlyUnit())).append(" | ")
                .append(i.kind().name().toLowerCase(java.util.Locale.ROOT));
    }


    /** Prints the tables, for pasting into docs/ODD.md. */
    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
