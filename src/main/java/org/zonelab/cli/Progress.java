package org.zonelab.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.zonelab.experiment.ProgressListener;
import org.zonelab.experiment.RunRequest;

/**
 * A progress bar with an ETA on stderr, shown only when the command runs in a terminal and
 * {@code --quiet} is not given; otherwise every call does nothing. Not thread-safe: step it from
 * one thread.
 */
final class Progress implements AutoCloseable, ProgressListener {
    private final ProgressBar bar;
    private long done;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param task  the bar's label
     * @param total the number of steps
     * @param unit  the unit shown after the counts, e.g. {@code " runs"}
     * @param quiet whether --quiet was given
     */
    static Progress start(String task, long total, String unit, boolean quiet) {
        if (quiet || System.console() == null) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(unit, 1)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish()
                .build());
    }

    /** Sets the number of finished steps (for work finished before, such as resumed runs). */
    void stepTo(long n) {
        done = n;
        if (bar != null) {
            bar.stepTo(n);
        }
    }

    /** One more step finished. */
    void step() {
        stepTo(done + 1);
    }

    @Override
    public void runFinished(RunRequest request) {
        step();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
