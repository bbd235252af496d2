package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * High-tech certificates last hte_certificate_years (E-A 3: three years, then re-application; issue 13,
 * defect 4): a certified firm is not re-examined every year, so firms that are alive keep the status
 * between examinations. Three-year certificates against one-year ones, with the same seeds.
 */
class HighTechCertificateTest {
    private static final double SCALE = 0.1;
    private static final long SEED = 12L;

    /** Initial high-tech enterprises still alive at the end of 2020 that lost the status, and the count at the end of 2021. */
    private static double[] lossesAndCount(Parameters p) {
        ZoneLabModel model = Worlds.started(Worlds.config(SCALE, 2, p), SEED);
        List<Firm> certified = new ArrayList<>();
        for (Firm f : model.firms()) {
            if (f.highTech) {
                certified.add(f);
            }
        }
        for (int q = 0; q < 4; q++) {
            model.schedule.step(model);
        }
        int lost = 0;
        for (Firm f : certified) {
            if (f.active && !f.highTech) {
                lost++;
            }
        }
        Worlds.runToEnd(model);
        return new double[] {lost, model.history().get(model.history().size() - 1).get(Indicator.HIGH_TECH_ENTERPRISES)};
    }

    @Test
    void certifiedFirmsKeepTheStatusForTheTermOfTheirCertificate() {
        Parameters p = Parameters.defaults();
        double[] threeYears = lossesAndCount(p);
        double[] yearly = lossesAndCount(p.with(Param.HTE_CERTIFICATE_YEARS, 1));
        // Before: re-examined every year, 3-4k live certified firms a year (national) lost the status.
        assertTrue(threeYears[0] < 0.6 * yearly[0], "live firms that lost the status in 2020: " + threeYears[0] + " against " + yearly[0]);
        assertTrue(threeYears[1] > yearly[1], "high-tech enterprises at the end of 2021: " + threeYears[1] + " against " + yearly[1]);
    }
}
