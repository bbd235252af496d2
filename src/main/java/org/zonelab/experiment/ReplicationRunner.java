package org.zonelab.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.zonelab.model.ModelConfig;

/**
 * Runs the replications of one configuration on the local engine's threads and hands the results to
 * a sink strictly in index order, so that what is written never depends on the thread count.
 */
public final class ReplicationRunner {

    /** Receives results in index order, on the calling thread. */
    public interface Sink {
        void accept(ReplicationResult result) throws IOException;
    }

    private ReplicationRunner() {
    }

    /**
     * Runs {@code seeds.size()} replications of one configuration.
     *
     * @param config   the model configuration (immutable, shared by all replications)
     * @param seeds    the seed of each replication, by index
     * @param threads  worker threads, at least 1
     * @param sink     receives each result in index order
     * @param finished called with the number of replications finished so far (any thread)
     */
    public static void run(ModelConfig config, List<Long> seeds, int threads, Sink sink, IntConsumer finished)
            throws IOException {
        run(config, seeds, threads, sink, finished, i -> ReplicationObserver.NONE);
    }

    /**
     * As {@link #run(ModelConfig, List, int, Sink, IntConsumer)}, with an observer for each
     * replication (made by index, used on the replication's thread).
     */
    public static void run(ModelConfig config, List<Long> seeds, int threads, Sink sink, IntConsumer finished,
                           IntFunction<ReplicationObserver> observers) throws IOException {
        List<RunRequest> requests = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            requests.add(new RunRequest(i, config, i, seeds.get(i)));
        }
        AtomicInteger done = new AtomicInteger();
        LocalEngine engine = new LocalEngine(Math.max(1, threads), r -> {
            ReplicationResult result = Replication.run(r.config(), r.replication(), r.seed(), observers.apply(r.replication()));
            finished.accept(done.incrementAndGet());
            return result;
        });
        engine.run(requests, new OrderedSink(requests, (request, result) -> sink.accept(result)));
    }
}
