package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zonelab.scenario.CalibrationLoader;
import org.zonelab.scenario.ScenarioLoader;
import org.zonelab.scenario.SensitivityLoader;
import org.zonelab.scenario.SensitivitySpec;
import org.zonelab.scenario.SweepLoader;

/**
 * {@code zonelab validate} prints OK for every scenario, sweep, calibration targets and sensitivity
 * factors file shipped under {@code scenarios/}, each summarised as its kind; and the shipped Morris
 * study of the levers loads as a factors file over every lever's intensity.
 */
class ShippedScenariosTest {
    private static final Path LEVERS_MORRIS = Path.of("scenarios/sensitivity/levers-morris.yaml");

    @Test
    void everyShippedFileValidatesAsItsKind() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("scenarios"))) {
            files = all.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList();
        }
        assertTrue(files.size() >= 3, "scenarios/ lost files: " + files);
        assertTrue(files.contains(Path.of("scenarios/baseline.yaml")));
        assertTrue(files.contains(Path.of("scenarios/sweeps/coordination-entrepreneurship.yaml")));
        assertTrue(files.contains(Path.of("scenarios/calibration/smoke.yaml")));
        assertTrue(files.contains(LEVERS_MORRIS));

        MainTest.Outcome o = MainTest.zonelab(Stream.concat(Stream.of("validate"),
                files.stream().map(Path::toString)).toArray(String[]::new));
        assertEquals("", o.err());
        assertEquals(0, o.code());
        List<String> lines = o.out().lines().toList();
        assertEquals(files.size(), lines.size(), o.out());
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            assertTrue(lines.get(i).startsWith("OK " + f + ": "), lines.get(i));
            String summary = lines.get(i).substring(("OK " + f + ": ").length());
            // The file's kind, as the loaders tell it, decides which summary validate prints.
            if (SensitivityLoader.isFactorsFile(f)) {
                assertTrue(f.startsWith(Path.of("scenarios/sensitivity")), f + " is a factors file");
                assertTrue(summary.startsWith("sensitivity "), lines.get(i));
            } else if (CalibrationLoader.isTargetsFile(f)) {
                assertTrue(f.startsWith(Path.of("scenarios/calibration")), f + " is a targets file");
                assertTrue(summary.startsWith("calibration "), lines.get(i));
            } else if (SweepLoader.isSweep(f)) {
                assertTrue(f.startsWith(Path.of("scenarios/sweeps")), f + " is a sweep");
                assertTrue(summary.startsWith("sweep "), lines.get(i));
            } else {
                assertEquals(ScenarioLoader.load(f).name() + ", ", summary.substring(0, summary.indexOf(", ") + 2),
                        lines.get(i));
            }
        }
    }

    @Test
    void shippedLeversStudyIsAFactorsFileOverEveryLever() {
        assertTrue(SensitivityLoader.isFactorsFile(LEVERS_MORRIS));
        SensitivitySpec s = SensitivityLoader.load(LEVERS_MORRIS);
        assertEquals("levers-morris", s.name());
        assertEquals(SensitivitySpec.Method.MORRIS, s.method());
        assertEquals(ScenarioLoader.LEVERS.stream().map(l -> "policies." + l + ".intensity").toList(),
                s.factors().stream().map(SensitivitySpec.Factor::key).toList());
        MainTest.Outcome o = MainTest.zonelab("validate", LEVERS_MORRIS.toString());
        assertEquals("", o.err());
        assertEquals(0, o.code());
        assertTrue(o.out().startsWith("OK " + LEVERS_MORRIS + ": sensitivity levers-morris, "
                + ScenarioLoader.LEVERS.size() + " factors, " + s.outputs().size() + " outputs, method morris; "),
                o.out());
    }
}
