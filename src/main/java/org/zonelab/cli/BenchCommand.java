package org.zonelab.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zonelab.experiment.MasonFloor;
import org.zonelab.experiment.Replication;
import org.zonelab.experiment.ReplicationObserver;
import org.zonelab.model.ProcessTimes;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.output.Numbers;
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
 * {@code zonelab bench}: times single replications on one thread (the performance bars
 * are benchmarks, not unit tests) and reports wall time, firm-steps per second, heap per firm, the
 * ratio of ZoneLab's time per firm-step to MASON's floor ({@link MasonFloor}) timed in the same JVM,
 * and, with {@code --scaling}, how time grows with scale. {@code --engines} ({@link EngineBench}) and
 * {@code --gui} ({@link GuiBench}) time other things instead.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the model: one replication on one thread, with heap use per firm.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: scenarios/baseline.yaml).")
    Path scenarioFile = Path.of("scenarios", "baseline.yaml");

    @Option(names = "--scale", paramLabel = "X", description = "Share of real firms (default 1.0).")
    double scale = 1.0;

    @Option(names = "--years", paramLabel = "Y", description = "Years to simulate (default: the scenario's).")
    Integer years;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the scenario's).")
    Long seed;

    @Option(names = "--scaling", description = "Also time scales 0.1 and 0.3 and fit the exponent of time in scale.")
    boolean scaling;

    @Option(names = "--process", description = "Also time each phase and firm process, in ns per firm-step.")
    boolean process;

    @Option(names = "--engines", description = "Instead, time " + ENGINE_RUNS + " runs at scale " + ENGINE_SCALE
            + " (and --years, default " + ENGINE_YEARS + ") on the local thread pool and on Spark local[C] (C the cores): "
            + "the throughput ratio, and Spark's overhead per task from " + ENGINE_RUNS + " runs of one year at scale "
            + OVERHEAD_SCALE + ".")
    boolean engines;

    @Option(names = "--gui", description = "Instead, play one run in the teaching GUI, map hidden then shown (scale default "
            + GUI_SCALE + ", --years default " + GUI_YEARS + "), and the same run headless: quarters per second of each, "
            + "their ratio, and the longest gap in the Console's event thread. Needs a display (xvfb-run -a).")
    boolean gui;

    /** Scale of the GUI benchmark unless --scale says otherwise: the teaching scale. */
    static final double GUI_SCALE = 0.1;
    /** Years of the GUI benchmark unless --years says otherwise. */
    static final int GUI_YEARS = 3;

    /** Runs of the engine benchmark (issue 16: a 40-run sweep at scale 0.1). */
    static final int ENGINE_RUNS = 40;
    /** Scale of the engine benchmark's runs. */
    static final double ENGINE_SCALE = 0.1;
    /** Years of the engine benchmark's runs, unless --years says otherwise. */
    static final int ENGINE_YEARS = 5;
    /** Scale of the runs that measure the per-task overhead: as small as a run gets. */
    static final double OVERHEAD_SCALE = 0.001;

    @Override
    public Integer call() throws InterruptedException, java.lang.reflect.InvocationTargetException {
        if (gui && (scaling || process || engines)) {
            throw new ParameterException(spec.commandLine(), "--gui times the GUI alone; it takes none of --scaling, "
                    + "--process and --engines");
        }
        if (gui && java.awt.GraphicsEnvironment.isHeadless()) {
            spec.commandLine().getErr().println("zonelab bench --gui: no display (DISPLAY is not set, or Java runs "
                    + "headless); run it on a desktop or under a virtual display: xvfb-run -a ./zonelab bench --gui");
            return Main.BAD_INPUT;
        }
        boolean scaleGiven = spec.commandLine().getParseResult().hasMatchedOption("--scale");
        Overrides overrides;
        try {
            overrides = new Overrides(1, seed, gui && !scaleGiven ? GUI_SCALE : scale,
                    gui && years == null ? Integer.valueOf(GUI_YEARS) : years);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Scenario s = ScenarioLoader.load(scenarioFile, overrides);
        PrintWriter out = spec.commandLine().getOut();
        if (gui) {
            GuiBench.print(out, s);
            return Main.OK;
        }
        if (engines) {
            EngineBench.print(out, s.withOverrides(1, null, ENGINE_SCALE, years != null ? years : ENGINE_YEARS),
                    s.withOverrides(1, null, OVERHEAD_SCALE, 1), ENGINE_RUNS);
            out.flush();
            return Main.OK;
        }
        out.printf(Locale.ROOT, "bench %s: %d years, seed %d, 1 thread, java %s%n", s.name(), s.years(), s.seed(),
                System.getProperty("java.version"));
        Timing full = time(s.modelConfig(), s.seed());
        print(out, s.scale(), full);
        double floor = MasonFloor.nanosPerAgentStep();
        double zonelab = full.seconds * 1e9 / full.firmSteps;
        out.printf(Locale.ROOT, "  ZoneLab %.0f ns per firm-step; MASON's floor (%,d agents, %d steps, best of %d) %.1f ns per "
                + "agent-step; ratio %.1f (target: at most 4)%n", zonelab, MasonFloor.AGENTS, MasonFloor.STEPS,
                MasonFloor.RUNS, floor, zonelab / floor);
        if (process) {
            printProcesses(out, s);
        }
        if (scaling) {
            double[] scales = {0.1, 0.3, s.scale()};
            double[] seconds = new double[3];
            for (int i = 0; i < 2; i++) {
                Scenario small = s.withOverrides(1, null, scales[i], null);
                Timing t = time(small.modelConfig(), s.seed());
                print(out, scales[i], t);
                seconds[i] = t.seconds;
            }
            seconds[2] = full.seconds;
            double exponent = Math.log(seconds[2] / seconds[0]) / Math.log(scales[2] / scales[0]);
            out.printf(Locale.ROOT, "time grows as scale^%.2f from %s to %s (target: at most 1.05)%n", exponent,
                    Numbers.format(scales[0]), Numbers.format(scales[2]));
        }
        out.flush();
        return Main.OK;
    }

    /** One more run of the scenario with every phase and firm process timed (the timers add a little). */
    private static void printProcesses(PrintWriter out, Scenario s) {
        ProcessTimes times = new ProcessTimes();
        long start = System.nanoTime();
        try {
            Replication.run(s.modelConfig(), 0, s.seed(), ReplicationObserver.NONE, times);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double total = System.nanoTime() - start;
        long steps = Math.max(1, times.firmSteps());
        long inProcesses = 0;
        out.printf(Locale.ROOT, "  where the time goes (one timed run, %,d firm-steps; ns per firm-step, share of the run):%n",
                times.firmSteps());
        for (ProcessTimes.Part part : ProcessTimes.Part.values()) {
            long n = times.nanos(part);
            boolean firmProcess = part.compareTo(ProcessTimes.Part.FIRMS) > 0 && part.compareTo(ProcessTimes.Part.INVESTORS) < 0;
            if (firmProcess) {
                inProcesses += n;
            }
            out.printf(Locale.ROOT, "    %s%-22s %8.0f %5.1f %%%n", firmProcess ? "  " : "", part.name().toLowerCase(Locale.ROOT),
                    (double) n / steps, 100 * n / total);
            if (part == ProcessTimes.Part.DEMOGRAPHY) {
                long dispatch = times.nanos(ProcessTimes.Part.FIRMS) - inProcesses;
                out.printf(Locale.ROOT, "      %-22s %8.0f %5.1f %%%n", "shuffle_and_dispatch", (double) dispatch / steps,
                        100 * dispatch / total);
            }
        }
    }

    private static void print(PrintWriter out, double scale, Timing t) {
        out.printf(Locale.ROOT, "  scale %-5s %7.2f s wall  %6.2f M firm-steps/s  peak %,d firms  %,.0f bytes of heap per firm%n",
                Numbers.format(scale), t.seconds, t.firmSteps / t.seconds / 1e6, t.peakFirms, t.bytesPerFirm);
    }

    /** What one timed run measured. */
    private record Timing(double seconds, long firmSteps, int peakFirms, double bytesPerFirm) {
    }

    private static Timing time(ModelConfig config, long seed) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] firmSteps = {0};
        int[] peak = {0};
        double[] perFirm = {0};
        long[] end = {0};
        long start = System.nanoTime();
        try {
            Replication.run(config, 0, seed, new ReplicationObserver() {
                @Override
                public void stepped(ZoneLabModel model) {
                    int n = model.firms().size();
                    firmSteps[0] += n;
                    if (n > peak[0]) {
                        peak[0] = n;
                    }
                }

                @Override
                public void finished(ZoneLabModel model) {
                    end[0] = System.nanoTime();
                    // Heap held by the live model, measured before it is dropped (not timed).
                    System.gc();
                    long used = memory.getHeapMemoryUsage().getUsed() - before;
                    perFirm[0] = (double) used / Math.max(1, model.firms().size());
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double seconds = (end[0] - start) / 1e9;
        return new Timing(seconds, firmSteps[0], peak[0], perFirm[0]);
    }
}
