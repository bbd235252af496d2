package org.zonelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.experiment.ReplicationObserver;
import org.zonelab.experiment.ReplicationRunner;
import org.zonelab.output.AgentCharts;
import org.zonelab.output.AgentLog;
import org.zonelab.output.ChinaOutline;
import org.zonelab.output.AgentLogFiles;
import org.zonelab.experiment.Seeds;
import org.zonelab.output.Numbers;
import org.zonelab.output.OutputDirectory;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.RunExistsException;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zonelab run SCENARIO}: runs the scenario's replications in parallel and writes a run
 * directory (DESIGN 3.2). The output is byte-identical for any thread count.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario's replications and write timeseries.csv, summary.csv and manifest.json "
                + "to a run directory.")
final class RunCommand implements Callable<Integer> {
    /** Final-year indicators printed after a run, averaged across replications. */
    static final List<String> KEY_INDICATORS = List.of("firms", "high_tech_enterprises", "gazelles", "unicorns",
            "gdp_bn");
    static final Path RESULTS = Path.of("results");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenarioFile;

    @Option(names = "--reps", paramLabel = "N", description = "Replications (default: the scenario's).")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's).")
    Long seed;

    @Option(names = "--scale", paramLabel = "X", description = "Share of real firms represented, in (0, 1].")
    Double scale;

    @Option(names = "--years", paramLabel = "Y", description = "Years to simulate, 1..100.")
    Integer years;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run directory (default: results/<scenario-name>/<yyyyMMdd-HHmmss>/).")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--force", description = "Overwrite a run directory that holds a complete run.")
    boolean force;

    @Option(names = "--firm-snapshots", paramLabel = "WHEN", defaultValue = "none",
            description = "Write firms.csv: none, final or yearly (default: none).")
    String firmSnapshots;

    @Option(names = "--events", description = "Write events.csv (firm life events) and flows.csv.")
    boolean events;

    @Override
    public Integer call() throws IOException {
        Overrides overrides;
        try {
            overrides = new Overrides(reps, seed, scale, years);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads != null && (threads < 1 || threads > 4096)) {
            throw new ParameterException(spec.commandLine(), "--threads: " + threads
                    + " is out of range; allowed: whole numbers in [1, 4096]");
        }
        int t = threads != null ? threads : cores;
        AgentLog.Snapshots snapshots = snapshots();
        Scenario scenario = ScenarioLoader.load(scenarioFile, overrides);
        Path dir = out != null ? out : defaultDirectory(scenario.name());
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < scenario.replications(); i++) {
            seeds.add(Seeds.forReplication(scenario.seed(), i));
        }
        Means means = new Means();
        AgentCharts.Fits fits = null;
        long start = System.nanoTime();
        try (OutputDirectory od = OutputDirectory.take(dir, out == null);
             RunDirectoryWriter writer = openWriter(od, scenario, seeds);
             ProgressBar bar = progressBar(scenario)) {
            boolean logging = AgentLog.active(snapshots, events);
            try {
                ReplicationRunner.run(scenario.modelConfig(), seeds, t, r -> {
                    writer.write(r);
                    means.add(r);
                }, doneCount -> {
                    if (bar != null) {
                        bar.stepTo(doneCount);
                    }
                }, i -> logging ? new AgentLog(od, scenario.name(), i, seeds.get(i), snapshots, events)
                        : ReplicationObserver.NONE);
                AgentLogFiles.join(od, seeds.size(),
                        List.of(AgentLogFiles.FIRMS, AgentLogFiles.EVENTS, AgentLogFiles.FLOWS));
                if (logging) {
                    Path outlineFile = ChinaOutline.locate(scenarioFile);
                    fits = AgentCharts.write(od, scenario.zones(),
                            outlineFile == null ? ChinaOutline.empty() : ChinaOutline.read(outlineFile));
                }
            } finally {
                AgentLogFiles.discard(od, seeds.size());
            }
            writer.complete();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(scenario, dir, t, seconds, means, fits);
        return Main.OK;
    }

    private AgentLog.Snapshots snapshots() {
        return switch (firmSnapshots.toLowerCase(Locale.ROOT)) {
            case "none" -> AgentLog.Snapshots.NONE;
            case "final" -> AgentLog.Snapshots.FINAL;
            case "yearly" -> AgentLog.Snapshots.YEARLY;
            default -> throw new ParameterException(spec.commandLine(), "--firm-snapshots: \"" + firmSnapshots
                    + "\" is not allowed; allowed: none, final, yearly");
        };
    }

    private RunDirectoryWriter openWriter(OutputDirectory od, Scenario scenario, List<Long> seeds) throws IOException {
        try {
            return RunDirectoryWriter.open(od, scenario, seeds, force);
        } catch (RunExistsException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** {@code results/<name>/<stamp>/}, with a numeric suffix when that directory exists already. */
    static Path defaultDirectory(String scenarioName) {
        Path base = RESULTS.toAbsolutePath().normalize();
        String stamp = LocalDateTime.now().format(STAMP);
        Path dir = RESULTS.resolve(scenarioName).resolve(stamp);
        for (int k = 2; Files.exists(dir); k++) {
            dir = RESULTS.resolve(scenarioName).resolve(stamp + "-" + k);
        }
        if (!dir.toAbsolutePath().normalize().startsWith(base) || dir.normalize().getNameCount() != 3) {
            // ScenarioLoader only accepts safe names; this guards the contract anyway.
            throw new IllegalStateException("scenario name " + scenarioName + " would leave results/");
        }
        return dir;
    }

    private ProgressBar progressBar(Scenario scenario) {
        if (quiet || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder()
                .setTaskName(scenario.name())
                .setInitialMax(scenario.replications())
                .setUnit(" reps", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish()
                .build();
    }

    private void report(Scenario s, Path dir, int threads, double seconds, Means means, AgentCharts.Fits fits) {
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "%s: %d replications, %d years from %d, scale %s, seed %d (%d threads, %.1f s)%n",
                s.name(), s.replications(), s.years(), s.startYear(), Numbers.format(s.scale()), s.seed(),
                Math.min(threads, s.replications()), seconds);
        w.println("Results in " + dir + "/ (" + RunDirectoryWriter.TIMESERIES + ", " + RunDirectoryWriter.SUMMARY
                + ", " + RunDirectoryWriter.MANIFEST + ")");
        w.println("Final year " + (s.startYear() + s.years() - 1) + ", mean of " + s.replications()
                + " replications:");
        for (String key : KEY_INDICATORS) {
            w.printf(Locale.ROOT, "  %-24s %s%n", key, means.text(key));
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
        w.flush();
    }

    /** Running means of the key indicators across replications. */
    private static final class Means {
        private final Map<String, double[]> sums = new LinkedHashMap<>();

        void add(ReplicationResult r) {
            for (String key : KEY_INDICATORS) {
                Double v = r.summary().get(key);
                if (v != null) {
                    double[] s = sums.computeIfAbsent(key, k -> new double[2]);
                    s[0] += v;
                    s[1]++;
                }
            }
        }

        String text(String key) {
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
