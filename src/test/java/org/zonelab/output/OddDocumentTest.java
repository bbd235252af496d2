package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;

/** docs/ODD.md stays true to the code: its parameter table is the generated one, and its indicator tables are the generated ones. */
class OddDocumentTest {
    private static final Path ODD = Path.of("docs", "ODD.md");

    @Test
    void parameterTableMatchesTheCode() throws IOException {
        String doc = Files.readString(ODD);
        String table = ParameterTable.markdown();
        if (!doc.contains(table)) {
            Path fresh = Path.of("target", "parameters.md");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, table);
        }
        assertTrue(doc.contains(table), "docs/ODD.md's parameter table is out of date; the current one is in "
                + "target/parameters.md (java -cp target/classes:... org.zonelab.output.ParameterTable prints it)");
    }

    @Test
    void indicatorTablesMatchTheDeclarations() throws IOException {
        String doc = Files.readString(ODD);
        String table = IndicatorTable.markdown();
        if (!doc.contains(table)) {
            Path fresh = Path.of("target", "indicators.md");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, table);
        }
        assertTrue(doc.contains(table), "docs/ODD.md's indicator tables are out of date; the current ones are in "
                + "target/indicators.md (org.zonelab.output.IndicatorTable prints them)");
        for (Indicator i : Indicator.values()) {
            assertTrue(table.contains("| `" + i.key() + "` | " + i.label() + " |"), "the table lacks " + i.key());
        }
    }
}
