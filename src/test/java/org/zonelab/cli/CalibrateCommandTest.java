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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.output.CalibrationJournal;
import org.zonelab.output.CalibrationWriter;
import org.zonelab.output.RunDirectoryWriter;

/**
 * {@code zonelab calibrate} on the command line (issue 14): its files, best.yaml as a scenario that
 * validate accepts and run runs, a calibration killed with SIGKILL and resumed to the same bytes, and the
 * output-directory rules it shares with sweep.
 */
class CalibrateCommandTest {
    private static final List<String> FILES = List.of(CalibrationWriter.TRACE, CalibrationWriter.FIT,
            CalibrationWriter.PROFILES, CalibrationWriter.BEST);
    private static final int EVALUATIONS = 40;

    @TempDir
    static Path tmp;
    private static Path targets;
    private static Path straight;
    private static MainTest.Outcome straightOutcome;

    @BeforeAll
    static void calibrateStraightThrough() throws IOException {
        targets = tmp.resolve("smoke.yaml");
        Files.writeString(targets, "name: smoke\n"
                + "base: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n"
                + "scale: 0.02\nyears: 2\nreplications: 2\nseed: 5\n"
                + "budget: {evaluations: " + EVALUATIONS + "}\n"
                + "free:\n  entry_rate: {min: 0.05, max: 0.2}\n  exit_hazard_later: {min: 0.02, max: 0.14, log: true}\n"
                + "targets:\n"
                + "  - {indicator: new_firms, year: 2021, value: 30000, sd: 1500}\n"
                + "  - {indicator: exits, year: 2021, interval: [9000, 12000]}\n"
                + "holdout:\n  - {indicator: firms, year: 2021, value: 182000, sd: 9000}\n");
        straight = tmp.resolve("straight");
        straightOutcome = MainTest.zonelab("calibrate", targets.toString(), "--out", straight.toString(), "--quiet");
    }

    @Test
    void writesItsFilesAndTheManifestLast() throws IOException {
        assertEquals(0, straightOutcome.code(), straightOutcome.err());
        for (String f : FILES) {
            assertTrue(Files.isRegularFile(straight.resolve(f)), f);
        }
        assertTrue(RunDirectoryWriter.isComplete(straight));
        assertFalse(Files.exists(straight.resolve(CalibrationJournal.FOLDER)), "the journal is gone once complete");
        List<String> trace = Files.readAllLines(straight.resolve(CalibrationWriter.TRACE));
        assertEquals("evaluation,generation,entry_rate,exit_hazard_later,loss", trace.get(0));
        assertEquals(EVALUATIONS + 1, trace.size());
        List<String> fit = Files.readAllLines(straight.resolve(CalibrationWriter.FIT));
        assertEquals(String.join(",", CalibrationWriter.FIT_HEADER), fit.get(0));
        assertTrue(fit.get(1).startsWith("new_firms,indicator,2021,30000,1500,"), fit.get(1));
        assertTrue(fit.get(2).startsWith("exits,indicator,2021,10500,,"), "an interval has no sd: " + fit.get(2));
        assertTrue(fit.get(3).startsWith("firms,indicator,2021,") && fit.get(3).endsWith(",holdout"), fit.get(3));
        JsonNode m = new ObjectMapper().readTree(straight.resolve(RunDirectoryWriter.MANIFEST).toFile());
        assertEquals("calibration", m.get("kind").asText());
        assertEquals(EVALUATIONS, m.get("evaluations").asInt());
        assertTrue(straightOutcome.out().contains("best loss"), straightOutcome.out());
    }

    @Test
    void bestYamlIsAScenarioThatValidateAcceptsAndRunRuns() throws IOException {
        Path best = straight.resolve(CalibrationWriter.BEST);
        MainTest.Outcome v = MainTest.zonelab("validate", best.toString());
        assertEquals(0, v.code(), v.err());
        String yaml = Files.readString(best);
        String fitted = Files.readAllLines(straight.resolve(CalibrationWriter.TRACE)).stream()
                .filter(l -> !l.startsWith("evaluation")).map(l -> l.split(","))
                .min((a, b) -> Double.compare(Double.parseDouble(a[4]), Double.parseDouble(b[4])))
                .map(a -> a[2]).orElseThrow();
        assertTrue(yaml.contains("entry_rate: " + fitted), "best.yaml sets the best evaluation's value " + fitted + ":\n"
                + yaml);
        MainTest.Outcome r = MainTest.zonelab("run", best.toString(), "--scale", "0.01", "--years", "1", "--reps", "1",
                "--out", tmp.resolve("best-run").toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aCalibrationKilledWithSigkillResumesToByteIdenticalFiles() throws Exception {
        Path out = tmp.resolve("killed");
        Path journal = out.resolve(CalibrationJournal.FOLDER).resolve(CalibrationJournal.FILE);
        int journaled = KilledChild.killWhenJournaled(journal, 3, tmp.resolve("child.txt"), "calibrate", targets.toString(),
                "--out", out.toString(), "--threads", "1");
        assertTrue(journaled >= 3 && journaled < EVALUATIONS, "killed after " + journaled + " evaluations");
        assertFalse(RunDirectoryWriter.isComplete(out), "a killed calibration is not complete");
        for (String f : FILES) {
            assertFalse(Files.exists(out.resolve(f)), f + " is written only at the end");
        }
        MainTest.Outcome fresh = MainTest.zonelab("calibrate", targets.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, fresh.code(), "an unfinished calibration is not overwritten without --resume");
        assertTrue(fresh.err().contains("--resume"), fresh.err());

        MainTest.Outcome resumed = MainTest.zonelab("calibrate", targets.toString(), "--out", out.toString(), "--resume",
                "--threads", "2", "--quiet");
        assertEquals(0, resumed.code(), resumed.err());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(straight.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        JsonNode m = new ObjectMapper().readTree(out.resolve(RunDirectoryWriter.MANIFEST).toFile());
        assertTrue(m.get("evaluations_resumed").asInt() >= journaled, "journaled evaluations were replayed: " + m);

        MainTest.Outcome again = MainTest.zonelab("calibrate", targets.toString(), "--out", out.toString(), "--resume",
                "--quiet");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("complete already"), again.err());
        assertEquals(1, again.err().lines().count(), again.err());
    }

    @Test
    void resumingWhereNothingWasStartedIsRefused() {
        MainTest.Outcome o = MainTest.zonelab("calibrate", targets.toString(), "--out", tmp.resolve("empty").toString(),
                "--resume", "--quiet");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no calibration to resume"), o.err());
    }
}
