package org.zonelab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zonelab.output.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
                    + Version.current() + "); only run, validate, compare, sweep, calibrate, sensitivity, gui and bench work so far");
            return Main.BAD_INPUT;
        }
    }

    @Command(name = "reproduce", mixinStandardHelpOptions = true,
            description = "Re-run a run directory from its manifest and compare the outputs (not available yet).")
    static final class Reproduce extends Pending {
        @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory with a manifest.json.")
        Path runDir;
    }
}
