package org.zonelab.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trajectories' shape: on the grid, one factor per step by exactly Delta, and fixed by the seed. */
class MorrisDesignTest {
    /** Two adjacent points differ by a subtraction of grid values, exact to a few ulps of 1. */
    private static final double ROUNDING = 1e-15;

    @Test
    void everyPointIsAGridPointOfTheUnitCube() {
        for (int levels : new int[] {2, 4, 6}) {
            MorrisDesign design = MorrisDesign.generate(5, 40, levels, 3L);
            assertEquals(40 * 6, design.size());
            for (double[] x : design.points()) {
                assertEquals(5, x.length);
                for (double v : x) {
                    assertTrue(v >= 0 && v <= 1, "coordinate " + v + " outside [0,1]");
                    double level = v * (levels - 1);
                    assertEquals(Math.rint(level), level, 1e-12, "coordinate " + v + " off the " + levels + "-level grid");
                }
            }
        }
    }

    @Test
    void eachStepMovesExactlyOneFactorByDelta() {
        int k = 6;
        int levels = 4;
        MorrisDesign design = MorrisDesign.generate(k, 25, levels, 11L);
        double delta = levels / (2.0 * (levels - 1));
        assertEquals(delta, design.delta());
        List<double[]> points = design.points();
        List<MorrisStep> steps = design.steps();
        assertEquals(25 * k, steps.size());
        for (int t = 0; t < design.trajectories(); t++) {
            boolean[] moved = new boolean[k];
            for (int s = 0; s < k; s++) {
                MorrisStep step = steps.get(t * k + s);
                assertEquals(t, step.trajectory());
                assertEquals(design.pointIndex(t, s), step.before());
                assertEquals(design.pointIndex(t, s + 1), step.after());
                double[] before = points.get(step.before());
                double[] after = points.get(step.after());
                int changed = -1;
                for (int i = 0; i < k; i++) {
                    if (before[i] != after[i]) {
                        assertEquals(-1, changed, "a second factor moved at step " + s + " of trajectory " + t);
                        changed = i;
                    }
                }
                assertEquals(step.factor(), changed);
                assertEquals(delta, Math.abs(step.delta()));
                assertEquals(step.delta(), after[changed] - before[changed], ROUNDING);
                assertFalse(moved[changed], "factor " + changed + " moved twice in trajectory " + t);
                moved[changed] = true;
            }
        }
    }

    @Test
    void startsAndSignsAndOrdersVary() {
        MorrisDesign design = MorrisDesign.generate(4, 200, 4, 7L);
        int up = 0;
        int firstMovesOfFactor0 = 0;
        boolean[] startLevelSeen = new boolean[4];
        for (MorrisStep step : design.steps()) {
            up += step.delta() > 0 ? 1 : 0;
        }
        for (int t = 0; t < design.trajectories(); t++) {
            firstMovesOfFactor0 += design.steps().get(t * 4).factor() == 0 ? 1 : 0;
            startLevelSeen[(int) Math.rint(design.point(design.pointIndex(t, 0))[0] * 3)] = true;
        }
        // 800 fair signs and 200 uniform first movers among 4: both far inside these bounds.
        assertTrue(up > 300 && up < 500, "steps up " + up);
        assertTrue(firstMovesOfFactor0 > 25 && firstMovesOfFactor0 < 80, "factor 0 first " + firstMovesOfFactor0);
        for (boolean seen : startLevelSeen) {
            assertTrue(seen, "every level is a possible start");
        }
    }

    @Test
    void theSeedFixesTheDesign() {
        MorrisDesign one = MorrisDesign.generate(5, 10, 4, 99L);
        MorrisDesign two = MorrisDesign.generate(5, 10, 4, 99L);
        MorrisDesign other = MorrisDesign.generate(5, 10, 4, 100L);
        assertEquals(one.steps(), two.steps());
        boolean differs = false;
        for (int p = 0; p < one.size(); p++) {
            assertArrayEquals(one.point(p), two.point(p));
            differs |= !Arrays.equals(one.point(p), other.point(p));
        }
        assertTrue(differs, "another seed gives another design");
    }

    @Test
    void pointsAreCopies() {
        MorrisDesign design = MorrisDesign.generate(2, 1, 4, 1L);
        double[] x = design.point(0);
        double kept = x[0];
        x[0] = 42;
        assertEquals(kept, design.point(0)[0]);
        design.points().get(0)[0] = 42;
        assertEquals(kept, design.point(0)[0]);
    }

    @Test
    void refusesImpossibleDesigns() {
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(0, 10, 4, 1L));
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(3, 0, 4, 1L));
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(3, 10, 3, 1L));
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(3, 10, 0, 1L));
    }
}
