package org.zonelab.policy;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.zonelab.model.BaseSector;
import org.zonelab.model.Firm;
import org.zonelab.model.Worlds;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.geo.Region;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.RegionIndicator;

/** What lever tests measure on a finished run. */
final class Measures {
    private Measures() {
    }

    /** A stock indicator averaged over the final year's four quarters. */
    static ToDoubleFunction<ZoneLabModel> finalYear(Indicator i) {
        return lastQuarters(i, 4);
    }

    /** A stock indicator averaged over the last {@code quarters} quarters. */
    static ToDoubleFunction<ZoneLabModel> lastQuarters(Indicator i, int quarters) {
        return m -> {
            int n = m.history().size();
            double s = 0;
            for (int k = n - quarters; k < n; k++) {
                s += m.history().get(k).get(i) / quarters;
            }
            return s;
        };
    }

    /** A flow indicator summed over the whole run. */
    static ToDoubleFunction<ZoneLabModel> total(Indicator i) {
        return m -> Worlds.total(m, i);
    }

    /** A stock indicator averaged over every quarter of the run. */
    static ToDoubleFunction<ZoneLabModel> average(Indicator i) {
        return m -> Worlds.total(m, i) / m.history().size();
    }

    /** A region indicator at the last quarter. */
    static ToDoubleFunction<ZoneLabModel> region(Region r, RegionIndicator i) {
        return m -> m.history().get(m.history().size() - 1).get(r, i);
    }

    /** Mean log revenue of firms younger than the given age at the end. */
    static ToDoubleFunction<ZoneLabModel> youngFirmSize(double maxAge) {
        return m -> m.firms().stream().filter(f -> f.isActive() && f.age(m.time()) < maxAge)
                .mapToDouble(f -> Math.log(f.getRevenueBn())).average().orElse(0);
    }

    /** DIGITAL firms alive at the end that were born during the run. */
    static ToDoubleFunction<ZoneLabModel> digitalNewcomers(int startYear) {
        return m -> m.firms().stream().filter(f -> f.isActive() && f.sector() == BaseSector.DIGITAL.ordinal()
                && f.getFounded() >= startYear).count();
    }

    static boolean isDigital(Firm f) {
        return f.sector() == BaseSector.DIGITAL.ordinal();
    }

    /** Mean knowledge (log level against the 2019 sector mean) of the active firms of these base sectors. */
    static ToDoubleFunction<ZoneLabModel> meanKnowledge(BaseSector... sectors) {
        return m -> m.firms().stream().filter(f -> f.isActive() && Arrays.stream(sectors)
                .anyMatch(s -> f.sector() == s.ordinal())).mapToDouble(Firm::getKnowledge).average().orElse(0);
    }
}
