package org.zonelab.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zonelab.model.geo.Region;
import org.zonelab.model.geo.ZoneSeed;

/**
 * Reads a zone catalogue CSV ({@code zones-2019.csv} layout) and joins the city tiers and published
 * GDP anchors that sit beside it. Every malformed cell is reported as {@code file:line:col: message}.
 */
public final class ZoneCatalogue {
    /** Columns a zone catalogue must have ({@code source} and any others are optional and ignored). */
    public static final List<String> COLUMNS = List.of("id", "name_zh", "name_en", "city", "province",
            "macro_region", "approved_year", "lon", "lat");
    /** File name of the city tiers, looked up beside the catalogue. */
    public static final String TIERS_FILE = "city-tiers.csv";
    /** File name of the zone GDP anchors, looked up beside the catalogue. */
    public static final String ANCHORS_FILE = "zone-anchors.csv";
    /** Tier of a city that is not in the tiers file. */
    public static final int DEFAULT_TIER = 3;
    /**
     * Most zones in a catalogue, as in a synthetic zone set ({@link SyntheticZones#MAX_COUNT}): the model
     * keeps a zone-to-zone distance table, whose size grows with the square of the zone count.
     */
    public static final int MAX_ZONES = SyntheticZones.MAX_COUNT;

    private ZoneCatalogue() {
    }

    /**
     * Reads a catalogue with the tiers and anchors files beside it ({@value #TIERS_FILE},
     * {@value #ANCHORS_FILE}); a missing one gives tier 3 and NaN anchors.
     */
    public static List<ZoneSeed> read(Path csv) {
        return read(csv, new InputFiles());
    }

    /**
     * As {@link #read(Path)}, reading through {@code log}, which records the catalogue and the tiers
     * and anchors files that are present.
     */
    public static List<ZoneSeed> read(Path csv, InputFiles log) {
        return read(csv, csv.resolveSibling(TIERS_FILE), csv.resolveSibling(ANCHORS_FILE), log);
    }

    /**
     * Reads a zone catalogue and joins city tiers (by the city text before any {@code " ("}) and GDP
     * anchors (by zone id).
     *
     * @param csv        the catalogue
     * @param tiersCsv   {@code city,tier,source}; null or absent means every city is tier 3
     * @param anchorsCsv {@code zone_id,gdp_bn_2019,source}; null or absent means no anchors (NaN)
     * @return the zones in file order
     * @throws ScenarioException when a file cannot be read or a row is malformed
     */
    public static List<ZoneSeed> read(Path csv, Path tiersCsv, Path anchorsCsv) {
        return read(csv, tiersCsv, anchorsCsv, new InputFiles());
    }

    private static List<ZoneSeed> read(Path csv, Path tiersCsv, Path anchorsCsv, InputFiles log) {
        Table zones = Table.read(csv, COLUMNS, InputFiles.Kind.ZONE_CATALOGUE, log);
        if (zones == null) {
            throw new ScenarioException(csv, 1, 1, "cannot read zone catalogue: file not found");
        }
        if (zones.rows().size() > MAX_ZONES) {
            throw new ScenarioException(csv, zones.rows().get(MAX_ZONES).line(), 1, "the zone catalogue has "
                    + zones.rows().size() + " zones; allowed: at most " + MAX_ZONES);
        }
        Map<String, Integer> tiers = readTiers(tiersCsv, log);
        List<ZoneSeed> out = new ArrayList<>();
        Map<Integer, Integer> lineOfId = new HashMap<>();
        for (Row r : zones.rows()) {
            int id = r.integer("id", 1, Integer.MAX_VALUE);
            Integer first = lineOfId.putIfAbsent(id, r.line());
            if (first != null) {
                throw r.error("id", "duplicate zone id " + id + " (first at line " + first + ")");
            }
            String city = r.text("city");
            Region region = Region.fromLabel(r.cell("macro_region").trim());
            if (region == null) {
                throw r.error("macro_region", "unknown macro_region " + Text.quote(r.cell("macro_region"))
                        + "; allowed: East, Central, West, Northeast");
            }
            int approved = r.integer("approved_year", 1980, 2100);
            double lon = r.real("lon", -180, 180);
            double lat = r.real("lat", -90, 90);
            int tier = tiers.getOrDefault(cityKey(city), DEFAULT_TIER);
            out.add(new ZoneSeed(id, r.cell("name_zh").trim(), r.text("name_en"), city, r.text("province"), region,
                    approved, lon, lat, tier, Double.NaN));
        }
        if (out.isEmpty()) {
            throw new ScenarioException(csv, 1, 1, "the zone catalogue has no zones");
        }
        return joinAnchors(out, anchorsCsv, lineOfId.keySet(), log);
    }

    /** The city name used to match tiers: the text before any {@code " ("}, trimmed. */
    static String cityKey(String city) {
        int b = city.indexOf(" (");
        return (b < 0 ? city : city.substring(0, b)).trim();
    }

    private static Map<String, Integer> readTiers(Path tiersCsv, InputFiles log) {
        Map<String, Integer> tiers = new HashMap<>();
        Table t = tiersCsv == null ? null : Table.read(tiersCsv, List.of("city", "tier"), InputFiles.Kind.CITY_TIERS,
                log);
        if (t != null) {
            for (Row r : t.rows()) {
                tiers.put(cityKey(r.text("city")), r.integer("tier", 1, 3));
            }
        }
        return tiers;
    }

