package org.zonelab.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agent-level files of a run, comparison or sweep directory (issue 7, issue 17): their headers,
 * where each run's part is written while it runs, and the final join of the parts, in request order
 * (a run's replications; a comparison's scenarios, each replication by replication; a sweep's plan),
 * into files written under a temporary name and renamed, before the manifest. A sweep's files have a
 * {@code point} column first; the other columns are the same everywhere.
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

    /** The first column of a sweep's agent-log files: the design point's index, as in its runs.csv. */
    public static final String POINT = "point";

    /** The name of run {@code r}'s part of a file while it runs (hidden, {@link OutputDirectory#TEMPORARY}). */
    static String part(String file, int r) {
        return String.format(Locale.ROOT, ".%s.%05d.part", file, r);
    }

    /**
     * Joins the parts of the agent-log files for runs 0..runs-1 (request indexes) into the final files,
     * each with its header, and removes the parts. A file whose parts do not exist is not written, and
     * one left there by an earlier command is removed, so that the directory holds only this
     * command's logs.
     *
     * @param withPoint whether the rows start with a sweep's {@value #POINT} column
     * @return each file written, with its rows (without the header) and sha256, for the manifest's
     *         {@code files}, in the order firms, events, flows
     */
    public static Map<String, Object> join(OutputDirectory out, int runs, boolean withPoint) throws IOException {
        Map<String, Object> written = new LinkedHashMap<>();
        for (String file : List.of(FIRMS, EVENTS, FLOWS)) {
            if (!out.isFile(part(file, 0))) {
                out.delete(file);
                continue;
            }
            long rows = 0;
            try (NewFile f = out.create(file)) {
                f.write((String.join(",", header(file, withPoint)) + "\n").getBytes(StandardCharsets.UTF_8));
                for (int r = 0; r < runs; r++) {
                    try (InputStream in = out.open(part(file, r))) {
                        rows += copyRecords(in, f.stream());
                    }
                }
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("rows", rows);
                d.put("sha256", f.commit());
                written.put(file, d);
            }
            for (int r = 0; r < runs; r++) {
                out.delete(part(file, r));
            }
        }
        return written;
    }

    /**
     * Copies a part and counts its CSV records: the line ends outside quotes (a quoted cell may hold
     * one). A part holds whole records, so each starts outside quotes; a doubled quote inside a quoted
     * cell toggles twice and leaves the count right.
     */
    static long copyRecords(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long records = 0;
        boolean quoted = false;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '"') {
                    quoted = !quoted;
                } else if (buffer[i] == '\n' && !quoted) {
                    records++;
                }
            }
            out.write(buffer, 0, n);
        }
        return records;
    }

    /** Removes any parts of runs 0..runs-1 left behind (a failed run). */
    public static void discard(OutputDirectory out, int runs) throws IOException {
        for (String file : List.of(FIRMS, EVENTS, FLOWS)) {
            for (int r = 0; r < runs; r++) {
                out.delete(part(file, r));
            }
        }
    }

    /**
     * The agent-log settings as a manifest records them, under {@link RunDirectoryWriter#AGENT_LOGS}:
     * {@code firm_snapshots} (none, final, yearly) and {@code events}.
     */
    public static Map<String, Object> settings(AgentLog.Snapshots snapshots, boolean events) {
        Map<String, Object> logs = new LinkedHashMap<>();
        logs.put("firm_snapshots", snapshots.name().toLowerCase(Locale.ROOT));
        logs.put("events", events);
        return logs;
    }

    /** A file's header, with a sweep's {@value #POINT} column first when asked. */
    static List<String> header(String file, boolean withPoint) {
        if (!withPoint) {
            return header(file);
        }
        List<String> h = new ArrayList<>();
        h.add(POINT);
        h.addAll(header(file));
        return h;
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
