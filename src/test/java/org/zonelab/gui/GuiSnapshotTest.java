package org.zonelab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.model.Stage;
import org.zonelab.model.geo.Region;
import org.zonelab.scenario.Scenario;

/**
 * The GUI with its windows open, on a virtual display: a child JVM ({@link GuiSnapshotMain}) plays a
 * few quarters through MASON's Console and saves the map through MASON's own snapshot. The test
 * starts its own Xvfb (a free display number) so that the picture does not depend on the desktop it
 * runs on; without Xvfb it uses {@code DISPLAY} if set, and is skipped only if neither exists
 * ({@code .ci/run} installs Xvfb).
 */
class GuiSnapshotTest {
    private static final int STEPS = 6;

    @TempDir
    Path tmp;

    @Test
    void theMapShowsZonesInRegionColoursAndFirmsInStageColoursAndTheRunMatchesTheHeadlessOne()
            throws Exception {
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
        Path out = tmp.resolve("out");
        try {
            ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx1g", "-Djava.awt.headless=false",
                    "-cp", System.getProperty("java.class.path"), GuiSnapshotMain.class.getName(),
                    GuiRuns.BASELINE.toString(), Double.toString(GuiRuns.SCALE), Integer.toString(STEPS), out.toString())
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

        BufferedImage map = ImageIO.read(out.resolve("map.png").toFile());
        assertTrue(Files.size(out.resolve("map.mov")) > 10_000, "MASON's movie export wrote a movie");
        assertTrue(map.getWidth() >= 500 && map.getHeight() >= 280, "map size " + map.getWidth() + "x" + map.getHeight());
        assertTrue(distinctColours(map) > 200, "the map is not blank: " + distinctColours(map) + " colours");
        assertTrue(count(map, Palette.LAND, 2) > map.getWidth() * map.getHeight() / 20, "China's land is drawn");
        for (Region r : Region.values()) {
            int n = count(map, Palette.REGIONS.get(r), 14);
            assertTrue(n >= 20, r + " zones: " + n + " pixels in their colour");
        }
        for (Stage s : List.of(Stage.START_UP, Stage.ESTABLISHED, Stage.HIGH_TECH, Stage.GAZELLE)) {
            int n = count(map, Palette.STAGES.get(s), 14);
            assertTrue(n >= 10, s + " firms: " + n + " pixels in their colour");
        }

        Scenario s = GuiRuns.scenario(GuiRuns.BASELINE);
        List<String> gui = Files.readAllLines(out.resolve("history.csv"));
        GuiRuns.assertSameRows(GuiRuns.headlessRows(s, s.seed(), STEPS), gui, "with the windows open");
        for (String line : Files.readAllLines(out.resolve("charts.txt"))) {
            int points = Integer.parseInt(line.substring(line.lastIndexOf(',') + 1));
            assertTrue(points == STEPS || points == STEPS + 1, "chart series " + line);
        }
    }

    private static int count(BufferedImage img, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= tolerance
                        && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= tolerance
                        && Math.abs((rgb & 0xff) - c.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
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
