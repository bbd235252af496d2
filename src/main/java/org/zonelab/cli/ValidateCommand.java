package org.zonelab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zonelab.output.Numbers;
import org.zonelab.scenario.CalibrationLoader;
import org.zonelab.scenario.CalibrationSpec;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.ScenarioException;
import org.zonelab.scenario.ScenarioLoader;
import org.zonelab.scenario.SensitivityLoader;
import org.zonelab.scenario.SensitivitySpec;
import org.zonelab.scenario.SweepLoader;
import org.zonelab.scenario.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zonelab validate FILE...}: loads each scenario, sweep or calibration targets file (a sweep file
 * has a top-level {@code base:} key; a targets file has {@code base:} with {@code free:} or
 * {@code targets:}) and reports OK or its first problem.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario, sweep and calibration targets files (a sweep file has a top-level base: key; a "
                + "targets file has base: with free: or targets:): print OK and a "
                + "summary for each, or its first problem as file:line:col: message. Exit 2 if any file has a "
                + "problem.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario, sweep, targets or factors files (YAML).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path f : files) {
            try {
                if (SensitivityLoader.isFactorsFile(f)) {
                    out.println("OK " + f + ": " + describe(SensitivityLoader.load(f)));
                } else if (CalibrationLoader.isTargetsFile(f)) {
                    out.println("OK " + f + ": " + describe(CalibrationLoader.load(f)));
                } else if (SweepLoader.isSweep(f)) {
                    out.println("OK " + f + ": " + describe(SweepLoader.load(f)));
                } else {
                    out.println("OK " + f + ": " + describe(ScenarioLoader.load(f)));
                }
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

    /** {@code calibration <name>, <d> free parameters, <t> targets, <h> holdout, <e> evaluations x <r> replications}. */
    static String describe(CalibrationSpec c) {
        return "calibration " + c.name() + ", " + c.free().size() + " free parameters, " + c.targets().size()
                + " targets, " + c.holdout().size() + " holdout, " + c.evaluations() + " evaluations x "
                + c.replications() + " replications";
    }

    /** {@code sensitivity <name>, <k> factors, <o> outputs, morris <m> runs, sobol <s> runs}. */
    static String describe(SensitivitySpec s) {
        int k = s.factors().size();
        long morris = (long) s.morris().trajectories() * (k + 1) * s.replications();
        long sobol = (long) s.sobol().samples() * (s.sobol().secondOrder() ? 2L * k + 2 : k + 2) * s.replications();
        return "sensitivity " + s.name() + ", " + k + " factors, " + s.outputs().size() + " outputs, method "
                + s.method().label() + "; morris " + morris + " runs, sobol " + sobol + " runs";
    }

    /** {@code sweep <name>, <design>, <n> points x <r> replications}. */
    static String describe(SweepSpec s) {
        return "sweep " + s.name() + ", " + s.design().label() + ", " + s.size() + " points x " + s.replications()
                + " replications";
    }
}
