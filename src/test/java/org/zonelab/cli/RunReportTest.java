package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.experiment.Runs;
import org.zonelab.model.measure.Moment;
import org.zonelab.output.MomentEvidence;
import org.zonelab.output.AgentLog;
import org.zonelab.output.OutputDirectory;
import org.zonelab.output.ReportAssertions;
import org.zonelab.output.RunCharts;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.RunReport;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.Scenario;
import org.zonelab.scenario.ScenarioLoader;
import org.zonelab.scenario.Sha256;

/**
 * {@code zonelab run} writes {@code charts/} and a self-contained {@code report.html} before its
 * manifest, the same for one thread and two, and nothing of them with {@code --no-report}.
 */
class RunReportTest {
    private static final String BASELINE = "scenarios/baseline.yaml";

    @TempDir
    static Path tmp;
    static Path one;
    static Path two;
    static Path bare;
    static MainTest.Outcome first;
    static MainTest.Outcome noReport;

    private static MainTest.Outcome run(Path out, String threads, String... more) {
        List<String> args = new ArrayList<>(List.of("run", BASELINE, "--scale", "0.02", "--years", "2", "--reps",
                "2", "--threads", threads, "--quiet", "--out", out.toString()));
        args.addAll(List.of(more));
        return MainTest.zonelab(args.toArray(String[]::new));
    }

