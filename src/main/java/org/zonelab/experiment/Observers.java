package org.zonelab.experiment;

import java.io.IOException;

/**
 * Makes the observer of each run (for example an agent log of its firms and events). Called once
 * per request, on the thread that runs it, just before the run starts.
 */
@FunctionalInterface
public interface Observers {

    /**
     * @param request the run about to start
     * @return the observer of that run (a fresh one for every run)
     * @throws IOException if the observer cannot be set up (for example its file cannot be opened)
     */
    ReplicationObserver create(RunRequest request) throws IOException;

    /** Observes no run. */
    Observers NONE = request -> ReplicationObserver.NONE;
}
