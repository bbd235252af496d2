package org.zonelab.experiment;

/**
 * Hears how far a batch of runs has got, for a progress bar. Called on the thread that called
 * {@link Runs}, one call at a time, so an implementation need not be thread-safe.
 */
public interface ProgressListener {

    /** One more run of the batch has finished (before its result reaches the sink). */
    void runFinished(RunRequest request);

    /** Hears nothing. */
    ProgressListener NONE = request -> { };
}
