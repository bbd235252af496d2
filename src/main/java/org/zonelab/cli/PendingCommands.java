package org.zonelab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zonelab.output.Version;
import org.zonelab.scenario.SweepLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The commands of DESIGN 3.1 that this version does not provide yet. Each takes its documented
 * arguments (so {@code --help} shows them) and exits with 2 and one line saying so.
 */
final class PendingCommands {
    private PendingCommands() {
    }

    /** Prints the "not available yet" line. */
    abstract static class Pending implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": not available yet in this version ("
                    + Version.current() + "); only run and validate work so far");
            return Main.BAD_INPUT;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Run several scenarios with common seeds and compare their indicators (not available yet).")
    static final class Compare extends Pending {
        @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "Scenario files; the first is the reference.")
        List<Path> scenarios;
        @Option(names = "--reps", paramLabel = "N", description = "Replications per scenario.")
        Integer reps;
        @Option(names = "--out", paramLabel = "DIR", description = "Output directory.")
        Path out;
    }

    @Command(name = "sweep", mixinStandardHelpOptions = true,
            description = "Run a parameter sweep over a grid or a Latin hypercube (not available yet: the sweep "
                    + "file is validated, then the command says so).")
    static final class Sweep extends Pending {
        @Override
        public Integer call() {
            // A bad file is reported as such (exit 2, file:line:col: message) before anything else.
            SweepLoader.load(sweep);
            return super.call();
        }

        @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file.")
        Path sweep;
        @Option(names = "--engine", paramLabel = "local|spark", description = "Where to run: local (default) or spark.")
        String engine;
        @Option(names = "--master", paramLabel = "URL", description = "Spark master URL.")
        String master;
        @Option(names = "--out", paramLabel = "DIR", description = "Output directory.")
        Path out;
        @Option(names = "--resume", description = "Skip runs that finished already.")
        boolean resume;
    }

    @Command(name = "calibrate", mixinStandardHelpOptions = true,
            description = "Fit free parameters against a targets file (not available yet).")
    static final class Calibrate extends Pending {
        @Parameters(index = "0", paramLabel = "TARGETS", description = "Targets file.")
        Path targets;
        @Option(names = "--out", paramLabel = "DIR", description = "Output directory.")
        Path out;
    }

    @Command(name = "sensitivity", mixinStandardHelpOptions = true,
            description = "Global sensitivity analysis, Morris or Sobol (not available yet).")
    static final class Sensitivity extends Pending {
        @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
        Path scenario;
        @Option(names = "--method", paramLabel = "morris|sobol", description = "Method: morris or sobol.")
        String method;
        @Option(names = "--out", paramLabel = "DIR", description = "Output directory.")
        Path out;
    }

    @Command(name = "gui", mixinStandardHelpOptions = true,
            description = "Open the teaching GUI (not available yet).")
    static final class Gui extends Pending {
        @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file.")
        Path scenario;
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Measure run time, scaling and memory (not available yet).")
    static final class Bench extends Pending {
        @Option(names = "--scale", paramLabel = "X", description = "Scale.")
        Double scale;
        @Option(names = "--years", paramLabel = "Y", description = "Years.")
        Integer years;
    }
}
