package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.experiment.Build;
import org.zonelab.experiment.IndicatorRow;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.RegionIndicator;
import org.zonelab.model.measure.ZoneIndicator;
import org.zonelab.model.param.Parameters;
import org.zonelab.scenario.Scenario;

class RunDirectoryWriterTest {
    private static final List<Long> SEEDS = List.of(11L, 22L);

    @TempDir
    Path tmp;

    private static Scenario scenario() {
        return new Scenario("unit", "a test", Path.of("unit.yaml"), "ab".repeat(32), 2020, 1, 0.5, 5, 2,
                List.of(), Parameters.defaults(), List.of(), List.of());
    }

    private static ReplicationResult result(int index, double gdp, String zoneId) {
        Map<Indicator, Double> summary = new EnumMap<>(Indicator.class);
        summary.put(Indicator.FIRMS, 1500.0);
        summary.put(Indicator.GDP_BN, gdp);
        summary.put(Indicator.ZONE_GDP_GINI, -1.5);
        List<IndicatorRow> rows = List.of(
                new IndicatorRow(2020, 1, "", Indicator.FIRMS, 1500),
                new IndicatorRow(2020, 1, "East", RegionIndicator.GDP_SHARE, 0.4),
                new IndicatorRow(2020, 1, zoneId, ZoneIndicator.GDP_BN, gdp));
        return new ReplicationResult(index, SEEDS.get(index), rows, summary, List.of());
    }

    /** A run directory writer in a directory taken for it (the writer is closed before the directory). */
    private static final class Run implements AutoCloseable {
        final OutputDirectory out;
        final RunDirectoryWriter w;

        Run(Path dir, boolean force) throws IOException {
            out = OutputDirectory.take(dir, false);
            try {
                w = RunDirectoryWriter.open(out, scenario(), SEEDS, AgentLog.Snapshots.NONE, false, force);
            } catch (IOException | RuntimeException e) {
                out.close();
                throw e;
            }
        }

        @Override
        public void close() {
            w.close();
            out.close();
        }
    }

    @Test
    void writesExactHeadersRowsInIndexOrderAndTheManifestLast() throws IOException {
        Path dir = tmp.resolve("run");
        try (Run run = new Run(dir, false)) {
            RunDirectoryWriter w = run.w;
            w.write(result(0, 12.5, "7"));
            w.write(result(1, 1e-7, "8"));
            assertFalse(Files.exists(dir.resolve(RunDirectoryWriter.MANIFEST)), "no manifest before complete");
            assertFalse(Files.exists(dir.resolve(RunDirectoryWriter.TIMESERIES)), "csv under a temporary name");
            w.complete();
        }
        List<String> ts = Files.readAllLines(dir.resolve("timeseries.csv"));
        assertEquals("scenario,replication,seed,year,quarter,scope,scope_id,indicator,value", ts.get(0));
        assertEquals(List.of(
                "unit,0,11,2020,1,national,,firms,1500",
                "unit,0,11,2020,1,region,East,gdp_share,0.4",
                "unit,0,11,2020,1,zone,7,gdp_bn,12.5",
                "unit,1,22,2020,1,national,,firms,1500",
                "unit,1,22,2020,1,region,East,gdp_share,0.4",
                "unit,1,22,2020,1,zone,8,gdp_bn,0.0000001"), ts.subList(1, ts.size()));
        List<String> sum = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals("scenario,replication,seed,indicator,value", sum.get(0));
        assertEquals(List.of("unit,0,11,firms,1500", "unit,0,11,gdp_bn,12.5", "unit,0,11,zone_gdp_gini,-1.5",
                "unit,1,22,firms,1500", "unit,1,22,gdp_bn,0.0000001", "unit,1,22,zone_gdp_gini,-1.5"),
                sum.subList(1, sum.size()));

        JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals("complete", m.get("status").asText());
        assertEquals(Version.current(), m.get("zonelab_version").asText());
        assertEquals("unit", m.get("scenario").asText());
        assertEquals("unit.yaml", m.get("scenario_path").asText());
        assertEquals("ab".repeat(32), m.get("scenario_sha256").asText());
        assertEquals(2, m.get("replications").size());
        assertEquals(22L, m.get("replications").get(1).get("seed").asLong());
        assertEquals(0.5, m.get("scale").asDouble());
        assertEquals(2020, m.get("start_year").asInt());
        assertEquals(1, m.get("years").asInt());
        assertTrue(m.get("started").asText().endsWith("Z"));
        assertTrue(m.get("finished").asText().endsWith("Z"));
        assertTrue(m.get("wall_seconds").asDouble() >= 0);
        assertEquals(System.getProperty("java.version"), m.get("java_version").asText());
        assertEquals(Build.sha256(), m.get("build_sha256").asText());
        assertEquals("none", m.get("agent_logs").get("firm_snapshots").asText());
        assertFalse(m.get("agent_logs").get("events").asBoolean());
        assertTrue(m.get("resolved_scenario").isNull(), "a scenario not read from files has no document");
        assertEquals(6, m.get("files").get("timeseries.csv").get("rows").asInt());
        assertTrue(Files.getLastModifiedTime(dir.resolve("manifest.json"))
                .compareTo(Files.getLastModifiedTime(dir.resolve("timeseries.csv"))) >= 0);
        assertEquals(List.of(OutputDirectory.LOCK, "manifest.json", "moments.csv", "summary.csv", "timeseries.csv"), names(dir),
                "no temporary files left");
        assertTrue(RunDirectoryWriter.isComplete(dir));
    }

