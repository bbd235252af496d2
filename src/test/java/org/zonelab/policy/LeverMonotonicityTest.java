package org.zonelab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zonelab.model.Worlds;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.geo.Region;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Parameters;

/**
 * Every lever's main indicator (of its mechanism in docs/ODD.md §7.12, measured as in
 * {@link LeverEffectTest}) is monotone in intensity over 0, 0.5 and 1: common random numbers (the
 * same seeds at every intensity), means over seeds.
 *
 * <p>Tolerance. With common random numbers the paired differences between two intensities carry the
 * model's noise; their standard error {@code se} is the scale on which a step can be judged. A step
 * passes if its mean difference is at least {@code -t(0.95, n-1) x se}, i.e. it is not a decrease
 * significant at one-sided 5%; so that this cannot pass a lever that does nothing, the whole range
 * 0 to 1 must also rise significantly (one-sided paired t-test, p < 0.05). A step whose mean falls
 * within the tolerance is printed as such (a finding to report, not hidden).
 */
class LeverMonotonicityTest {
    private static final double SCALE = 0.03;
    private static final int YEARS = 3;
    private static final long[] SEEDS = {201, 202, 203, 204, 205, 206, 207, 208};
    /**
     * More pairs for indicators carried by a few large agents: total exports at this scale move by
     * about 10% when one large exporter exits (seed 208 at openness 1 loses one in 2021 Q1), as
     * {@link Arms#MORE_SEEDS} does for unicorns.
     */
    private static final long[] MORE_SEEDS = {201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214,
            215, 216};
    /** Still more pairs, for the indicator of the land-bound zones (see its case). */
    private static final long[] MANY_SEEDS = java.util.stream.LongStream.rangeClosed(201, 232).toArray();
    private static final double[] INTENSITIES = {0, 0.5, 1};
    private static final double ALPHA = 0.05;
    private static final ZoneTarget LAGGING = ZoneTarget.ofRegions(Set.of(Region.CENTRAL, Region.WEST, Region.NORTHEAST));

    /** What one lever at one intensity is measured by: the configuration's runs give one number per seed. */
    private record Case(String indicator, DoubleFunction<double[]> at) {
    }


    private static ModelConfig config(List<PolicySetting> policies) {
        return new ModelConfig(Parameters.defaults(), Arms.START, YEARS, SCALE, Worlds.zones(), policies, List.of());
    }

    private static PolicySetting lever(String key, double intensity, ZoneTarget target) {
        return new PolicySetting(key, intensity, Arms.START, Arms.START + YEARS - 1, target, Map.of());
    }

    /** The measure over the seeds, one run per seed, on two threads at most (the common pool). */
    private static double[] run(List<PolicySetting> policies, ToDoubleFunction<ZoneLabModel> measure) {
        return run(policies, measure, SEEDS);
    }

    private static double[] run(List<PolicySetting> policies, ToDoubleFunction<ZoneLabModel> measure, long[] seeds) {
        ModelConfig c = config(policies);
        double[] out = new double[seeds.length];
        IntStream.range(0, seeds.length).parallel().forEach(i ->
                out[i] = measure.applyAsDouble(Worlds.runToEnd(Arms.started(c, seeds[i]))));
        return out;
    }

    private static Case simple(String key, String indicator, ToDoubleFunction<ZoneLabModel> measure) {
        return simple(key, indicator, measure, ZoneTarget.ALL);
    }

    private static Case simple(String key, String indicator, ToDoubleFunction<ZoneLabModel> measure, ZoneTarget t) {
        return new Case(indicator, e -> run(List.of(lever(key, e, t)), measure));
    }

    /** Zones whose land was nearly used up at the start (the same zones at every intensity). */
    private static double landBoundEmployees(ZoneLabModel m) {
        ZoneLabModel fresh = Worlds.started(m.config(), m.seed());
        Set<Integer> ids = new HashSet<>();
        for (Zone z : fresh.zones()) {
            if (z.getLandUsedShare() > 0.85) {
                ids.add(z.getId());
            }
        }
        return m.zones().stream().filter(z -> ids.contains(z.getId())).mapToDouble(Zone::getEmployees).sum();
    }

    /**
     * Governance raises what the other levers' money buys (docs/ODD.md §7.12): its indicator is the new firms
     * bought by entrepreneurship at intensity 1, with governance at {@code e} on both arms.
     */
    private static double[] governanceBoughtBirths(double e) {
        ToDoubleFunction<ZoneLabModel> births = Measures.total(Indicator.NEW_FIRMS);
        double[] with = run(List.of(lever("entrepreneurship", 1, ZoneTarget.ALL), lever("governance", e, ZoneTarget.ALL)),
                births);
        double[] without = run(List.of(lever("governance", e, ZoneTarget.ALL)), births);
        double[] bought = new double[with.length];
        for (int i = 0; i < bought.length; i++) {
            bought[i] = with[i] - without[i];
        }
        return bought;
    }