    private static List<ZoneSeed> joinAnchors(List<ZoneSeed> zones, Path anchorsCsv, java.util.Set<Integer> ids,
                                              InputFiles log) {
        Table t = anchorsCsv == null ? null : Table.read(anchorsCsv, List.of("zone_id", "gdp_bn_2019"),
                InputFiles.Kind.ZONE_ANCHORS, log);
        if (t == null) {
            return zones;
        }
        Map<Integer, Double> gdp = new HashMap<>();
        for (Row r : t.rows()) {
            int id = r.integer("zone_id", 1, Integer.MAX_VALUE);
            if (!ids.contains(id)) {
                throw r.error("zone_id", "zone id " + id + " is not in the zone catalogue");
            }
            gdp.put(id, r.real("gdp_bn_2019", 0, 1e7));
        }
        List<ZoneSeed> out = new ArrayList<>(zones.size());
        for (ZoneSeed z : zones) {
            Double g = gdp.get(z.id());
            out.add(g == null ? z : new ZoneSeed(z.id(), z.nameZh(), z.nameEn(), z.city(), z.province(), z.region(),
                    z.approvedYear(), z.lon(), z.lat(), z.cityTier(), g));
        }
        return out;
    }

    /** A CSV file read strictly: header checked, each row with its line and cell columns. */
    private record Table(Path file, List<Row> rows) {

        /** Reads a table through {@code log}, or returns null when the file does not exist. */
        static Table read(Path file, List<String> required, InputFiles.Kind kind, InputFiles log) {
            byte[] bytes;
            try {
                if (!Files.exists(file)) {
                    return null;
                }
                bytes = log.read(file, kind);
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new ScenarioException(file, 1, 1, "cannot read: " + e.getMessage(), e);
            }
            String text = YamlReader.decodeUtf8(file, bytes);
            if (text.startsWith("\uFEFF")) {
                text = " " + text.substring(1);
            }
            int[] lineStarts = lineStarts(text);
            List<Row> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
                Map<String, Integer> header = null;
                for (CSVRecord rec : parser) {
                    int offset = (int) rec.getCharacterPosition();
                    int line = lineOf(lineStarts, offset);
                    int col = offset - lineStarts[line - 1] + 1;
                    if (header == null) {
                        header = header(file, rec, required);
                        continue;
                    }
                    if (rec.size() == 1 && rec.get(0).isBlank()) {
                        continue;
                    }
                    if (rec.size() != header.size()) {
                        throw new ScenarioException(file, line, 1, "expected " + header.size()
                                + " fields as in the header, found " + rec.size());
                    }
                    rows.add(new Row(file, line, cellColumns(text, offset, col, rec.size()), header, rec));
                }
                if (header == null) {
                    throw new ScenarioException(file, 1, 1, "empty file; expected a header line with columns "
                            + String.join(",", required));
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                int line = lineStarts.length;
                throw new ScenarioException(file, line, 1, "malformed CSV: " + e.getMessage(), e);
            }
            return new Table(file, rows);
        }

        private static Map<String, Integer> header(Path file, CSVRecord rec, List<String> required) {
            Map<String, Integer> header = new LinkedHashMap<>();
            for (int i = 0; i < rec.size(); i++) {
                header.put(rec.get(i).trim(), i);
            }
            for (String c : required) {
                if (!header.containsKey(c)) {
                    throw new ScenarioException(file, 1, 1, "missing column " + Text.quote(c) + "; required columns: "
                            + String.join(",", required));
                }
            }
            return header;
        }

        private static int[] lineStarts(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }

        private static int lineOf(int[] starts, int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return i >= 0 ? i + 1 : -i - 1;
        }

        /** 1-based columns of each cell of a record starting at {@code offset} (quote-aware). */
        private static int[] cellColumns(String text, int offset, int firstCol, int n) {
            int[] cols = new int[n];
            cols[0] = firstCol;
            boolean quoted = false;
            int col = firstCol;
            int cell = 0;
            for (int i = offset; i < text.length() && cell < n - 1; i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cols[++cell] = col + 1;
                } else if (c == '\n' && !quoted) {
                    break;
                }
                col = c == '\n' ? 1 : col + 1;
            }
            return cols;
        }
    }

    /** One data row of a {@link Table}. */
    private record Row(Path file, int line, int[] columns, Map<String, Integer> header, CSVRecord rec) {

        String cell(String column) {
            return rec.get(header.get(column));
        }

        ScenarioException error(String column, String message) {
            return new ScenarioException(file, line, columns[header.get(column)], message);
        }

        String text(String column) {
            String v = cell(column).trim();
            if (v.isEmpty()) {
                throw error(column, column + " is empty; a value is required");
            }
            return v;
        }

        int integer(String column, int min, int max) {
            String v = cell(column).trim();
            long x;
            try {
                x = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw error(column, column + ": expected a whole number, got " + Text.quote(v));
            }
            if (x < min || x > max) {
                throw error(column, column + ": " + v + " is out of range; allowed: whole numbers in ["
                        + min + ", " + (max == Integer.MAX_VALUE ? "2147483647" : max) + "]");
            }
            return (int) x;
        }

        double real(String column, double min, double max) {
            String v = cell(column).trim();
            double x;
            try {
                x = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error(column, column + ": expected a number, got " + Text.quote(v));
            }
            if (!(x >= min && x <= max)) {
                throw error(column, column + ": " + v + " is out of range; allowed: ["
                        + Checks.plain(min) + ", " + Checks.plain(max) + "]");
            }
            return x;
        }
    }
}
