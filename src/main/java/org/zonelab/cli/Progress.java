package org.zonelab.cli;

import java.time.Duration;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.zonelab.experiment.ProgressListener;
import org.zonelab.experiment.RunRequest;

/**
 * A progress bar with an ETA on stderr that counts simulated quarters across every running
 * replication (so it moves from the first seconds), with the finished runs beside it. Shown only
 * when the command runs in a terminal and {@code --quiet} is not given; otherwise every call does
 * nothing. Quarters are counted from the runs' threads (the bar's counter is synchronised); runs
 * from the calling thread.
 */
final class Progress implements AutoCloseable, ProgressListener {
    private final ProgressBar bar;
    private final int runs;
    private final boolean quarterly;
    private int runsDone;

    private Progress(ProgressBar bar, int runs, int runsDone, boolean quarterly) {
        this.bar = bar;
        this.runs = runs;
        this.runsDone = runsDone;
        this.quarterly = quarterly;
        if (bar != null) {
            bar.setExtraMessage(runsMessage());
        }
    }

    /**
     * @param task     the bar's label
     * @param requests every run of the command, including those already done
     * @param done     the runs already done (a resumed sweep's), counted as finished from the start
     * @param quiet    whether --quiet was given
     * @param quarterly whether the engine reports each quarter of a run (the local engine); otherwise the
     *                  bar moves by a whole run's quarters when the run is finished (Spark)
     */
    static Progress start(String task, List<RunRequest> requests, List<RunRequest> done, boolean quiet,
                          boolean quarterly) {
        if (quiet || System.console() == null) {
            return new Progress(null, requests.size(), done.size(), quarterly);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(quarters(requests))
                .startsFrom(quarters(done), Duration.ZERO)
                .setUnit(" quarters", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish()
                .build();
        return new Progress(bar, requests.size(), done.size(), quarterly);
    }

    private static long quarters(List<RunRequest> requests) {
        long total = 0;
        for (RunRequest r : requests) {
            total += r.config().steps();
        }
        return total;
    }

    private String runsMessage() {
        return runsDone + "/" + runs + " runs";
    }

    @Override
    public void quarterFinished(RunRequest request) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void runFinished(RunRequest request) {
        runsDone++;
        if (bar != null) {
            if (!quarterly) {
                bar.stepBy(request.config().steps());
            }
            bar.setExtraMessage(runsMessage());
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