    static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("clusters", simple("clusters", "new_tracks (final year)", Measures.finalYear(Indicator.NEW_TRACKS)));
        c.put("application_scenarios", simple("application_scenarios", "mean log revenue of firms under 5",
                Measures.youngFirmSize(5)));
        c.put("three_high", simple("three_high", "gazelles (mean over the run)", Measures.average(Indicator.GAZELLES)));
        c.put("new_rnd", simple("new_rnd", "rd_spending_bn (total)", Measures.total(Indicator.RD_SPENDING_BN)));
        c.put("entrepreneurship", simple("entrepreneurship", "new_firms (total)", Measures.total(Indicator.NEW_FIRMS)));
        // 32 pairs: the land-bound zones hold few firms at this scale, so one large firm's exit moves
        // the indicator by several percent; since issue 13 (smaller young initial firms, listings of
        // firms without venture capital) 8 and then 16 pairs left the rise from 0 to 1 short of
        // significance (p = 0.19, then 0.11).
        c.put("integration", new Case("employees in land-bound zones (end, 32 seeds)",
                e -> run(List.of(lever("integration", e, ZoneTarget.ALL)), LeverMonotonicityTest::landBoundEmployees,
                        MANY_SEEDS)));
        c.put("regional_coordination", new Case("branches_cross_region (final year, 16 seeds)",
                e -> run(List.of(lever("regional_coordination", e, LAGGING)), Measures.finalYear(Indicator.BRANCHES_CROSS_REGION),
                        MORE_SEEDS)));
        ToDoubleFunction<ZoneLabModel> exports = Measures.total(Indicator.EXPORTS_BN);
        c.put("openness", new Case("exports_bn (total, 16 seeds)",
                e -> run(List.of(lever("openness", e, ZoneTarget.ALL)), exports, MORE_SEEDS)));
        c.put("regulation", simple("regulation", "DIGITAL newcomers alive (end)", Measures.digitalNewcomers(Arms.START)));
        c.put("governance", new Case("new firms bought by entrepreneurship at 1",
                LeverMonotonicityTest::governanceBoughtBirths));
        return c;
    }

    static List<String> levers() {
        return new ArrayList<>(cases().keySet());
    }

    @Test
    void everyLeverHasAMonotonicityCase() {
        assertEquals(new HashSet<>(Levers.SEED_ORDER), cases().keySet());
    }

    /** Mean and standard error of the paired differences {@code hi - lo}. */
    private static double[] paired(double[] hi, double[] lo) {
        int n = hi.length;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += (hi[i] - lo[i]) / n;
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = hi[i] - lo[i] - mean;
            ss += d * d;
        }
        return new double[] {mean, Math.sqrt(ss / (n - 1) / n)};
    }

    @ParameterizedTest
    @MethodSource("levers")
    void mainIndicatorIsMonotoneInIntensity(String key) {
        Case c = cases().get(key);
        List<double[]> arms = new ArrayList<>();
        for (double e : INTENSITIES) {
            arms.add(c.at().apply(e));
        }
        double t = new TDistribution(arms.get(0).length - 1).inverseCumulativeProbability(1 - ALPHA);
        StringBuilder report = new StringBuilder(key + ", " + c.indicator() + ": means");
        for (int k = 0; k < INTENSITIES.length; k++) {
            report.append(String.format(" %s=%.6g", INTENSITIES[k], Arms.mean(arms.get(k))));
        }
        List<String> failures = new ArrayList<>();
        for (int k = 1; k < INTENSITIES.length; k++) {
            double[] step = paired(arms.get(k), arms.get(k - 1));
            double tolerance = t * step[1];
            report.append(String.format("; step %s->%s: %+.4g (se %.3g)", INTENSITIES[k - 1], INTENSITIES[k],
                    step[0], step[1]));
            if (step[0] <= 0) {
                report.append(step[0] >= -tolerance ? " NOT RISING (within tolerance)" : " FALLS");
            }
            if (step[0] < -tolerance) {
                failures.add("falls from " + INTENSITIES[k - 1] + " to " + INTENSITIES[k]);
            }
        }
        double p = Arms.pGreater(arms.get(arms.size() - 1), arms.get(0));
        report.append(String.format("; 0->1 one-sided p = %.3g", p));
        System.out.println(report);
        if (p >= ALPHA) {
            failures.add("does not rise significantly from 0 to 1");
        }
        assertTrue(failures.isEmpty(), report + ": " + failures);
    }
}
