package org.zonelab.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sobol' indices against analytic ones (Ishigami, G-function, linear), the exact zeros of a factor that is
 * never read, a constant output, the convergence check and determinism.
 *
 * <p>Tolerance: {@link #TOLERANCE} = 0.02 on every index at N = 2^13. With independent random samples the
 * estimators' standard error at this N is about 0.01 for Ishigami's and the G-function's largest indices
 * (the bootstrap, which treats the rows as independent, says as much), so 0.02 is two standard errors of
 * plain Monte Carlo; the Sobol' sequence converges faster than that, so a correct estimator lands well
 * inside, while a wrong one (f(A) for f(B), no centering, the wrong variance) misses by far more.
 */
class SobolAnalysisTest {
    private static final int SAMPLES = 1 << 13;
    private static final double TOLERANCE = 0.02;
    /** Quantities that are 0 in exact arithmetic and differ from it by rounding only. */
    private static final double ROUNDING = 1e-12;

    @Test
    void ishigamisIndicesAreTheAnalyticOnes() {
        SaltelliDesign design = SaltelliDesign.generate(3, SAMPLES, true);
        double[] y = TestFunctions.outputs(design.points(), TestFunctions::ishigami);
        SobolResult result = SobolAnalysis.analyze(design, TestFunctions.names(3), y, Bootstrap.defaults(1L));
        double[] v = TestFunctions.ishigamiVariances();
        double total = v[4];
        double[] s1 = {v[0] / total, v[1] / total, 0};
        double[] st = {(v[0] + v[3]) / total, v[1] / total, v[3] / total};
        assertEquals(0.3139, s1[0], 1e-4, "the analytic values are the literature's");
        assertEquals(0.2437, st[2], 1e-4, "the analytic values are the literature's");
        assertEquals(SAMPLES, result.samples());
        assertFalse(result.zeroVariance());
        assertEquals(total, result.variance(), TOLERANCE * total);
        checkFirstAndTotal(result, s1, st);
        double[] s2 = {0, v[3] / total, 0}; // (x0,x1), (x0,x2), (x1,x2)
        assertEquals(3, result.secondOrder().size());
        for (int p = 0; p < s2.length; p++) {
            SecondOrderIndex pair = result.secondOrder().get(p);
            assertEquals(s2[p], pair.s2(), TOLERANCE, pair.toString());
            assertTrue(pair.s2Low() <= s2[p] && s2[p] <= pair.s2High(), "interval holds the analytic S2: " + pair);
        }
        assertEquals("x0", result.secondOrder().get(1).first());
        assertEquals("x2", result.secondOrder().get(1).second());
    }

    @Test
    void theGFunctionsIndicesAreTheAnalyticOnes() {
        int k = TestFunctions.G_A.length;
        SaltelliDesign design = SaltelliDesign.generate(k, SAMPLES, false);
        double[] y = TestFunctions.outputs(design.points(), TestFunctions::gFunction);
        SobolResult result = SobolAnalysis.analyze(design, TestFunctions.names(k), y, Bootstrap.defaults(2L));
        double[] vi = TestFunctions.gPartialVariances();
        double product = 1;
        for (double v : vi) {
            product *= 1 + v;
        }
        double total = product - 1;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            s1[i] = vi[i] / total;
            st[i] = vi[i] * (product / (1 + vi[i])) / total;
        }
        checkFirstAndTotal(result, s1, st);
        assertTrue(result.secondOrder().isEmpty());
    }

    @Test
    void aLinearFunctionsIndicesAreItsTermsShares() {
        double[] slope = {1, -2, 0.5, 3};
        double[] width = {2, 1, 4, 0.1};
        SaltelliDesign design = SaltelliDesign.generate(4, SAMPLES, false);
        double[] y = TestFunctions.outputs(design.points(), u -> {
            double sum = 0;
            for (int i = 0; i < slope.length; i++) {
                sum += slope[i] * (10 + u[i] * width[i]);
            }
            return sum;
        });
        SobolResult result = SobolAnalysis.analyze(design, TestFunctions.names(4), y, Bootstrap.defaults(3L));
        double[] share = new double[4];
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            share[i] = slope[i] * slope[i] * width[i] * width[i] / 12; // variance of a uniform term
            sum += share[i];
        }
        for (int i = 0; i < 4; i++) {
            share[i] /= sum;
        }
        checkFirstAndTotal(result, share, share);
    }

    private static void checkFirstAndTotal(SobolResult result, double[] s1, double[] st) {
        assertEquals(s1.length, result.indices().size());
        for (int i = 0; i < s1.length; i++) {
            SobolIndex index = result.indices().get(i);
            assertEquals("x" + i, index.factor());
            assertEquals(s1[i], index.s1(), TOLERANCE, "S1 " + index);
            assertEquals(st[i], index.st(), TOLERANCE, "ST " + index);
            // The bootstrap treats the quasi-random rows as independent, so its intervals are wide for
            // them: each holds the analytic value itself.
            assertTrue(index.s1Low() <= s1[i] && s1[i] <= index.s1High(), "interval holds the analytic S1: " + index);
            assertTrue(index.stLow() <= st[i] && st[i] <= index.stHigh(), "interval holds the analytic ST: " + index);
        }
    }

    @Test
    void aFactorTheFunctionNeverReadsHasIndicesOfExactlyZero() {
        SaltelliDesign design = SaltelliDesign.generate(5, 1024, true);
        // Ishigami on x1..x3: x0 and x4 are never read.
        double[] y = TestFunctions.outputs(design.points(),
                u -> TestFunctions.ishigami(Arrays.copyOfRange(u, 1, 4)));
        SobolResult result = SobolAnalysis.analyze(design, TestFunctions.names(5), y, Bootstrap.defaults(4L));
        for (int unread : new int[] {0, 4}) {
            SobolIndex index = result.indices().get(unread);
            // f(AB_i) == f(A) bit for bit, so both estimators' numerators are sums of exact zeros.
            assertEquals(0.0, index.st(), index.toString());
            assertEquals(0.0, index.s1(), index.toString());
            assertTrue(index.s1Low() <= 0 && 0 <= index.s1High(), index.toString());
            assertTrue(index.stLow() <= 0 && 0 <= index.stHigh(), index.toString());
        }
        for (SecondOrderIndex pair : result.secondOrder()) {
            if (pair.first().equals("x0")) {
                // f(BA_0) == f(B), so V_0j is S1_j's own numerator: S2 = S1_j - S1_j - 0 up to rounding.
                assertEquals(0, pair.s2(), ROUNDING, pair.toString());
            } else if (pair.second().equals("x4")) {
                // f(AB_4) == f(A): V_i4 estimates S1_i with A and BA_i in the roles of B and AB_i, so S2
                // is the difference of two estimates of S1_i, 0 within their error only.
                assertEquals(0, pair.s2(), TOLERANCE, pair.toString());
                assertTrue(pair.s2Low() <= 0 && 0 <= pair.s2High(), pair.toString());
            }
        }
        assertTrue(result.indices().get(1).st() > 0.4, "the read factors keep their weight");
    }

    @Test
    void aConstantOutputGivesZerosAndSaysSo() {
        SaltelliDesign design = SaltelliDesign.generate(3, 64, true);
        double[] y = TestFunctions.outputs(design.points(), u -> 0.1);
        SobolResult result = SobolAnalysis.analyze(design, TestFunctions.names(3), y, Bootstrap.defaults(5L));
        assertTrue(result.zeroVariance());
        assertEquals(0.0, result.variance());
        for (SobolIndex index : result.indices()) {
            assertEquals(new SobolIndex(index.factor(), 0, 0, 0, 0, 0, 0), index);
        }
        for (SecondOrderIndex pair : result.secondOrder()) {
            assertEquals(new SecondOrderIndex(pair.first(), pair.second(), 0, 0, 0), pair);
        }
    }

    @Test
    void shiftingTheOutputChangesNoIndex() {
        // The estimators are not shift-invariant; centering on the mean makes the analysis so.
        SaltelliDesign design = SaltelliDesign.generate(3, 1024, true);
        double[] y = TestFunctions.outputs(design.points(), TestFunctions::ishigami);
        double[] shifted = TestFunctions.outputs(design.points(), u -> 1e4 + TestFunctions.ishigami(u));
        List<String> names = TestFunctions.names(3);
        SobolResult plain = SobolAnalysis.analyze(design, names, y, Bootstrap.defaults(6L));
        SobolResult moved = SobolAnalysis.analyze(design, names, shifted, Bootstrap.defaults(6L));
        // 1e4 costs about 12 of the 53 bits of the outputs, so agreement to 1e-9 is what rounding leaves.
        double rounding = 1e-9;
        for (int i = 0; i < 3; i++) {
            SobolIndex a = plain.indices().get(i);
            SobolIndex b = moved.indices().get(i);
            assertEquals(a.s1(), b.s1(), rounding);
            assertEquals(a.st(), b.st(), rounding);
            assertEquals(a.s1Low(), b.s1Low(), rounding);
            assertEquals(a.stHigh(), b.stHigh(), rounding);
            assertEquals(plain.secondOrder().get(i).s2(), moved.secondOrder().get(i).s2(), rounding);
        }
    }

    @Test
    void theConvergenceCheckEndsWithTheFullAnalysis() {
        int n = 1024;
        SaltelliDesign design = SaltelliDesign.generate(3, n, true);
        double[] y = TestFunctions.outputs(design.points(), TestFunctions::ishigami);
        List<String> names = TestFunctions.names(3);
        Bootstrap bootstrap = Bootstrap.defaults(7L);
        List<SobolResult> steps = SobolAnalysis.convergence(design, names, y, bootstrap);
        assertEquals(3, steps.size());
        assertEquals(n / 4, steps.get(0).samples());
        assertEquals(n / 2, steps.get(1).samples());
        assertEquals(n, steps.get(2).samples());
        assertEquals(SobolAnalysis.analyze(design, names, y, bootstrap), steps.get(2));
        SaltelliDesign quarter = SaltelliDesign.generate(3, n / 4, true);
        double[] quarterOutputs = TestFunctions.outputs(quarter.points(), TestFunctions::ishigami);
        assertEquals(SobolAnalysis.analyze(quarter, names, quarterOutputs, bootstrap), steps.get(0),
                "the first quarter is the design of N/4 samples with its own outputs");
        assertNotEquals(steps.get(0).indices(), steps.get(2).indices());
        SaltelliDesign tiny = SaltelliDesign.generate(3, 4, true);
        assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.convergence(tiny, names,
                new double[tiny.size()], bootstrap));
    }

    @Test
    void theSeedFixesTheIntervalsAndOnlyThem() {
        SaltelliDesign design = SaltelliDesign.generate(3, 256, true);
        double[] y = TestFunctions.outputs(design.points(), TestFunctions::ishigami);
        List<String> names = TestFunctions.names(3);
        SobolResult one = SobolAnalysis.analyze(design, names, y, Bootstrap.defaults(8L));
        assertEquals(one, SobolAnalysis.analyze(design, names, y, Bootstrap.defaults(8L)));
        SobolResult other = SobolAnalysis.analyze(design, names, y, Bootstrap.defaults(9L));
        assertNotEquals(one, other);
        for (int i = 0; i < 3; i++) {
            assertEquals(one.indices().get(i).s1(), other.indices().get(i).s1());
            assertEquals(one.indices().get(i).st(), other.indices().get(i).st());
        }
    }

    @Test
    void pairsFollowTheirsDocumentedPositions() {
        SaltelliDesign design = SaltelliDesign.generate(4, 8, true);
        SobolEstimator estimator = new SobolEstimator(SaltelliOutputs.of(design, new double[design.size()], 0));
        assertEquals(4 + 4 + 6, estimator.statistics());
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                positions.add(estimator.pairPosition(i, j));
            }
        }
        assertEquals(List.of(8, 9, 10, 11, 12, 13), positions);
        assertThrows(IllegalArgumentException.class, () -> estimator.pairPosition(2, 2));
    }

    @Test
    void refusesOutputsThatDoNotFitTheDesign() {
        SaltelliDesign design = SaltelliDesign.generate(3, 8, false);
        List<String> names = TestFunctions.names(3);
        Bootstrap bootstrap = Bootstrap.defaults(1L);
        assertThrows(IllegalArgumentException.class,
                () -> SobolAnalysis.analyze(design, names, new double[design.size() + 1], bootstrap));
        assertThrows(IllegalArgumentException.class,
                () -> SobolAnalysis.analyze(design, TestFunctions.names(4), new double[design.size()], bootstrap));
        double[] infinite = new double[design.size()];
        infinite[5] = Double.POSITIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.analyze(design, names, infinite, bootstrap));
    }
}
