package org.zonelab.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

/** SALib's point order on the Sobol' sequence without its zero point, prefixes, and the refusals. */
class SaltelliDesignTest {
    @Test
    void pointsFollowSalibsOrderWithSecondOrder() {
        checkOrder(3, 16, true);
    }

    @Test
    void pointsFollowSalibsOrderWithoutSecondOrder() {
        checkOrder(4, 8, false);
    }

    private static void checkOrder(int k, int n, boolean secondOrder) {
        SaltelliDesign design = SaltelliDesign.generate(k, n, secondOrder);
        int perSample = secondOrder ? 2 * k + 2 : k + 2;
        assertEquals(perSample, design.pointsPerSample());
        assertEquals(n * perSample, design.size());
        List<double[]> points = design.points();
        assertEquals(n * perSample, points.size());
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        assertArrayEquals(new double[2 * k], sobol.nextVector(), "the skipped point is all zeros");
        for (int j = 0; j < n; j++) {
            double[] row = sobol.nextVector();
            double[] a = Arrays.copyOfRange(row, 0, k);
            double[] b = Arrays.copyOfRange(row, k, 2 * k);
            int first = j * perSample;
            assertArrayEquals(a, points.get(first), "A_" + j);
            assertArrayEquals(a, design.a(j));
            assertArrayEquals(b, design.b(j));
            assertEquals(first, design.indexOfA(j));
            assertEquals(first + perSample - 1, design.indexOfB(j));
            assertArrayEquals(b, points.get(first + perSample - 1), "B_" + j);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                assertEquals(first + 1 + i, design.indexOfAB(j, i));
                assertArrayEquals(ab, points.get(first + 1 + i), "AB_" + j + "," + i);
                if (secondOrder) {
                    double[] ba = b.clone();
                    ba[i] = a[i];
                    assertEquals(first + 1 + k + i, design.indexOfBA(j, i));
                    assertArrayEquals(ba, points.get(first + 1 + k + i), "BA_" + j + "," + i);
                }
            }
        }
        if (!secondOrder) {
            assertThrows(IllegalStateException.class, () -> design.indexOfBA(0, 0));
        }
    }

    @Test
    void theFirstSamplesAreAPrefixOfThePoints() {
        SaltelliDesign design = SaltelliDesign.generate(3, 64, true);
        SaltelliDesign part = design.firstSamples(16);
        assertEquals(16, part.samples());
        List<double[]> all = design.points();
        List<double[]> prefix = part.points();
        assertEquals(16 * design.pointsPerSample(), prefix.size());
        for (int p = 0; p < prefix.size(); p++) {
            assertArrayEquals(all.get(p), prefix.get(p), "point " + p);
        }
        List<double[]> fresh = SaltelliDesign.generate(3, 16, true).points();
        for (int p = 0; p < prefix.size(); p++) {
            assertArrayEquals(fresh.get(p), prefix.get(p), "a prefix is the smaller design itself");
        }
        assertThrows(IllegalArgumentException.class, () -> design.firstSamples(1));
        assertThrows(IllegalArgumentException.class, () -> design.firstSamples(65));
    }

    @Test
    void theDesignIsDeterministicAndInsideTheCube() {
        List<double[]> one = SaltelliDesign.generate(5, 32, false).points();
        List<double[]> two = SaltelliDesign.generate(5, 32, false).points();
        for (int p = 0; p < one.size(); p++) {
            assertArrayEquals(one.get(p), two.get(p));
            for (double v : one.get(p)) {
                assertTrue(v >= 0 && v < 1, "coordinate " + v);
            }
        }
    }

    @Test
    void refusesDesignsWithoutAVariance() {
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> SaltelliDesign.generate(3, 1, false));
        assertTrue(few.getMessage().contains("at least 2 base samples"), few.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> SaltelliDesign.generate(0, 8, false));
        assertTrue(none.getMessage().contains("factors"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.generate(SaltelliDesign.MAX_FACTORS + 1, 8, false));
    }
}
