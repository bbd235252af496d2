package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * The unicorn pipeline of the initial state (issue 13, defect 6): potential unicorns valued between
 * the GEI line of their age and the unicorn line exist at the start, and the initial unicorns are
 * spread over the ten-year window instead of ageing out of it together.
 */
class UnicornPipelineTest {

    /** Unlisted venture-backed firms valued at least the GEI potential-unicorn line of their age, below the unicorn line. */
    private static int potentialUnicorns(ZoneLabModel model) {
        Parameters p = model.parameters();
        double usd = p.get(Param.CNY_PER_USD);
        int n = 0;
        for (Firm f : model.firms()) {
            double age = f.age(model.time());
            double line = usd * (age < p.get(Param.POTENTIAL_UNICORN_YOUNG_AGE)
                    ? p.get(Param.POTENTIAL_UNICORN_YOUNG_USD_BN) : p.get(Param.POTENTIAL_UNICORN_OLD_USD_BN));
            if (f.active && !f.unicorn && !f.listed && f.venture.rounds > 0 && age < p.get(Param.UNICORN_MAX_AGE)
                    && f.venture.valuation >= line) {
                n++;
            }
        }
        return n;
    }

    @Test
    void potentialUnicornsStartBetweenTheLines() {
        double scale = 0.3;
        Parameters p = Parameters.defaults();
        long[] seeds = {5L, 6L, 7L, 8L};
        int with = 0;
        int without = 0;
        for (long seed : seeds) {
            with += potentialUnicorns(Worlds.started(Worlds.config(scale, 1, p), seed));
            without += potentialUnicorns(Worlds.started(Worlds.config(scale, 1, p.with(Param.INIT_POTENTIAL_UNICORNS, 0)), seed));
        }
        double target = p.get(Param.INIT_POTENTIAL_UNICORNS) * scale * seeds.length;
        // Before: valuations of backed firms were capped near twice a floor, so hardly any firm was there.
        // Over four seeds, as one seed's count without them (firms that reach the band by chance) varies
        // by a tenth of the target.
        assertTrue(with >= Math.round(target) && with - without >= 0.8 * target,
                "potential unicorns " + with + " (" + without + " without them), target " + target);
    }

    @Test
    void initialUnicornsDoNotAgeOutTogether() {
        double scale = 0.5;
        int initial = 0;
        int agedOut = 0;
        double start = 0;
        double end = 0;
        for (long seed : new long[] {3L, 4L, 5L, 6L}) {
            ZoneLabModel model = Worlds.started(Worlds.config(scale, 3), seed);
            List<Firm> unicorns = new ArrayList<>();
            for (Firm f : model.firms()) {
                if (f.unicorn) {
                    unicorns.add(f);
                }
            }
            start += model.initialSnapshot().get(Indicator.UNICORNS);
            Worlds.runToEnd(model);
            end += model.history().get(model.history().size() - 1).get(Indicator.UNICORNS);
            for (Firm f : unicorns) {
                initial++;
                if (f.active && !f.listed && !f.unicorn && f.age(model.time()) > model.parameters().get(Param.UNICORN_MAX_AGE)) {
                    agedOut++;
                }
            }
        }
        // Before: drawn by revenue, most initial unicorns were 6-8 years old; 41 % aged out within three
        // years and the count fell from 126 to about 78 by 2022. Even ages give about a fifth (four
        // seeds: two give 21-25 % by chance).
        assertTrue(agedOut < 0.25 * initial, agedOut + " of " + initial + " initial unicorns aged out in three years");
        assertTrue(end > 0.8 * start, "unicorns " + start + " -> " + end);
    }
}
