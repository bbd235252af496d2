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
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.SensitivityJournal;
import org.zonelab.output.SensitivityReport;
import org.zonelab.output.SensitivityWriter;

/**
 * {@code zonelab sensitivity} on the command line (issue 15): its files and report, a factor the base
 * never reads (a pandemic parameter in a base without a pandemic) with {@code mu_star} exactly 0, the
 * same bytes on one thread and on two, an analysis killed with SIGKILL and resumed to the same bytes,
 * and {@code --method sobol}.
 */
class SensitivityCommandTest {
    private static final List<String> FILES = List.of(SensitivityWriter.DESIGN, SensitivityWriter.RUNS,
            SensitivityWriter.INDICES, SensitivityWriter.NOISE, SensitivityReport.FILE);
    private static final int TRAJECTORIES = 6;
    private static final int FACTORS = 3;
    private static final int REPLICATIONS = 2;
    private static final int RUNS = TRAJECTORIES * (FACTORS + 1) * REPLICATIONS;

    @TempDir
    static Path tmp;
    private static Path factors;
    private static Path straight;
    private static MainTest.Outcome straightOutcome;

    @BeforeAll
    static void analyseStraightThrough() throws IOException {
        factors = tmp.resolve("small.yaml");
        Files.writeString(factors, "name: small\n"
                + "description: Two factors the model reads and one it does not.\n"
                + "base: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n"
                + "scale: 0.02\nyears: 2\nreplications: " + REPLICATIONS + "\nseed: 5\n"
                + "morris: {trajectories: " + TRAJECTORIES + ", levels: 4, bootstrap: 200}\n"
                + "sobol: {samples: 8, bootstrap: 200}\n"
                + "factors:\n"
                + "  policies.openness.intensity: {min: 0, max: 1}\n"
                + "  growth_drift: {min: -0.03, max: 0.03}\n"
                + "  pandemic_digital_boost: {min: 0, max: 1}\n"
                + "outputs: [gdp_bn, unicorns, survival_1y]\n");
        straight = tmp.resolve("straight");
        straightOutcome = MainTest.zonelab("sensitivity", factors.toString(), "--out", straight.toString(), "--quiet",
                "--threads", "1");
    }

    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @Test
    void writesItsFilesTheReportAndTheManifestLast() throws IOException {
        assertEquals(0, straightOutcome.code(), straightOutcome.err());
        for (String f : FILES) {
            assertTrue(Files.isRegularFile(straight.resolve(f)), f);
        }
        assertTrue(RunDirectoryWriter.isComplete(straight));
        assertFalse(Files.exists(straight.resolve(SensitivityJournal.FOLDER)), "the journal is gone once complete");
        List<String> design = Files.readAllLines(straight.resolve(SensitivityWriter.DESIGN));
        assertEquals("point,policies.openness.intensity,parameters.growth_drift,parameters.pandemic_digital_boost",
                design.get(0));
        assertEquals(TRAJECTORIES * (FACTORS + 1) + 1, design.size());
        List<String[]> runs = rows(straight.resolve(SensitivityWriter.RUNS));
        assertEquals(RUNS, runs.size());
        assertEquals(List.of(SensitivityWriter.MORRIS_HEADER), List.of(List.of(
                Files.readAllLines(straight.resolve(SensitivityWriter.INDICES)).get(0).split(","))));
        assertEquals(3 * FACTORS, rows(straight.resolve(SensitivityWriter.INDICES)).size());
        JsonNode m = new ObjectMapper().readTree(straight.resolve(RunDirectoryWriter.MANIFEST).toFile());
        assertEquals("sensitivity", m.get("kind").asText());
        assertEquals(RUNS, m.get("runs").asInt());
        assertEquals("morris", m.get("method").asText());
        assertTrue(straightOutcome.out().contains("Report: "), straightOutcome.out());
    }

    @Test
    void everyPointRunsTheSameSeeds() throws IOException {
        List<String[]> runs = rows(straight.resolve(SensitivityWriter.RUNS));
        for (String[] r : runs) {
            String[] first = runs.get(Integer.parseInt(r[1]));
            assertEquals(first[2], r[2], "replication " + r[1] + " of point " + r[0] + " has point 0's seed");
        }
    }

    @Test
    void aFactorTheBaseNeverReadsHasMuStarExactlyZero() throws IOException {
        for (String[] r : rows(straight.resolve(SensitivityWriter.INDICES))) {
            double muStar = Double.parseDouble(r[4]);
            if (r[2].equals("pandemic_digital_boost")) {
                assertEquals(0.0, muStar, "no pandemic in the base: " + String.join(",", r));
                assertEquals(0.0, Double.parseDouble(r[7]), "sigma");
            } else if (r[1].equals("gdp_bn")) {
                assertTrue(muStar > 0, "a factor the model reads moves GDP: " + String.join(",", r));
            }
        }
        String report = Files.readString(straight.resolve(SensitivityReport.FILE));
        assertTrue(report.matches("(?s).*Negligible \\([^)]*\\): [^<]*pandemic_digital_boost.*"), "the report names "
                + "the unread factor negligible");
    }

