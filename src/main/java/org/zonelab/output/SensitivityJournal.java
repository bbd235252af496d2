package org.zonelab.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The record of a sensitivity analysis's finished runs, kept in {@value #FOLDER} inside its output
 * directory so that a killed analysis resumes without running them again. A header line (format, the
 * plan's fingerprint, the start time), then one line per finished run in the order runs finish: its
 * index, replication, seed and outputs, every number the hex of its double's bits so that values read
 * back are exactly those computed. Each line is forced to disk before the next; a line cut short by a
 * kill is cut off on resume. Not thread-safe: record runs from one thread.
 */
public final class SensitivityJournal implements AutoCloseable {
    public static final String FOLDER = ".sensitivity-journal";
    public static final String FILE = "journal.tsv";
    static final String MAGIC = "zonelab-sensitivity-journal";
    static final int FORMAT = 1;
    /** Largest journal read back, in bytes: 1,000,000 runs of 50 outputs take about 900 MB; bounded lower. */
    public static final int MAX_BYTES = 512 * 1024 * 1024;
    static final Pattern NAMES = Pattern.compile("journal\\.tsv");
    private static final String JOURNAL = FOLDER + "/" + FILE;

    /**
     * A finished run as recorded.
     *
     * @param index       the run's index in the plan
     * @param replication its replication
     * @param seed        its seed
     * @param outputs     its outputs, in the analysis's order
     */
    public record Entry(int index, int replication, long seed, double[] outputs) {
        public Entry {
            outputs = outputs.clone();
        }

        @Override
        public double[] outputs() {
            return outputs.clone();
        }
    }

    /** What a journal header says. */
    public record Header(String fingerprint, String started) {
    }

    private final OutputDirectory out;
    private final Header header;
    private final FileChannel channel;
    private final Map<Integer, Entry> entries;

    private SensitivityJournal(OutputDirectory out, Header header, FileChannel channel, Map<Integer, Entry> entries) {
        this.out = out;
        this.header = header;
        this.channel = channel;
        this.entries = entries;
    }

    /** Whether a directory that is not taken holds a journal (links are not journals). */
    public static boolean exists(Path outputDir) {
        return JournalFile.exists(outputDir, FOLDER, FILE);
    }

    /** Whether an output directory holds a journal. */
    public static boolean exists(OutputDirectory out) {
        return out.isFile(JOURNAL);
    }

    /** Starts a new journal (replacing any old one). */
    public static SensitivityJournal create(OutputDirectory out, Header header) throws IOException {
        delete(out);
        FileChannel ch = JournalFile.create(out, JOURNAL, MAGIC + "\t" + FORMAT + "\t" + header.fingerprint() + "\t"
                + header.started());
        return new SensitivityJournal(out, header, ch, new TreeMap<>());
    }

    /**
     * Opens an existing journal to continue it.
     *
     * @param runs    the plan's runs: an entry outside them is not trusted
     * @param outputs the outputs per run
     * @throws DirectoryRefusedException when it is not a sensitivity journal of this version
     */
    public static SensitivityJournal resume(OutputDirectory out, int runs, int outputs) throws IOException {
        JournalFile.Text text = JournalFile.read(out, JOURNAL, MAX_BYTES, "larger than " + MAX_BYTES + " bytes, so "
                + "it is not one zonelab wrote; use --force to start the analysis again");
        List<String> lines = text.lines();
        String[] h = JournalFile.header(out, JOURNAL, text, MAGIC, FORMAT, 4,
                "not a sensitivity journal of this version, so the analysis there cannot be resumed; "
                        + "use --force to start it again");
        Map<Integer, Entry> entries = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Entry e = parse(lines.get(i), outputs);
            if (e == null || e.index() < 0 || e.index() >= runs) {
                break; // nothing after a damaged line is trusted
            }
            entries.putIfAbsent(e.index(), e);
        }
        return new SensitivityJournal(out, new Header(h[2], h[3]), JournalFile.reopen(out, JOURNAL, text.end()), entries);
    }

    /** The header. */
    public Header header() {
        return header;
    }

    /** The recorded runs, by index. */
    public Map<Integer, Entry> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** Records a finished run, durably, unless it is recorded already (a run is kept once, by its index). */
    public void record(Entry e) throws IOException {
        if (entries.containsKey(e.index())) {
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append(e.index()).append('\t').append(e.replication()).append('\t').append(e.seed()).append('\t');
        double[] y = e.outputs();
        for (int i = 0; i < y.length; i++) {
            b.append(i == 0 ? "" : ";").append(Long.toHexString(Double.doubleToRawLongBits(y[i])));
        }
        JournalFile.append(out, JOURNAL, channel, b.append('\n').toString());
        entries.put(e.index(), e);
    }

    private static Entry parse(String line, int outputs) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            return null;
        }
        try {
            String[] v = f[3].split(";", -1);
            if (v.length != outputs) {
                return null;
            }
            double[] y = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                y[i] = Double.longBitsToDouble(Long.parseUnsignedLong(v[i], 16));
            }
            return new Entry(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]), y);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Deletes an analysis's journal: its own file, then the folder if nothing else is in it. */
    public static void delete(OutputDirectory out) throws IOException {
        out.deleteFolder(FOLDER, NAMES);
    }
}
