package org.zonelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.zonelab.experiment.Comparison;
import org.zonelab.experiment.Engine;
import org.zonelab.experiment.Observers;
import org.zonelab.experiment.RunRequest;
import org.zonelab.experiment.Runs;
import org.zonelab.experiment.ScenarioSample;
import org.zonelab.experiment.Statistics;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.measure.Indicator;
import org.zonelab.output.AgentLog;
import org.zonelab.output.AgentLogFiles;
import org.zonelab.output.ChinaOutline;
import org.zonelab.output.CompareCharts;
import org.zonelab.output.CompareWriter;
import org.zonelab.output.ComparisonCsv;
import org.zonelab.output.Figure;
import org.zonelab.output.KeyIndicators;
import org.zonelab.output.Numbers;
import org.zonelab.output.OutputDirectory;
import org.zonelab.output.ReportHtml;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.RunExistsException;
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
 * {@code zonelab compare A.yaml B.yaml [...]}: runs every scenario with common random numbers
 * (replication i of each scenario uses the same seed) and writes a comparison directory: the
 * scenarios' time series and summaries, {@code comparison.csv}, charts and {@code report.html}
 * (results/README.md). The CSV files are byte-identical for any thread count.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        resourceBundle = "org.zonelab.cli.CompareHelp",
        description = "Run several scenarios with common random numbers (replication i of every scenario uses the "
                + "same seed) and compare them: comparison.csv (means, 95%% CIs, paired differences against the first "
                + "scenario, paired t-test p-values with Holm's correction, variance reduction), charts/ and a "
                + "self-contained report.html.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "Scenario files (YAML); the first is the "
            + "reference that the others are compared with.")
    List<Path> scenarioFiles;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (default: results/compare-<A>-vs-<B>/<yyyyMMdd-HHmmss>/).")
    Path out;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    ForceOption forceOption;

    @Mixin
    AgentLogOptions agentLogs;

    @Override
    public Integer call() throws IOException {
        Overrides overrides = scenarioOptions.overrides();
        engineOptions.check(agentLogs.active());
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : scenarioFiles) {
            scenarios.add(ScenarioLoader.load(f, overrides));
        }
        check(scenarios);
        Scenario first = scenarios.get(0);
        long baseSeed = first.seed();
        int n = first.replications();
        List<Long> seeds = Runs.seeds(baseSeed, n);
        List<ModelConfig> configs = new ArrayList<>();
        List<ScenarioSample> samples = new ArrayList<>();
        for (Scenario s : scenarios) {
            configs.add(s.modelConfig());
            samples.add(new ScenarioSample(s.name()));
        }
        List<RunRequest> requests = Runs.replications(configs, seeds);
        List<String> names = new ArrayList<>();
        scenarios.forEach(s -> names.add(s.name()));
        Path dir = out != null ? out : ResultsDirectory.newDirectory(directoryName(names));
        long start = System.nanoTime();
        List<Comparison.Row> rows;
        Map<String, Object> logs;
        try (OutputDirectory od = OutputDirectory.take(dir, out == null);
             CompareWriter writer = open(od, scenarios, seeds);
             Progress bar = engineOptions.progress("compare", requests)) {
            Observers observers = agentLogs.observers(od,
                    r -> AgentLog.Run.of(scenarios.get(r.index() / n).name(), r));
            try (Engine engine = engineOptions.open(observers, bar)) {
                Runs.inOrder(engine, requests, (req, res) -> {
                    int s = req.index() / n;
                    writer.write(s, res);
                    samples.get(s).add(res);
                }, bar);
                // Request order: scenario by scenario, replication by replication, whatever the threads.
                logs = AgentLogFiles.join(od, requests.size(), false);
            } finally {
                AgentLogFiles.discard(od, requests.size());
            }
            rows = Comparison.of(samples);
            Path outline = ChinaOutline.locate(first.source());
            ChinaOutline map = outline == null ? ChinaOutline.empty() : ChinaOutline.read(outline);
            List<Figure> figures = CompareCharts.all(samples, rows, first.zones(), map);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("engine", engineOptions.label());
            extra.put("threads", engineOptions.parallelism());
            extra.put("china_outline", outline == null ? null : outline.toString());
            extra.put(RunDirectoryWriter.AGENT_LOGS, agentLogs.settings());
            writer.complete(samples, rows, figures, baseSeed, logs, extra);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(scenarios, n, baseSeed, dir, seconds, rows);
        return Main.OK;
    }

    private static void check(List<Scenario> scenarios) {
        Set<String> seen = new HashSet<>();
        Scenario first = scenarios.get(0);
        for (Scenario s : scenarios) {
            if (!seen.add(s.name())) {
                throw new BadInputException(s.source() + ": scenario name \"" + s.name() + "\" is used twice in this "
                        + "comparison; the scenario column must tell them apart, so give each scenario its own name",
                        null);
            }
            if (s.startYear() != first.startYear() || s.years() != first.years()) {
                throw new BadInputException(s.source() + ": runs " + s.startYear() + " for " + s.years() + " years, but "
                        + first.source() + " runs " + first.startYear() + " for " + first.years() + " years; compared "
                        + "scenarios must cover the same years (use --years to set it for all)", null);
            }
        }
    }

    /** {@code compare-A-vs-B[-vs-C...]}, shortened when it would be very long. */
    static String directoryName(List<String> names) {
        String joined = "compare-" + String.join("-vs-", names);
        if (joined.length() <= 150) {
            return joined;
        }
        return "compare-" + names.get(0) + "-vs-" + (names.size() - 1) + "-scenarios";
    }

    private CompareWriter open(OutputDirectory od, List<Scenario> scenarios, List<Long> seeds) throws IOException {
        try {
            return CompareWriter.open(od, scenarios, seeds, forceOption.force);
        } catch (RunExistsException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private void report(List<Scenario> scenarios, int n, long baseSeed, Path dir, double seconds,
                        List<Comparison.Row> rows) {
        PrintWriter w = spec.commandLine().getOut();
        Scenario first = scenarios.get(0);
        List<String> names = new ArrayList<>();
        scenarios.forEach(s -> names.add(s.name()));
        w.printf(Locale.ROOT, "compare %s: %d replications each, %d years from %d, base seed %d (common random "
                        + "numbers; %s, %.1f s)%n", String.join(" vs ", names), n, first.years(),
                first.startYear(), baseSeed, engineOptions.where(n * scenarios.size()), seconds);
        w.println("Results in " + dir + "/ (" + ReportHtml.FILE + ", " + ComparisonCsv.FILE + ", charts/, "
                + RunDirectoryWriter.TIMESERIES + ", " + RunDirectoryWriter.SUMMARY + ", "
                + RunDirectoryWriter.MOMENTS
                + agentLogs.files().stream().map(f -> ", " + f).collect(Collectors.joining())
                + ", " + RunDirectoryWriter.MANIFEST
                + ")");
        int year = first.startYear() + first.years() - 1;
        for (int k = 1; k < scenarios.size(); k++) {
            String name = scenarios.get(k).name();
            w.println("Final year " + year + ", " + name + " minus " + first.name()
                    + " (paired mean, 95% CI, Holm-adjusted p):");
            for (Indicator key : KeyIndicators.ALL) {
                for (Comparison.Row r : rows) {
                    if (r.scenario().equals(name) && r.indicator() == key && r.paired() != null) {
                        Statistics.Estimate d = r.paired().difference();
                        String ci = Double.isNaN(d.ciLow()) ? "" : " [" + Numbers.format(round(d.ciLow())) + ", "
                                + Numbers.format(round(d.ciHigh())) + "]";
                        String p = Double.isNaN(r.pHolm()) ? "" : String.format(Locale.ROOT, "  p=%.3g", r.pHolm());
                        w.printf(Locale.ROOT, "  %-24s %s%s%s%n", key.key(), Numbers.format(round(d.mean())), ci, p);
                    }
                }
            }
        }
        w.println("Report: " + dir.resolve(ReportHtml.FILE));
        w.flush();
    }

    /** Four significant digits, for the console. */
    private static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 3 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }
}
