package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a GUI program in a child JVM on a virtual display, for the headful GUI tests. It starts its own
 * Xvfb (a free display number) so that the picture does not depend on the desktop it runs on; without
 * Xvfb it uses {@code DISPLAY} if set, and skips the test only if neither exists ({@code .ci/run}
 * installs Xvfb).
 */
final class VirtualDisplay {
    private VirtualDisplay() {
    }

    /**
     * Runs {@code main} with these arguments and this test class path, on a 1600x1000 virtual screen, and
     * fails with the child's log unless it exits 0 within 150 s. Logs go into {@code tmp}.
     */
    static void runChild(Path tmp, Class<?> main, String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && !Files.exists(Path.of(System.getProperty("java.home"), "lib", "libawt_xawt.so"))) {
            fail("this JDK has no X11 AWT (a headless package); install a full JDK (Debian: openjdk-17-jdk)");
        }
        Process xvfb = null;
        String display;
        String xvfbBinary = onPath("Xvfb");
        if (xvfbBinary != null) {
            int n = freeDisplay();
            xvfb = new ProcessBuilder(xvfbBinary, ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("xvfb.log").toFile()).start();
            display = ":" + n;
            waitForSocket(n, xvfb, tmp.resolve("xvfb.log"));
        } else {
            display = System.getenv("DISPLAY");
            Assumptions.assumeTrue(display != null && !display.isBlank(),
                    "Xvfb is not installed and DISPLAY is not set: the headful GUI test cannot run "
                            + "(apt-get install xvfb, or run .ci/run)");
        }
        try {
            List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g", "-Djava.awt.headless=false",
                    "-cp", System.getProperty("java.class.path"), main.getName()));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile());
            pb.environment().put("DISPLAY", display);
            Process child = pb.start();
            if (!child.waitFor(150, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                fail("the GUI did not finish within 150 s; log: " + Files.readString(tmp.resolve("child.log")));
            }
            assertEquals(0, child.exitValue(), "GUI run failed; log: " + Files.readString(tmp.resolve("child.log")));
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    /** A display number with no X server (no lock file or socket), from 90 up. */
    private static int freeDisplay() {
        for (int n = 90 + (int) (ProcessHandle.current().pid() % 50); n < 1000; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    private static void waitForSocket(int n, Process xvfb, Path log) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Path socket = Path.of("/tmp/.X11-unix/X" + n);
        while (!Files.exists(socket)) {
            if (!xvfb.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Xvfb :" + n + " did not start; its log: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
    }
}
