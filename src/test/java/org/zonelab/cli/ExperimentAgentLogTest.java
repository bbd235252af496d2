package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.output.AgentLogFiles;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.SweepWriter;

/**
 * Agent logs of every experiment (issue 17): {@code compare} and {@code sweep} with {@code --events} and
 * {@code --firm-snapshots} write one events.csv, flows.csv and firms.csv, rows in request order (a
 * comparison's scenarios, a sweep's points, replication by replication) and the same bytes on any
 * thread count; a sweep's rows carry the design point; Spark and {@code sweep --resume} refuse them.
 */
class ExperimentAgentLogTest {
    @TempDir
    static Path tmp;
    static Path a;
    static Path b;
    static Path sweep;

    @BeforeAll
    static void tinyScenarios() throws IOException {
        String baseline = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();
        a = tmp.resolve("a.yaml");
        Files.writeString(a, "name: tiny-a\nextends: " + baseline + "\nscale: 0.02\nyears: 2\nreplications: 2\n"
                + "policies:\n  entrepreneurship: {intensity: 0}\n");
        b = tmp.resolve("b.yaml");
        Files.writeString(b, "name: tiny-b\nextends: " + a + "\npolicies:\n  entrepreneurship: {intensity: 1}\n");
        sweep = tmp.resolve("sweep.yaml");
        Files.writeString(sweep, "name: tiny-sweep\nbase: " + a + "\nreplications: 2\ndesign: grid\nvary:\n"
                + "  policies.entrepreneurship.intensity: [0, 1]\n");
    }