    @Test
    void theReportIsSelfContainedAndEveryChartIsNonBlank() throws IOException {
        String report = Files.readString(straight.resolve(SensitivityReport.FILE));
        assertFalse(report.contains("http://") || report.contains("https://") || report.contains("<script"),
                "nothing fetched, no scripts");
        Matcher img = Pattern.compile("<img[^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(report);
        int images = 0;
        while (img.find()) {
            images++;
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    Base64.getDecoder().decode(img.group(1))));
            int first = png.getRGB(0, 0);
            boolean varied = false;
            for (int y = 0; y < png.getHeight() && !varied; y += 7) {
                for (int x = 0; x < png.getWidth() && !varied; x += 7) {
                    varied = png.getRGB(x, y) != first;
                }
            }
            assertTrue(varied, "chart " + images + " is blank");
        }
        assertEquals(3, images, "one Morris figure per output");
        assertFalse(report.contains("src=\"charts/"), "images are embedded, not linked");
    }

    @Test
    void twoThreadsGiveTheSameBytesAsOne() throws IOException {
        Path two = tmp.resolve("two");
        MainTest.Outcome o = MainTest.zonelab("sensitivity", factors.toString(), "--out", two.toString(), "--quiet",
                "--threads", "2");
        assertEquals(0, o.code(), o.err());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(straight.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void sobolByTheCommandLineWritesItsIndicesAndConvergence() throws IOException {
        Path sobol = tmp.resolve("sobol");
        MainTest.Outcome o = MainTest.zonelab("sensitivity", factors.toString(), "--method", "sobol", "--out",
                sobol.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        assertEquals(String.join(",", SensitivityWriter.SOBOL_HEADER),
                Files.readAllLines(sobol.resolve(SensitivityWriter.INDICES)).get(0));
        assertEquals(8 * (FACTORS + 2) * REPLICATIONS, rows(sobol.resolve(SensitivityWriter.RUNS)).size());
        for (String[] r : rows(sobol.resolve(SensitivityWriter.INDICES))) {
            if (r[2].equals("pandemic_digital_boost")) {
                double s1Low = Double.parseDouble(r[4]);
                double s1High = Double.parseDouble(r[5]);
                assertTrue(s1Low <= 0 && 0 <= s1High, "S1 of an unread factor within its interval of 0");
                assertEquals(0.0, Double.parseDouble(r[6]), "ST of an unread factor is exactly 0 (Jansen)");
            }
        }
        assertEquals(3 * 3 * FACTORS + 1, Files.readAllLines(sobol.resolve(SensitivityWriter.CONVERGENCE)).size(),
                "three sample sizes per output and factor");
        MainTest.Outcome bad = MainTest.zonelab("sensitivity", factors.toString(), "--method", "sobolev", "--out",
                tmp.resolve("bad").toString(), "--quiet");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().contains("allowed: morris, sobol"), bad.err());
    }

    @Test
    void anAnalysisKilledWithSigkillResumesToByteIdenticalFiles() throws Exception {
        Path out = tmp.resolve("killed");
        Path journal = out.resolve(SensitivityJournal.FOLDER).resolve(SensitivityJournal.FILE);
        int journaled = KilledChild.killWhenJournaled(journal, 3, tmp.resolve("child.txt"), "sensitivity",
                factors.toString(), "--out", out.toString(), "--threads", "1");
        assertTrue(journaled >= 3 && journaled < RUNS, "killed after " + journaled + " runs");
        assertFalse(RunDirectoryWriter.isComplete(out), "a killed analysis is not complete");
        for (String f : FILES) {
            assertFalse(Files.exists(out.resolve(f)), f + " is written only at the end");
        }
        MainTest.Outcome fresh = MainTest.zonelab("sensitivity", factors.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, fresh.code(), "an unfinished analysis is not overwritten without --resume");
        assertTrue(fresh.err().contains("--resume"), fresh.err());
        MainTest.Outcome other = MainTest.zonelab("sensitivity", factors.toString(), "--out", out.toString(), "--resume",
                "--method", "sobol", "--quiet");
        assertEquals(2, other.code(), "another method is another analysis");
        assertTrue(other.err().contains("other inputs"), other.err());

        MainTest.Outcome resumed = MainTest.zonelab("sensitivity", factors.toString(), "--out", out.toString(),
                "--resume", "--threads", "2", "--quiet");
        assertEquals(0, resumed.code(), resumed.err());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(straight.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        JsonNode m = new ObjectMapper().readTree(out.resolve(RunDirectoryWriter.MANIFEST).toFile());
        assertTrue(m.get("runs_resumed").asInt() >= journaled, "journaled runs were not run again: " + m);
    }
}
