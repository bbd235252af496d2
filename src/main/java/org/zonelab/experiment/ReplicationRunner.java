package org.zonelab.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.zonelab.model.ModelConfig;

/**
 * Runs replications on a pool of threads and hands the results to a sink strictly in index order, so
 * that what is written never depends on the thread count. At most two replications per thread are in
 * flight or waiting, which bounds memory.
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
        int n = seeds.size();
        AtomicInteger done = new AtomicInteger();
        if (threads <= 1 || n == 1) {
            for (int i = 0; i < n; i++) {
                ReplicationResult r = Replication.run(config, i, seeds.get(i), observers.apply(i));
                finished.accept(done.incrementAndGet());
                sink.accept(r);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), daemonThreads());
        try {
            int window = 2 * threads;
            List<Future<ReplicationResult>> futures = new ArrayList<>(n);
            int submitted = 0;
            for (int i = 0; i < n; i++) {
                while (submitted < n && submitted < i + window) {
                    int index = submitted++;
                    long seed = seeds.get(index);
                    futures.add(pool.submit(() -> {
                        ReplicationResult r = Replication.run(config, index, seed, observers.apply(index));
                        finished.accept(done.incrementAndGet());
                        return r;
                    }));
                }
                ReplicationResult r = await(futures.get(i));
                futures.set(i, null);
                sink.accept(r);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReplicationResult await(Future<ReplicationResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a replication", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "zonelab-replication-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
