package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonelab.scenario.CalibrationSpec.Kind;
import org.zonelab.scenario.CalibrationSpec.Target;

/**
 * The loss of a candidate whose runs leave a target undefined (a share of listings in a run where no firm
 * listed): the search goes on, the target counts over the runs that define it, and a target no run
 * defines counts as a miss of {@link Calibration#UNDEFINED_TARGET_Z} standard deviations.
 */
class CalibrationLossTest {
    private static final Target SHARE = new Target(Kind.MOMENT, "ipo_backed_share", 2021, 0.7, 0.05, Double.NaN,
            Double.NaN, "test", "t.yaml:1:1");
    private static final Target FIRMS = new Target(Kind.INDICATOR, "firms", 2021, 100, 10, Double.NaN, Double.NaN,
            "test", "t.yaml:2:1");

    @Test
    void aTargetNoRunDefinesCountsAsAFixedLargeMiss() {
        double[][] sims = {{Double.NaN, Double.NaN, Double.NaN}, {100, 100, 100}};
        assertEquals(Calibration.UNDEFINED_TARGET_Z * Calibration.UNDEFINED_TARGET_Z,
                Calibration.loss(List.of(SHARE, FIRMS), sims), 1e-12);
    }

    @Test
    void aTargetSomeRunsLeaveUndefinedCountsOverTheOthers() {
        double[][] withGap = {{0.6, Double.NaN, 0.6}, {110, 110, 110}};
        double[][] without = {{0.6, 0.6}, {110, 110}};
        double expected = 4 + 1;  // (0.6 - 0.7) / 0.05 = -2, and (110 - 100) / 10 = 1, with no spread
        assertEquals(expected, Calibration.loss(List.of(SHARE, FIRMS), withGap), 1e-9);
        assertEquals(Calibration.loss(List.of(SHARE), new double[][] {without[0]}),
                Calibration.loss(List.of(SHARE), new double[][] {withGap[0]}), 1e-12);
    }
}
