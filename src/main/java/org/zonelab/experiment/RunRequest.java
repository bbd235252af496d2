package org.zonelab.experiment;

import java.io.Serializable;
import org.zonelab.model.config.ModelConfig;

/**
 * One model run to do: a configuration and a seed. This is all an {@link Engine} gets, so that any
 * engine (local threads now, a cluster later) can run it.
 *
 * @param index       position of the run in its batch, 0-based; results are matched to requests by it
 * @param config      the model configuration (immutable, may be shared by many requests)
 * @param replication replication index recorded in the result
 * @param seed        the run's seed
 */
public record RunRequest(int index, ModelConfig config, int replication, long seed) implements Serializable {
    private static final long serialVersionUID = 1L;

    public RunRequest {
        if (index < 0 || replication < 0) {
            throw new IllegalArgumentException("index and replication must be >= 0, got " + index + ", " + replication);
        }
        if (config == null) {
            throw new IllegalArgumentException("a run needs a model configuration");
        }
    }

    /** Runs this request here, in this thread: {@link Replication#run}. */
    public ReplicationResult run() {
        return Replication.run(config, replication, seed);
    }
}
