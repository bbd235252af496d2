package org.zonelab.gui;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The clock of a twin run ({@link TwinWithUI}): the state that MASON's Console sees, seeds and starts.
 * Its seed is the seed of both models, A and B, which the twin GUI gives them at each start (common
 * random numbers: each draws exactly as a headless run of its own scenario with that seed, so the two
 * paths differ only because of the scenarios). Its schedule counts the quarters, so that the Console
 * can show them and pause at the end; the twin GUI steps the two models, one quarter each, with every
 * step of it.
 */
public final class TwinModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** @param seed the seed of both models */
    public TwinModel(long seed) {
        super(seed);
    }

    /** Starts counting quarters. */
    @Override
    public void start() {
        super.start();
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new Quarter(), 1.0);
    }

    /** One tick of the clock: the two models are stepped by the GUI, with their maps and read-outs. */
    private static final class Quarter implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            // Counting only: TwinWithUI.step() has already stepped both models.
        }
    }
}
