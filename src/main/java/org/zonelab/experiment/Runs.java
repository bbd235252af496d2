package org.zonelab.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.ModelConfig;

/**
 * The one way to run a batch of replications (run, compare, sweep, and later calibrate and
 * sensitivity): the caller builds the plan (the requests, with their seeds), picks the engine and
 * supplies where the results go; this class reports progress and restores request order where the
 * results must be written in it. It knows nothing of files or terminals: the command line wires the
 * output writers in as the sink and its progress bar as the listener.
 */
public final class Runs {
    private Runs() {
    }

    /**
     * The engine on the local cores, with an observer made for each run and every simulated quarter
     * reported to a progress listener.
     *
     * @param threads   worker threads, at least 1
     * @param observers makes each run's observer, on the run's thread
     * @param progress  hears of every quarter of every run, on the run's thread
     * @throws IllegalArgumentException when threads is below 1
     */
    public static Engine local(int threads, Observers observers, ProgressListener progress) {
        return new LocalEngine(threads, r -> Replication.run(r.config(), r.replication(), r.seed(),
                ticking(observers.create(r), progress, r)));
    }

    /** The observer, and a tick to the listener after each of the run's steps. */
    private static ReplicationObserver ticking(ReplicationObserver observer, ProgressListener progress, RunRequest r) {
        if (progress == ProgressListener.NONE) {
            return observer;
        }
        return new ReplicationObserver() {
            @Override
            public void started(ZoneLabModel model) throws IOException {
                observer.started(model);
            }

            @Override
            public void stepped(ZoneLabModel model) throws IOException {
                observer.stepped(model);
                progress.quarterFinished(r);
            }

            @Override
            public void finished(ZoneLabModel model) throws IOException {
                observer.finished(model);
            }
        };
    }

    /**
     * Runs every request and hands the results to the sink in the order of the request list, whatever
     * the engine's thread count, so that what is written never depends on it.
     *
     * @param engine   where the runs happen
     * @param requests the runs, in the order their results must be delivered; indexes distinct
     * @param sink     receives each result in request order, on the calling thread
     * @param progress hears of each run as it finishes (in any order), before the sink gets it
     * @throws IOException when the sink fails, or an observer on the calling thread (one thread); runs not
     *                     yet finished are abandoned
     * @throws RuntimeException when a run fails (the run's own exception); the rest are abandoned
     */
    public static void inOrder(Engine engine, List<RunRequest> requests, Engine.Sink sink, ProgressListener progress)
            throws IOException {
        OrderedSink ordered = new OrderedSink(requests, sink);
        asFinished(engine, requests, ordered, progress);
        if (!ordered.complete()) {
            throw new IllegalStateException("the engine did not deliver every run of the batch");
        }
    }

    /**
     * Runs every request and hands each result to the sink as soon as it is finished (in any order):
     * for sinks that record results by their index, such as a sweep's journal.
     *
     * @param engine   where the runs happen
     * @param requests the runs; indexes distinct
     * @param sink     receives each result as it finishes, on the calling thread
     * @param progress hears of each run as it finishes, before the sink gets it
     * @throws IOException when the sink fails, or an observer on the calling thread (one thread); runs not
     *                     yet finished are abandoned
     * @throws RuntimeException when a run fails (the run's own exception); the rest are abandoned
     */
    public static void asFinished(Engine engine, List<RunRequest> requests, Engine.Sink sink,
                                  ProgressListener progress) throws IOException {
        engine.run(requests, (req, res) -> {
            progress.runFinished(req);
            sink.accept(req, res);
        });
    }

    /**
     * The requests of {@code seeds.size()} replications of each configuration, configuration by
     * configuration: request {@code c x n + i} is replication i of configuration c, with seed i (the
     * same seeds for every configuration: common random numbers).
     */
    public static List<RunRequest> replications(List<ModelConfig> configs, List<Long> seeds) {
        List<RunRequest> requests = new ArrayList<>();
        int n = seeds.size();
        for (int c = 0; c < configs.size(); c++) {
            for (int i = 0; i < n; i++) {
                requests.add(new RunRequest(c * n + i, configs.get(c), i, seeds.get(i)));
            }
        }
        return List.copyOf(requests);
    }

    /** The seeds of replications 0..n-1 from the base seed ({@link Seeds#forReplication}). */
    public static List<Long> seeds(long baseSeed, int n) {
        Long[] seeds = new Long[n];
        for (int i = 0; i < n; i++) {
            seeds[i] = Seeds.forReplication(baseSeed, i);
        }
        return List.of(seeds);
    }
}
