package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.measure.Indicator;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.ScenarioLoader;

/**
 * Common random numbers pay: with the same seeds in both arms, the difference between the baseline
 * and regional coordination varies much less than with independent seeds.
 */
class CommonRandomNumbersTest {
    private static final int REPS = 8;
    private static final Overrides SMALL = new Overrides(REPS, null, 0.02, 2);

    private static ScenarioSample arm(ModelConfig config, long baseSeed) throws IOException {
        List<RunRequest> requests = new ArrayList<>();
        for (int i = 0; i < REPS; i++) {
            requests.add(new RunRequest(i, config, i, Seeds.forReplication(baseSeed, i)));
        }
        ScenarioSample sample = new ScenarioSample("arm");
        new LocalEngine(2).run(requests, new OrderedSink(requests, (req, res) -> sample.add(res)));
        assertEquals(REPS, sample.size());
        return sample;
    }

    private static double[] difference(double[] b, double[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = b[i] - a[i];
        }
        return d;
    }

    @Test
    void pairedDifferencesVaryLessThanIndependentOnes() throws IOException {
        ModelConfig base = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), SMALL).modelConfig();
        ModelConfig lever = ScenarioLoader.load(Path.of("scenarios/levers/regional_coordination.yaml"), SMALL)
                .modelConfig();
        ScenarioSample a = arm(base, 20210309L);
        ScenarioSample paired = arm(lever, 20210309L);
        ScenarioSample independent = arm(lever, 777L);
        assertEquals(a.seeds(), paired.seeds(), "the paired arm reuses the reference's seeds");
        for (Indicator indicator : List.of(Indicator.FIRMS, Indicator.GDP_BN)) {
            double varPaired = StatUtils.variance(difference(paired.summary(indicator), a.summary(indicator)));
            double varIndependent = StatUtils.variance(difference(independent.summary(indicator),
                    a.summary(indicator)));
            assertTrue(varPaired < varIndependent, indicator + ": var(paired diff) " + varPaired
                    + " should be below var(independent diff) " + varIndependent);
            double reduction = Statistics.paired(a.summary(indicator), paired.summary(indicator)).varReduction();
            assertTrue(reduction > 0, indicator + ": measured variance reduction " + reduction);
        }
    }
}
