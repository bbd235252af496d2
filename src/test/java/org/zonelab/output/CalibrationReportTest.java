package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.experiment.Calibration;
import org.zonelab.scenario.CalibrationLoader;
import org.zonelab.scenario.CalibrationSpec;
import org.zonelab.scenario.CalibrationSpec.FreeParameter;

/** The calibration's charts and report.html, from a hand-made result: files, images, embedding, sections. */
class CalibrationReportTest {
    /** Fewest distinct colours of a chart that is more than a blank or one-colour image. */
    private static final int MIN_COLOURS = 16;
    private static final List<String> CHARTS = List.of("convergence.png", "fit.png", "profile-entry_rate.png",
            "profile-growth_drift.png");

    @TempDir
    Path tmp;

    private CalibrationSpec spec() throws Exception {
        Path file = tmp.resolve("targets.yaml");
        Files.writeString(file, """
                name: t
                description: Entry and drift against GDP and survival
                base: %s
                scale: 0.02
                years: 2
                replications: 2
                free:
                  entry_rate: {min: 0.05, max: 0.2, log: true}
                  growth_drift: {min: -0.05, max: 0.02}
                targets:
                  - {indicator: gdp_bn, year: 2021, value: 14000, sd: 700}
                  - {moment: survival_1y, year: 2021, value: 0.9, sd: 0.03}
                holdout:
                  - {indicator: firms, year: 2021, interval: [170000, 190000]}
                """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath()));
        return CalibrationLoader.load(file);
    }

    /**
     * A search whose losses span five orders of magnitude down to 0 (a log axis with a floored zero), a fit
     * with one target within 2 z and one not, a holdout interval, an identified entry_rate and a flat,
     * not identified growth_drift.
     */
    private static Calibration.Result result(CalibrationSpec spec) {
        double[] losses = {900, 240, 310, 85, 40, 52, 12, 6.5, 2.2, 0.9, 0, 1.4, 0.3};
        List<Calibration.Evaluation> trace = new ArrayList<>();
        for (int i = 0; i < losses.length; i++) {
            double[] values = {0.05 + 0.01 * i, -0.01 - 0.001 * i};
            trace.add(new Calibration.Evaluation(i, i == 0 ? 0 : (i - 1) / 5 + 1, values, losses[i]));
        }
        Calibration.Evaluation best = trace.get(10);
        double[] at = best.values();
        List<Calibration.TargetFit> fit = List.of(
                new Calibration.TargetFit(spec.targets().get(0), false, 14300, 400, 0.42),
                new Calibration.TargetFit(spec.targets().get(1), false, 0.8, 0.02, -3.3),
                new Calibration.TargetFit(spec.holdout().get(0), true, 195000, 3000, 0.99));
        FreeParameter entry = spec.free().get(0);
        FreeParameter drift = spec.free().get(1);
        double[] entryValues = grid(entry, at[0]);
        double[] entryLosses = new double[entryValues.length];
        for (int k = 0; k < entryValues.length; k++) {
            double d = (entryValues[k] - at[0]) / 0.02;
            entryLosses[k] = 4 * d * d;
        }
        double[] driftValues = grid(drift, at[1]);
        double[] driftLosses = new double[driftValues.length];
        for (int k = 0; k < driftValues.length; k++) {
            driftLosses[k] = driftValues[k] == at[1] ? 0 : 0.5 + 0.1 * k;
        }
        List<Calibration.Profile> profiles = List.of(
                new Calibration.Profile(entry, entryValues, entryLosses, true, at[0] - 0.0196, at[0] + 0.0196),
                new Calibration.Profile(drift, driftValues, driftLosses, false, drift.min(), drift.max()));
        return new Calibration.Result(trace, best, fit, Calibration.FIT_REPLICATIONS, profiles);
    }

    /** The profile's grid: evenly spread over the bounds, with the optimum added, ascending. */
    private static double[] grid(FreeParameter f, double optimum) {
        java.util.TreeSet<Double> g = new java.util.TreeSet<>();
        for (int k = 0; k < Calibration.PROFILE_POINTS; k++) {
            g.add(f.value((double) k / (Calibration.PROFILE_POINTS - 1)));
        }
        g.add(optimum);
        return g.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void writesChartsAndASelfContainedReport() throws Exception {
        CalibrationSpec spec = spec();
        Calibration.Result result = result(spec);
        Path dir = tmp.resolve("out");
        Map<String, String> files;
        try (OutputDirectory out = OutputDirectory.take(dir, true)) {
            files = CalibrationReport.write(out, spec, result);
        }
        List<String> expected = new ArrayList<>();
        CHARTS.forEach(c -> expected.add("charts/" + c));
        expected.add("report.html");
        assertEquals(expected, new ArrayList<>(files.keySet()));

        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        for (String chart : CHARTS) {
            Path png = dir.resolve("charts").resolve(chart);
            assertTrue(Files.isRegularFile(png), chart);
            byte[] bytes = Files.readAllBytes(png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertNotNull(image, chart + " is not a PNG");
            assertEquals(FigureWriter.WIDTH, image.getWidth(), chart);
            assertEquals(FigureWriter.HEIGHT, image.getHeight(), chart);
            assertTrue(colours(image).size() > MIN_COLOURS, chart + " has " + colours(image).size() + " colours");
            assertTrue(html.contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(bytes) + "\""),
                    chart + " is not embedded as it was written");
        }
        int sources = html.split("src=\"", -1).length - 1;
        int embedded = html.split("src=\"data:image/png;base64,", -1).length - 1;
        assertEquals(CHARTS.size(), embedded);
        assertEquals(embedded, sources, "every src is an embedded image");
        assertFalse(html.contains("src=\"http"));
        assertFalse(html.contains("href="), "the page links to nothing");
        assertFalse(html.contains("src=\"charts/"));
        assertFalse(html.contains("url("));

        assertTrue(html.contains("Entry and drift against GDP and survival"), "the question");
        assertTrue(html.contains("<b>baseline</b>"), "the base scenario");
        String parameters = section(html, "<table id=\"parameters-table\">", "</table>");
        assertTrue(row(parameters, "entry_rate").contains("<td>log</td>"), "entry_rate's log flag");
        assertTrue(row(parameters, "growth_drift").contains("<td>linear</td>"));
        assertTrue(row(parameters, "growth_drift").contains("&minus;0.0500") || row(parameters, "growth_drift")
                .contains("-0.0500"), "growth_drift's lower bound");
        for (String target : List.of("gdp_bn", "survival_1y", "firms")) {
            assertTrue(html.contains("<code>" + target + "</code>"), target);
        }
        assertTrue(html.contains("1 of 2 targets is within 2 z"), "the fit in words");
        assertTrue(html.contains("a loss of 0 cannot be drawn"), "the log axis's floored zero is told");
        assertTrue(html.contains("survival_1y 2021 (z &minus;3.30)"), "the target off by more than 2 z, named");

        String fitTable = section(html, "<table id=\"fit-table\">", "</table>");
        String holdoutTable = section(html, "<table id=\"holdout-table\">", "</table>");
        assertTrue(fitTable.contains("gdp_bn") && fitTable.contains("survival_1y"));
        assertFalse(fitTable.contains("<code>firms</code>"), "the holdout figure is not in the fitted table");
        assertFalse(fitTable.contains("holdout"));
        assertTrue(holdoutTable.contains("<code>firms</code>") && holdoutTable.contains("170,000 to 190,000"));
        assertFalse(holdoutTable.contains("gdp_bn"));
        assertTrue(html.indexOf("<h2 id=\"holdout\">") > html.indexOf("<table id=\"fit-table\">"));

        String identifiability = section(html, "<table id=\"identifiability-table\">", "</table>");
        assertTrue(row(identifiability, "growth_drift").contains("not identified"));
        assertFalse(row(identifiability, "entry_rate").contains("not identified"));
        assertTrue(html.contains("Loss profile of growth_drift (not identified)"), "the profile's title says so");
        assertFalse(html.contains("Loss profile of entry_rate (not identified)"));
    }

    @Test
    void fitChartDrawsHoldoutApartAndProfileDrawsTheThreshold() throws Exception {
        CalibrationSpec spec = spec();
        Calibration.Result result = result(spec);
        Set<Integer> fit = colours(ImageIO.read(new ByteArrayInputStream(FigureWriter.png(
                CalibrationCharts.fit(result)))));
        assertTrue(fit.contains(ScenarioPalette.colour(0).getRGB() & 0xFFFFFF), "fitted targets in colour 0");
        assertTrue(fit.contains(ScenarioPalette.colour(1).getRGB() & 0xFFFFFF), "holdout figures in colour 1");
        Set<Integer> profile = colours(ImageIO.read(new ByteArrayInputStream(FigureWriter.png(
                CalibrationCharts.profile(result, 0, "profile-entry_rate.png")))));
        assertTrue(profile.contains(new Color(0xB2, 0x18, 0x2B).getRGB() & 0xFFFFFF), "the 3.84 threshold line");
    }

    @Test
    void profileFileNamesAreSafeAndDistinct() throws Exception {
        CalibrationSpec spec = spec();
        FreeParameter f = spec.free().get(0);
        List<FreeParameter> free = List.of(
                new FreeParameter("policies.Tax Cut/x.intensity", List.of("policies", "Tax Cut/x", "intensity"), 0, 1,
                        false, false, f.at()),
                new FreeParameter("policies.tax-cut-x.intensity", List.of("policies", "tax-cut-x", "intensity"), 0, 1,
                        false, false, f.at()));
        List<String> names = CalibrationCharts.profileFiles(free);
        assertEquals(List.of("profile-policies-tax-cut-x-intensity.png", "profile-policies-tax-cut-x-intensity-2.png"),
                names);
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> out = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return out;
    }

    private static String section(String html, String from, String to) {
        int start = html.indexOf(from);
        assertTrue(start >= 0, "missing " + from);
        return html.substring(start, html.indexOf(to, start));
    }

    private static String row(String table, String first) {
        int start = table.indexOf("<tr><td>" + first + "</td>");
        assertTrue(start >= 0, "no row " + first);
        return table.substring(start, table.indexOf("</tr>", start));
    }
}
