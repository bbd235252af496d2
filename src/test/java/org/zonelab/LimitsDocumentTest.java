package org.zonelab;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/LIMITS.md names constants and methods that exist, with the values they have. */
class LimitsDocumentTest {
    private static final List<String> PACKAGES = List.of("scenario", "experiment", "model", "model.param", "model.config",
            "model.geo", "model.measure", "model.event", "output", "cli", "policy", "experiment.spark");

    @Test
    void everyConstantNamedInLimitsExists() throws IOException {
        String doc = Files.readString(Path.of("docs/LIMITS.md"));
        Matcher m = Pattern.compile("`([A-Z][A-Za-z]+)\\.([A-Za-z_][A-Za-z0-9_]*)`").matcher(doc);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        while (m.find()) {
            Class<?> c = find(m.group(1));
            if (c == null) {
                missing.add(m.group(1) + " (no such class)");
                continue;
            }
            if (!hasMember(c, m.group(2))) {
                missing.add(m.group(1) + "." + m.group(2));
            }
            checked++;
        }
        if (!missing.isEmpty()) {
            fail("docs/LIMITS.md names what the code does not have: " + missing);
        }
        assertTrue(checked >= 20, "LIMITS.md names its constants: " + checked);
    }

    @Test
    void theNumbersInLimitsAreTheConstantsValues() throws IOException {
        String doc = Files.readString(Path.of("docs/LIMITS.md"));
        assertTrue(doc.contains("| 20 | `ScenarioLoader.MAX_EXTENDS_DEPTH` |"), "extends depth");
        assertTrue(doc.contains("| 100000, checked before any point is built | `SweepLoader.MAX_RUNS` |"), "runs");
        assertTrue(doc.contains(org.zonelab.scenario.InputFiles.MAX_SCENARIO_BYTES + " bytes"), "scenario size");
        assertTrue(doc.contains(org.zonelab.scenario.InputFiles.MAX_CATALOGUE_BYTES + " bytes"), "catalogue size");
        assertTrue(org.zonelab.scenario.ScenarioLoader.MAX_EXTENDS_DEPTH == 20);
        assertTrue(org.zonelab.scenario.SweepLoader.MAX_RUNS == 100_000);
    }

    private static Class<?> find(String simpleName) {
        for (String p : PACKAGES) {
            try {
                return Class.forName("org.zonelab." + p + "." + simpleName);
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        return null;
    }

    private static boolean hasMember(Class<?> c, String name) {
        for (Field f : c.getDeclaredFields()) {
            if (f.getName().equals(name)) {
                return true;
            }
        }
        for (Method x : c.getDeclaredMethods()) {
            if (x.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
