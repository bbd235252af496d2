package org.zonelab.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.zonelab.experiment.IndicatorRow;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;

/**
 * The record of a sweep's finished runs, kept in {@value #FOLDER} inside the sweep's output directory
 * so that a killed sweep can resume without running them again. {@value #FILE} starts with a header
 * line (format version, the plan's fingerprint, whether time series are kept, the start time) and gets
 * one line per finished run, appended and forced to disk before the next: run index, replication,
 * seed and every summary indicator as {@code key=<hex of the double's bits>}, so that values read
 * back are exactly those computed. A line cut short by a kill is ignored (and cut off on resume). With
 * time series, each run's rows go first to {@code run-<index>.ts}, written atomically before its line.
 * Every file goes through the sweep's {@link OutputDirectory}, which holds it locked.
 *
 * <p>Not thread-safe: record runs from one thread.
 */
public final class SweepJournal implements AutoCloseable {
    public static final String FOLDER = ".sweep-journal";
    public static final String FILE = "journal.tsv";
    static final String MAGIC = "zonelab-sweep-journal";
    static final int FORMAT = 1;
    /**
     * Largest journal read back on resume, in bytes (512 MiB): a sweep has at most
     * {@code SweepLoader.MAX_RUNS} (100,000) runs and a run's line takes about 2 KB. Bounds the memory a
     * damaged or planted journal can take (docs/LIMITS.md).
     */
    public static final int MAX_BYTES = 512 * 1024 * 1024;
    /** The names of the journal's own files in {@value #FOLDER}: the only ones {@link #delete} removes. */
    static final Pattern NAMES = Pattern.compile("journal\\.tsv|run-[0-9]{7,}\\.ts");
    private static final String JOURNAL = FOLDER + "/" + FILE;

    /**
     * A finished run as recorded.
     *
     * @param index       the run's index in the plan
     * @param replication its replication
     * @param seed        its seed
     * @param summary     its final-year national indicators, in recorded order
     */
    public record Entry(int index, int replication, long seed, Map<Indicator, Double> summary) {
    }

    /** What a journal header says. */
    public record Header(String fingerprint, boolean timeseries, String started) {
    }

    private final OutputDirectory out;
    private final Header header;
    private final FileChannel channel;
    private final Map<Integer, Entry> entries;

    private SweepJournal(OutputDirectory out, Header header, FileChannel channel, Map<Integer, Entry> entries) {
        this.out = out;
        this.header = header;
        this.channel = channel;
        this.entries = entries;
    }

    /** The journal folder of a sweep output directory. */
    public static Path folder(Path outputDir) {
        return outputDir.resolve(FOLDER);
    }

    /**
     * Whether a directory that is not taken holds a journal (to find unfinished sweeps; links are not
     * journals).
     */
    public static boolean exists(Path outputDir) {
        return JournalFile.exists(outputDir, FOLDER, FILE);
    }

    /** Whether an output directory holds a journal (a regular file: a link is not one). */
    public static boolean exists(OutputDirectory out) {
        return out.isFile(JOURNAL);
    }

    /** Starts a new journal (replacing any old one). */
    public static SweepJournal create(OutputDirectory out, Header header) throws IOException {
        delete(out);
        FileChannel ch = JournalFile.create(out, JOURNAL, MAGIC + "\t" + FORMAT + "\t" + header.fingerprint() + "\t"
                + header.timeseries() + "\t" + header.started());
        return new SweepJournal(out, header, ch, new TreeMap<>());
    }

