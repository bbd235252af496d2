package org.zonelab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.zonelab.output.DirectoryRefusedException;
import org.zonelab.output.Version;
import org.zonelab.output.WriteFailedException;
import org.zonelab.scenario.ScenarioException;
import org.zonelab.scenario.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code zonelab}, the command line (README.md; {@code zonelab --help}). Exit codes: 0 success; 2 bad usage or bad input, with
 * one line on stderr ({@code file:line:col: message} for input files, {@code zonelab CMD: ...} for an
 * output directory that cannot or must not be used); 1 a file that could not be written (a full disk:
 * one line naming it) or an internal error, one line with a hint (the stack trace only with
 * {@code ZONELAB_DEBUG=1}).
 */
@Command(name = "zonelab", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Agent-based policy laboratory for China's national high-tech zones.",
        subcommands = {RunCommand.class, ValidateCommand.class, CompareCommand.class,
                SweepCommand.class, CalibrateCommand.class, SensitivityCommand.class, ReproduceCommand.class,
                GuiCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    /** Entry point of the jar. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line with these streams and returns the exit code (for tests and embedding). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    /** The configured picocli command line, with ZoneLab's error handling. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> failure(ex, cmd));
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("zonelab: missing command; commands: run, validate, compare, sweep, "
                + "calibrate, sensitivity, reproduce, gui, bench (see zonelab --help)");
        return BAD_INPUT;
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String message = oneLine(ex.getMessage());
        cmd.getErr().println(name + ": " + message + " (see " + name + " --help)");
        return BAD_INPUT;
    }

    private static int failure(Exception ex, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof ScenarioException se) {
            err.println(se.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof org.zonelab.scenario.OptionException oe) {
            // A command-line value that does not fit a valid scenario: named by its command.
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + oneLine(oe.getMessage()));
            return BAD_INPUT;
        }
        if (ex instanceof BadInputException bi) {
            err.println(oneLine(bi.getMessage()));
            return BAD_INPUT;
        }
        String name = cmd.getCommandSpec().qualifiedName();
        DirectoryRefusedException refused = cause(ex, DirectoryRefusedException.class);
        if (refused != null) {
            err.println(name + ": " + oneLine(refused.getMessage()));
            return BAD_INPUT;
        }
        WriteFailedException failed = cause(ex, WriteFailedException.class);
        if (failed != null) {
            // Not a bug: the disk is full or failing. Manifests are committed last, so none was.
            err.println(name + ": " + oneLine(failed.getMessage()) + "; nothing was marked complete");
            return INTERNAL_ERROR;
        }
        err.println("zonelab: internal error: " + oneLine(ex.getClass().getSimpleName()
                + (ex.getMessage() != null ? ": " + ex.getMessage() : ""))
                + " (a bug; set ZONELAB_DEBUG=1 to print the stack trace, and please report it)");
        if ("1".equals(System.getenv("ZONELAB_DEBUG"))) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /** The exception or its first cause of a type (worker threads wrap what they throw). */
    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static String oneLine(String s) {
        // Line breaks between parts become spaces; other control characters, escapes (Text.escape).
        return s == null ? "" : Text.escape(s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim());
    }

    /** Reports the version from the jar manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zonelab " + Version.current()};
        }
    }
}