    @BeforeAll
    static void runThreeTimes() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        bare = tmp.resolve("bare");
        first = run(one, "1");
        MainTest.Outcome second = run(two, "2");
        noReport = run(bare, "2", "--no-report");
        assertEquals(0, first.code(), first.err());
        assertEquals(0, second.code(), second.err());
        assertEquals(0, noReport.code(), noReport.err());
    }

    @Test
    void theLastLineNamesTheReport() {
        List<String> lines = first.out().lines().toList();
        assertEquals("Report: " + one.resolve("report.html"), lines.get(lines.size() - 1));
        assertTrue(lines.contains("Results in " + one + "/ (timeseries.csv, summary.csv, moments.csv, manifest.json)"),
                first.out());
        assertEquals("", first.err());
    }

    @Test
    void theReportAndItsChartsAreInTheManifestWithTheirHashes() throws IOException {
        JsonNode files = new ObjectMapper().readTree(one.resolve(RunDirectoryWriter.MANIFEST).toFile()).get("files");
        List<String> names = new ArrayList<>();
        files.fieldNames().forEachRemaining(names::add);
        // The manifest is written last: whatever it names with a hash was complete before it.
        assertTrue(names.contains(RunReport.FILE), names.toString());
        for (String chart : List.of(RunCharts.STAGES, RunCharts.REGIONS, RunCharts.MAP, RunCharts.MOMENTS,
                "timeseries-gdp-bn.png", "timeseries-unicorns.png")) {
            assertTrue(names.contains("charts/" + chart), chart + " in " + names);
        }
        for (String name : names) {
            assertEquals(Sha256.hex(Files.readAllBytes(one.resolve(name))), files.get(name).get("sha256").asText(), name);
        }
        assertEquals(names.size() - 4, ReportAssertions.assertSelfContained(one).size(),
                "every chart in the manifest, besides the three CSV files and the report");
    }

    @Test
    void theReportNeedsNoNetworkAndEveryChartIsNonBlank() throws IOException {
        List<String> charts = ReportAssertions.assertSelfContained(one);
        assertTrue(charts.size() >= 12, charts.toString());
        String html = Files.readString(one.resolve(RunReport.FILE));
        for (String f : List.of("timeseries.csv", "summary.csv", "moments.csv", "manifest.json")) {
            assertTrue(html.contains("<a href=\"" + f + "\">"), "links " + f);
        }
    }

    @Test
    void theReportSaysWhatWasRun() throws IOException {
        String html = Files.readString(one.resolve(RunReport.FILE));
        assertTrue(html.contains("<h1>baseline</h1>"), "the scenario");
        assertTrue(html.contains("<code>" + BASELINE + "</code>"), "its file");
        assertTrue(html.contains("2020 to 2021, 2 replications at scale 0.02"), "years, replications and scale");
        for (long seed : Runs.seeds(20210309L, 2)) {
            assertTrue(html.contains(Long.toString(seed)), "seed " + seed);
        }
        // The moments the run gave, against their evidence.
        MomentEvidence survival = MomentEvidence.of(Moment.SURVIVAL_1Y).orElseThrow();
        assertTrue(html.contains("<code>survival_1y</code>") && html.contains(survival.source()), "survival_1y");
        assertTrue(html.contains("<code>survival_5y</code>)</td><td></td><td class=\"n\">no value</td>"),
                "no five-year survival in two years");
    }

    @Test
    void chartsAndReportAreTheSameForOneThreadAndTwo() throws IOException {
        List<String> charts = ReportAssertions.assertSelfContained(one);
        assertEquals(charts, ReportAssertions.assertSelfContained(two));
        for (String f : charts) {
            assertArrayEquals(Files.readAllBytes(one.resolve("charts").resolve(f)),
                    Files.readAllBytes(two.resolve("charts").resolve(f)), f);
        }
        String a = Files.readString(one.resolve(RunReport.FILE));
        String b = Files.readString(two.resolve(RunReport.FILE));
        assertFalse(a.contains(one.toString()), "no path of the run directory");
        assertEquals(a, b, "no times, paths or thread counts of the run");
    }

    @Test
    void withAgentLogsTheReportEmbedsTheirChartsToo() throws IOException {
        Path logged = tmp.resolve("logged");
        MainTest.Outcome o = run(logged, "2", "--events", "--firm-snapshots", "yearly");
        assertEquals(0, o.code(), o.err());
        List<String> charts = ReportAssertions.assertSelfContained(logged);
        for (String agent : List.of("od-regions.png", "map-branch-flows.png", "firm-size-rank.png",
                "firm-growth-rates.png", RunCharts.MOMENTS)) {
            assertTrue(charts.contains(agent), agent + " in " + charts);
        }
        JsonNode files = new ObjectMapper().readTree(logged.resolve(RunDirectoryWriter.MANIFEST).toFile()).get("files");
        assertTrue(files.has("charts/od-regions.png"), "the agent charts are in the manifest");
        String html = Files.readString(logged.resolve(RunReport.FILE));
        assertTrue(html.contains("<a href=\"events.csv\">"), "links events.csv");
    }

    @Test
    void aOneYearRunOfOneReplicationHasAReportWithoutTheGrowthMap() throws IOException {
        Path short1 = tmp.resolve("one-year");
        MainTest.Outcome o = MainTest.zonelab("run", BASELINE, "--scale", "0.01", "--years", "1", "--reps", "1",
                "--quiet", "--out", short1.toString());
        assertEquals(0, o.code(), o.err());
        List<String> charts = ReportAssertions.assertSelfContained(short1);
        assertFalse(charts.contains(RunCharts.MAP), "no growth over a single year: " + charts);
        assertTrue(charts.contains(RunCharts.STAGES) && charts.contains("timeseries-gdp-bn.png"), charts.toString());
        assertFalse(Files.readString(short1.resolve(RunReport.FILE)).contains("1 replications"));
    }

    @Test
    void noReportWritesNeitherChartsNorReportAndTheSameCsvFiles() throws IOException {
        assertFalse(Files.exists(bare.resolve(RunReport.FILE)));
        assertFalse(Files.exists(bare.resolve("charts")));
        assertTrue(RunDirectoryWriter.isComplete(bare));
        for (String f : List.of("timeseries.csv", "summary.csv", "moments.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(bare.resolve(f)), f);
        }
        List<String> lines = noReport.out().lines().toList();
        assertFalse(noReport.out().contains("Report:"), noReport.out());
        assertNotEquals(0, lines.size());
    }

    @Test
    void aRunThatDoesNotCompleteLeavesNoReport() throws IOException {
        // A copy of a complete run with its report, then a new run into it that fails before completing.
        Path dir = tmp.resolve("failed");
        Files.createDirectories(dir.resolve("charts"));
        try (Stream<Path> s = Files.walk(one)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, dir.resolve(one.relativize(p).toString()));
            }
        }
        assertTrue(Files.exists(dir.resolve(RunReport.FILE)) && RunDirectoryWriter.isComplete(dir));
        Files.write(dir.resolve("charts").resolve("mine.png"), new byte[] {1, 2, 3}); // not zonelab's
        Scenario scenario = ScenarioLoader.load(Path.of(BASELINE), new Overrides(2, null, 0.02, 2));
        try (OutputDirectory od = OutputDirectory.take(dir, false);
             RunDirectoryWriter writer = RunDirectoryWriter.open(od, scenario, Runs.seeds(scenario.seed(), 2),
                     AgentLog.Snapshots.NONE, false, true)) {
            assertFalse(Files.exists(dir.resolve(RunReport.FILE)), "the old report is gone as soon as the run starts");
            // no replication is written: the run ends here, as a failed one would
            assertFalse(writer.directory().isComplete());
        }
        assertFalse(RunDirectoryWriter.isComplete(dir));
        assertFalse(Files.exists(dir.resolve(RunReport.FILE)), "no report of another run");
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            assertEquals(List.of("mine.png"), s.map(p -> p.getFileName().toString()).toList(),
                    "no chart of another run; a file zonelab did not write is kept");
        }
    }
}
