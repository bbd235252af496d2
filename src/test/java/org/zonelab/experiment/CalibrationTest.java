package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.scenario.CalibrationLoader;
import org.zonelab.scenario.CalibrationSpec;

/**
 * {@link Calibration} by a twin experiment (issue 14): targets made by the model itself at known values
 * of two parameters (entry_rate and exit_hazard_later, through the births, exits and firms of two
 * years) are fitted from the baseline's defaults, far from those values; a third free
 * parameter that the runs never read (a parameter of the pandemic event, which the baseline does not
 * have) must come out as not identified.
 */
class CalibrationTest {
    /** The known values: entry_rate and exit_hazard_later, well away from the defaults (0.094 and 0.06). */
    private static final double TRUE_ENTRY_RATE = 0.16;
    private static final double TRUE_EXIT_HAZARD = 0.12;
    /** Recovered means within this share of each parameter's search range. */
    private static final double TOLERANCE = 0.12;
    private static final double ENTRY_MIN = 0.05;
    private static final double ENTRY_MAX = 0.2;
    private static final double EXIT_MIN = 0.02;
    private static final double EXIT_MAX = 0.14;
    /** Evaluations of the twin fit. */
    private static final int BUDGET = 150;
    /** The targets' published sd, as a share of their value. */
    private static final double SD_SHARE = 0.02;

    @TempDir
    static Path tmp;
    private static CalibrationSpec twin;
    private static Calibration.Result result;

