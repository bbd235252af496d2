package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.cli.Main;

/** The agent-level log reconciles with the indicators (issue 7), and costs nothing when it is off. */
class AgentLogTest {
    private static final double SCALE = 0.05;
    @TempDir
    static Path tmp;
    private static Path logged;
    private static List<CSVRecord> events;
    private static List<CSVRecord> timeseries;

    @BeforeAll
    static void runWithLogs() throws IOException {
        logged = tmp.resolve("logged");
        run(logged, "--firm-snapshots", "yearly", "--events");
        events = read(logged.resolve("events.csv"));
        timeseries = read(logged.resolve("timeseries.csv"));
    }

    private static void run(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "scenarios/baseline.yaml", "--reps", "2", "--years", "4",
                "--scale", Double.toString(SCALE), "--threads", "2", "--quiet", "--out", out.toString()));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        int code = Main.execute(args.toArray(new String[0]), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** Agent count of a national indicator summed over a year's quarters, for one replication. */
    private static long agents(String replication, String indicator, int year) {
        double sum = 0;
        for (CSVRecord r : timeseries) {
            if (r.get("replication").equals(replication) && r.get("scope").equals("national")
                    && r.get("indicator").equals(indicator) && Integer.parseInt(r.get("year")) == year) {
                sum += Double.parseDouble(r.get("value"));
            }
        }
        return Math.round(sum * SCALE);
    }

    private static long count(String replication, String event, int year) {
        return events.stream().filter(e -> e.get("replication").equals(replication) && e.get("event").equals(event)
                && Integer.parseInt(e.get("year")) == year).count();
    }

    @Test
    void eventTotalsEqualTheIndicators() {
        for (String rep : List.of("0", "1")) {
            for (int year = 2020; year <= 2023; year++) {
                assertEquals(agents(rep, "relocations", year), count(rep, "relocation", year), "relocations " + year);
                assertEquals(agents(rep, "new_firms", year), count(rep, "birth", year), "births " + year);
                assertEquals(agents(rep, "exits", year), count(rep, "exit", year), "exits " + year);
                assertEquals(agents(rep, "investments", year), count(rep, "investment", year), "investments " + year);
            }
        }
    }

    @Test
    void unicornStageEventsTrackTheUnicornStock() throws IOException {
        for (String rep : List.of("0", "1")) {
            long net = events.stream().filter(e -> e.get("replication").equals(rep) && e.get("value").equals("2"))
                    .mapToLong(e -> e.get("event").equals("stage_enter") ? 1 : e.get("event").equals("stage_leave") ? -1 : 0)
                    .sum();
            double last = lastNational(rep, "unicorns");
            long initial = Math.round(126 * SCALE);
            assertEquals(Math.round(last * SCALE), initial + net, "unicorns = initial + entries - exits");
        }
    }

    private static double lastNational(String rep, String indicator) {
        double value = Double.NaN;
        for (CSVRecord r : timeseries) {
            if (r.get("replication").equals(rep) && r.get("scope").equals("national") && r.get("indicator").equals(indicator)) {
                value = Double.parseDouble(r.get("value"));
            }
        }
        return value;
    }

    @Test
    void everySpinOutsParentExistedBefore() {
        Map<String, Set<Long>> born = new HashMap<>();
        int spinOuts = 0;
        for (CSVRecord e : events) {
            if (!e.get("event").equals("birth")) {
                continue;
            }
            long id = Long.parseLong(e.get("firm_id"));
            if (!e.get("other_id").isEmpty()) {
                long parent = Long.parseLong(e.get("other_id"));
                assertTrue(parent < id, "parent " + parent + " of " + id + " must be older");
                assertTrue(!born.getOrDefault(e.get("replication"), Set.of()).contains(id), "born once");
                spinOuts++;
            }
            born.computeIfAbsent(e.get("replication"), k -> new HashSet<>()).add(id);
        }
        assertTrue(spinOuts > 0, "the run has spin-outs");
    }

    @Test
    void flowMatricesSumToTheEventTotals() throws IOException {
        List<CSVRecord> flows = read(logged.resolve("flows.csv"));
        for (String kind : List.of("relocation", "branch_open")) {
            for (String scope : List.of("zone", "region")) {
                long inFlows = flows.stream().filter(f -> f.get("kind").equals(kind) && f.get("scope").equals(scope))
                        .mapToLong(f -> Long.parseLong(f.get("agents"))).sum();
                long inEvents = events.stream().filter(e -> e.get("event").equals(kind)).count();
                assertEquals(inEvents, inFlows, kind + " by " + scope);
            }
        }
    }

    @Test
    void finalSnapshotHoldsEveryFirm() throws IOException {
        List<CSVRecord> firms = read(logged.resolve("firms.csv"));
        for (String rep : List.of("0", "1")) {
            long snapshot = firms.stream().filter(f -> f.get("replication").equals(rep) && f.get("year").equals("2023")).count();
            assertEquals(Math.round(lastNational(rep, "firms") * SCALE), snapshot);
        }
    }

    @Test
    void chartsOfTheLogAreDrawn() throws IOException {
        for (String chart : List.of("od-regions.png", "map-branch-flows.png", "firm-size-rank.png",
                "firm-growth-rates.png")) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(logged.resolve("charts").resolve(chart).toFile());
            assertEquals(1200, image.getWidth(), chart);
            assertEquals(800, image.getHeight(), chart);
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, chart + " looks blank: " + colours.size() + " colours");
        }
    }

    @Test
    void tailExponentOfAParetoSampleIsRecovered() {
        double[] sizes = new double[20_000];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Math.pow(1 - (i + 0.5) / sizes.length, -1 / 1.5); // Pareto quantiles, alpha = 1.5
        }
        java.util.Arrays.sort(sizes);
        assertEquals(1.5, AgentCharts.tailExponent(sizes)[0], 0.05);
    }

    @Test
    void loggingChangesNoOtherOutput() throws IOException {
        Path plain = tmp.resolve("plain");
        run(plain);
        for (String file : List.of("timeseries.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(plain.resolve(file)), Files.readAllBytes(logged.resolve(file)), file);
        }
        assertTrue(Files.notExists(plain.resolve("events.csv")) && Files.notExists(plain.resolve("firms.csv")));
        try (var list = Files.list(logged)) {
            assertTrue(list.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no parts left behind");
        }
    }
}
