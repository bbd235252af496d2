package org.zonelab.output;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zonelab.scenario.InputFiles;

/**
 * China's outline as lon/lat rings, read from {@code china-outline.csv} (columns
 * {@code part,ring,lon,lat}; one ring per (part, ring), points in file order), for drawing maps.
 */
public final class ChinaOutline {
    /** The file name looked for. */
    public static final String FILE = "china-outline.csv";
    /** Most points in an outline file. */
    public static final int MAX_POINTS = 1_000_000;

    private final List<double[][]> rings;

    private ChinaOutline(List<double[][]> rings) {
        this.rings = List.copyOf(rings);
    }

    /** An outline with no rings (when the file cannot be found). */
    public static ChinaOutline empty() {
        return new ChinaOutline(List.of());
    }

    /** The rings, each as {@code [lon[], lat[]]}. */
    public List<double[][]> rings() {
        return rings;
    }

    /**
     * Finds the outline for a scenario: {@code data/china-outline.csv} (the zone catalogue's folder) in
     * the scenario file's folder or the nearest folder above it, else {@code scenarios/data/} in the
     * working folder.
     *
     * @return the file, or null when there is none
     */
    public static Path locate(Path scenarioFile) {
        if (scenarioFile != null) {
            for (Path d = scenarioFile.toAbsolutePath().getParent(); d != null; d = d.getParent()) {
                for (Path candidate : List.of(d.resolve("data").resolve(FILE), d.resolve(FILE))) {
                    if (Files.isRegularFile(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        Path fallback = Path.of("scenarios", "data", FILE);
        return Files.isRegularFile(fallback) ? fallback : null;
    }

    /**
     * Reads an outline file, through the bounded reader of input files ({@link InputFiles}: a regular
     * file of at most {@link InputFiles#MAX_OUTLINE_BYTES} bytes).
     *
     * @throws IOException when it cannot be read or a row is malformed
     */
    public static ChinaOutline read(Path file) throws IOException {
        Map<String, List<double[]>> byRing = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        byte[] bytes;
        try {
            bytes = InputFiles.readOnce(file, InputFiles.Kind.CHINA_OUTLINE);
        } catch (InputFiles.Refused e) {
            throw new IOException(file + ": cannot read the China outline: " + e.getMessage(), e);
        }
        try (Reader r = new StringReader(new String(bytes, StandardCharsets.UTF_8));
             CSVParser p = CSVParser.parse(r, format)) {
            int n = 0;
            for (CSVRecord rec : p) {
                if (++n > MAX_POINTS) {
                    throw new IOException(file + ": more than " + MAX_POINTS + " points");
                }
                try {
                    double lon = Double.parseDouble(rec.get("lon"));
                    double lat = Double.parseDouble(rec.get("lat"));
                    if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
                        throw new NumberFormatException("not finite");
                    }
                    byRing.computeIfAbsent(rec.get("part") + "\u0000" + rec.get("ring"), k -> new ArrayList<>())
                            .add(new double[] {lon, lat});
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new IOException(file + ":" + rec.getRecordNumber() + ": bad outline row (" + e.getMessage()
                            + ")", e);
                }
            }
        }
        List<double[][]> rings = new ArrayList<>();
        for (List<double[]> pts : byRing.values()) {
            double[][] ring = new double[2][pts.size()];
            for (int i = 0; i < pts.size(); i++) {
                ring[0][i] = pts.get(i)[0];
                ring[1][i] = pts.get(i)[1];
            }
            rings.add(ring);
        }
        return new ChinaOutline(rings);
    }
}
