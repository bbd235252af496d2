package org.zonelab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zonelab.output.Numbers;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.ScenarioException;
import org.zonelab.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonelab validate FILE...}: loads each scenario and reports OK or its first problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files: print OK and a summary for each, or its first problem as "
                + "file:line:col: message. Exit 2 if any file has a problem.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path f : files) {
            try {
                Scenario s = ScenarioLoader.load(f);
                out.println("OK " + f + ": " + describe(s));
            } catch (ScenarioException e) {
                err.println(e.getMessage());
                failed = true;
            }
        }
        out.flush();
        err.flush();
        return failed ? Main.BAD_INPUT : Main.OK;
    }

    /** {@code <name>, <years> years from <start_year>, scale <scale>, <n> zones, <p> policies, <e> events}. */
    static String describe(Scenario s) {
        return s.name() + ", " + s.years() + " years from " + s.startYear() + ", scale " + Numbers.format(s.scale())
                + ", " + s.zones().size() + " zones, " + s.policies().size() + " policies, " + s.events().size()
                + " events";
    }
}
