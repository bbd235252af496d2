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
import org.zonelab.experiment.Engine;
import org.zonelab.experiment.Observers;
import org.zonelab.experiment.RunRequest;
import org.zonelab.experiment.Runs;
import org.zonelab.experiment.SweepPlan;
import org.zonelab.output.AgentLog;
import org.zonelab.output.AgentLogFiles;
import org.zonelab.output.ComparisonCsv;
import org.zonelab.output.OutputDirectory;
import org.zonelab.output.ReportHtml;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.SweepJournal;
import org.zonelab.output.SweepWriter;
import org.zonelab.scenario.SweepLoader;
import org.zonelab.scenario.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zonelab sweep SWEEP.yaml}: runs every design point x replication of a sweep through one pool
 * of local threads, journaling each finished run, then writes runs.csv (and optional time series and
 * BehaviorSpace table) in plan order and manifest.json last. {@code --resume} continues a killed sweep
 * from its journal; the final files are byte-identical to those of an uninterrupted sweep.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        resourceBundle = "org.zonelab.cli.SweepHelp",
        description = "Run a parameter sweep (grid or Latin hypercube, with replications) on all local cores and "
                + "write runs.csv: one row per run with its design point, replication, seed and final-year "
                + "indicators. A killed sweep continues with --resume.")
