package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** A kept probability draws exactly what {@link Draws#happens} draws, whenever the rate or period changes. */
class ChanceTest {
    @Test
    void drawsExactlyWhatDrawsHappensDraws() {
        MersenneTwisterFast a = new MersenneTwisterFast(11);
        MersenneTwisterFast b = new MersenneTwisterFast(11);
        Chance chance = new Chance();
        double[] rates = {0.2, 0.2, 0.2, 0, -1, 0.7, 0.7, 0.2, 5};
        double[] periods = {0.25, 0.25, 1.0, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25};
        int events = 0;
        for (int round = 0; round < 500; round++) {
            for (int k = 0; k < rates.length; k++) {
                boolean expected = Draws.happens(a, rates[k], periods[k]);
                assertEquals(expected, chance.happens(b, rates[k], periods[k]), "rate " + rates[k]);
                events += expected ? 1 : 0;
            }
        }
        assertEquals(a.nextLong(), b.nextLong(), "the same number of draws");
        org.junit.jupiter.api.Assertions.assertTrue(events > 0 && events < 500 * rates.length);
    }
}
