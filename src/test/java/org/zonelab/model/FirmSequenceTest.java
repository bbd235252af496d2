package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.engine.RandomSequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/** The firm phase's sequence steps in exactly the order MASON's RandomSequence would, step after step. */
class FirmSequenceTest {
    private static List<Integer> order(boolean firmSequence, int agents, int steps) {
        List<Integer> seen = new ArrayList<>();
        Steppable[] all = new Steppable[agents];
        for (int i = 0; i < agents; i++) {
            int id = i;
            all[i] = state -> seen.add(id);
        }
        SimState state = new SimState(42L);
        RandomSequence sequence = firmSequence ? new FirmSequence(all) : new RandomSequence(all);
        for (int s = 0; s < steps; s++) {
            sequence.step(state);
        }
        seen.add((int) state.random.nextLong()); // and the generator is left in the same state
        return seen;
    }

    @Test
    void shufflesAndStepsAsRandomSequenceDoes() {
        for (int agents : new int[] {0, 1, 2, 3, 10, 16, 17, 32, 33, 257}) {
            assertEquals(order(false, agents, 5), order(true, agents, 5), agents + " agents");
        }
    }
}