    /**
     * Opens an existing journal to continue it: reads its header and complete lines and cuts off a
     * partial last line.
     *
     * @throws DirectoryRefusedException when its header is not a journal's of this version
     */
    public static SweepJournal resume(OutputDirectory out) throws IOException {
        JournalFile.Text text = JournalFile.read(out, JOURNAL, MAX_BYTES, "larger than " + MAX_BYTES + " bytes, more "
                + "than a journal of the largest sweep can hold, so it is not one zonelab wrote; use --force to start the "
                + "sweep again");
        List<String> lines = text.lines();
        String[] h = JournalFile.header(out, JOURNAL, text, MAGIC, FORMAT, 5,
                "not a sweep journal of this version, so the sweep there cannot be resumed; use --force to "
                        + "start it again");
        Header header = new Header(h[2], Boolean.parseBoolean(h[3]), h[4]);
        Map<Integer, Entry> entries = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Entry e = parse(lines.get(i));
            if (e != null && (!header.timeseries() || out.isFile(timeseriesFile(e.index())))) {
                entries.put(e.index(), e);
            }
        }
        return new SweepJournal(out, header, JournalFile.reopen(out, JOURNAL, text.end()), entries);
    }

    /** The header. */
    public Header header() {
        return header;
    }

    /** The recorded runs by index, ascending. */
    public Map<Integer, Entry> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /**
     * Records a finished run: its time series file first (when the journal keeps them), then its line,
     * forced to disk.
     */
    public void record(ReplicationResult r, int index) throws IOException {
        if (entries.containsKey(index)) {
            throw new IllegalStateException("run " + index + " is recorded already");
        }
        if (header.timeseries()) {
            writeTimeseries(index, r.timeseries());
        }
        StringBuilder b = new StringBuilder();
        b.append(index).append('\t').append(r.replication()).append('\t').append(r.seed()).append('\t');
        boolean first = true;
        for (Map.Entry<Indicator, Double> e : r.summary().entrySet()) {
            b.append(first ? "" : ";").append(e.getKey().key()).append('=').append(Long.toHexString(
                    Double.doubleToRawLongBits(e.getValue())));
            first = false;
        }
        b.append('\n');
        JournalFile.append(out, JOURNAL, channel, b.toString());
        entries.put(index, new Entry(index, r.replication(), r.seed(), copy(r.summary())));
    }

    private static Map<Indicator, Double> copy(Map<Indicator, Double> summary) {
        Map<Indicator, Double> out = new EnumMap<>(Indicator.class);
        out.putAll(summary);
        return out;
    }

    private static Entry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            return null;
        }
        try {
            int index = Integer.parseInt(f[0]);
            int rep = Integer.parseInt(f[1]);
            long seed = Long.parseLong(f[2]);
            Map<Indicator, Double> summary = new EnumMap<>(Indicator.class);
            if (!f[3].isEmpty()) {
                for (String kv : f[3].split(";", -1)) {
                    int eq = kv.indexOf('=');
                    Optional<Indicator> indicator = eq <= 0 ? Optional.empty() : Indicator.byKey(kv.substring(0, eq));
                    if (indicator.isEmpty()) {
                        return null;
                    }
                    summary.put(indicator.get(), Double.longBitsToDouble(Long.parseUnsignedLong(kv.substring(eq + 1),
                            16)));
                }
            }
            return new Entry(index, rep, seed, summary);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The name of a run's time series file in the output directory. */
    static String timeseriesFile(int index) {
        return FOLDER + "/" + String.format("run-%07d.ts", index);
    }

    private void writeTimeseries(int index, List<IndicatorRow> rows) throws IOException {
        try (NewFile f = out.create(timeseriesFile(index));
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(f.stream(), StandardCharsets.UTF_8), 1 << 16)) {
            for (IndicatorRow r : rows) {
                w.write(r.year() + "\t" + r.quarter() + "\t" + r.scope().name() + "\t" + r.scopeId() + "\t"
                        + r.indicator().key() + "\t" + Long.toHexString(Double.doubleToRawLongBits(r.value())) + "\n");
            }
            w.flush();
            f.commit();
        }
    }

    /**
     * Reads back the time series of a recorded run.
     *
     * @throws IOException when the file is missing or damaged
     */
    public List<IndicatorRow> timeseries(int index) throws IOException {
        String file = timeseriesFile(index);
        List<IndicatorRow> rows = new ArrayList<>();
        try (BufferedReader r = out.reader(file)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IOException(out.file(file) + ": damaged line " + (rows.size() + 1));
                }
                try {
                    IndicatorDefinition indicator = IndicatorDefinition.Scope.valueOf(f[2]).indicator(f[4])
                            .orElseThrow(() -> new IllegalArgumentException("unknown indicator " + f[4]));
                    rows.add(new IndicatorRow(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[3], indicator,
                            Double.longBitsToDouble(Long.parseUnsignedLong(f[5], 16))));
                } catch (IllegalArgumentException e) {
                    throw new IOException(out.file(file) + ": damaged line " + (rows.size() + 1), e);
                }
            }
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /**
     * Deletes a sweep's journal (after its final files are complete, or to start again): the journal's
     * own regular files in {@value #FOLDER}, then the folder if nothing else is in it. Links are refused,
     * never followed.
     */
    public static void delete(OutputDirectory out) throws IOException {
        out.deleteFolder(FOLDER, NAMES);
    }
}
