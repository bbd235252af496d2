package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zonelab gui} and {@code zonelab bench --gui} without a display, and the GUI's option checks (the
 * GUI itself: org.zonelab.gui tests).
 */
class GuiCommandTest {

    private static List<String> errLines(int[] code, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        code[0] = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return err.toString().lines().toList();
    }

    @Test
    void withoutADisplayItSaysSoInOneLineAndExits2() {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display");
        int[] code = new int[1];
        List<String> err = errLines(code, "gui");
        assertEquals(2, code[0]);
        assertEquals(List.of("zonelab gui: no display (DISPLAY is not set, or Java runs headless); run it on a "
                + "desktop, or under xvfb-run for a virtual display"), err);
    }

    @Test
    void theGuiBenchmarkWithoutADisplaySaysHowToRunItAndExits2() {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display");
        int[] code = new int[1];
        List<String> err = errLines(code, "bench", "--gui");
        assertEquals(2, code[0]);
        assertEquals(List.of("zonelab bench --gui: no display (DISPLAY is not set, or Java runs headless); run it on "
                + "a desktop or under a virtual display: xvfb-run -a ./zonelab bench --gui"), err);
    }

    @Test
    void theGuiBenchmarkTakesNoOtherBenchmarkOption() {
        for (String other : List.of("--scaling", "--process", "--engines")) {
            int[] code = new int[1];
            List<String> err = errLines(code, "bench", "--gui", other);
            assertEquals(2, code[0], other);
            assertEquals(1, err.stream().filter(l -> l.contains("--gui times the GUI alone")).count(), other + ": " + err);
        }
    }

    @Test
    void aBadScenarioIsReportedBeforeAnythingElse(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nscale: 0\n");
        int[] code = new int[1];
        List<String> err = errLines(code, "gui", bad.toString());
        assertEquals(2, code[0]);
        assertEquals(List.of(bad + ":2:8: scale: 0 is out of range; allowed: (0, 1]"), err);
    }

    @Test
    void aSeedMASONCannotHoldIsBadUsage() {
        int[] code = new int[1];
        List<String> err = errLines(code, "gui", "--seed", "4294967296");
        assertEquals(2, code[0]);
        assertEquals(1, err.size(), err.toString());
        assertTrue(err.get(0).startsWith("zonelab gui: --seed: 4294967296 is out of range"), err.get(0));
    }

    @Test
    void aScaleOutOfRangeIsBadUsage() {
        int[] code = new int[1];
        List<String> err = errLines(code, "gui", "--scale", "2");
        assertEquals(2, code[0]);
        assertTrue(err.get(0).startsWith("zonelab gui: --scale: 2 is out of range; allowed: (0, 1]"), err.get(0));
    }

    @Test
    void aTwinRunTakesExactlyTwoScenariosAndNoOther() {
        int[] code = new int[1];
        List<String> err = errLines(code, "gui", "scenarios/baseline.yaml", "--twin", "scenarios/baseline.yaml",
                "scenarios/levers/regional_coordination.yaml");
        assertEquals(2, code[0]);
        assertTrue(err.get(0).contains("give either SCENARIO or --twin A B, not both"), err.toString());
        err = errLines(code, "gui", "--twin", "scenarios/baseline.yaml");
        assertEquals(2, code[0], err.toString());
        err = errLines(code, "gui", "--twin", "a.yaml", "b.yaml", "--twin", "c.yaml", "d.yaml");
        assertEquals(2, code[0], err.toString());
        assertTrue(err.get(0).contains("--twin takes two scenarios, A and B, once"), err.toString());
    }

    @Test
    void aBadScenarioBOfATwinRunIsReportedBeforeAnythingElse(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nscale: 0\n");
        int[] code = new int[1];
        List<String> err = errLines(code, "gui", "--twin", "scenarios/baseline.yaml", bad.toString());
        assertEquals(2, code[0]);
        assertEquals(List.of(bad + ":2:8: scale: 0 is out of range; allowed: (0, 1]"), err);
    }

    @Test
    void aTwinOfScenariosThatStartInDifferentYearsIsOneLineAndExit2(@TempDir Path tmp) throws IOException {
        Path later = tmp.resolve("later.yaml");
        Files.writeString(later, "name: later\nextends: " + Path.of("scenarios/baseline.yaml").toAbsolutePath()
                + "\nstart_year: 2021\n");
        int[] code = new int[1];
        List<String> err = errLines(code, "gui", "--twin", "scenarios/baseline.yaml", later.toString());
        assertEquals(2, code[0]);
        assertEquals(List.of("zonelab gui --twin: A (baseline) starts in 2020 and B (later) in 2021; a twin run shows "
                + "the same quarters side by side, so both need the same start_year"), err);
    }
}
