package org.zonelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.zonelab.experiment.Replication;
import org.zonelab.experiment.ReplicationObserver;
import org.zonelab.gui.GuiSetup;
import org.zonelab.gui.ZoneLabWithUI;
import org.zonelab.output.Numbers;
import org.zonelab.scenario.Scenario;
import sim.display.Console;

/**
 * {@code zonelab bench --gui}: plays one run through the real GUI (MASON Console, map shown, live charts)
 * and the same run headless in the same JVM, and reports quarters per second of each and their ratio,
 * the same for the GUI with the map's window hidden (what painting the map costs), and how responsive
 * the Console's event thread stayed while the GUI played: a Swing timer on the event thread, due every
 * {@value #TICK_MS} ms, records the longest time between two of its firings. The headless run is timed
 * before and after the GUI's, and the better of the two is kept, so that the JIT's warm-up does not
 * favour either.
 */
final class GuiBench {
    /** Period of the event-thread timer, milliseconds. */
    static final int TICK_MS = 10;
    /** The longest the GUI's run may take before the benchmark gives up, seconds. */
    private static final long TIMEOUT_S = 600;

    private GuiBench() {
    }

    static void print(PrintWriter out, Scenario s) throws InterruptedException, InvocationTargetException {
        long steps = s.modelConfig().steps();
        out.printf(Locale.ROOT, "bench --gui %s: scale %s, years %d (%d quarters), seed %d, java %s%n", s.name(),
                Numbers.format(s.scale()), s.years(), steps, s.seed(), System.getProperty("java.version"));
        out.flush();
        double headless = headlessSeconds(s);
        Played hidden = playInGui(s, steps, false);  // first, so that the GUI's own warm-up is not charged to the map
        Played shown = playInGui(s, steps, true);
        headless = Math.min(headless, headlessSeconds(s));
        double headlessRate = steps / headless;
        out.printf(Locale.ROOT, "  headless (best of 2)    %6.2f s  %6.1f quarters/s%n", headless, headlessRate);
        print(out, "GUI, map shown ", shown, steps, headlessRate);
        print(out, "GUI, map hidden", hidden, steps, headlessRate);
        out.flush();
    }

    private static void print(PrintWriter out, String label, Played p, long steps, double headlessRate) {
        double rate = steps / p.seconds;
        out.printf(Locale.ROOT, "  %s         %6.2f s  %6.1f quarters/s  ratio to headless %.2f%n"
                + "    Console's event thread: longest gap %d ms, %d gaps over 100 ms in %d firings of a %d ms timer%n",
                label, p.seconds, rate, rate / headlessRate, p.longestGapMs, p.gapsOver100ms, p.firings, TICK_MS);
    }

    /** Wall seconds of one headless run, from building the initial state to the last quarter. */
    private static double headlessSeconds(Scenario s) {
        long start = System.nanoTime();
        try {
            Replication.run(s.modelConfig(), 0, s.seed(), ReplicationObserver.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** What the GUI's run measured. */
    private record Played(double seconds, long longestGapMs, int gapsOver100ms, int firings) {
    }

    /**
     * Opens the GUI as {@code zonelab gui} does, presses the Console's play, and waits until it pauses
     * after the last quarter; the time runs from play (which builds the initial state again) to that pause.
     * With {@code mapShown} false the map's window is hidden first, so MASON does not paint it.
     */
    private static Played playInGui(Scenario s, long steps, boolean mapShown)
            throws InterruptedException, InvocationTargetException {
        ZoneLabWithUI gui = new ZoneLabWithUI(GuiSetup.of(s, false, true));
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> console.set((Console) gui.createController()));
        Console c = console.get();
        if (!mapShown) {
            SwingUtilities.invokeAndWait(() -> gui.displayFrame.setVisible(false));
        }
        Thread.sleep(1000);  // the windows settle and paint the initial state before the clock starts
        long[] gap = {0, 0, 0, 0};  // last firing, longest gap, gaps over 100 ms, firings (event thread only)
        Timer timer = new Timer(TICK_MS, e -> {
            long now = System.nanoTime();
            if (gap[0] != 0) {
                long g = now - gap[0];
                gap[1] = Math.max(gap[1], g);
                gap[2] += g > TimeUnit.MILLISECONDS.toNanos(100) ? 1 : 0;
            }
            gap[0] = now;
            gap[3]++;
        });
        timer.setCoalesce(false);
        long[] start = {0};
        SwingUtilities.invokeAndWait(() -> {
            timer.start();
            c.setWhenShouldPause(steps);
            start[0] = System.nanoTime();
            c.pressPlay();
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        long end = 0;
        while (end == 0) {
            if (gui.state.schedule.getSteps() >= steps && c.getPlayState() == Console.PS_PAUSED) {
                end = System.nanoTime();
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the GUI did not reach quarter " + steps + " within " + TIMEOUT_S
                        + " s (at " + gui.state.schedule.getSteps() + ")");
            } else {
                Thread.sleep(5);
            }
        }
        long[] result = new long[4];
        SwingUtilities.invokeAndWait(() -> {
            timer.stop();
            System.arraycopy(gap, 0, result, 0, 4);
            gui.quit();
            c.setVisible(false);
            c.dispose();
        });
        return new Played((end - start[0]) / 1e9, TimeUnit.NANOSECONDS.toMillis(result[1]), (int) result[2],
                (int) result[3]);
    }
}
