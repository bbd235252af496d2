package org.zonelab.gui;

import org.zonelab.model.ZoneLabModel;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The clock of a twin run ({@link TwinWithUI}): two ZoneLab models, A and B, that share one seed. Its
 * {@link #start} gives both models its seed, so that each draws exactly as a headless run of its own
 * scenario with that seed (common random numbers: the two paths differ only because of the scenarios).
 * Its schedule counts the quarters, so that MASON's Console can show them and pause at the end; the
 * twin GUI steps the two models, one quarter each, with every step of it.
 */
public final class TwinModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final ZoneLabModel a;
    private final ZoneLabModel b;

    /**
     * @param seed the seed of both models
     * @param a    the model of scenario A
     * @param b    the model of scenario B
     */
    public TwinModel(long seed, ZoneLabModel a, ZoneLabModel b) {
        super(seed);
        this.a = a;
        this.b = b;
    }

    /** Gives both models this run's seed (set by the Console before each start) and starts counting quarters. */
    @Override
    public void start() {
        super.start();
        a.setSeed(seed());
        b.setSeed(seed());
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new Quarter(), 1.0);
    }

    /** The model of scenario A. */
    public ZoneLabModel a() {
        return a;
    }

    /** The model of scenario B. */
    public ZoneLabModel b() {
        return b;
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
