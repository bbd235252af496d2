package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.zonelab.experiment.sensitivity.Bootstrap;
import org.zonelab.experiment.sensitivity.MorrisAnalysis;
import org.zonelab.experiment.sensitivity.MorrisDesign;
import org.zonelab.experiment.sensitivity.MorrisIndex;

/**
 * {@link Sensitivity#muStarNoiseFloor}: on outputs that are pure noise (no factor has any effect), the
 * Morris {@code mu_star} of every factor comes out at the floor the formula gives.
 */
class SensitivityNoiseFloorTest {
    private static final int TRAJECTORIES = 4000;
    /** mu* over 4,000 trajectories has a relative standard error of about 1 %: 5 % is five of them. */
    private static final double TOLERANCE = 0.05;

    @Test
    void pureNoiseGivesMuStarAtTheFloor() {
        double sd = 3.0;
        for (int levels : new int[] {4, 6}) {
            MorrisDesign design = MorrisDesign.generate(3, TRAJECTORIES, levels, 7);
            MersenneTwister rng = new MersenneTwister(9);
            double[] y = new double[design.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = sd * rng.nextGaussian();
            }
            double floor = Sensitivity.muStarNoiseFloor(sd * sd, design.delta());
            for (MorrisIndex m : MorrisAnalysis.analyze(design, List.of("a", "b", "c"), y, Bootstrap.defaults(1))) {
                assertEquals(floor, m.muStar(), TOLERANCE * floor, m.factor() + " at " + levels + " levels");
            }
        }
    }
}