    private static Path ok(String name, String... args) {
        Path out = tmp.resolve(name);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out.toString(), "--quiet"));
        MainTest.Outcome o = MainTest.zonelab(all.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
        return out;
    }

    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            rows.add(List.of(line.split(",", -1)));
        }
        return rows;
    }

    private static JsonNode manifest(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(RunDirectoryWriter.MANIFEST).toFile());
    }

    /**
     * The manifest's {@code files} lists every file the command wrote (all but the manifest and hidden
     * files), each with the sha256 of its bytes, and the agent logs with their rows (the lines after the
     * header: these logs quote no line ends).
     */
    private static void assertFilesListEveryFile(Path dir) throws IOException {
        JsonNode files = manifest(dir).path("files");
        Set<String> listed = new TreeSet<>();
        files.fieldNames().forEachRemaining(listed::add);
        Set<String> written = new TreeSet<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.equals(RunDirectoryWriter.MANIFEST) && !n.startsWith("."))
                    .forEach(written::add);
        }
        assertEquals(written, listed, dir + ": files");
        for (String name : written) {
            assertEquals(sha256(dir.resolve(name)), files.path(name).path("sha256").asText(), name);
        }
        for (String log : List.of(AgentLogFiles.EVENTS, AgentLogFiles.FLOWS, AgentLogFiles.FIRMS)) {
            if (written.contains(log)) {
                assertEquals(Files.readAllLines(dir.resolve(log)).size() - 1, files.path(log).path("rows").asLong(), log);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRunsManifestListsItsAgentLogsAndTheirChartsWithOrWithoutAReport() throws IOException {
        String[] command = {"run", a.toString(), "--events", "--firm-snapshots", "final", "--threads", "2"};
        Path withReport = ok("run-report", command);
        Path bare = ok("run-bare", with(command, "--no-report"));
        for (Path dir : List.of(withReport, bare)) {
            assertTrue(Files.exists(dir.resolve(AgentLogFiles.FIRMS)) && Files.exists(dir.resolve(AgentLogFiles.EVENTS)),
                    dir + ": the agent logs");
            assertFilesListEveryFile(dir);
        }
        assertFalse(Files.exists(bare.resolve("report.html")));
        List<String> charts = new ArrayList<>();
        manifest(bare).path("files").fieldNames().forEachRemaining(n -> {
            if (n.startsWith("charts/")) {
                charts.add(n);
            }
        });
        assertFalse(charts.isEmpty(), "the agent-level charts of a run without a report are listed too");
    }

    private static void assertNoParts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part"))
                    .toList());
        }
    }

    @Test
    void compareWritesOneLogPerFileWithEveryScenarioInOrderAndTheSameBytesOnOneAndTwoThreads() throws IOException {
        String[] command = {"compare", a.toString(), b.toString(), "--events", "--firm-snapshots", "final"};
        Path one = ok("compare-1", with(command, "--threads", "1"));
        Path two = ok("compare-2", with(command, "--threads", "2"));
        for (String f : List.of(AgentLogFiles.EVENTS, AgentLogFiles.FLOWS, AgentLogFiles.FIRMS)) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        List<List<String>> events = rows(one.resolve(AgentLogFiles.EVENTS));
        assertEquals(String.join(",", AgentLogFiles.EVENTS_HEADER), String.join(",", events.get(0)),
                "a run's header: no point column");
        Set<String> order = new LinkedHashSet<>();
        for (List<String> row : events.subList(1, events.size())) {
            order.add(row.get(0) + " " + row.get(1));
        }
        assertEquals(List.of("tiny-a 0", "tiny-a 1", "tiny-b 0", "tiny-b 1"), new ArrayList<>(order),
                "scenario by scenario, replication by replication, each once");
        List<List<String>> firms = rows(one.resolve(AgentLogFiles.FIRMS));
        assertEquals(AgentLogFiles.FIRMS_HEADER, firms.get(0));
        Set<String> scenarios = new LinkedHashSet<>();
        firms.subList(1, firms.size()).forEach(r -> scenarios.add(r.get(0)));
        assertEquals(Set.of("tiny-a", "tiny-b"), scenarios);
        JsonNode logs = manifest(one).path(RunDirectoryWriter.AGENT_LOGS);
        assertEquals("final", logs.path("firm_snapshots").asText());
        assertTrue(logs.path("events").asBoolean());
        assertFilesListEveryFile(one);
        assertNoParts(one);
    }

    @Test
    void sweepAgentLogsCarryThePointOfEveryRunAndItsSeed() throws IOException {
        String[] command = {"sweep", sweep.toString(), "--firm-snapshots", "final", "--events"};
        Path one = ok("sweep-1", with(command, "--threads", "1"));
        Path two = ok("sweep-2", with(command, "--threads", "2"));
        for (String f : List.of(AgentLogFiles.EVENTS, AgentLogFiles.FLOWS, AgentLogFiles.FIRMS)) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        assertEquals("point," + String.join(",", AgentLogFiles.EVENTS_HEADER),
                Files.readAllLines(one.resolve(AgentLogFiles.EVENTS)).get(0));
        List<List<String>> flows = rows(one.resolve(AgentLogFiles.FLOWS));
        assertEquals("point," + String.join(",", AgentLogFiles.FLOWS_HEADER), String.join(",", flows.get(0)));
        assertTrue(flows.size() > 1, "some relocations or branch openings");
        for (List<String> r : flows.subList(1, flows.size())) {
            assertEquals(AgentLogFiles.FLOWS_HEADER.size() + 1, r.size(), String.join(",", r));
            assertTrue(Set.of("0", "1").contains(r.get(0)), "a point: " + r);
        }
        List<List<String>> firms = rows(one.resolve(AgentLogFiles.FIRMS));
        List<String> header = new ArrayList<>(List.of(AgentLogFiles.POINT));
        header.addAll(AgentLogFiles.FIRMS_HEADER);
        assertEquals(header, firms.get(0));
        // runs.csv: point, the varied key, replication, seed, ...
        Map<String, String> seedOfRun = new HashMap<>();
        for (List<String> r : rows(one.resolve(SweepWriter.RUNS)).subList(1, 5)) {
            seedOfRun.put(r.get(0) + " " + r.get(2), r.get(3));
        }
        Set<String> runs = new LinkedHashSet<>();
        for (List<String> r : firms.subList(1, firms.size())) {
            String run = r.get(0) + " " + r.get(2);
            runs.add(run);
            assertEquals("tiny-a", r.get(1));
            assertEquals(seedOfRun.get(run), r.get(3), "the seed of run " + run + " in runs.csv");
        }
        assertEquals(List.of("0 0", "0 1", "1 0", "1 1"), new ArrayList<>(runs), "every point, in plan order");
        assertEquals("final", manifest(one).path(RunDirectoryWriter.AGENT_LOGS).path("firm_snapshots").asText());
        assertFilesListEveryFile(one);
        assertNoParts(one);

        // Started again without agent logs, the sweep leaves none of the old ones beside its new manifest.
        MainTest.Outcome again = MainTest.zonelab("sweep", sweep.toString(), "--out", one.toString(), "--quiet",
                "--force");
        assertEquals(0, again.code(), again.err());
        for (String f : List.of(AgentLogFiles.EVENTS, AgentLogFiles.FLOWS, AgentLogFiles.FIRMS)) {
            assertFalse(Files.exists(one.resolve(f)), "the old " + f + " is gone");
        }
        assertEquals("none", manifest(one).path(RunDirectoryWriter.AGENT_LOGS).path("firm_snapshots").asText());
        assertFilesListEveryFile(one);
    }

    @Test
    void sparkRefusesTheAgentLogsOfCompareAndSweep() {
        String[][] commands = {
            {"compare", a.toString(), b.toString(), "--events"},
            {"sweep", sweep.toString(), "--firm-snapshots", "final"},
        };
        for (String[] command : commands) {
            Path out = tmp.resolve("spark-" + command[0]);
            MainTest.Outcome o = MainTest.zonelab(with(command, "--out", out.toString(), "--quiet", "--engine",
                    "spark", "--master", "local[2]"));
            assertEquals(2, o.code(), o.err());
            assertEquals(1, o.errLines().size(), o.err());
            assertTrue(o.err().contains("--engine local"), o.err());
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    @Test
    void aSweepResumesOnlyWithoutAgentLogs() {
        Path out = tmp.resolve("resume-events");
        MainTest.Outcome o = MainTest.zonelab("sweep", sweep.toString(), "--out", out.toString(), "--quiet",
                "--resume", "--events");
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.errLines().size(), o.err());
        assertTrue(o.err().contains("--resume cannot continue the agent logs"), o.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    private static String[] with(String[] command, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