    /** A targets file with these targets (name, year, value, sd) and a budget. */
    private static Path targetsFile(String name, List<String[]> targets, int evaluations) throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(name).append('\n')
                .append("base: ").append(Path.of("scenarios/baseline.yaml").toAbsolutePath()).append('\n')
                .append("scale: 0.05\nyears: 2\nreplications: 2\nseed: 11\n")
                .append("budget: {evaluations: ").append(evaluations).append("}\n")
                .append("free:\n")
                .append("  entry_rate: {min: ").append(ENTRY_MIN).append(", max: ").append(ENTRY_MAX).append("}\n")
                .append("  exit_hazard_later: {min: ").append(EXIT_MIN).append(", max: ").append(EXIT_MAX).append("}\n")
                .append("  pandemic_digital_boost: {min: 0, max: 1}\n")
                .append("targets:\n");
        for (String[] t : targets) {
            y.append("  - {indicator: ").append(t[0]).append(", year: ").append(t[1]).append(", value: ").append(t[2])
                    .append(", sd: ").append(t[3]).append("}\n");
        }
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, y.toString());
        return f;
    }

    private static final String[][] FIGURES = {{"new_firms", "2020"}, {"new_firms", "2021"}, {"exits", "2020"},
            {"exits", "2021"}, {"firms", "2021"}};

    @BeforeAll
    static void fitTheTwin() throws IOException {
        // First the model's own figures at the known values (placeholders for the values to start with).
        List<String[]> placeholders = new ArrayList<>();
        for (String[] f : FIGURES) {
            placeholders.add(new String[] {f[0], f[1], "1", "1"});
        }
        CalibrationSpec maker = CalibrationLoader.load(targetsFile("maker", placeholders, 1));
        double[][] sims = Calibration.simulate(maker, new LocalEngine(2),
                List.of(new double[] {TRUE_ENTRY_RATE, TRUE_EXIT_HAZARD, 0.5}), maker.targets(), maker.replications())
                .get(0);
        List<String[]> targets = new ArrayList<>();
        for (int t = 0; t < FIGURES.length; t++) {
            double mean = (sims[t][0] + sims[t][1]) / 2;
            targets.add(new String[] {FIGURES[t][0], FIGURES[t][1], String.format(Locale.ROOT, "%.6f", mean),
                    String.format(Locale.ROOT, "%.6f", SD_SHARE * mean)});
        }
        twin = CalibrationLoader.load(targetsFile("twin", targets, BUDGET));
        result = Calibration.run(twin, new LocalEngine(2), new MemoryJournal(), Calibration.Listener.NONE);
    }

    @Test
    void theKnownValuesAreRecoveredFromFarAway() {
        double[] start = Calibration.baseValues(twin);
        double[] best = result.best().values();
        assertTrue(Math.abs(start[0] - TRUE_ENTRY_RATE) > 0.4 * (ENTRY_MAX - ENTRY_MIN), "the start is far");
        assertTrue(Math.abs(start[1] - TRUE_EXIT_HAZARD) > 0.4 * (EXIT_MAX - EXIT_MIN), "the start is far");
        assertEquals(TRUE_ENTRY_RATE, best[0], TOLERANCE * (ENTRY_MAX - ENTRY_MIN), "entry_rate");
        assertEquals(TRUE_EXIT_HAZARD, best[1], TOLERANCE * (EXIT_MAX - EXIT_MIN), "exit_hazard_later");
        assertTrue(result.trace().get(0).loss() > 10 * Math.max(1e-9, result.best().loss()),
                "the loss fell from " + result.trace().get(0).loss() + " to " + result.best().loss());
        assertEquals(BUDGET, result.trace().size());
    }

    @Test
    void aParameterTheRunsNeverReadIsNotIdentifiedAndTheOthersAre() {
        Calibration.Profile unread = result.profiles().get(2);
        assertFalse(unread.identified(), "pandemic_digital_boost is not read without the event");
        double first = unread.losses()[0];
        for (double l : unread.losses()) {
            assertEquals(first, l, 0.0, "the runs do not read it, so the loss is the same everywhere");
        }
        assertTrue(result.profiles().get(0).identified(), "entry_rate");
        assertTrue(result.profiles().get(1).identified(), "exit_hazard_later");
        Calibration.Profile entry = result.profiles().get(0);
        assertTrue(entry.low() <= result.best().values()[0] && result.best().values()[0] <= entry.high());
        assertTrue(entry.high() - entry.low() < ENTRY_MAX - ENTRY_MIN, "entry_rate's interval is narrower than its bounds");
    }

    @Test
    void theFitTableHasEveryTargetWithMoreReplications() {
        assertEquals(FIGURES.length, result.fit().size());
        assertEquals(Math.max(Calibration.FIT_REPLICATIONS, 2 * twin.replications()), result.fitReplications());
        for (Calibration.TargetFit f : result.fit()) {
            assertFalse(f.holdout());
            assertTrue(f.simSd() > 0, f.target().label() + " varies over replications");
            assertTrue(Math.abs(f.z()) < 3, f.target().label() + ": z " + f.z());
        }
    }

    @Test
    void theSameFileGivesTheSameSearchOnOneThreadAndOnTwo() throws IOException {
        CalibrationSpec small = CalibrationLoader.load(targetsFile("small",
                List.<String[]>of(new String[] {"new_firms", "2021", "30000", "600"}), 8));
        Calibration.Result one = Calibration.run(small, new LocalEngine(1), new MemoryJournal(), Calibration.Listener.NONE);
        Calibration.Result two = Calibration.run(small, new LocalEngine(2), new MemoryJournal(), Calibration.Listener.NONE);
        assertEquals(describe(one), describe(two));
    }

    @Test
    void aSearchReplayedFromItsJournalTakesTheSamePathWithoutRunning() throws IOException {
        CalibrationSpec small = CalibrationLoader.load(targetsFile("replayed",
                List.<String[]>of(new String[] {"new_firms", "2021", "30000", "600"}), 8));
        MemoryJournal journal = new MemoryJournal();
        Calibration.Result first = Calibration.run(small, new LocalEngine(2), journal, Calibration.Listener.NONE);
        // The journal of the first five evaluations, then a search that must run only the rest.
        MemoryJournal partial = new MemoryJournal();
        journal.recorded().values().stream().filter(e -> e.index() < 5).forEach(partial::record);
        int[] ran = {0};
        Engine counting = (requests, sink) -> {
            ran[0] += requests.size();
            new LocalEngine(2).run(requests, sink);
        };
        Calibration.Result again = Calibration.run(small, counting, partial, Calibration.Listener.NONE);
        assertEquals(describe(first), describe(again));
        int after = 3 * small.replications() + Math.max(Calibration.FIT_REPLICATIONS, 2 * small.replications())
                + Calibration.profileGrids(small, first.best()).stream().mapToInt(g -> g.length).sum() * small.replications();
        assertTrue(ran[0] <= after, "ran " + ran[0] + " runs; the five journaled evaluations were run again");
    }

    private static String describe(Calibration.Result r) {
        StringBuilder b = new StringBuilder();
        for (Calibration.Evaluation e : r.trace()) {
            b.append(e.index()).append(' ').append(e.generation()).append(' ')
                    .append(java.util.Arrays.toString(e.values())).append(' ').append(e.loss()).append('\n');
        }
        r.fit().forEach(f -> b.append(f.simMean()).append(' ').append(f.simSd()).append('\n'));
        r.profiles().forEach(p -> b.append(java.util.Arrays.toString(p.losses())).append('\n'));
        return b.toString();
    }

    /** A journal in memory. */
    static final class MemoryJournal implements Calibration.Journal {
        private final Map<Integer, Calibration.Evaluation> entries = new HashMap<>();

        @Override
        public Map<Integer, Calibration.Evaluation> recorded() {
            return entries;
        }

        @Override
        public void record(Calibration.Evaluation e) {
            entries.putIfAbsent(e.index(), e);
        }
    }
}
