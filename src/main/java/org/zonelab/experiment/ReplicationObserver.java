package org.zonelab.experiment;

import java.io.IOException;
import org.zonelab.model.ZoneLabModel;

/**
 * Watches one replication as it runs, to log what the indicators do not hold (agent snapshots,
 * life events). Called on the replication's own thread.
 */
public interface ReplicationObserver {

    /** After the model is built and before its first step. */
    default void started(ZoneLabModel model) throws IOException {
    }

    /** After every step. */
    default void stepped(ZoneLabModel model) throws IOException {
    }

    /** After the last step (or when the run fails), to release what the observer holds. */
    default void finished(ZoneLabModel model) throws IOException {
    }

    /** Watches nothing. */
    ReplicationObserver NONE = new ReplicationObserver() { };
}
