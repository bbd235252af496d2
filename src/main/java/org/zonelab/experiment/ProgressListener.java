package org.zonelab.experiment;

/**
 * Hears how far a batch of runs has got, for a progress bar: each simulated quarter of every run,
 * and each finished run.
 */
public interface ProgressListener {

    /**
     * One more quarter of a run has been simulated. Called on the run's own thread, from several
     * threads at once: an implementation must be thread-safe.
     */
    default void quarterFinished(RunRequest request) {
    }

    /**
     * One more run of the batch has finished (before its result reaches the sink). Called on the
     * thread that called {@link Runs}, one call at a time.
     */
    void runFinished(RunRequest request);

    /** Hears nothing. */
    ProgressListener NONE = request -> { };
}