final class SweepCommand implements Callable<Integer> {
    /** Output formats beside runs.csv. */
    enum Format { csv, behaviorspace }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML).")
    Path sweep;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (default: results/sweep-<name>/<yyyyMMdd-HHmmss>/).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted sweep without rerunning its finished runs "
            + "(in --out DIR, or else the newest unfinished one under results/sweep-<name>/).")
    boolean resume;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--force", description = "Start again in an output directory that holds a complete or an "
            + "unfinished sweep.")
    boolean force;

    @Option(names = "--format", paramLabel = "csv|behaviorspace", defaultValue = "csv",
            description = "csv (default): runs.csv; behaviorspace: also behaviorspace-table.csv, NetLogo "
                    + "BehaviorSpace's table format.")
    Format format;

    @Option(names = "--timeseries", description = "Also write timeseries.csv: every run's time series, with the "
            + "design point's columns.")
    boolean timeseries;

    @Mixin
    AgentLogOptions agentLogs;

    @Override
    public Integer call() throws IOException {
        SweepSpec sweepSpec = SweepLoader.load(sweep);
        engineOptions.check(agentLogs.active());
        if (resume && agentLogs.active()) {
            throw new ParameterException(spec.commandLine(), "--resume cannot continue the agent logs of an "
                    + "interrupted sweep (--events, --firm-snapshots); resume it without them, or start it again with "
                    + "--force");
        }
        Instant now = Instant.now();
        long start = System.nanoTime();
        SweepPlan plan = SweepPlan.of(sweepSpec);
        String fingerprint = plan.fingerprint();
        Path dir = RULES.directory(out, resume, "sweep-" + sweepSpec.name(), sweep, sweepSpec.name());
        Outcome outcome;
        try (OutputDirectory od = OutputDirectory.take(dir, out == null)) {
            outcome = sweep(od, sweepSpec, plan, fingerprint, now);
        }
        report(sweepSpec, plan, dir, outcome, (System.nanoTime() - start) / 1e9);
        return Main.OK;
    }

    /**
     * What a sweep did, for its console report.
     *
     * @param resumed  the runs resumed from the journal
     * @param reported whether it wrote comparison.csv, charts and report.html (2 to 40 paired points)
     */
    private record Outcome(int resumed, boolean reported) {
    }

    /** Runs the sweep's unfinished runs in a directory the command holds, then writes its files. */
    private Outcome sweep(OutputDirectory od, SweepSpec sweepSpec, SweepPlan plan, String fingerprint, Instant now)
            throws IOException {
        Path dir = od.path();
        boolean fresh = RULES.prepare(od, resume, force);
        SweepJournal journal;
        if (fresh) {
            journal = SweepJournal.create(od, new SweepJournal.Header(fingerprint, timeseries,
                    now.truncatedTo(ChronoUnit.MILLIS).toString()));
        } else {
            journal = SweepJournal.resume(od);
            if (!journal.header().fingerprint().equals(fingerprint)) {
                journal.close();
                throw new BadInputException(dir + ": the unfinished sweep there was started from other inputs (the "
                        + "sweep file, its base scenario, a file it extends or the zone data differ) or by another "
                        + "zonelab build; resume it with the files and build it started with, or use --force to start "
                        + "again", null);
            }
            if (timeseries && !journal.header().timeseries()) {
                journal.close();
                throw new BadInputException(dir + ": the unfinished sweep there was started without --timeseries; "
                        + "resume it without --timeseries, or use --force to start again", null);
            }
        }
        int resumed;
        boolean reported;
        try (SweepJournal j = journal) {
            List<RunRequest> todo = new ArrayList<>();
            List<RunRequest> done = new ArrayList<>();
            for (RunRequest r : plan.requests()) {
                (j.entries().containsKey(r.index()) ? done : todo).add(r);
            }
            resumed = plan.runs().size() - todo.size();
            Map<String, Object> logs;
            Observers observers = agentLogs.observers(od, r -> {
                int point = plan.runs().get(r.index()).point().index();
                return AgentLog.Run.at(point, plan.scenarios().get(point).name(), r);
            });
            try (Progress bar = engineOptions.progress(sweepSpec.name(), plan.requests(), done);
                 Engine engine = engineOptions.open(observers, bar)) {
                // The journal records each run as it finishes, so that a killed sweep loses none.
                Runs.asFinished(engine, todo, (req, res) -> j.record(res, req.index()), bar);
                // Agent logs come only from a sweep run in one go (never resumed): every run's part is here.
                logs = AgentLogFiles.join(od, plan.runs().size(), true);
            } finally {
                AgentLogFiles.discard(od, plan.runs().size());
            }
            Map<String, Object> files = SweepWriter.write(od, plan, j, timeseries, format == Format.behaviorspace);
            reported = files.containsKey(ReportHtml.FILE);
            files.putAll(logs);
            Map<String, Object> extra = JournaledDirectory.sessionFields(engineOptions.label(),
                    engineOptions.parallelism(), "runs_resumed", resumed,
                    j.header().started(), now);
            extra.put(RunDirectoryWriter.AGENT_LOGS, agentLogs.settings());
            SweepWriter.writeManifest(od, plan, files, extra);
        }
        SweepJournal.delete(od);
        return new Outcome(resumed, reported);
    }

    /** The output-directory rules, shared with calibrate. */
    static final JournaledDirectory RULES = new JournaledDirectory("sweep", SweepJournal.FOLDER,
            SweepJournal::exists, SweepJournal::exists, SweepJournal::delete);

    private void report(SweepSpec s, SweepPlan plan, Path dir, Outcome outcome, double seconds) {
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "sweep %s: %s, %d points x %d replications = %d runs (%d resumed from the journal; %s, "
                        + "%.1f s)%n", s.name(), s.design().label(), plan.scenarios().size(), s.replications(),
                plan.runs().size(), outcome.resumed(), engineOptions.where(plan.runs().size()), seconds);
        List<String> files = new ArrayList<>(List.of(SweepWriter.RUNS));
        if (timeseries) {
            files.add(SweepWriter.TIMESERIES);
        }
        if (format == Format.behaviorspace) {
            files.add(SweepWriter.BEHAVIORSPACE);
        }
        files.addAll(agentLogs.files());
        if (outcome.reported()) {
            files.addAll(List.of(ComparisonCsv.FILE, "charts/", ReportHtml.FILE));
        }
        files.add(RunDirectoryWriter.MANIFEST);
        w.println("Results in " + dir + "/ (" + String.join(", ", files) + ")");
        if (outcome.reported()) {
            w.println("Report: " + dir.resolve(ReportHtml.FILE));
        }
        w.flush();
    }
}
