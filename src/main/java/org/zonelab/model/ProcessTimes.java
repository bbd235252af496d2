package org.zonelab.model;

import java.io.Serializable;

/**
 * Where a replication's time goes, by phase and by firm process, for {@code zonelab bench --process}:
 * wall nanoseconds summed over the run. Switched on for a model with
 * {@link ZoneLabModel#timeProcesses}; off (the default) it costs one check per firm-step.
 */
public final class ProcessTimes implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What is timed: the initial state, each phase, and within the firm phase each firm process. */
    public enum Part {
        INITIAL_STATE, ENVIRONMENT, ZONES, ENTRY,
        /** The whole firm phase: the processes below plus the shuffling and dispatch of the firms. */
        FIRMS, INNOVATION, GROWTH, FUNDING, COLLABORATION, LOCATION, DEMOGRAPHY,
        INVESTORS, END_OF_QUARTER, MEASUREMENT
    }

    private final long[] nanos = new long[Part.values().length];
    private long firmSteps;

    void add(Part part, long elapsedNanos) {
        nanos[part.ordinal()] += elapsedNanos;
    }

    /** Counts a firm step and starts its first lap: the time now. */
    long firmStepped() {
        firmSteps++;
        return System.nanoTime();
    }

    /**
     * Ends a lap of a firm step: adds the time since {@code since} to the part and starts the next lap.
     * Does nothing (and returns 0) when {@code times} is null, that is when processes are not timed.
     */
    static long lap(ProcessTimes times, Part part, long since) {
        if (times == null) {
            return 0;
        }
        long now = System.nanoTime();
        times.add(part, now - since);
        return now;
    }

    /** Wall nanoseconds spent in a part over the run. */
    public long nanos(Part part) {
        return nanos[part.ordinal()];
    }

    /** Firm steps timed (active firms stepped). */
    public long firmSteps() {
        return firmSteps;
    }
}
