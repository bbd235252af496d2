package org.zonelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zonelab.experiment.Engine;
import org.zonelab.experiment.Observers;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.experiment.RunRequest;
import org.zonelab.experiment.ScenarioSample;
import org.zonelab.experiment.Runs;
import org.zonelab.model.measure.Indicator;
import org.zonelab.output.AgentCharts;
import org.zonelab.output.AgentLog;
import org.zonelab.output.AgentLogFiles;
import org.zonelab.output.ChinaOutline;
import org.zonelab.output.FigureWriter;
import org.zonelab.output.Numbers;
import org.zonelab.output.OutputDirectory;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.RunExistsException;
import org.zonelab.output.RunReport;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zonelab run SCENARIO}: runs the scenario's replications in parallel and writes a run
 * directory (docs/ODD.md §8.3) with its charts and report.html (unless {@code --no-report}). The
 * output is byte-identical for any thread count. The last line printed names the report.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        resourceBundle = "org.zonelab.cli.RunHelp",
        description = "Run a scenario's replications and write timeseries.csv, summary.csv, moments.csv, charts/, "
                + "a self-contained report.html and manifest.json to a run directory.")
final class RunCommand implements Callable<Integer> {
    /** Final-year indicators printed after a run, averaged across replications. */
    static final List<Indicator> KEY_INDICATORS = List.of(Indicator.FIRMS, Indicator.HIGH_TECH_ENTERPRISES,
            Indicator.GAZELLES, Indicator.UNICORNS, Indicator.GDP_BN);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenarioFile;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run directory (default: results/<scenario-name>/<yyyyMMdd-HHmmss>/).")
    Path out;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    ForceOption forceOption;

    @Mixin
    AgentLogOptions agentLogs;

    @Option(names = "--no-report", description = "Write neither charts/ nor report.html (only the CSV files and "
            + "the manifest).")
    boolean noReport;

    @Override
    public Integer call() throws IOException {
        Overrides overrides = scenarioOptions.overrides();
        AgentLog.Snapshots snapshots = agentLogs.snapshots();
        boolean events = agentLogs.events;
        engineOptions.check(agentLogs.active());
        Scenario scenario = ScenarioLoader.load(scenarioFile, overrides);
        Path dir = out != null ? out : ResultsDirectory.newDirectory(scenario.name());
        long start = System.nanoTime();
        Outcome outcome = write(scenario, new RunDirectory(dir, out == null, forceOption.force), snapshots, events,
                !noReport, engineOptions, scenarioFile);
        double seconds = (System.nanoTime() - start) / 1e9;
        report(scenario, dir, seconds, outcome.means(), outcome.fits());
        return Main.OK;
    }

    /**
     * Where a run goes.
     *
     * @param dir           the run directory
     * @param createParents whether missing parents are created (default directories under results/)
     * @param force         whether a complete run there may be overwritten
     */
    record RunDirectory(Path dir, boolean createParents, boolean force) {
    }

    /** What a run gives for its report: the key indicators' means, and the agent logs' fits (or null). */
    record Outcome(Means means, AgentCharts.Fits fits) {
    }

