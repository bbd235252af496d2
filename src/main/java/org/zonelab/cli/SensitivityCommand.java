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
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.zonelab.experiment.Engine;
import org.zonelab.experiment.Observers;
import org.zonelab.experiment.RunRequest;
import org.zonelab.experiment.Runs;
import org.zonelab.experiment.Sensitivity;
import org.zonelab.experiment.SensitivityPlan;
import org.zonelab.output.ReportHtml;
import org.zonelab.output.OutputDirectory;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.SensitivityJournal;
import org.zonelab.output.SensitivityReport;
import org.zonelab.output.SensitivityWriter;
import org.zonelab.scenario.SensitivityLoader;
import org.zonelab.scenario.SensitivitySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zonelab sensitivity FACTORS.yaml}: runs every design point x replication of a Morris or Sobol
 * analysis through one pool of local threads, journaling each finished run, then computes the indices
 * on the replication means ({@link Sensitivity}) and writes design.csv, runs.csv, indices.csv,
 * noise.csv, charts/ and report.html, and manifest.json last. {@code --resume} continues a killed
 * analysis from its journal; the final files are byte-identical to those of an uninterrupted one.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Global sensitivity analysis of a base scenario's outputs to levers and parameters: Morris "
                + "screening or Sobol indices on replication means (common random numbers), with the replication noise "
                + "beside them. A killed analysis continues with --resume.")
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FACTORS", description = "Factors file (YAML).")
    Path factors;

    @Option(names = "--method", paramLabel = "morris|sobol",
            description = "The method (default: the factors file's method:, else morris).")
    String method;


    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (default: results/sensitivity-<name>/<yyyyMMdd-HHmmss>/).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted analysis without rerunning its finished runs "
            + "(in --out DIR, or else the newest unfinished one under results/sensitivity-<name>/).")
    boolean resume;

    @Option(names = "--force", description = "Start again in an output directory that holds a complete or an "
            + "unfinished analysis.")
    boolean force;

    @Mixin
    EngineOptions engineOptions;

    /** The output-directory rules, shared with sweep and calibrate. */
    static final JournaledDirectory RULES = new JournaledDirectory("sensitivity analysis", SensitivityJournal.FOLDER,
            SensitivityJournal::exists, SensitivityJournal::exists, SensitivityJournal::delete);

    @Override
    public Integer call() throws IOException {
        SensitivitySpec s = SensitivityLoader.load(factors);
        if (method != null) {
            SensitivitySpec.Method m = SensitivitySpec.Method.byLabel(method);
            if (m == null) {
                throw new ParameterException(spec.commandLine(), "--method: unknown method \"" + method
                        + "\"; allowed: " + String.join(", ", SensitivityLoader.METHODS));
            }
            s = s.withMethod(m);
        }
        engineOptions.check(false);
        Instant now = Instant.now();
        long start = System.nanoTime();
        SensitivityPlan plan = SensitivityPlan.of(s);
        String fingerprint = plan.fingerprint();
        Path dir = RULES.directory(out, resume, "sensitivity-" + s.name(), factors, s.name());
        Sensitivity.Result result;
        int resumed;
        try (OutputDirectory od = OutputDirectory.take(dir, out == null)) {
            boolean fresh = RULES.prepare(od, resume, force);
            SensitivityJournal journal;
            if (fresh) {
                journal = SensitivityJournal.create(od, new SensitivityJournal.Header(fingerprint,
                        now.truncatedTo(ChronoUnit.MILLIS).toString()));
            } else {
                journal = SensitivityJournal.resume(od, plan.requests().size(), s.outputs().size());
                if (!journal.header().fingerprint().equals(fingerprint)) {
                    journal.close();
                    throw new BadInputException(dir + ": the unfinished analysis there was started from other inputs "
                            + "(the factors file, its base scenario, a file it extends, the zone data or --method "
                            + "differ) or by another zonelab build; resume it with the files, method and build it started "
                            + "with, or use --force to start again", null);
                }
            }
            try (SensitivityJournal j = journal) {
                List<RunRequest> todo = new ArrayList<>();
                List<RunRequest> done = new ArrayList<>();
                for (RunRequest r : plan.requests()) {
                    (j.entries().containsKey(r.index()) ? done : todo).add(r);
                }
                resumed = done.size();
                try (var bar = engineOptions.progress(s.name(), plan.requests(), done)) {
                    // The journal records each run as it finishes, so that a killed analysis loses none.
                    try (Engine engine = engineOptions.open(Observers.NONE, bar)) {
                        Runs.asFinished(engine, todo, (req, res) ->
                                j.record(new SensitivityJournal.Entry(req.index(), req.replication(), req.seed(),
                                        plan.outputs(req, res))), bar);
                    }
                } catch (SensitivityPlan.OutputUndefinedException e) {
                    throw new BadInputException(e.getMessage(), null);
                }
                Map<Integer, double[]> byRun = new TreeMap<>();
                j.entries().forEach((i, e) -> byRun.put(i, e.outputs()));
                result = Sensitivity.analyse(plan, byRun);
                Map<String, Object> files = SensitivityWriter.write(od, result);
                for (Map.Entry<String, String> e : SensitivityReport.write(od, result).entrySet()) {
                    files.put(e.getKey(), Map.of("sha256", e.getValue()));
                }
                Map<String, Object> extra = JournaledDirectory.sessionFields(engineOptions.label(),
                        engineOptions.parallelism(), "runs_resumed", resumed,
                        j.header().started(), now);
                SensitivityWriter.writeManifest(od, result, files, extra);
            }
            SensitivityJournal.delete(od);
        }
        report(result, dir, resumed, (System.nanoTime() - start) / 1e9);
        return Main.OK;
    }

    private void report(Sensitivity.Result r, Path dir, int resumed, double seconds) {
        SensitivitySpec s = r.plan().spec();
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "sensitivity %s: %s, %d factors, %d points x %d replications = %d runs (%d resumed from "
                        + "the journal; %s, %.1f s)%n", s.name(), s.method().label(), s.factors().size(),
                r.plan().points(), s.replications(), r.plan().requests().size(), resumed,
                engineOptions.where(r.plan().requests().size()), seconds);
        for (Sensitivity.OutputAnalysis a : r.outputs()) {
            w.printf(Locale.ROOT, "  %-28s %s%s%n", a.output().name(), SensitivityReport.ranking(a, 3),
                    a.noiseDominates() ? "  (replication noise dominates: noise over spread "
                            + ReportHtml.human(a.noise().ratio()) + ")" : "");
        }
        List<String> files = new ArrayList<>(List.of(SensitivityWriter.DESIGN, SensitivityWriter.RUNS,
                SensitivityWriter.INDICES, SensitivityWriter.NOISE));
        if (s.method() == SensitivitySpec.Method.SOBOL) {
            files.add(SensitivityWriter.CONVERGENCE);
        }
        files.add("charts/");
        files.add(RunDirectoryWriter.MANIFEST);
        w.println("Results in " + dir + "/ (" + String.join(", ", files) + ")");
        w.println("Report: " + dir.resolve(SensitivityReport.FILE));
        w.flush();
    }
}
