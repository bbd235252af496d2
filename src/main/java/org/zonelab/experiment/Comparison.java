package org.zonelab.experiment;

import java.util.ArrayList;
import java.util.List;
import org.zonelab.model.measure.Indicator;

/**
 * The statistics of a comparison ({@code comparison.csv}, results/README.md): for each scenario and national
 * summary indicator, the mean, sd and 95% CI over replications and, for every scenario after the
 * first, the paired difference against the first (common random numbers pair replication i of each
 * scenario), its 95% CI, the paired t-test p-value, the Holm-corrected p-value (across the indicators
 * of that scenario) and the variance reduction of pairing.
 */
public final class Comparison {

    /**
     * One row of {@code comparison.csv}.
     *
     * @param scenario  the scenario's name
     * @param indicator the indicator
     * @param estimate  the scenario's values across replications
     * @param paired    the comparison with the first scenario; null for the first scenario
     * @param pHolm     Holm-corrected p-value; NaN for the first scenario or when p is undefined
     */
    public record Row(String scenario, Indicator indicator, Statistics.Estimate estimate, Statistics.Paired paired,
                      double pHolm) {
    }

    private Comparison() {
    }

    /**
     * Compares scenarios on their final-year summary indicators.
     *
     * @param samples the scenarios, the reference first, each with the same number of replications and
     *                the same seeds (so that they pair)
     * @return rows scenario by scenario, indicators in the first scenario's order
     * @throws IllegalArgumentException when there are fewer than two scenarios, or they do not pair
     */
    public static List<Row> of(List<ScenarioSample> samples) {
        if (samples.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two scenarios");
        }
        ScenarioSample first = samples.get(0);
        for (ScenarioSample s : samples) {
            if (!s.seeds().equals(first.seeds())) {
                throw new IllegalArgumentException("scenario " + s.name() + " ran with other seeds than " + first.name()
                        + "; replications would not pair");
            }
            if (!s.indicators().equals(first.indicators())) {
                throw new IllegalArgumentException("scenario " + s.name() + " has other indicators than "
                        + first.name());
            }
        }
        List<Indicator> indicators = first.indicators();
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < samples.size(); k++) {
            ScenarioSample s = samples.get(k);
            Statistics.Paired[] paired = new Statistics.Paired[indicators.size()];
            double[] p = new double[indicators.size()];
            for (int i = 0; i < indicators.size(); i++) {
                Indicator ind = indicators.get(i);
                if (k == 0) {
                    p[i] = Double.NaN;
                } else {
                    paired[i] = Statistics.paired(first.summary(ind), s.summary(ind));
                    p[i] = paired[i].pValue();
                }
            }
            double[] holm = Statistics.holm(p);
            for (int i = 0; i < indicators.size(); i++) {
                Indicator ind = indicators.get(i);
                rows.add(new Row(s.name(), ind, Statistics.estimate(s.summary(ind)), paired[i], holm[i]));
            }
        }
        return rows;
    }
}