    /**
     * Runs a scenario's replications into a run directory (the CSV files, the agent logs and their charts
     * when asked for, the charts and report.html unless {@code report} is false, and the manifest last):
     * {@code run}, and {@code reproduce} from a manifest.
     *
     * @param outlineFrom a file from whose folder upwards China's outline is looked up, for the agent charts
     */
    static Outcome write(Scenario scenario, RunDirectory target, AgentLog.Snapshots snapshots, boolean events,
                         boolean report, EngineOptions engineOptions, Path outlineFrom) throws IOException {
        List<Long> seeds = Runs.seeds(scenario.seed(), scenario.replications());
        List<RunRequest> requests = Runs.replications(List.of(scenario.modelConfig()), seeds);
        Means means = new Means();
        ScenarioSample sample = report ? new ScenarioSample(scenario.name()) : null;
        Path outlineFile = ChinaOutline.locate(outlineFrom);
        AgentCharts.Fits fits = null;
        Map<String, Object> logs;
        try (OutputDirectory od = OutputDirectory.take(target.dir(), target.createParents());
             RunDirectoryWriter writer = openWriter(od, scenario, seeds, snapshots, events, target.force());
             Progress bar = engineOptions.progress(scenario.name(), requests)) {
            boolean logging = AgentLog.active(snapshots, events);
            Observers observers = AgentLogOptions.observers(od, snapshots, events,
                    r -> AgentLog.Run.of(scenario.name(), r));
            try (Engine engine = engineOptions.open(observers, bar)) {
                Runs.inOrder(engine, requests, (req, res) -> {
                    writer.write(res);
                    means.add(res);
                    if (sample != null) {
                        sample.add(res);
                    }
                }, bar);
                logs = AgentLogFiles.join(od, requests.size(), false);
                if (logging) {
                    fits = AgentCharts.write(od, scenario.zones(), outline(outlineFile));
                }
            } finally {
                AgentLogFiles.discard(od, requests.size());
            }
            writer.complete(sample, sample == null ? null : outline(outlineFile),
                    fits == null ? FigureWriter.Written.none() : fits.charts(), logs);
        }
        return new Outcome(means, fits);
    }

    private static ChinaOutline outline(Path file) throws IOException {
        return file == null ? ChinaOutline.empty() : ChinaOutline.read(file);
    }

    private static RunDirectoryWriter openWriter(OutputDirectory od, Scenario scenario, List<Long> seeds,
                                                 AgentLog.Snapshots snapshots, boolean events, boolean force)
            throws IOException {
        try {
            return RunDirectoryWriter.open(od, scenario, seeds, snapshots, events, force);
        } catch (RunExistsException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private void report(Scenario s, Path dir, double seconds, Means means, AgentCharts.Fits fits) {
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "%s: %d replications, %d years from %d, scale %s, seed %d (%s, %.1f s)%n",
                s.name(), s.replications(), s.years(), s.startYear(), Numbers.format(s.scale()), s.seed(),
                engineOptions.where(s.replications()), seconds);
        w.println("Results in " + dir + "/ (" + RunDirectoryWriter.TIMESERIES + ", " + RunDirectoryWriter.SUMMARY
                + ", " + RunDirectoryWriter.MOMENTS + ", " + RunDirectoryWriter.MANIFEST + ")");
        w.println("Final year " + (s.startYear() + s.years() - 1) + ", mean of " + s.replications()
                + " replications:");
        for (Indicator key : KEY_INDICATORS) {
            w.printf(Locale.ROOT, "  %-24s %s%n", key.key(), means.text(key));
        }
        if (fits != null && Double.isFinite(fits.tailExponent())) {
            w.printf(Locale.ROOT, "Firm sizes: Pareto tail exponent %.2f over the largest %,d firms (first replication, final year)%n",
                    fits.tailExponent(), fits.tailFirms());
        }
        if (fits != null && fits.growthPairs() > 0) {
            w.printf(Locale.ROOT, "Annual growth rates: Laplace scale %.3f, sd %.3f over %,d firm-years%n",
                    fits.laplaceScale(), fits.growthSd(), fits.growthPairs());
        }
        if (fits != null) {
            w.println("Agent logs and their charts are in " + dir + "/ (firms.csv, events.csv, flows.csv, charts/)");
        }
        if (!noReport) {
            w.println("Report: " + dir.resolve(RunReport.FILE));
        }
        w.flush();
    }

    /** Running means of the key indicators across replications. */
    static final class Means {
        private final Map<Indicator, double[]> sums = new EnumMap<>(Indicator.class);

        void add(ReplicationResult r) {
            for (Indicator key : KEY_INDICATORS) {
                Double v = r.summary().get(key);
                if (v != null) {
                    double[] s = sums.computeIfAbsent(key, k -> new double[2]);
                    s[0] += v;
                    s[1]++;
                }
            }
        }

        String text(Indicator key) {
            double[] s = sums.get(key);
            if (s == null || s[1] == 0) {
                return "n/a";
            }
            double mean = s[0] / s[1];
            return Math.abs(mean) >= 100 ? String.format(Locale.ROOT, "%,.0f", mean)
                    : String.format(Locale.ROOT, "%.3f", mean);
        }
    }
}
