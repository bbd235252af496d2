package org.zonelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.zonelab.experiment.Engine;
import org.zonelab.experiment.LocalEngine;
import org.zonelab.experiment.RunRequest;
import org.zonelab.experiment.Runs;
import org.zonelab.experiment.spark.SparkEngine;
import org.zonelab.experiment.spark.SparkMaster;
import org.zonelab.scenario.Scenario;

/**
 * {@code zonelab bench --engines}: the same batch of runs on the local thread pool and on Spark
 * {@code local[C]} in one JVM, C the cores (issue 16): the throughput of each and their ratio, the Spark
 * context's start-up apart, and Spark's overhead per task, from a batch of runs so small that the
 * difference of the two engines' wall times is overhead.
 */
final class EngineBench {
    /** Rounds of each batch on each engine; each engine keeps its best. */
    static final int ROUNDS = 2;
    private EngineBench() {
    }

    static void print(PrintWriter out, Scenario work, Scenario tiny, int runs) {
        int cores = Runtime.getRuntime().availableProcessors();
        List<RunRequest> batch = Runs.replications(List.of(work.modelConfig()), Runs.seeds(work.seed(), runs));
        List<RunRequest> small = Runs.replications(List.of(tiny.modelConfig()), Runs.seeds(tiny.seed(), runs));
        out.printf(Locale.ROOT, "bench --engines %s: %d runs at scale %s over %d years, %d cores, best of %d rounds, java %s%n",
                work.name(), runs, work.scale(), work.years(), cores, ROUNDS, System.getProperty("java.version"));
        LocalEngine local = new LocalEngine(cores);
        seconds(local, small);  // warms the model's code up for both engines
        long start = System.nanoTime();
        try (SparkEngine spark = new SparkEngine(SparkMaster.parse("local[" + cores + "]").orElseThrow(), null)) {
            double startup = (System.nanoTime() - start) / 1e9;
            seconds(spark, small);  // Spark's first job loads its own classes
            // The engines take turns, and each keeps its best round, so that neither gains from running later
            // (a warmer JIT) or loses to a burst of the machine's other work.
            double localSeconds = Double.MAX_VALUE;
            double sparkSeconds = Double.MAX_VALUE;
            double smallLocal = Double.MAX_VALUE;
            double smallSpark = Double.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                localSeconds = Math.min(localSeconds, seconds(local, batch));
                sparkSeconds = Math.min(sparkSeconds, seconds(spark, batch));
                smallLocal = Math.min(smallLocal, seconds(local, small));
                smallSpark = Math.min(smallSpark, seconds(spark, small));
            }
            int tasks = spark.tasksFor(small.size());
            out.printf(Locale.ROOT, "  local thread pool (%d threads)  %7.2f s  %6.2f runs/s%n", cores, localSeconds,
                    runs / localSeconds);
            out.printf(Locale.ROOT, "  Spark local[%d]                 %7.2f s  %6.2f runs/s  (context start %.1f s, not counted)%n",
                    cores, sparkSeconds, runs / sparkSeconds, startup);
            out.printf(Locale.ROOT, "  throughput of Spark against the thread pool: %.2f (target: at least 0.9)%n",
                    localSeconds / sparkSeconds);
            out.printf(Locale.ROOT, "  Spark's overhead per task: %.0f ms (%d runs of one year at scale %s: %.2f s on "
                    + "Spark in %d tasks against %.2f s on the pool, times %d slots over %d tasks)%n",
                    1000 * (smallSpark - smallLocal) * cores / tasks, small.size(), tiny.scale(), smallSpark, tasks,
                    smallLocal, cores, tasks);
        }
    }

    private static double seconds(Engine engine, List<RunRequest> requests) {
        long start = System.nanoTime();
        try {
            engine.run(requests, (r, res) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
