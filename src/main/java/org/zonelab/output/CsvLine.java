package org.zonelab.output;

import java.io.IOException;
import java.io.Writer;

/**
 * A fast builder of one CSV record for high-volume logs: numbers are appended as they are, text is
 * protected against formula injection ({@link CsvCells}) and quoted where CSV needs it, in the same
 * way Commons CSV's default format does.
 */
final class CsvLine {
    private final StringBuilder b = new StringBuilder(160);
    private boolean first = true;

    CsvLine text(String s) {
        sep();
        String t = CsvCells.text(s);
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            b.append('"').append(t.replace("\"", "\"\"")).append('"');
        } else {
            b.append(t);
        }
        return this;
    }

    CsvLine number(long v) {
        sep();
        b.append(v);
        return this;
    }

    CsvLine number(double v) {
        sep();
        b.append(Numbers.format(v));
        return this;
    }

    /** An empty cell. */
    CsvLine empty() {
        sep();
        return this;
    }

    /** Writes the record and its line end, and starts a new record. */
    void writeTo(Writer w) throws IOException {
        b.append('\n');
        w.append(b);
        b.setLength(0);
        first = true;
    }

    private void sep() {
        if (!first) {
            b.append(',');
        }
        first = false;
    }
}
