package org.zonelab.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV file of an {@link OutputDirectory}, streamed under a temporary name and renamed into place
 * by {@link #commit()}; until then, {@link #close()} deletes it. Cells are written as given: callers pass
 * {@link Numbers#format} numbers and {@link CsvCells#text} text. Records end in {@code \n}.
 */
public final class AtomicCsv implements AutoCloseable {
    /** The CSV dialect of every output file: RFC 4180 quoting, {@code \n} line ends. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final NewFile file;
    private final CSVPrinter printer;
    private long rows;

    /**
     * Opens {@code name} of the directory for writing and writes the header.
     *
     * @param header the header cells; null or empty writes no header row
     */
    public AtomicCsv(OutputDirectory out, String name, List<String> header) throws IOException {
        this(out, name, header, FORMAT);
    }

    /** As {@link #AtomicCsv(OutputDirectory, String, List)}, in another CSV dialect. */
    public AtomicCsv(OutputDirectory out, String name, List<String> header, CSVFormat format) throws IOException {
        this.file = out.create(name);
        try {
            this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8),
                    1 << 16), format);
            if (header != null && !header.isEmpty()) {
                printer.printRecord(header);
            }
        } catch (IOException | RuntimeException e) {
            file.close();
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
        file.commit();
    }

    /** The file's hex SHA-256 (after {@link #commit()}). */
    public String sha256() {
        return file.sha256();
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
        file.close();
    }
}
