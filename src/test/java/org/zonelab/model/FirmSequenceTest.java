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

    /** The order of steps after loading agent lists of these sizes in turn, by load or by replaceSteppables. */
    private static List<Integer> orderAfterLoads(boolean load, int[] sizes) {
        List<Integer> seen = new ArrayList<>();
        SimState state = new SimState(7L);
        RandomSequence sequence = load ? new FirmSequence(new Steppable[0]) : new RandomSequence(new Steppable[0]);
        int next = 0;
        for (int n : sizes) {
            List<Steppable> agents = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int id = next++;
                agents.add(s -> seen.add(id));
            }
            if (load) {
                ((FirmSequence) sequence).load(agents);
            } else {
                sequence.replaceSteppables(agents.toArray(new Steppable[0]));
            }
            sequence.step(state);
            seen.add(-1);
        }
        seen.add((int) state.random.nextLong());
        return seen;
    }

    @Test
    void loadingAListStepsAsReplacingTheSteppablesDoes() {
        // Growing, shrinking (old slots must not be stepped) and growing again past the array's room.
        int[] sizes = {5, 40, 3, 0, 41, 200, 17};
        assertEquals(orderAfterLoads(false, sizes), orderAfterLoads(true, sizes));
    }

    @Test
    void shufflesAndStepsAsRandomSequenceDoes() {
        for (int agents : new int[] {0, 1, 2, 3, 10, 16, 17, 32, 33, 257}) {
            assertEquals(order(false, agents, 5), order(true, agents, 5), agents + " agents");
        }
    }
}
