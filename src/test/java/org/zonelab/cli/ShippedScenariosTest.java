package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code zonelab validate} prints OK for every scenario and sweep shipped under {@code scenarios/}. */
class ShippedScenariosTest {

    @Test
    void everyShippedScenarioAndSweepValidates() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("scenarios"))) {
            files = all.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList();
        }
        assertTrue(files.size() >= 3, "scenarios/ lost files: " + files);
        assertTrue(files.contains(Path.of("scenarios/baseline.yaml")));
        assertTrue(files.contains(Path.of("scenarios/sweeps/coordination-entrepreneurship.yaml")));

        MainTest.Outcome o = MainTest.zonelab(Stream.concat(Stream.of("validate"),
                files.stream().map(Path::toString)).toArray(String[]::new));
        assertEquals("", o.err());
        assertEquals(0, o.code());
        List<String> lines = o.out().lines().toList();
        assertEquals(files.size(), lines.size(), o.out());
        for (int i = 0; i < files.size(); i++) {
            assertTrue(lines.get(i).startsWith("OK " + files.get(i) + ": "), lines.get(i));
            boolean sweep = files.get(i).startsWith(Path.of("scenarios/sweeps"));
            assertEquals(sweep, lines.get(i).contains(": sweep "), lines.get(i));
        }
    }
}
