package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.experiment.Statistics;

/**
 * The model's behaviour in distribution against a reference sample (issue 12's rule for optimisations
 * that change the order or the kind of random draws): the final-year national indicators and moments
 * of 16 replications of the baseline at scale 0.1 are compared, indicator by indicator, with those of
 * the reference code (src/test/resources/distribution/README.md says which commit and command made
 * them). Every indicator passes Welch's t-test and the two-sample Kolmogorov-Smirnov test after Holm's
 * correction over all the tests at a family-wise 5 %, and its mean lies within {@link #TOLERANCE_SE}
 * standard errors of the difference or {@link #TOLERANCE_RELATIVE} of the reference mean, whichever
 * is wider. The new sample uses other seeds than the reference, so that the two samples are
 * independent.
 *
 * <p>A change that is meant to change the model's behaviour (a mechanism, a calibrated value) makes a
 * new reference in the same commit, as the README says; a change for speed never does.
 */
class DistributionTest {
    private static final double FAMILY_ALPHA = 0.05;
    /** A mean within this many standard errors of the difference of the reference mean passes. */
    private static final double TOLERANCE_SE = 3;
    /** Or within this share of the reference mean (indicators whose replications barely vary). */
    private static final double TOLERANCE_RELATIVE = 0.01;
    /** Base seed of the new sample: the reference used the baseline's own, 20210309. */
    private static final String SEED = "1212";
    private static final int FINAL_YEAR = 2034;

    @TempDir
    Path tmp;

    @Test
    void finalYearIndicatorsAndMomentsMatchTheReferenceSample() throws IOException {
        Path out = tmp.resolve("run");
        MainTest.Outcome o = MainTest.zonelab("run", "scenarios/baseline.yaml", "--scale", "0.1", "--reps", "16",
                "--seed", SEED, "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());

        Map<String, double[]> reference = samples(resource("reference-summary.csv"), 3, -1, "");
        reference.putAll(samples(resource("reference-moments.csv"), 4, 3, "moment "));
        Map<String, double[]> now = samples(Files.readString(out.resolve("summary.csv")), 3, -1, "");
        now.putAll(samples(Files.readString(out.resolve("moments.csv")), 4, 3, "moment "));
        assertEquals(reference.keySet(), now.keySet(), "the same indicators and moments");

        List<String> names = new ArrayList<>();
        List<Double> pValues = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        List<String> farMeans = new ArrayList<>();
        for (Map.Entry<String, double[]> e : reference.entrySet()) {
            double[] a = e.getValue();
            double[] b = now.get(e.getKey());
            assertEquals(16, a.length, e.getKey());
            assertEquals(16, b.length, e.getKey());
            double meanA = StatUtils.mean(a);
            double meanB = StatUtils.mean(b);
            double se = Math.sqrt(StatUtils.variance(a) / a.length + StatUtils.variance(b) / b.length);
            if (Math.abs(meanB - meanA) > Math.max(TOLERANCE_SE * se, TOLERANCE_RELATIVE * Math.abs(meanA))) {
                farMeans.add(e.getKey());
            }
            double t = se == 0 ? (meanA == meanB ? 1 : 0) : new TTest().tTest(a, b);
            double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(a, b, true);
            names.add(e.getKey() + " (t)");
            pValues.add(t);
            names.add(e.getKey() + " (KS)");
            pValues.add(ks);
            table.append(String.format(java.util.Locale.ROOT, "%n  %-28s ref %14.6g now %14.6g  t p=%.3f  KS p=%.3f",
                    e.getKey(), meanA, meanB, t, ks));
        }
        double[] adjusted = Statistics.holm(pValues.stream().mapToDouble(Double::doubleValue).toArray());
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < adjusted.length; i++) {
            if (adjusted[i] < FAMILY_ALPHA) {
                rejected.add(names.get(i));
            }
        }
        assertTrue(rejected.isEmpty(), "differ in distribution (Holm, family-wise 5 %): " + rejected + table);
        assertTrue(farMeans.isEmpty(), "means outside the tolerance: " + farMeans + table);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DistributionTest.class.getResourceAsStream("/distribution/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The values of each name column across replications; {@code yearColumn} >= 0 keeps only the
     * final year's rows.
     */
    private static Map<String, double[]> samples(String csv, int nameColumn, int yearColumn, String prefix) {
        Map<String, List<Double>> values = new TreeMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] cells = line.split(",", -1);
            if (yearColumn >= 0 && Integer.parseInt(cells[yearColumn]) != FINAL_YEAR) {
                return;
            }
            values.computeIfAbsent(prefix + cells[nameColumn], k -> new ArrayList<>()).add(Double.parseDouble(cells[cells.length - 1]));
        });
        Map<String, double[]> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }
}
