package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Moment;

/**
 * The evidence a run's report draws beside each moment is the evidence of docs/VALIDATION.md §1, cell
 * for cell, with a range that the evidence's words contain.
 */
class MomentEvidenceTest {
    /** The rows of the moments table of docs/VALIDATION.md §1, as cells. */
    private static List<String[]> validationTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/VALIDATION.md"));
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).startsWith("| moment | evidence | source |")) {
                start = i;
            }
        }
        assertTrue(start >= 0, "docs/VALIDATION.md has its table of moments");
        List<String[]> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|", -1);
            String[] out = new String[cells.length - 2];
            for (int c = 1; c < cells.length - 1; c++) {
                out[c - 1] = cells[c].trim().replace("*", "").replace("`", "");
            }
            rows.add(out);
        }
        return rows;
    }

    @Test
    void everyMomentHasTheEvidenceOfTheValidationTable() throws IOException {
        List<String[]> rows = validationTable();
        assertEquals(Moment.values().length, rows.size(), "one row per moment");
        for (String[] row : rows) {
            Moment m = Moment.byKey(row[0]).orElseThrow(() -> new AssertionError("no moment " + row[0]));
            MomentEvidence e = MomentEvidence.of(m).orElseThrow(() -> new AssertionError("no evidence for " + row[0]));
            assertEquals(row[1], e.evidence(), m.key());
            assertEquals(row[2], e.source(), m.key());
        }
    }

    @Test
    void rangesAreOrderedAndContainTheirEnds() {
        for (Moment m : Moment.values()) {
            MomentEvidence e = MomentEvidence.of(m).orElseThrow();
            assertTrue(e.low() <= e.high(), m.key());
            assertTrue(e.contains(e.low()) && e.contains(e.high()), m.key());
            assertFalse(e.contains(e.high() + Math.max(1e-9, Math.abs(e.high()) * 1e-6)), m.key());
        }
        MomentEvidence survival5 = MomentEvidence.of(Moment.SURVIVAL_5Y).orElseThrow();
        assertEquals("0.68 to 0.71", survival5.range());
        assertEquals("within 0.68 to 0.71", RunReport.against(survival5, 0.7));
        assertEquals(ReportHtml.human(0.76 - 0.71) + " above 0.68 to 0.71", RunReport.against(survival5, 0.76));
    }
}
