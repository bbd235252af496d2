package org.zonelab.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.zonelab.experiment.Comparison;
import org.zonelab.experiment.Statistics;

/**
 * {@code comparison.csv}: one row per scenario and national summary indicator (results/README.md). The
 * difference, p-value and variance-reduction cells of the first (reference) scenario are empty, as
 * are values that are undefined (a CI or p-value from one replication, a variance reduction when
 * neither scenario varies); no cell is ever NaN.
 */
public final class ComparisonCsv {
    public static final String FILE = "comparison.csv";
    public static final List<String> HEADER = List.of("scenario", "indicator", "n", "mean", "sd", "ci95_low",
            "ci95_high", "diff_vs_first", "diff_ci95_low", "diff_ci95_high", "p_value", "p_holm", "var_reduction");

    private ComparisonCsv() {
    }

    /** The cells of one row. */
    public static List<String> cells(Comparison.Row r) {
        List<String> c = new ArrayList<>(HEADER.size());
        Statistics.Estimate e = r.estimate();
        c.add(CsvCells.text(r.scenario()));
        c.add(CsvCells.text(r.indicator().key()));
        c.add(Integer.toString(e.n()));
        c.add(Numbers.format(e.mean()));
        c.add(Numbers.format(e.sd()));
        c.add(optional(e.ciLow()));
        c.add(optional(e.ciHigh()));
        Statistics.Paired p = r.paired();
        if (p == null) {
            for (int i = 0; i < 6; i++) {
                c.add("");
            }
        } else {
            c.add(Numbers.format(p.difference().mean()));
            c.add(optional(p.difference().ciLow()));
            c.add(optional(p.difference().ciHigh()));
            c.add(optional(p.pValue()));
            c.add(optional(r.pHolm()));
            c.add(optional(p.varReduction()));
        }
        return c;
    }

    /** An empty cell for an undefined (NaN) value, else the number. */
    static String optional(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }

    /**
     * Writes the directory's comparison.csv atomically.
     *
     * @return rows and sha256, for the manifest
     */
    public static java.util.Map<String, Object> write(OutputDirectory out, List<Comparison.Row> rows)
            throws IOException {
        try (AtomicCsv csv = new AtomicCsv(out, FILE, HEADER)) {
            for (Comparison.Row r : rows) {
                csv.row(cells(r));
            }
            csv.commit();
            return csv.describe();
        }
    }
}
