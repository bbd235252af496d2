package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.zonelab.model.param.Parameters;

/** One specialisation rule for catalogue and approved zones: shares sum to 1, and lead sectors follow the national shares. */
class ZoneSpecialisationTest {
    private static final Parameters P = Parameters.defaults();

    @Test
    void sharesSumToOneAndTheLeadIsTheLargest() {
        MersenneTwisterFast rng = new MersenneTwisterFast(3);
        for (int i = 0; i < 200; i++) {
            double[] w = ZoneSpecialisation.draw(P, rng);
            double sum = 0;
            for (double x : w) {
                assertTrue(x > 0);
                sum += x;
            }
            assertEquals(1.0, sum, 1e-12);
            int lead = ZoneSpecialisation.lead(w);
            for (double x : w) {
                assertTrue(w[lead] >= x);
            }
        }
    }

    @Test
    void leadSectorsAreCommonerForLargerNationalShares() {
        MersenneTwisterFast rng = new MersenneTwisterFast(5);
        double[] national = ZoneSpecialisation.baseShares(P);
        int[] leads = new int[national.length];
        int draws = 4000;
        for (int i = 0; i < draws; i++) {
            leads[ZoneSpecialisation.lead(ZoneSpecialisation.draw(P, rng))]++;
        }
        int largest = 0;
        int smallest = 0;
        for (int s = 1; s < national.length; s++) {
            largest = national[s] > national[largest] ? s : largest;
            smallest = national[s] < national[smallest] ? s : smallest;
        }
        assertTrue(leads[largest] > leads[smallest], "the largest national sector leads more zones than the smallest");
        for (int s = 0; s < national.length; s++) {
            assertTrue(leads[s] > 0, "every sector leads some zone: " + s);
        }
    }

    @Test
    void anApprovedZoneIsSpecialisedByTheSameRule() {
        ZoneLabModel model = new ZoneLabModel(9L, Worlds.config(0.02, 1));
        model.start();
        Zone zone = model.zones().get(0);
        MersenneTwisterFast copy = (MersenneTwisterFast) model.stream(Streams.Process.ZONES).clone();
        NewZones.initialise(model, zone);
        double[] expected = ZoneSpecialisation.draw(model.parameters(), copy);
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, zone.specialisation);
        assertEquals(ZoneSpecialisation.lead(expected), zone.leadSector);
    }
}
