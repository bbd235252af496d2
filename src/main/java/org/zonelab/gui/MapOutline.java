package org.zonelab.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zonelab.model.ZoneLabModel;
import sim.util.Double2D;

/**
 * China's outline for the map, read from {@code scenarios/data/china-outline.csv} by
 * {@link org.zonelab.output.ChinaOutline} and kept in map-field coordinates
 * ({@code ZoneLabModel#mapPoint}), so that the outline lines up with the zones.
 */
public final class MapOutline {
    /** The file's name, as shipped in {@code scenarios/data/}. */
    public static final String FILE_NAME = org.zonelab.output.ChinaOutline.FILE;

    private static final MapOutline EMPTY = new MapOutline(List.of());

    private final List<List<Double2D>> rings;

    private MapOutline(List<List<Double2D>> rings) {
        this.rings = rings;
    }

    /** No outline: the map shows zones and firms on a plain background. */
    public static MapOutline empty() {
        return EMPTY;
    }

    /**
     * Reads an outline file (with the reader the report charts use) into map-field points.
     *
     * @throws UncheckedIOException if the file cannot be read or a row is malformed
     */
    public static MapOutline read(Path file) {
        org.zonelab.output.ChinaOutline lonLat;
        try {
            lonLat = org.zonelab.output.ChinaOutline.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        List<List<Double2D>> rings = new ArrayList<>();
        for (double[][] ring : lonLat.rings()) {
            if (ring[0].length < 3) {
                continue;
            }
            List<Double2D> points = new ArrayList<>(ring[0].length);
            for (int i = 0; i < ring[0].length; i++) {
                points.add(ZoneLabModel.mapPoint(ring[0][i], ring[1][i]));
            }
            rings.add(List.copyOf(points));
        }
        return new MapOutline(List.copyOf(rings));
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
