package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The firms' own link lists are consistent networks (issue 12: they replaced MASON Networks) after years
 * of ties formed, dissolved and ended by exits, branches opened, closed and folded by moves: every tie
 * is in both partners' lists with one starter, no partner has exited, branches are in other zones, and
 * each firm's cross-sector partner count (kept so that the census need not visit every partner) is right.
 */
class NetworkBookkeepingTest {

    @Test
    void keptCountsAndFlagsMatchTheEdges() {
        ZoneLabModel m = Worlds.runToEnd(Worlds.started(Worlds.config(0.02, 3), 11L));
        long crossTies = 0;
        long starters = 0;
        long ends = 0;
        long firmsWithPartners = 0;
        for (Firm f : m.firms()) {
            if (!f.active) {
                continue;
            }
            int cross = 0;
            for (int i = 0; i < f.partners.size(); i++) {
                Firm other = (Firm) f.partners.other(i);
                assertTrue(other.active, "a partner of firm " + f.id + " has exited");
                int back = indexOf(other, f);
                assertTrue(back >= 0, "tie " + i + " of firm " + f.id + " is in its partner's list too");
                assertTrue(f.partners.startedByOwner(i) != other.partners.startedByOwner(back),
                        "tie " + i + " of firm " + f.id + " has one starter");
                starters += f.partners.startedByOwner(i) ? 1 : 0;
                if (other.sector != f.sector) {
                    cross++;
                }
            }
            assertEquals(cross, f.crossSectorPartners, "cross-sector partners of firm " + f.id);
            crossTies += cross;
            firmsWithPartners += f.partners.size() > 0 ? 1 : 0;
            ends += f.partners.size();
            for (int i = 0; i < f.branches.size(); i++) {
                assertTrue(f.branches.other(i) instanceof Zone z && z != f.home, "branch " + i + " of firm " + f.id + " is in another zone");
            }
        }
        assertEquals(ends, 2 * starters, "each tie has two ends and one starter");
        assertTrue(crossTies > 0 && firmsWithPartners > 100, "the run formed ties: " + crossTies + " cross-sector ends, "
                + firmsWithPartners + " firms with partners");
    }

    /** Where {@code target} is in {@code f}'s partner list, or -1. */
    private static int indexOf(Firm f, Firm target) {
        for (int i = 0; i < f.partners.size(); i++) {
            if (f.partners.other(i) == target) {
                return i;
            }
        }
        return -1;
    }
}
