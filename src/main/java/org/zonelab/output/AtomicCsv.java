package org.zonelab.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV file streamed under a temporary name and renamed into place by {@link #commit()}; until
 * then, {@link #close()} deletes it. Cells are written as given: callers pass
 * {@link Numbers#format} numbers and {@link CsvCells#text} text. Records end in {@code \n}.
 */
public final class AtomicCsv implements AutoCloseable {
    /** The CSV dialect of every output file: RFC 4180 quoting, {@code \n} line ends. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private final MessageDigest digest;
    private final CSVPrinter printer;
    private long rows;
    private boolean committed;

    /**
     * Opens {@code dir/name} for writing and writes the header.
     *
     * @param header the header cells; null or empty writes no header row
     */
    public AtomicCsv(Path dir, String name, List<String> header) throws IOException {
        this(dir, name, header, FORMAT);
    }

    /** As {@link #AtomicCsv(Path, String, List)}, in another CSV dialect. */
    public AtomicCsv(Path dir, String name, List<String> header, CSVFormat format) throws IOException {
        this.target = dir.resolve(name);
        this.tmp = AtomicFiles.tempFile(dir, name);
        try {
            this.channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            this.digest = AtomicFiles.digest();
            OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest);
            this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    1 << 16), format);
            if (header != null && !header.isEmpty()) {
                printer.printRecord(header);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Writes one record that is not a data row (a preamble line): not counted in {@link #rows()}. */
    public void raw(List<String> cells) throws IOException {
        printer.printRecord(cells);
    }

    /** Writes one data row. */
    public void row(String... cells) throws IOException {
        printer.printRecord((Object[]) cells);
        rows++;
    }

    /** Writes one data row. */
    public void row(List<String> cells) throws IOException {
        printer.printRecord(cells);
        rows++;
    }

    /** Data rows written so far. */
    public long rows() {
        return rows;
    }

    /** Flushes, forces to disk and renames the file into place. */
    public void commit() throws IOException {
        printer.flush();
        channel.force(true);
        printer.close();
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    /** The file's hex SHA-256 (after {@link #commit()}). */
    public String sha256() {
        if (!committed) {
            throw new IllegalStateException("the file is not committed yet");
        }
        return HexFormat.of().formatHex(((MessageDigest) cloneDigest()).digest());
    }

    private Object cloneDigest() {
        try {
            return digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows and sha256, for a manifest's {@code files} entry. */
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("rows", rows);
        d.put("sha256", sha256());
        return d;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            printer.close();
        } catch (IOException | RuntimeException e) {
            // the file is deleted next; nothing else to do
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // best effort: a stray temporary file never looks like a complete run
        }
    }
}
