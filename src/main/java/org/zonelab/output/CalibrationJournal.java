package org.zonelab.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.zonelab.experiment.Calibration;

/**
 * The record of a calibration's evaluations, kept in {@value #FOLDER} inside its output directory so
 * that a killed calibration resumes where it stopped: the search replays the recorded losses (exactly:
 * every number is the hex of its double's bits) and so takes the same path, then goes on. A header line
 * (format, the calibration's fingerprint, the start time), then one line per evaluation, appended and
 * forced to disk before the next; a line cut short by a kill is cut off on resume. Not thread-safe.
 */
public final class CalibrationJournal implements Calibration.Journal, AutoCloseable {
    public static final String FOLDER = ".calibrate-journal";
    public static final String FILE = "journal.tsv";
    static final String MAGIC = "zonelab-calibrate-journal";
    static final int FORMAT = 1;
    /** Largest journal read back, in bytes: 100,000 evaluations of 40 parameters take about 70 MB. */
    public static final int MAX_BYTES = 256 * 1024 * 1024;
    static final Pattern NAMES = Pattern.compile("journal\\.tsv");
    private static final String JOURNAL = FOLDER + "/" + FILE;

    /** What a journal header says. */
    public record Header(String fingerprint, String started) {
    }

    private final OutputDirectory out;
    private final Header header;
    private final FileChannel channel;
    private final Map<Integer, Calibration.Evaluation> entries;

    private CalibrationJournal(OutputDirectory out, Header header, FileChannel channel,
                               Map<Integer, Calibration.Evaluation> entries) {
        this.out = out;
        this.header = header;
        this.channel = channel;
        this.entries = entries;
    }

    /**
     * Whether a directory that is not taken holds a journal (to find unfinished calibrations; links are
     * not journals).
     */
    public static boolean exists(Path outputDir) {
        return JournalFile.exists(outputDir, FOLDER, FILE);
    }

    /** Whether an output directory holds a journal. */
    public static boolean exists(OutputDirectory out) {
        return out.isFile(JOURNAL);
    }

    /** Starts a new journal (replacing any old one). */
    public static CalibrationJournal create(OutputDirectory out, Header header) throws IOException {
        delete(out);
        FileChannel ch = JournalFile.create(out, JOURNAL, MAGIC + "\t" + FORMAT + "\t" + header.fingerprint() + "\t"
                + header.started());
        return new CalibrationJournal(out, header, ch, new TreeMap<>());
    }

    /**
     * Opens an existing journal to continue it.
     *
     * @throws DirectoryRefusedException when it is not a calibration journal of this version
     */
    public static CalibrationJournal resume(OutputDirectory out) throws IOException {
        JournalFile.Text text = JournalFile.read(out, JOURNAL, MAX_BYTES, "larger than " + MAX_BYTES + " bytes, so "
                + "it is not one zonelab wrote; use --force to start the calibration again");
        List<String> lines = text.lines();
        String[] h = JournalFile.header(out, JOURNAL, text, MAGIC, FORMAT, 4,
                "not a calibration journal of this version, so the calibration there cannot be resumed; "
                        + "use --force to start it again");
        Map<Integer, Calibration.Evaluation> entries = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Calibration.Evaluation e = parse(lines.get(i));
            if (e == null || e.index() != entries.size()) {
                break; // the evaluations are recorded in order: nothing after a damaged line is trusted
            }
            entries.put(e.index(), e);
        }
        return new CalibrationJournal(out, new Header(h[2], h[3]), JournalFile.reopen(out, JOURNAL, text.end()), entries);
    }

    /** The header. */
    public Header header() {
        return header;
    }

    @Override
    public Map<Integer, Calibration.Evaluation> recorded() {
        return Collections.unmodifiableMap(entries);
    }

    @Override
    public void record(Calibration.Evaluation e) throws IOException {
        if (entries.containsKey(e.index())) {
            return; // replayed
        }
        StringBuilder b = new StringBuilder();
        b.append(e.index()).append('\t').append(e.generation()).append('\t');
        double[] values = e.values();
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ";").append(hex(values[i]));
        }
        b.append('\t').append(hex(e.loss())).append('\n');
        JournalFile.append(out, JOURNAL, channel, b.toString());
        entries.put(e.index(), e);
    }

    private static String hex(double v) {
        return Long.toHexString(Double.doubleToRawLongBits(v));
    }

    private static double unhex(String s) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(s, 16));
    }

    private static Calibration.Evaluation parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            return null;
        }
        try {
            String[] v = f[2].split(";", -1);
            double[] values = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                values[i] = unhex(v[i]);
            }
            return new Calibration.Evaluation(Integer.parseInt(f[0]), Integer.parseInt(f[1]), values, unhex(f[3]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Deletes a calibration's journal: its own file, then the folder if nothing else is in it. */
    public static void delete(OutputDirectory out) throws IOException {
        out.deleteFolder(FOLDER, NAMES);
    }
}
