package org.zonelab.model;

import sim.engine.RandomSequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The firm phase's sequence: MASON's {@link RandomSequence}, with the same shuffle (the same draws
 * from the model's generator, so the same order), which before stepping each firm reads a few
 * fields of the firm {@link #AHEAD} places further on. The firms lie all over a heap of hundreds of
 * MB and are visited in random order; reading ahead lets the memory loads of the next firms overlap
 * the current firm's work (a software prefetch; about 10 % faster at full scale). Nothing read
 * ahead is used, and nothing is written, so the model's behaviour is that of a RandomSequence.
 */
final class FirmSequence extends RandomSequence {
    private static final long serialVersionUID = 1L;
    /** How many firms ahead to read: far enough to hide the loads, near enough to keep them in cache. */
    static final int AHEAD = 2;
    // Sums what is read ahead, so that the compiler cannot drop the reads.
    private long readAhead;

    FirmSequence(Steppable[] firms) {
        super(firms);
    }

    @Override
    public void step(SimState state) {
        loadSteps();
        int n = size;
        Steppable[] s = steps;
        // RandomSequence's shuffle, draw for draw (it is not synchronised: shouldSynchronize is false).
        for (int x = n - 1; x >= 1; x--) {
            int i = state.random.nextInt(x + 1);
            Steppable t = s[i];
            s[i] = s[x];
            s[x] = t;
        }
        long sum = 0;
        for (int x = 0; x < n; x++) {
            if (x + AHEAD < n && s[x + AHEAD] instanceof Firm next) {
                sum += touch(next);
            }
            if (s[x] != null) {
                s[x].step(state);
            }
        }
        readAhead += sum;
    }

    /** Reads a field of the firm and of each of its parts, bringing them into the cache. */
    private static long touch(Firm f) {
        return f.accounts.completedYears + f.innovation.inventionPatents + f.venture.rounds + f.partners.size()
                + f.branches.size() + (f.active ? 1 : 0);
    }
}
