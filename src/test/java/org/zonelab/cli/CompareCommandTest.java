package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.experiment.Seeds;
import org.zonelab.output.ComparisonCsv;
import org.zonelab.output.ReportAssertions;

/**
 * {@code zonelab compare} end to end, in-process: the baseline against regional coordination at a small
 * scale, once on one thread and once on two.
 */
class CompareCommandTest {
    private static final String BASELINE = "scenarios/baseline.yaml";
    private static final String LEVER = "scenarios/levers/regional_coordination.yaml";
    private static final int REPS = 3;

    @TempDir
    static Path tmp;
    static Path one;
    static Path two;
    static MainTest.Outcome first;

    @BeforeAll
    static void compareTwice() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        first = MainTest.zonelab("compare", BASELINE, LEVER, "--reps", Integer.toString(REPS), "--scale", "0.02",
                "--years", "2", "--threads", "1", "--quiet", "--out", one.toString());
        MainTest.Outcome second = MainTest.zonelab("compare", BASELINE, LEVER, "--reps", Integer.toString(REPS),
                "--scale", "0.02", "--years", "2", "--threads", "2", "--quiet", "--out", two.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals(0, second.code(), second.err());
    }

    @Test
    void csvFilesAreByteIdenticalForOneAndTwoThreads() throws IOException {
        for (String f : List.of("timeseries.csv", "summary.csv", "comparison.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        assertEquals("", first.err());
        assertTrue(first.out().contains("Results in " + one + "/"), first.out());
        List<String> lines = first.out().lines().toList();
        assertEquals("Report: " + one.resolve("report.html"), lines.get(lines.size() - 1), "the last line points at the report");
    }

    @Test
    void everyScenarioRanWithTheSameSeeds() throws IOException {
        Map<String, Set<String>> seeds = new TreeMap<>();
        List<String> lines = Files.readAllLines(one.resolve("summary.csv"));
        assertEquals("scenario,replication,seed,indicator,value", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            seeds.computeIfAbsent(c[0], k -> new HashSet<>()).add(c[1] + ":" + c[2]);
        }
        assertEquals(Set.of("baseline", "regional_coordination"), seeds.keySet());
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < REPS; i++) {
            expected.add(i + ":" + Seeds.forReplication(20210309L, i));
        }
        assertEquals(expected, seeds.get("baseline"));
        assertEquals(expected, seeds.get("regional_coordination"));
        JsonNode m = new ObjectMapper().readTree(one.resolve("manifest.json").toFile());
        assertEquals("complete", m.get("status").asText());
        assertEquals(20210309L, m.get("base_seed").asLong());
        assertEquals(2, m.get("scenarios").size());
        assertEquals(REPS, m.get("replications").size());
    }

    @Test
    void comparisonCsvHasOneRowPerScenarioAndIndicatorAndNoNaN() throws IOException {
        List<String> lines = Files.readAllLines(one.resolve("comparison.csv"));
        assertEquals(String.join(",", ComparisonCsv.HEADER), lines.get(0));
        assertEquals(1 + 2 * 29, lines.size());
        for (String line : lines) {
            assertFalse(line.contains("NaN") || line.contains("Infinity"), line);
            String[] c = line.split(",", -1);
            assertEquals(ComparisonCsv.HEADER.size(), c.length, line);
            if (c[0].equals("baseline")) {
                for (int i = 7; i < c.length; i++) {
                    assertEquals("", c[i], "the reference has no difference columns: " + line);
                }
            } else if (c[0].equals("regional_coordination") && !c[1].equals("zones")) {
                assertFalse(c[7].isEmpty() || c[10].isEmpty() || c[11].isEmpty(), line);
                double p = Double.parseDouble(c[10]);
                double holm = Double.parseDouble(c[11]);
                assertTrue(p >= 0 && p <= 1 && holm >= p && holm <= 1, line);
            }
        }
    }

    @Test
    void theReportNeedsNoNetworkAndEmbedsEveryChartNonBlank() throws IOException {
        List<String> charts = ReportAssertions.assertSelfContained(one);
        assertTrue(charts.size() >= 12, "charts: " + charts);
        String html = Files.readString(one.resolve("report.html"), StandardCharsets.UTF_8);
        for (String name : charts) {
            assertTrue(html.contains("data-chart=\"charts/" + name + "\""), "report refers to " + name);
        }
        assertTrue(html.contains("policies.regional_coordination.intensity"), "lists the differing settings");
        assertTrue(html.contains("Common random numbers"), "reports the variance reduction");
    }

    @Test
    void badComparisonsAreOneLineErrors() throws IOException {
        MainTest.Outcome same = MainTest.zonelab("compare", BASELINE, BASELINE, "--out", tmp.resolve("x").toString());
        assertEquals(2, same.code());
        assertEquals(1, same.errLines().size(), same.err());
        assertTrue(same.err().contains("used twice"), same.err());
        assertFalse(Files.exists(tmp.resolve("x")));

        MainTest.Outcome again = MainTest.zonelab("compare", BASELINE, LEVER, "--reps", "1", "--out", one.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("holds a complete run already"), again.err());
    }
}
