package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.zonelab.scenario.CalibrationSpec.FreeParameter;

/**
 * The identification and approximate 95 % interval of a loss profile ({@link Calibration#profile}),
 * on profiles of known shape over the grid the calibration uses (a parameter searched on [0, 1]).
 */
class CalibrationProfileTest {
    private static final FreeParameter X = new FreeParameter("parameters.x", List.of("parameters", "x"), 0, 1, false,
            false, null);

    /** The profile of a loss function over the calibration's grid around an optimum. */
    private static Calibration.Profile profile(DoubleUnaryOperator loss, double optimum) {
        Calibration.Evaluation best = new Calibration.Evaluation(0, 0, new double[] {optimum}, loss.applyAsDouble(optimum));
        double[] values = Calibration.profileGrids(new Spec(X).spec(), best).get(0);
        double[] losses = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            losses[k] = loss.applyAsDouble(values[k]);
        }
        return Calibration.profile(X, values, losses, optimum, best.loss());
    }

    @Test
    void aParabolaGivesTheIntervalWhereItRises384() {
        double a = 2000; // the loss rises 3.84 at |x - 0.4| = sqrt(3.84 / 2000) = 0.0438
        Calibration.Profile p = profile(x -> 1 + a * (x - 0.4) * (x - 0.4), 0.4);
        double half = Math.sqrt(Calibration.PROFILE_RISE_95 / a);
        assertTrue(p.identified());
        assertEquals(0.4 - half, p.low(), 1e-9);
        assertEquals(0.4 + half, p.high(), 1e-9);
    }

    @Test
    void aFlatProfileIsNotIdentified() {
        Calibration.Profile p = profile(x -> 2.5, 0.3);
        assertFalse(p.identified());
        assertEquals(0, p.low());
        assertEquals(1, p.high());
    }

    @Test
    void aProfileFlatNearTheOptimumThatRisesFurtherOnIsIdentifiedOnThatSide() {
        // Flat within 0.2 of the optimum at 0.25, then rising steeply above: the case of entry_rate in
        // the baseline's fit, where the parabola of the near points alone saw no rise.
        Calibration.Profile p = profile(x -> x < 0.45 ? 2 : 2 + 500 * (x - 0.45) * (x - 0.45), 0.25);
        assertTrue(p.identified(), "rises above the optimum");
        assertEquals(0, p.low(), "does not rise below it, down to the bound");
        assertTrue(p.high() > 0.45 && p.high() < 0.6, "high " + p.high());
    }

    @Test
    void aRuggedProfileIsReadOffItsParabolaNotItsFirstSpike() {
        // A parabola with a spike of noise next to the optimum: the first point that crosses the
        // threshold would cut the interval short.
        double a = 300;
        Calibration.Profile p = profile(x -> 1 + a * (x - 0.5) * (x - 0.5) + (Math.abs(x - 0.52) < 1e-9 ? 8 : 0), 0.5);
        double half = Math.sqrt(Calibration.PROFILE_RISE_95 / a);
        assertTrue(p.high() - p.low() > 1.5 * half, "the interval " + p.low() + " to " + p.high() + " spans the parabola's");
    }

    /** A calibration spec that holds only a free parameter, for the profile grid. */
    private record Spec(FreeParameter f) {
        org.zonelab.scenario.CalibrationSpec spec() {
            return new org.zonelab.scenario.CalibrationSpec("t", "", java.nio.file.Path.of("t.yaml"), "", 1, 1,
                    org.zonelab.scenario.CalibrationSpec.CMA_ES, 1, List.of(f), List.of(), List.of(), List.of(), null,
                    null);
        }
    }
}
