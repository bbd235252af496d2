package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.Moment;

/**
 * docs/ODD.md stays true to the code: its parameter table is the generated one, its indicator tables are
 * the generated ones, and it defines every moment, as docs/VALIDATION.md holds each against evidence.
 */
class OddDocumentTest {
    private static final Path ODD = Path.of("docs", "ODD.md");

    @Test
    void parameterTableMatchesTheCode() throws IOException {
        assertEmbedded(ParameterTable.markdown(), "parameters.md", "parameter table", "ParameterTable");
    }

    @Test
    void indicatorTablesMatchTheDeclarations() throws IOException {
        String table = IndicatorTable.markdown();
        assertEmbedded(table, "indicators.md", "indicator tables", "IndicatorTable");
        for (Indicator i : Indicator.values()) {
            assertTrue(table.contains("| `" + i.key() + "` | " + i.label() + " |"), "the table lacks " + i.key());
        }
    }

    @Test
    void everyMomentIsDefinedInTheOddAndHeldAgainstEvidenceInTheValidationRecord() throws IOException {
        String odd = Files.readString(ODD);
        String validation = Files.readString(Path.of("docs", "VALIDATION.md"));
        for (Moment m : Moment.values()) {
            // Survival moments share one row of the ODD's table.
            assertTrue(odd.contains("`" + m.key() + "`"), "docs/ODD.md section 8.4 lacks " + m.key());
            assertTrue(validation.contains("| `" + m.key() + "` |"), "docs/VALIDATION.md lacks a row for " + m.key());
        }
    }

    /** The ODD holds the generated text; if not, the current one is left in target/ for pasting. */
    private static void assertEmbedded(String generated, String file, String what, String generator) throws IOException {
        String doc = Files.readString(ODD);
        if (!doc.contains(generated)) {
            Path fresh = Path.of("target", file);
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, generated);
        }
        assertTrue(doc.contains(generated), "docs/ODD.md's " + what + " is out of date; the current one is in target/"
                + file + " (java -cp target/classes:... org.zonelab.output." + generator + " prints it)");
    }
}
