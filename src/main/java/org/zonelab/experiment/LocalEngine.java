package org.zonelab.experiment;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs requests on a fixed pool of local threads, all requests of a batch through the one pool (so a
 * sweep's points and replications keep every core busy). Requests are started in list order, at most
 * {@code 2 x threads} ahead of those whose results were taken, which bounds memory; results reach the
 * sink on the calling thread as they finish.
 */
public final class LocalEngine implements Engine {
    private final int threads;
    private final Runner runner;

    /** Turns a request into its result, on a worker thread. */
    @FunctionalInterface
    public interface Runner {
        ReplicationResult run(RunRequest request) throws IOException;
    }

    /**
     * @param threads worker threads, at least 1 (1 runs everything on the calling thread)
     * @throws IllegalArgumentException when threads is below 1
     */
    public LocalEngine(int threads) {
        this(threads, RunRequest::run);
    }

    /**
     * @param threads worker threads, at least 1 (1 runs everything on the calling thread)
     * @param runner  how each request is run (for example with an observer of the replication)
     * @throws IllegalArgumentException when threads is below 1
     */
    public LocalEngine(int threads, Runner runner) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.runner = runner;
    }

    /** The number of worker threads. */
    public int threads() {
        return threads;
    }

    @Override
    public void run(List<RunRequest> requests, Sink sink) throws IOException {
        int n = requests.size();
        if (threads == 1 || n <= 1) {
            for (RunRequest r : requests) {
                sink.accept(r, runner.run(r));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), daemonThreads("zonelab-engine-"));
        try {
            CompletionService<Done> done = new ExecutorCompletionService<>(pool);
            int window = 2 * threads;
            int submitted = 0;
            for (int taken = 0; taken < n; taken++) {
                while (submitted < n && submitted < taken + window) {
                    RunRequest r = requests.get(submitted++);
                    done.submit(() -> new Done(r, runner.run(r)));
                }
                Done d = await(done);
                sink.accept(d.request, d.result);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private record Done(RunRequest request, ReplicationResult result) {
    }

    private static Done await(CompletionService<Done> done) {
        try {
            Future<Done> f = done.take();
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a run", e);
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

    /** Daemon threads named {@code prefix1}, {@code prefix2} ..., which never keep a finished command alive. */
    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
