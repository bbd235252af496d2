package org.zonelab.experiment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.zonelab.experiment.IndicatorRow.Scope;

/**
 * The record of a sweep's finished runs, kept in {@value #FOLDER} inside the sweep's output folder so
 * that a killed sweep can resume without running them again. {@value #FILE} starts with a header line
 * (format version, the plan's fingerprint, whether time series are kept, the start time) and gets one
 * line per finished run, appended and forced to disk before the next: run index, replication, seed
 * and every summary indicator as {@code key=<hex of the double's bits>}, so that values read back
 * are exactly those computed. A line cut short by a kill is ignored (and cut off on resume). With time
 * series, each run's rows go first to {@code run-<index>.ts}, written atomically before its line.
 *
 * <p>Not thread-safe: record runs from one thread.
 */
public final class SweepJournal implements AutoCloseable {
    public static final String FOLDER = ".sweep-journal";
    public static final String FILE = "journal.tsv";
    static final String MAGIC = "zonelab-sweep-journal";
    static final int FORMAT = 1;

    /**
     * A finished run as recorded.
     *
     * @param index       the run's index in the plan
     * @param replication its replication
     * @param seed        its seed
     * @param summary     its final-year national indicators, in recorded order
     */
    public record Entry(int index, int replication, long seed, Map<String, Double> summary) {
    }

    /** What a journal header says. */
    public record Header(String fingerprint, boolean timeseries, String started) {
    }

    private final Path folder;
    private final Header header;
    private final FileChannel channel;
    private final Map<Integer, Entry> entries;

    private SweepJournal(Path folder, Header header, FileChannel channel, Map<Integer, Entry> entries) {
        this.folder = folder;
        this.header = header;
        this.channel = channel;
        this.entries = entries;
    }

    /** The journal folder of a sweep output folder. */
    public static Path folder(Path outputDir) {
        return outputDir.resolve(FOLDER);
    }

    /** Whether an output folder holds a journal. */
    public static boolean exists(Path outputDir) {
        return Files.isRegularFile(folder(outputDir).resolve(FILE));
    }

    /** Starts a new journal (replacing any old one). */
    public static SweepJournal create(Path outputDir, Header header) throws IOException {
        Path folder = folder(outputDir);
        if (Files.exists(folder)) {
            delete(outputDir);
        }
        Files.createDirectories(folder);
        String line = MAGIC + "\t" + FORMAT + "\t" + header.fingerprint() + "\t" + header.timeseries() + "\t"
                + header.started() + "\n";
        Path file = folder.resolve(FILE);
        Path tmp = folder.resolve("." + FILE + "." + UUID.randomUUID() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            write(ch, line);
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new SweepJournal(folder, header, ch, new TreeMap<>());
    }

    /**
     * Opens an existing journal to continue it: reads its header and complete lines and cuts off a
     * partial last line.
     *
     * @throws IOException when the file is unreadable or its header is not a journal's
     */
    public static SweepJournal resume(Path outputDir) throws IOException {
        Path folder = folder(outputDir);
        Path file = folder.resolve(FILE);
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--; // a line cut short by a kill
        }
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            throw new IOException(file + ": not a sweep journal (no header)");
        }
        String[] h = lines.get(0).split("\t", -1);
        if (h.length != 5 || !h[0].equals(MAGIC) || !h[1].equals(Integer.toString(FORMAT))) {
            throw new IOException(file + ": not a sweep journal of this version");
        }
        Header header = new Header(h[2], Boolean.parseBoolean(h[3]), h[4]);
        Map<Integer, Entry> entries = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Entry e = parse(lines.get(i));
            if (e != null && (!header.timeseries() || Files.isRegularFile(timeseriesFile(folder, e.index())))) {
                entries.put(e.index(), e);
            }
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
        ch.truncate(end);
        ch.position(end);
        ch.force(true);
        return new SweepJournal(folder, header, ch, entries);
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
            writeTimeseries(folder, index, r.timeseries());
        }
        StringBuilder b = new StringBuilder();
        b.append(index).append('\t').append(r.replication()).append('\t').append(r.seed()).append('\t');
        boolean first = true;
        for (Map.Entry<String, Double> e : r.summary().entrySet()) {
            if (e.getKey().indexOf('=') >= 0 || e.getKey().indexOf(';') >= 0 || e.getKey().indexOf('\t') >= 0) {
                throw new IllegalArgumentException("indicator name not allowed in a journal: " + e.getKey());
            }
            b.append(first ? "" : ";").append(e.getKey()).append('=').append(Long.toHexString(
                    Double.doubleToRawLongBits(e.getValue())));
            first = false;
        }
        b.append('\n');
        write(channel, b.toString());
        channel.force(false);
        entries.put(index, new Entry(index, r.replication(), r.seed(), new LinkedHashMap<>(r.summary())));
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
            Map<String, Double> summary = new LinkedHashMap<>();
            if (!f[3].isEmpty()) {
                for (String kv : f[3].split(";", -1)) {
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        return null;
                    }
                    summary.put(kv.substring(0, eq), Double.longBitsToDouble(Long.parseUnsignedLong(kv.substring(eq + 1),
                            16)));
                }
            }
            return new Entry(index, rep, seed, summary);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Path timeseriesFile(Path folder, int index) {
        return folder.resolve(String.format("run-%07d.ts", index));
    }

    private static void writeTimeseries(Path folder, int index, List<IndicatorRow> rows) throws IOException {
        Path target = timeseriesFile(folder, index);
        Path tmp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 BufferedWriter w = new BufferedWriter(new OutputStreamWriter(java.nio.channels.Channels
                         .newOutputStream(ch), StandardCharsets.UTF_8), 1 << 16)) {
                for (IndicatorRow r : rows) {
                    w.write(r.year() + "\t" + r.quarter() + "\t" + r.scope().name() + "\t" + r.scopeId() + "\t"
                            + r.indicator() + "\t" + Long.toHexString(Double.doubleToRawLongBits(r.value())) + "\n");
                }
                w.flush();
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads back the time series of a recorded run.
     *
     * @throws IOException when the file is missing or damaged
     */
    public List<IndicatorRow> timeseries(int index) throws IOException {
        Path file = timeseriesFile(folder, index);
        List<IndicatorRow> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IOException(file + ": damaged line " + (rows.size() + 1));
                }
                try {
                    rows.add(new IndicatorRow(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Scope.valueOf(f[2]), f[3],
                            f[4], Double.longBitsToDouble(Long.parseUnsignedLong(f[5], 16))));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ": damaged line " + (rows.size() + 1), e);
                }
            }
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Deletes a sweep's journal folder (after its final files are complete). */
    public static void delete(Path outputDir) throws IOException {
        Path folder = folder(outputDir);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(folder);
    }

    private static void write(FileChannel ch, String s) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
