package org.zonelab.experiment;

import ec.util.MersenneTwisterFast;
import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * MASON's floor for a firm step, the yardstick of {@code zonelab bench}: the cheapest agent step a
 * MASON model of firms can have (a growth draw, an innovation draw and a cash update), all agents
 * stepped in one {@link RandomSequence}, as MASON's own example apps do. Timed in the same JVM right
 * after ZoneLab, so that the ratio of the two is a figure that does not depend on how fast the
 * machine is that day.
 */
public final class MasonFloor {
    /** Agents in the floor's world, about half ZoneLab's full-scale firm count. */
    public static final int AGENTS = 300_000;
    /** Steps per timed run (15 years of quarters is 60). */
    public static final int STEPS = 60;
    /** Timed runs after the warm-up; the best is reported. */
    public static final int RUNS = 5;

    // The floor agent's coefficients: any finite values do (60 steps keep revenue within a few times 1).
    private static final double GROWTH_DRIFT = 0.02;
    private static final double GROWTH_SD = 0.1;
    private static final double KNOWLEDGE_STEP = 0.01;
    private static final double CASH_MARGIN = 0.1;

    private MasonFloor() {
    }

    /** A minimal firm: draws its growth and its innovation, and books its cash. */
    private static final class FloorFirm implements Steppable {
        private static final long serialVersionUID = 1L;
        double revenue = 1;
        double lnKnowledge;
        double cash;

        @Override
        public void step(SimState state) {
            MersenneTwisterFast rng = state.random;
            double growth = GROWTH_DRIFT + GROWTH_SD * rng.nextGaussian();
            revenue *= Math.exp(growth);
            lnKnowledge += KNOWLEDGE_STEP * rng.nextDouble();
            cash += CASH_MARGIN * revenue;
        }
    }

    /**
     * Times the floor: one warm-up run, then {@link #RUNS} timed runs of {@link #STEPS} steps of
     * {@link #AGENTS} agents.
     *
     * @return the best run's nanoseconds per agent-step
     */
    public static double nanosPerAgentStep() {
        run(1L);
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < RUNS; r++) {
            best = Math.min(best, run(2L + r));
        }
        return best;
    }

    private static double run(long seed) {
        SimState world = new SimState(seed);
        world.start();
        Steppable[] agents = new Steppable[AGENTS];
        for (int i = 0; i < AGENTS; i++) {
            agents[i] = new FloorFirm();
        }
        world.schedule.scheduleRepeating(Schedule.EPOCH, 0, new RandomSequence(agents), 1.0);
        long start = System.nanoTime();
        for (int s = 0; s < STEPS; s++) {
            world.schedule.step(world);
        }
        long elapsed = System.nanoTime() - start;
        world.finish();
        return (double) elapsed / ((double) AGENTS * STEPS);
    }
}
