package org.zonelab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zonelab.output.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The commands of the planned command line that this version does not provide yet. Each takes its documented
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
                    + Version.current() + "); only run, validate, compare, sweep, calibrate, gui and bench work so far");
            return Main.BAD_INPUT;
        }
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

}
