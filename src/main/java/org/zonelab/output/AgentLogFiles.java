package org.zonelab.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The agent-level files of a run directory (issue 7): their headers, where each replication's part
 * is written while it runs, and the final join of the parts, in replication order, into files
 * written under a temporary name and renamed, before the manifest.
 */
public final class AgentLogFiles {
    public static final String FIRMS = "firms.csv";
    public static final String EVENTS = "events.csv";
    public static final String FLOWS = "flows.csv";

    public static final List<String> FIRMS_HEADER = List.of("scenario", "replication", "seed", "year", "firm_id",
            "home_zone", "region", "sector", "founded", "age", "high_tech", "gazelle", "unicorn", "nezha", "listed",
            "revenue_bn", "employees", "valuation_bn", "knowledge", "rd_intensity", "invention_patents",
            "pct_applications", "export_share", "branches", "partners", "investors", "parent_firm_id");
    public static final List<String> EVENTS_HEADER = List.of("scenario", "replication", "seed", "year", "quarter",
            "event", "firm_id", "from_zone", "to_zone", "sector", "value", "other_id");
    public static final List<String> FLOWS_HEADER = List.of("scenario", "replication", "seed", "year", "kind",
            "scope", "from", "to", "agents", "count");

    /** Orders flow keys (year, kind, scope, from, to): numbers numerically, text alphabetically. */
    static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = compareCells(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private AgentLogFiles() {
    }

    private static int compareCells(String x, String y) {
        boolean nx = x.matches("\\d+");
        boolean ny = y.matches("\\d+");
        if (nx && ny) {
            return Long.compare(Long.parseLong(x), Long.parseLong(y));
        }
        return nx != ny ? (nx ? -1 : 1) : x.compareTo(y);
    }

    /** The name of replication {@code r}'s part of a file while it runs (hidden, {@link OutputDirectory#TEMPORARY}). */
    static String part(String file, int r) {
        return String.format(Locale.ROOT, ".%s.%05d.part", file, r);
    }

    /**
     * Joins the parts of the given files for replications 0..reps-1 into the final files, each with
     * its header, and removes the parts. Files whose parts do not exist are skipped.
     */
    public static void join(OutputDirectory out, int reps, List<String> files) throws IOException {
        for (String file : files) {
            if (!out.isFile(part(file, 0))) {
                continue;
            }
            try (NewFile f = out.create(file)) {
                f.write((String.join(",", header(file)) + "\n").getBytes(StandardCharsets.UTF_8));
                for (int r = 0; r < reps; r++) {
                    try (InputStream in = out.open(part(file, r))) {
                        in.transferTo(f.stream());
                    }
                }
                f.commit();
            }
            for (int r = 0; r < reps; r++) {
                out.delete(part(file, r));
            }
        }
    }

    /** Removes any parts left behind (a failed run). */
    public static void discard(OutputDirectory out, int reps) throws IOException {
        for (String file : List.of(FIRMS, EVENTS, FLOWS)) {
            for (int r = 0; r < reps; r++) {
                out.delete(part(file, r));
            }
        }
    }

    static List<String> header(String file) {
        return switch (file) {
            case FIRMS -> FIRMS_HEADER;
            case EVENTS -> EVENTS_HEADER;
            case FLOWS -> FLOWS_HEADER;
            default -> throw new IllegalArgumentException(file);
        };
    }
}
