package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The counts a firm keeps beside its edges (issue 12: kept so that the census need not visit every
 * partner) agree with the edges themselves after years of ties formed, dissolved and ended by exits.
 */
class NetworkBookkeepingTest {

    @Test
    void crossSectorPartnerCountsMatchThePartners() {
        ZoneLabModel m = Worlds.runToEnd(Worlds.started(Worlds.config(0.02, 3), 11L));
        long crossTies = 0;
        long firmsWithPartners = 0;
        for (Firm f : m.firms()) {
            if (!f.active) {
                continue;
            }
            int cross = 0;
            for (int i = 0; i < f.partners.size(); i++) {
                Firm other = (Firm) f.partners.other(i);
                assertTrue(other.active, "a partner of firm " + f.id + " has exited");
                if (other.sector != f.sector) {
                    cross++;
                }
            }
            assertEquals(cross, f.crossSectorPartners, "cross-sector partners of firm " + f.id);
            crossTies += cross;
            firmsWithPartners += f.partners.size() > 0 ? 1 : 0;
        }
        assertTrue(crossTies > 0 && firmsWithPartners > 100, "the run formed ties: " + crossTies + " cross-sector ends, "
                + firmsWithPartners + " firms with partners");
    }
}
