package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a firm keeps beside its edges (issue 12: its cross-sector partner count, so that the census need
 * not visit every partner, and who started each tie, so that a review need not visit the Edge) agrees
 * with the edges themselves after years of ties formed, dissolved and ended by exits.
 */
class NetworkBookkeepingTest {

    @Test
    void keptCountsAndFlagsMatchTheEdges() {
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
                assertEquals(f.partners.get(i).from() == f, f.partners.startedByOwner(i), "who started tie " + i + " of firm " + f.id);
                assertTrue(f.partners.get(i).getOtherNode(f) == other, "the other end of tie " + i + " of firm " + f.id);
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
