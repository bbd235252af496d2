package org.zonelab.cli;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.zonelab.gui.GuiSetup;
import org.zonelab.gui.TwinWithUI;
import org.zonelab.gui.ZoneLabWithUI;
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
 * {@code zonelab gui [SCENARIO]}: opens the teaching GUI (MASON Console, map, charts) and returns when
 * the Console is closed. Without a scenario it runs {@code scenarios/baseline.yaml} at scale
 * {@value GuiSetup#TEACHING_SCALE}; a scenario file runs at its own scale, at most
 * {@value GuiSetup#MAX_SCALE}, unless {@code --scale} says otherwise. {@code zonelab gui --twin A B}
 * opens a twin run ({@link TwinWithUI}): the two scenarios side by side on A's seed (or {@code --seed})
 * and at A's GUI scale, stepped together.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the teaching GUI: a MASON Console, a map of the zones and firms, live charts, and the "
                + "ten policy levers as sliders. Without SCENARIO it runs scenarios/baseline.yaml at scale "
                + GuiSetup.TEACHING_SCALE + "; a scenario runs at its own scale, at most " + GuiSetup.MAX_SCALE
                + ". With --twin A B, two scenarios side by side on one seed, stepped together. Needs a display "
                + "(on a server: xvfb-run).")
final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: scenarios/baseline.yaml at the teaching scale).")
    Path scenario;

    @Option(names = "--twin", arity = "2", paramLabel = "SCENARIO",
            description = "A twin run: scenarios A and B side by side, on the same seed (A's unless --seed), at A's "
                    + "scale, stepped together.")
    List<Path> twin;

    @Option(names = "--scale", paramLabel = "X",
            description = "Share of real firms shown, in (0, 1] (default: as above; above 0.1 the map slows down).")
    Double scale;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the first run, 0..2147483647 (default: the scenario's); the Console can change it.")
    Long seed;

    @Override
    public Integer call() throws InterruptedException, InvocationTargetException {
        Overrides overrides;
        try {
            overrides = new Overrides(null, seed, scale, null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (seed != null && seed > Integer.MAX_VALUE) {
            throw new ParameterException(spec.commandLine(), "--seed: " + seed
                    + " is out of range; allowed: whole numbers in [0, 2147483647] (MASON's seeds are 32-bit)");
        }
        if (twin != null && scenario != null) {
            throw new ParameterException(spec.commandLine(), "give either SCENARIO or --twin A B, not both");
        }
        if (twin != null && twin.size() != 2) {
            throw new ParameterException(spec.commandLine(), "--twin takes two scenarios, A and B, once");
        }
        if (twin != null) {
            return openTwin(overrides);
        }
        Path file = scenario;
        if (file == null) {
            file = GuiSetup.defaultScenario().orElseThrow(() -> new BadInputException("zonelab gui: cannot find "
                    + GuiSetup.DEFAULT_SCENARIO + " here or in the installation; give a scenario file", null));
        }
        Scenario s = ScenarioLoader.load(file, overrides);
        GuiSetup setup = GuiSetup.of(s, scenario == null, scale != null);
        if (noDisplay()) {
            return Main.BAD_INPUT;
        }
        spec.commandLine().getOut().println("zonelab gui: " + setup.name() + ", scale "
                + Numbers.format(setup.config().scale()) + ", seed " + setup.seed() + " (close the Console to quit)");
        return open(() -> new ZoneLabWithUI(setup).createController());
    }

    /** {@code gui --twin A B}: B at A's GUI scale and on A's seed, unless the options say otherwise. */
    private Integer openTwin(Overrides overrides) throws InterruptedException, InvocationTargetException {
        GuiSetup a = GuiSetup.of(ScenarioLoader.load(twin.get(0), overrides), false, scale != null);
        GuiSetup b = a.twinOf(twin.get(1));
        try {
            TwinWithUI.requireSameStart(a, b);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("zonelab gui --twin: " + e.getMessage(), null);
        }
        if (noDisplay()) {
            return Main.BAD_INPUT;
        }
        spec.commandLine().getOut().println("zonelab gui --twin: A " + a.name() + ", B " + b.name() + ", scale "
                + Numbers.format(a.config().scale()) + ", seed " + a.seed() + " (close the Console to quit)");
        return open(() -> new TwinWithUI(a, b).createController());
    }

    /** Says so in one line if there is no display. */
    private boolean noDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            spec.commandLine().getErr().println("zonelab gui: no display (DISPLAY is not set, or Java runs headless); "
                    + "run it on a desktop, or under xvfb-run for a virtual display");
            return true;
        }
        return false;
    }

    /** Opens a Console on the event thread and waits: MASON ends the program when the last Console closes. */
    private Integer open(Runnable console) throws InterruptedException, InvocationTargetException {
        spec.commandLine().getOut().flush();
        SwingUtilities.invokeAndWait(console);
        new CountDownLatch(1).await();
        return Main.OK;
    }
}
