package org.zonelab.cli;

import java.util.List;
import java.util.Locale;
import org.zonelab.experiment.Engine;
import org.zonelab.experiment.Observers;
import org.zonelab.experiment.ProgressListener;
import org.zonelab.experiment.RunRequest;
import org.zonelab.experiment.Runs;
import org.zonelab.experiment.spark.SparkEngine;
import org.zonelab.experiment.spark.SparkMaster;
import org.zonelab.experiment.spark.SparkSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where and how a command runs its replications, shared (as a picocli mixin) by {@code run},
 * {@code compare}, {@code sweep}, {@code calibrate} and {@code sensitivity}: the engine (the local
 * thread pool, or Apache Spark on a master), the worker threads of the local engine, and whether to
 * show a progress bar.
 */
final class EngineOptions {
    /** The most worker threads a command accepts. */
    static final int MAX_THREADS = 4096;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "Where the runs happen: local (default; a pool of threads on this machine's cores) or "
                    + "spark (Apache Spark, on --master).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: local[N] (N threads in this "
            + "process; default local[C], C the cores), local[N,F] (up to F attempts of a task) or spark://host:port "
            + "(a standalone cluster; one on another host needs " + SparkSettings.SECRET_VARIABLE + "; docs/SCALE.md).")
    String master;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads of the local engine (default: all cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    /** Whether the runs go to Spark; checks the engine options first. */
    boolean spark() {
        String e = engine.toLowerCase(Locale.ROOT);
        if (!e.equals("local") && !e.equals("spark")) {
            throw usage("--engine: unknown engine \"" + engine + "\"; allowed: local, spark");
        }
        boolean spark = e.equals("spark");
        if (!spark && master != null) {
            throw usage("--master " + master + ": a master is for --engine spark; add --engine spark, or leave "
                    + "--master out to run on the local engine");
        }
        if (spark && threads != null) {
            throw usage("--threads is for the local engine; with --engine spark, give the threads in the master "
                    + "(--master local[N])");
        }
        return spark;
    }

    /** The checked thread count of the local engine: all cores by default. */
    int threads() {
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw usage("--threads: " + threads + " is out of range; allowed: whole numbers in [1, " + MAX_THREADS + "]");
        }
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The checked Spark master: {@code local[C]} by default. */
    SparkMaster master() {
        String url = master != null ? master : "local[" + Runtime.getRuntime().availableProcessors() + "]";
        return SparkMaster.parse(url).orElseThrow(() -> usage("--master: \"" + url + "\" is not a master URL; allowed: "
                + SparkMaster.ALLOWED));
    }

    /**
     * Checks every engine option, so that a bad one is reported before any work starts.
     *
     * @param observed whether the runs have observers that write files as they run (agent logs), which only
     *                 the local engine can host
     */
    void check(boolean observed) {
        if (spark()) {
            try {
                SparkSettings.checkSecret(master(), System.getenv(SparkSettings.SECRET_VARIABLE));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            if (observed) {
                throw usage("--events and --firm-snapshots write each run's agent log on this machine as the run "
                        + "goes; use them with --engine local");
            }
        } else {
            threads();
        }
    }

    /**
     * The engine the options ask for; close it when the command's runs are done.
     *
     * @param observers the runs' observers (the local engine only: {@link Observers#NONE} with Spark)
     * @param progress  hears of the runs (with Spark, of finished runs only)
     */
    Engine open(Observers observers, ProgressListener progress) {
        check(observers != Observers.NONE);
        if (!spark()) {
            return Runs.local(threads(), observers, progress);
        }
        try {
            return new SparkEngine(master(), System.getenv(SparkSettings.SECRET_VARIABLE));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** The engine as the manifest and the final report name it: {@code local} or {@code spark <master>}. */
    String label() {
        return spark() ? "spark " + master().url() : "local";
    }

    /** The engine's parallelism as the report gives it: the local threads, or the local master's threads (0 for a cluster). */
    int parallelism() {
        return spark() ? master().slots() : threads();
    }

    /** Where a batch of this many runs ran, for the final report: {@code 4 threads} or {@code spark local[2]}. */
    String where(int runs) {
        return spark() ? "spark " + master().url() : Math.min(threads(), Math.max(1, runs)) + " threads";
    }

    /** A progress bar over the quarters of these runs, shown only in a terminal and without --quiet. */
    Progress progress(String task, List<RunRequest> requests) {
        return progress(task, requests, List.of());
    }

    /** A progress bar over the quarters of these runs, some of them done already (a resumed sweep). */
    Progress progress(String task, List<RunRequest> requests, List<RunRequest> done) {
        return Progress.start(task, requests, done, quiet, !spark());
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
