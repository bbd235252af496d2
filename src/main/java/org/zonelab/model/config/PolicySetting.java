package org.zonelab.model.config;

import java.io.Serializable;
import java.util.Map;

/**
 * One policy lever block of a scenario: which lever, how strongly, when, where, and the lever's own
 * parameters.
 *
 * @param lever      the lever's scenario key, e.g. {@code regional_coordination}
 * @param intensity  dimensionless intensity, 0 = off, 1 = the documented full programme
 * @param fromYear   first year the lever is active (inclusive)
 * @param toYear     last year the lever is active (inclusive)
 * @param target     the zones it applies to
 * @param settings   the lever's own numeric parameters by name (e.g. {@code fund_bn_per_year})
 */
public record PolicySetting(String lever, double intensity, int fromYear, int toYear, ZoneTarget target,
                            Map<String, Double> settings) implements Serializable {

    public PolicySetting {
        settings = Map.copyOf(settings);
    }

    /** Whether the lever is active in this year. */
    public boolean activeIn(int year) {
        return intensity > 0 && year >= fromYear && year <= toYear;
    }
}