    @Test
    void refusesToOverwriteACompleteRunUnlessForced() throws IOException {
        Path dir = tmp.resolve("run");
        complete(dir);
        RunExistsException e = assertThrows(RunExistsException.class, () -> new Run(dir, false));
        assertTrue(e.getMessage().contains("holds a complete run already"));
        try (Run run = new Run(dir, true)) {
            RunDirectoryWriter w = run.w;
            assertFalse(Files.exists(dir.resolve("manifest.json")), "a forced run is incomplete until it completes");
            w.write(result(0, 1, "1"));
            w.write(result(1, 2, "2"));
            w.complete();
        }
        assertTrue(RunDirectoryWriter.isComplete(dir));
    }

    @Test
    void textCellsAreProtectedAgainstFormulaInjection() throws IOException {
        Path dir = tmp.resolve("run");
        try (Run run = new Run(dir, false)) {
            RunDirectoryWriter w = run.w;
            w.write(result(0, -2.25, "=cmd|' /C calc'!A0"));
            w.write(result(1, 3, "@evil"));
            w.complete();
        }
        String ts = Files.readString(dir.resolve("timeseries.csv"));
        assertTrue(ts.contains("unit,0,11,2020,1,zone,'=cmd|' /C calc'!A0,gdp_bn,-2.25\n"), ts);
        assertTrue(ts.contains("unit,1,22,2020,1,zone,'@evil,gdp_bn,3\n"), ts);
    }

    @Test
    void aRunWithNaNFailsAndLeavesNothingThatLooksComplete() throws IOException {
        Path dir = tmp.resolve("run");
        try (Run run = new Run(dir, false)) {
            RunDirectoryWriter w = run.w;
            w.write(result(0, 1, "1"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> w.write(result(1, Double.NaN, "2")));
            assertTrue(e.getMessage().contains("NaN"), e.getMessage());
            assertThrows(IllegalStateException.class, w::complete, "not every replication was written");
        }
        assertFalse(Files.exists(dir), "the failed run's directory is removed");
    }

    @Test
    void aFailedRunInAnExistingDirectoryLeavesNoManifestAndNoTemporaryFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("kept"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        try (Run run = new Run(dir, false)) {
            run.w.write(result(0, 1, "1"));
        }
        assertEquals(List.of(OutputDirectory.LOCK, "notes.txt"), names(dir));
    }

    @Test
    void replicationsMustComeInIndexOrderWithTheirSeeds() throws IOException {
        try (Run run = new Run(tmp.resolve("run"), false)) {
            RunDirectoryWriter w = run.w;
            assertThrows(IllegalStateException.class, () -> w.write(result(1, 1, "1")));
            assertThrows(IllegalStateException.class,
                    () -> w.write(new ReplicationResult(0, 999, List.of(), Map.of(), List.of())));
        }
    }

    private void complete(Path dir) throws IOException {
        try (Run run = new Run(dir, false)) {
            run.w.write(result(0, 1, "1"));
            run.w.write(result(1, 2, "2"));
            run.w.complete();
        }
    }

    @Test
    void aManifestWrittenByAnotherProcessDuringTheRunIsNotReplacedAndNothingIsCommitted() throws IOException {
        Path dir = tmp.resolve("run");
        try (Run run = new Run(dir, false)) {
            run.w.write(result(0, 1, "1"));
            run.w.write(result(1, 2, "2"));
            Files.writeString(dir.resolve("manifest.json"), "{\"status\": \"complete\", \"by\": \"someone else\"}\n");
            DirectoryRefusedException e = assertThrows(DirectoryRefusedException.class, run.w::complete);
            assertTrue(e.getMessage().contains("was written by another process"), e.getMessage());
        }
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("someone else"), "left as it was");
        assertEquals(List.of(OutputDirectory.LOCK, "manifest.json"), names(dir), "no CSV was committed");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
