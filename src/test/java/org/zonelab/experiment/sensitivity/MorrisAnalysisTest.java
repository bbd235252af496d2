package org.zonelab.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Elementary effects on functions whose effects are known: linear, unread factors, the G-function. */
class MorrisAnalysisTest {
    /** EEs of a linear function are equal up to the rounding of the points and of y. */
    private static final double EXACT = 1e-12;

    @Test
    void aLinearFunctionHasItsSlopeTimesRangeAsEveryEffect() {
        double[] slope = {2.5, -4, 0.3};
        double[] low = {0, -10, 100};
        double[] high = {1, 10, 250};
        MorrisDesign design = MorrisDesign.generate(3, 20, 4, 5L);
        double[] y = TestFunctions.outputs(design.points(), u -> {
            double sum = 0;
            for (int i = 0; i < slope.length; i++) {
                sum += slope[i] * (low[i] + u[i] * (high[i] - low[i]));
            }
            return sum;
        });
        List<MorrisIndex> indices = MorrisAnalysis.analyze(design, TestFunctions.names(3), y, Bootstrap.defaults(1L));
        for (int i = 0; i < slope.length; i++) {
            double effect = slope[i] * (high[i] - low[i]);
            MorrisIndex index = indices.get(i);
            assertEquals("x" + i, index.factor());
            assertEquals(effect, index.mu(), EXACT * Math.abs(effect));
            assertEquals(Math.abs(effect), index.muStar(), EXACT * Math.abs(effect));
            assertEquals(0, index.sigma(), EXACT * Math.abs(effect));
            assertEquals(index.muStar(), index.muStarCiLow(), EXACT * Math.abs(effect));
            assertEquals(index.muStar(), index.muStarCiHigh(), EXACT * Math.abs(effect));
        }
    }

    @Test
    void aFactorTheFunctionNeverReadsHasNoEffectAtAll() {
        MorrisDesign design = MorrisDesign.generate(4, 30, 4, 8L);
        double[] y = TestFunctions.outputs(design.points(), TestFunctions::ishigami); // reads x0..x2 only
        MorrisIndex unread = MorrisAnalysis.analyze(design, TestFunctions.names(4), y, Bootstrap.defaults(2L)).get(3);
        assertEquals(0.0, unread.mu());
        assertEquals(0.0, unread.muStar());
        assertEquals(0.0, unread.sigma());
        assertEquals(0.0, unread.muStarCiLow());
        assertEquals(0.0, unread.muStarCiHigh());
    }

    @Test
    void muStarRanksTheGFunctionsFactorsByTheirA() {
        MorrisDesign design = MorrisDesign.generate(8, 30, 4, 2024L);
        double[] y = TestFunctions.outputs(design.points(), TestFunctions::gFunction);
        List<MorrisIndex> indices = MorrisAnalysis.analyze(design, TestFunctions.names(8), y, Bootstrap.defaults(3L));
        double[] muStar = indices.stream().mapToDouble(MorrisIndex::muStar).toArray();
        assertTrue(muStar[0] > muStar[1] && muStar[1] > muStar[2] && muStar[2] > muStar[3],
                "a = 0, 1, 4.5, 9 in decreasing order of mu*: " + Arrays.toString(muStar));
        for (int i = 4; i < 8; i++) {
            assertTrue(muStar[i] < muStar[3], "a = 99 factor " + i + " below all the others");
        }
        for (MorrisIndex index : indices) {
            assertTrue(index.muStarCiLow() <= index.muStar() && index.muStar() <= index.muStarCiHigh(),
                    "mu* inside its interval: " + index);
            assertTrue(index.sigma() > 0, "the G-function's factors interact: " + index);
            // |4x - 2| falls on a step up from 0 and rises on a step up from 1/3: effects of both signs
            // cancel in mu, which is why mu* ranks.
            assertTrue(Math.abs(index.mu()) < index.muStar(), "the G-function is not monotonic: " + index);
        }
    }

    @Test
    void theIntervalOfMuStarNarrowsWithMoreTrajectories() {
        double few = width(MorrisDesign.generate(8, 10, 4, 31L));
        double many = width(MorrisDesign.generate(8, 160, 4, 31L));
        // The width goes as 1 / sqrt(r): 16 times the trajectories, about a quarter of the width.
        assertTrue(many < few / 2, "width " + many + " with 160 trajectories against " + few + " with 10");
    }

    private static double width(MorrisDesign design) {
        double[] y = TestFunctions.outputs(design.points(), TestFunctions::gFunction);
        MorrisIndex first = MorrisAnalysis.analyze(design, TestFunctions.names(8), y, Bootstrap.defaults(4L)).get(0);
        return first.muStarCiHigh() - first.muStarCiLow();
    }

    @Test
    void oneTrajectoryHasNoSpread() {
        MorrisDesign design = MorrisDesign.generate(3, 1, 4, 9L);
        double[] y = TestFunctions.outputs(design.points(), TestFunctions::ishigami);
        List<MorrisIndex> indices = MorrisAnalysis.analyze(design, TestFunctions.names(3), y, Bootstrap.defaults(5L));
        double[][] effects = MorrisAnalysis.elementaryEffects(design, y);
        for (int i = 0; i < 3; i++) {
            assertEquals(0.0, indices.get(i).sigma());
            assertEquals(effects[i][0], indices.get(i).mu());
            assertEquals(Math.abs(effects[i][0]), indices.get(i).muStar());
        }
    }

    @Test
    void theSeedsFixTheResult() {
        MorrisDesign design = MorrisDesign.generate(8, 20, 4, 12L);
        double[] y = TestFunctions.outputs(design.points(), TestFunctions::gFunction);
        List<String> names = TestFunctions.names(8);
        List<MorrisIndex> one = MorrisAnalysis.analyze(design, names, y, Bootstrap.defaults(6L));
        assertEquals(one, MorrisAnalysis.analyze(design, names, y, Bootstrap.defaults(6L)));
        assertNotEquals(one, MorrisAnalysis.analyze(design, names, y, Bootstrap.defaults(7L)));
    }

    @Test
    void refusesOutputsThatDoNotFitTheDesign() {
        MorrisDesign design = MorrisDesign.generate(3, 2, 4, 1L);
        List<String> names = TestFunctions.names(3);
        Bootstrap bootstrap = Bootstrap.defaults(1L);
        assertThrows(IllegalArgumentException.class,
                () -> MorrisAnalysis.analyze(design, names, new double[design.size() - 1], bootstrap));
        assertThrows(IllegalArgumentException.class,
                () -> MorrisAnalysis.analyze(design, TestFunctions.names(2), new double[design.size()], bootstrap));
        double[] withNaN = new double[design.size()];
        withNaN[3] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> MorrisAnalysis.analyze(design, names, withNaN, bootstrap));
    }
}
