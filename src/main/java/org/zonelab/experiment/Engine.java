package org.zonelab.experiment;

import java.io.IOException;
import java.util.List;

/**
 * Where model runs happen: the one seam between the experiments (compare, sweep) and the machinery
 * that executes runs. An engine turns each {@link RunRequest} (configuration, seed) into a
 * {@link ReplicationResult} with {@link Replication#run} and knows nothing else about experiments.
 * {@link LocalEngine} uses the local cores; {@code org.zonelab.experiment.spark.SparkEngine} a Spark
 * master's task slots.
 */
public interface Engine extends AutoCloseable {

    /** Receives finished runs. */
    interface Sink {
        /**
         * Takes one finished run. Called once per request, one call at a time, on the thread that
         * called {@link Engine#run}, in any order (use {@link OrderedSink} to restore request order).
         *
         * @throws IOException stops the batch; the engine rethrows it from {@link Engine#run}
         */
        void accept(RunRequest request, ReplicationResult result) throws IOException;
    }

    /**
     * Runs every request and hands each result to the sink.
     *
     * @param requests the runs; their indexes must be distinct
     * @param sink     receives each finished run
     * @throws IOException when the sink fails; runs not yet finished are abandoned
     * @throws RuntimeException when a run fails; runs not yet finished are abandoned
     */
    void run(List<RunRequest> requests, Sink sink) throws IOException;

    /** Releases what the engine holds (a cluster's context); the local engine holds nothing between batches. */
    @Override
    default void close() {
    }
}
