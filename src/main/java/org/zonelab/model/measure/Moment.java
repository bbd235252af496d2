package org.zonelab.model.measure;

import java.util.Locale;
import java.util.Optional;

/**
 * The stylized-fact moments every run reports in {@code moments.csv} (docs/VALIDATION.md), one value
 * per calendar year, computed inside the run from the firms themselves. Their keys never change: the
 * calibration's targets name them. A moment that a year cannot give (a survival rate before its
 * cohorts are old enough, a statistic over too few firms) has no row that year.
 */
public enum Moment {
    REVENUE_TAIL_HILL("Hill exponent of the revenue tail", "exponent",
            "Hill estimator of the Pareto exponent of active firms' revenue over the largest "
                    + "`moment_tail_share` of them, at the end of the year"),
    GROWTH_EXCESS_KURTOSIS("Excess kurtosis of yearly growth", "excess kurtosis",
            "mean over the ten deciles of last year's revenue of the excess kurtosis of the yearly log "
                    + "revenue growth (firms with two complete years; 0 for a normal law, 3 for a Laplace tent)"),
    VOLATILITY_SIZE_SLOPE("Slope of growth volatility on size", "d ln sd / d ln revenue",
            "least-squares slope, over the ten size deciles, of the log standard deviation of yearly log "
                    + "growth on the decile's mean log revenue"),
    GROWTH_SIZE_SLOPE_MATURE("Growth-size slope of mature firms", "d growth / d ln revenue",
            "least-squares slope of yearly log revenue growth on last year's log revenue, firms at least "
                    + "`moment_mature_age_years` old (0 under Gibrat's law)"),
    SURVIVAL_1Y("One-year survival", "share",
            "share of the firms born during the run that are active on their first birthday (cohorts "
                    + "reaching that age during the year)"),
    SURVIVAL_3Y("Three-year survival", "share",
            "share of the firms born during the run that are active on their third birthday"),
    SURVIVAL_5Y("Five-year survival", "share",
            "share of the firms born during the run that are active on their fifth birthday"),
    HQ_MOVE_RATE("Headquarters move rate", "share/year",
            "headquarters relocations between zones during the year over the active firms at its end"),
    IPOS("Listings", "firms/year",
            "firms listed during the year, at national scale"),
    IPO_BACKED_SHARE("Venture-backed share of listings", "share",
            "share of the firms listed during the year that had raised at least one venture round"),
    PATENTS_PER_RD_BN("Patents per R&D", "patents per CNY bn",
            "invention patents granted during the year over the year's R&D spending"),
    HIGH_GROWTH_SHARE("Share of high-growth firms", "share",
            "OECD high-growth enterprises: share of the firms with at least `high_growth_min_employees` "
                    + "staff three years before whose revenue grew more than `high_growth_rate` a year over the "
                    + "three years since");

    private final String label;
    private final String unit;
    private final String definition;
    private final String key;

    Moment(String label, String unit, String definition) {
        this.label = label;
        this.unit = unit;
        this.definition = definition;
        this.key = name().toLowerCase(Locale.ROOT);
    }

    /** The contract key, as in {@code moments.csv}, e.g. {@code survival_5y}. */
    public String key() {
        return key;
    }

    /** A short label for tables and charts. */
    public String label() {
        return label;
    }

    /** The unit of the value. */
    public String unit() {
        return unit;
    }

    /** How the value is computed. */
    public String definition() {
        return definition;
    }

    /** The moment with this key. */
    public static Optional<Moment> byKey(String key) {
        for (Moment m : values()) {
            if (m.key.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
