package org.zonelab.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zonelab.model.measure.Moment;

/**
 * The evidence a stylized-fact moment is held against (docs/VALIDATION.md §1), read from the one table
 * of it, the resource {@value #RESOURCE}: the range in the moment's unit, the evidence in words and its
 * source. A run's report draws the range beside the model's values.
 *
 * @param moment   the moment
 * @param low      the evidence's lower end
 * @param high     its upper end (equal to {@code low} for a single figure)
 * @param evidence the evidence in words
 * @param source   where it comes from
 */
public record MomentEvidence(Moment moment, double low, double high, String evidence, String source) {
    /** The table, beside this class. */
    public static final String RESOURCE = "moment-evidence.csv";

    private static final Map<Moment, MomentEvidence> ALL = load();

    public MomentEvidence {
        if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException(moment.key() + ": evidence range " + low + " to " + high);
        }
    }

    /** The evidence for a moment, if the table has it. */
    public static Optional<MomentEvidence> of(Moment moment) {
        return Optional.ofNullable(ALL.get(moment));
    }

    /** Whether a value lies within the evidence's range. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /** The range as text: one figure, or "low to high". */
    public String range() {
        return low == high ? Numbers.format(low) : Numbers.format(low) + " to " + Numbers.format(high);
    }

    private static Map<Moment, MomentEvidence> load() {
        Map<Moment, MomentEvidence> out = new EnumMap<>(Moment.class);
        try (InputStream in = MomentEvidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord r : parser) {
                    Moment m = Moment.byKey(r.get("moment")).orElseThrow(() -> new IllegalStateException(
                            RESOURCE + ": no moment \"" + r.get("moment") + "\""));
                    out.put(m, new MomentEvidence(m, Double.parseDouble(r.get("low")), Double.parseDouble(r.get("high")),
                            r.get("evidence"), r.get("source")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
