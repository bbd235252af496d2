package org.zonelab.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.model.ZoneLabModel;
import sim.util.Double2D;

/**
 * China's outline for the map, read from {@code scenarios/data/china-outline.csv} (columns
 * {@code part,ring,lon,lat}; one ring per part and ring number, in file order). Points are kept in
 * map-field coordinates ({@link ZoneLabModel#mapPoint}), so the outline lines up with the zones.
 */
public final class ChinaOutline {
    /** The file's name, as shipped in {@code scenarios/data/}. */
    public static final String FILE_NAME = "china-outline.csv";

    private static final ChinaOutline EMPTY = new ChinaOutline(List.of());

    private final List<List<Double2D>> rings;

    private ChinaOutline(List<List<Double2D>> rings) {
        this.rings = rings;
    }

    /** No outline: the map shows zones and firms on a plain background. */
    public static ChinaOutline empty() {
        return EMPTY;
    }

    /**
     * Reads an outline file.
     *
     * @throws UncheckedIOException     if the file cannot be read
     * @throws IllegalArgumentException if a line is not {@code part,ring,lon,lat} with numbers in range
     */
    public static ChinaOutline read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals("part,ring,lon,lat")) {
            throw new IllegalArgumentException(file + ":1: expected the header part,ring,lon,lat");
        }
        Map<String, List<Double2D>> byRing = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 4 cells, got " + cells.length);
            }
            double lon;
            double lat;
            try {
                lon = Double.parseDouble(cells[2]);
                lat = Double.parseDouble(cells[3]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": lon and lat must be numbers", e);
            }
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": lon/lat out of range");
            }
            byRing.computeIfAbsent(cells[0] + "/" + cells[1], k -> new ArrayList<>())
                    .add(ZoneLabModel.mapPoint(lon, lat));
        }
        List<List<Double2D>> rings = new ArrayList<>();
        for (List<Double2D> ring : byRing.values()) {
            if (ring.size() >= 3) {
                rings.add(List.copyOf(ring));
            }
        }
        return new ChinaOutline(List.copyOf(rings));
    }

    /** The rings (closed polygons), each a list of map-field points. */
    public List<List<Double2D>> rings() {
        return rings;
    }

    /** Number of points over all rings. */
    public int points() {
        return rings.stream().mapToInt(List::size).sum();
    }
}
