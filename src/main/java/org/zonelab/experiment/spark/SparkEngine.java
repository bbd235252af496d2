package org.zonelab.experiment.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.zonelab.experiment.Engine;
import org.zonelab.experiment.LocalEngine;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.experiment.RunRequest;

/**
 * Runs requests on Apache Spark. The requests of a batch are packed into packets (several runs per
 * task, so that Spark's per-task cost stays small against a run's seconds); each packet is a one-task
 * Spark job, and up to {@link #PACKETS_PER_SLOT} packets per task slot are in flight at once, so that
 * results reach the sink (on the calling thread, as with {@link org.zonelab.experiment.LocalEngine})
 * while the rest still run. A task is a pure function of its requests: Spark may retry it (a failed
 * task, a lost worker), and a run that arrives twice is kept once, by its index; the batch ends only
 * when every index has arrived.
 */
public final class SparkEngine implements Engine {
    /** Packets in flight per task slot: enough to keep every slot busy while finished packets are handed on. */
    public static final int PACKETS_PER_SLOT = 2;
    /** Packets per task slot in a batch, at most: more packets balance the load, fewer cost less overhead. */
    public static final int PACKETS_PER_SLOT_IN_BATCH = 4;
    private final JavaSparkContext context;
    private final SparkMaster master;

    /**
     * Starts a Spark context on the master, with the settings of {@link SparkSettings}.
     *
     * @param master where tasks run
     * @param secret the shared secret of a cluster with authentication on, or null
     */
    public SparkEngine(SparkMaster master, String secret) {
        this.master = master;
        SparkConf conf = SparkSettings.conf(master, secret);
        this.context = new JavaSparkContext(conf);
        context.setLogLevel("WARN");
    }

    /** The task slots the engine fills: the local threads, or the cluster's cores as Spark sees them now. */
    public int slots() {
        return master.isLocal() ? master.slots() : Math.max(1, context.defaultParallelism());
    }

    /** The number of tasks (packets) a batch of this many runs becomes. */
    public int tasksFor(int runs) {
        return Math.max(1, Math.min(runs, slots() * PACKETS_PER_SLOT_IN_BATCH));
    }

    /** The Spark context's own settings (for tests and the run's report). */
    public SparkConf conf() {
        return context.getConf();
    }

    @Override
    public void run(List<RunRequest> requests, Sink sink) throws IOException {
        if (requests.isEmpty()) {
            return;
        }
        int slots = slots();
        List<List<RunRequest>> packets = packets(requests, tasksFor(requests.size()));
        int window = Math.min(packets.size(), slots * PACKETS_PER_SLOT);
        ExecutorService submitters = Executors.newFixedThreadPool(window, LocalEngine.daemonThreads("zonelab-spark-"));
        Map<Integer, RunRequest> byIndex = new HashMap<>();
        BitSet expected = new BitSet();
        for (RunRequest r : requests) {
            byIndex.put(r.index(), r);
            expected.set(r.index());
        }
        BitSet arrived = new BitSet();
        try {
            CompletionService<List<IndexedResult>> done = new ExecutorCompletionService<>(submitters);
            int submitted = 0;
            for (int taken = 0; taken < packets.size(); taken++) {
                while (submitted < packets.size() && submitted < taken + window) {
                    List<RunRequest> packet = packets.get(submitted++);
                    done.submit(() -> runPacket(packet));
                }
                for (IndexedResult r : await(done)) {
                    // A run Spark computed twice (a retried or speculative task) is handed on once.
                    if (expected.get(r.index()) && !arrived.get(r.index())) {
                        arrived.set(r.index());
                        sink.accept(byIndex.get(r.index()), r.result());
                    }
                }
            }
        } finally {
            submitters.shutdownNow();
        }
        if (!arrived.equals(expected)) {
            BitSet missing = (BitSet) expected.clone();
            missing.andNot(arrived);
            throw new IllegalStateException("Spark did not return every run of the batch: missing " + missing);
        }
    }

    /** One packet as a one-task Spark job; its results come back to the driver. */
    private List<IndexedResult> runPacket(List<RunRequest> packet) {
        List<List<RunRequest>> one = new ArrayList<>();
        one.add(new ArrayList<>(packet));
        return context.parallelize(one, 1).flatMap(SparkEngine::runAll).collect();
    }

    /** The task itself: a pure function of its requests. */
    private static java.util.Iterator<IndexedResult> runAll(List<RunRequest> packet) {
        List<IndexedResult> out = new ArrayList<>(packet.size());
        for (RunRequest r : packet) {
            out.add(new IndexedResult(r.index(), r.run()));
        }
        return out.iterator();
    }

    /**
     * The requests split into at most {@code maxPackets} packets of consecutive requests, of sizes that
     * differ by at most one (so that none waits for a long last packet).
     */
    static List<List<RunRequest>> packets(List<RunRequest> requests, int maxPackets) {
        int n = requests.size();
        int count = Math.max(1, Math.min(n, maxPackets));
        List<List<RunRequest>> out = new ArrayList<>(count);
        int from = 0;
        for (int p = 0; p < count; p++) {
            int size = n / count + (p < n % count ? 1 : 0);
            out.add(List.copyOf(requests.subList(from, from + size)));
            from += size;
        }
        return out;
    }

    private static List<IndexedResult> await(CompletionService<List<IndexedResult>> done) {
        try {
            Future<List<IndexedResult>> f = done.take();
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Spark", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw new IllegalStateException("a Spark task failed: " + firstLine(c.getMessage()), c);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Stops the Spark context (and, in local mode, its threads). */
    @Override
    public void close() {
        context.stop();
    }

    /** A run's result with the index of its request, as a task returns it. */
    record IndexedResult(int index, ReplicationResult result) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
