package org.zonelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.zonelab.experiment.Build;
import org.zonelab.experiment.Calibration;
import org.zonelab.experiment.Engine;
import org.zonelab.experiment.Observers;
import org.zonelab.experiment.ProgressListener;
import org.zonelab.output.CalibrationJournal;
import org.zonelab.output.CalibrationReport;
import org.zonelab.output.CalibrationWriter;
import org.zonelab.output.Numbers;
import org.zonelab.output.OutputDirectory;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.scenario.CalibrationLoader;
import org.zonelab.scenario.CalibrationSpec;
import org.zonelab.scenario.InputFiles;
import org.zonelab.scenario.Sha256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zonelab calibrate TARGETS.yaml}: fits the free parameters of a base scenario to published
 * figures ({@link Calibration}), journaling every evaluation so that a killed calibration continues
 * with {@code --resume} and ends with the same bytes, then writes trace.csv, fit.csv, profiles.csv,
 * best.yaml, charts/ and report.html, and manifest.json last.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit free parameters of a base scenario to published figures (method of simulated moments, "
                + "CMA-ES, common random numbers) and write trace.csv, fit.csv, profiles.csv and best.yaml. A killed "
                + "calibration continues with --resume.")
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGETS", description = "Targets file (YAML).")
    Path targets;


    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (default: results/calibrate-<name>/<yyyyMMdd-HHmmss>/).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted calibration from its journal (in --out DIR, or "
            + "else the newest unfinished one under results/calibrate-<name>/).")
    boolean resume;

    @Option(names = "--force", description = "Start again in an output directory that holds a complete or an "
            + "unfinished calibration.")
    boolean force;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException {
        CalibrationSpec c = CalibrationLoader.load(targets);
        engineOptions.check(false);
        Instant now = Instant.now();
        long start = System.nanoTime();
        Path dir = RULES.directory(out, resume, "calibrate-" + c.name(), targets, c.name());
        Calibration.Result result;
        int resumed;
        try (OutputDirectory od = OutputDirectory.take(dir, out == null)) {
            boolean fresh = RULES.prepare(od, resume, force);
            String fingerprint = fingerprint(c);
            CalibrationJournal journal;
            if (fresh) {
                journal = CalibrationJournal.create(od, new CalibrationJournal.Header(fingerprint,
                        now.truncatedTo(ChronoUnit.MILLIS).toString()));
            } else {
                journal = CalibrationJournal.resume(od);
                if (!journal.header().fingerprint().equals(fingerprint)) {
                    journal.close();
                    throw new BadInputException(dir + ": the unfinished calibration there was started from other inputs "
                            + "(the targets file, its base scenario, a file it extends or the zone data differ) or by "
                            + "another zonelab build; resume it with the files and build it started with, or use --force "
                            + "to start again", null);
                }
            }
            resumed = journal.recorded().size();
            try (journal; Bar bar = Bar.start(c, engineOptions.quiet);
                 Engine engine = engineOptions.open(Observers.NONE, ProgressListener.NONE)) {
                result = Calibration.run(c, engine, journal, bar);
            } catch (Calibration.TargetUndefinedException e) {
                throw new BadInputException(e.getMessage(), null);
            }
            Map<String, Object> files = CalibrationWriter.write(od, c, result);
            for (Map.Entry<String, String> e : CalibrationReport.write(od, c, result).entrySet()) {
                files.put(e.getKey(), Map.of("sha256", e.getValue()));
            }
            Map<String, Object> extra = JournaledDirectory.sessionFields(engineOptions.label(),
                    engineOptions.parallelism(), "evaluations_resumed", resumed,
                    journal.header().started(), now);
            CalibrationWriter.writeManifest(od, c, result, files, extra);
            CalibrationJournal.delete(od);
        }
        report(c, result, dir, resumed, (System.nanoTime() - start) / 1e9);
        return Main.OK;
    }

    /**
     * What a journal must match to be resumed: the zonelab version and build, and the targets file and
     * every input of the base scenario, by path and sha256.
     */
    private static String fingerprint(CalibrationSpec c) {
        StringBuilder b = new StringBuilder();
        b.append("zonelab ").append(Build.version()).append('\n').append("build ").append(Build.sha256()).append('\n');
        for (InputFiles.Read r : c.inputs()) {
            b.append(r.path()).append(' ').append(r.sha256()).append('\n');
        }
        return Sha256.hex(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The output-directory rules, shared with sweep. */
    static final JournaledDirectory RULES = new JournaledDirectory("calibration", CalibrationJournal.FOLDER,
            CalibrationJournal::exists, CalibrationJournal::exists, CalibrationJournal::delete);

    private void report(CalibrationSpec c, Calibration.Result r, Path dir, int resumed, double seconds) {
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "calibrate %s: %d evaluations x %d replications (%d resumed from the journal; %s, %.1f s); "
                        + "best loss %s at evaluation %d%n", c.name(), r.trace().size(), c.replications(), resumed,
                engineOptions.where(c.replications()), seconds,
                Numbers.format(r.best().loss()), r.best().index());
        for (int i = 0; i < c.free().size(); i++) {
            Calibration.Profile p = r.profiles().get(i);
            w.printf(Locale.ROOT, "  %-32s %s  (95%% profile interval %s to %s%s)%n", c.free().get(i).label(),
                    Numbers.format(r.best().values()[i]), Numbers.format(p.low()), Numbers.format(p.high()),
                    p.identified() ? "" : "; not identified");
        }
        List<String> files = new ArrayList<>(List.of(CalibrationWriter.TRACE, CalibrationWriter.FIT,
                CalibrationWriter.PROFILES, CalibrationWriter.BEST, "charts/", RunDirectoryWriter.MANIFEST));
        w.println("Results in " + dir + "/ (" + String.join(", ", files) + ")");
        w.println("Report: " + dir.resolve(CalibrationReport.FILE));
        w.flush();
    }

    /**
     * The progress bar: evaluations against the budget with the best loss so far, then the runs of the
     * fit table and the profiles; an ETA throughout.
     */
    private static final class Bar implements Calibration.Listener, AutoCloseable {
        private final ProgressBar bar;
        private final int replications;

        private Bar(ProgressBar bar, int replications) {
            this.bar = bar;
            this.replications = replications;
        }

        /** A bar that counts runs: each evaluation's replications, then the fit table's and the profiles'. */
        static Bar start(CalibrationSpec c, boolean quiet) {
            if (quiet || System.console() == null) {
                return new Bar(null, c.replications());
            }
            return new Bar(new ProgressBarBuilder().setTaskName("calibrate " + c.name())
                    .setInitialMax((long) c.evaluations() * c.replications()).setUnit(" runs", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build(),
                    c.replications());
        }

        @Override
        public void evaluated(Calibration.Evaluation e, Calibration.Evaluation best, int budget) {
            if (bar != null) {
                bar.stepTo((long) (e.index() + 1) * replications);
                // Short, so that the bar keeps its width in an 80-column terminal.
                bar.setExtraMessage(String.format(Locale.ROOT, "best loss %.3g", best.loss()));
            }
        }

        @Override
        public void searchDone(int runs) {
            if (bar != null) {
                // The bar goes on over the runs of the fit table and the profiles, so its ETA covers them.
                bar.maxHint(bar.getCurrent() + runs);
                bar.setExtraMessage("fit and profiles");
            }
        }

        @Override
        public void runDone() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
