package org.zonelab.cli;

import java.util.List;
import org.zonelab.experiment.RunRequest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How a command runs its replications locally, shared (as a picocli mixin) by {@code run},
 * {@code compare} and {@code sweep}: the worker threads and whether to show a progress bar.
 */
final class EngineOptions {
    /** The most worker threads a command accepts. */
    static final int MAX_THREADS = 4096;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    /** The checked thread count: all cores by default. */
    int threads() {
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw new ParameterException(spec.commandLine(), "--threads: " + threads
                    + " is out of range; allowed: whole numbers in [1, " + MAX_THREADS + "]");
        }
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** A progress bar over the quarters of these runs, shown only in a terminal and without --quiet. */
    Progress progress(String task, List<RunRequest> requests) {
        return Progress.start(task, requests, List.of(), quiet);
    }

    /** A progress bar over the quarters of these runs, some of them done already (a resumed sweep). */
    Progress progress(String task, List<RunRequest> requests, List<RunRequest> done) {
        return Progress.start(task, requests, done, quiet);
    }
}
