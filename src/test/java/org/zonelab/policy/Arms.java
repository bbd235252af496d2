package org.zonelab.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.inference.TTest;
import org.zonelab.model.Worlds;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.param.Parameters;

/** Paired experiments for lever tests: the same seeds on both arms, one-sided paired t-tests. */
final class Arms {
    static final double SCALE = 0.05;
    static final int YEARS = 5;
    static final int START = 2020;
    static final long[] SEEDS = {101, 102, 103, 104, 105, 106, 107, 108};
    /** More pairs, for indicators with few agents behind them (unicorns: about six at this scale). */
    static final long[] MORE_SEEDS = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116};
    /** Still more, for the lever whose effect on unicorns is a tenth or so of a handful of agents. */
    static final long[] MANY_SEEDS = java.util.stream.LongStream.rangeClosed(101, 132).toArray();

    private Arms() {
    }

    static PolicySetting lever(String key, double intensity) {
        return lever(key, intensity, ZoneTarget.ALL);
    }

    static PolicySetting lever(String key, double intensity, ZoneTarget target) {
        return new PolicySetting(key, intensity, START, START + YEARS - 1, target, Map.of());
    }

    static EventSetting event(String type, int year, double severity, double years) {
        return new EventSetting(type, year, severity, years, ZoneTarget.ALL);
    }

    static ModelConfig config(List<PolicySetting> policies, List<EventSetting> events) {
        return new ModelConfig(Parameters.defaults(), START, YEARS, SCALE, Worlds.zones(), policies, events);
    }

    static ModelConfig config(PolicySetting... policies) {
        return config(List.of(policies), List.of());
    }

    /** A started model with the scenario's programme, before the first step. */
    static ZoneLabModel started(ModelConfig config, long seed) {
        ZoneLabModel m = new ZoneLabModel(seed, config, Programme.of(config));
        m.start();
        return m;
    }

    /** One measure per seed of full runs of this configuration. */
    static double[] run(ModelConfig config, ToDoubleFunction<ZoneLabModel> measure) {
        double[] out = new double[SEEDS.length];
        for (int i = 0; i < SEEDS.length; i++) {
            out[i] = measure.applyAsDouble(Worlds.runToEnd(started(config, SEEDS[i])));
        }
        return out;
    }

    /** Several measures per seed from the same runs. */
    static List<double[]> run(ModelConfig config, List<ToDoubleFunction<ZoneLabModel>> measures) {
        return run(config, measures, SEEDS);
    }

    /** Several measures per seed from the same runs, over the given seeds. */
    static List<double[]> run(ModelConfig config, List<ToDoubleFunction<ZoneLabModel>> measures, long[] seeds) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < measures.size(); k++) {
            out.add(new double[seeds.length]);
        }
        for (int i = 0; i < seeds.length; i++) {
            ZoneLabModel m = Worlds.runToEnd(started(config, seeds[i]));
            for (int k = 0; k < measures.size(); k++) {
                out.get(k)[i] = measures.get(k).applyAsDouble(m);
            }
        }
        return out;
    }

    /** One-sided paired t-test p-value that {@code treated} exceeds {@code control}. */
    static double pGreater(double[] treated, double[] control) {
        double meanDiff = 0;
        boolean anyDifference = false;
        for (int i = 0; i < treated.length; i++) {
            meanDiff += (treated[i] - control[i]) / treated.length;
            anyDifference |= treated[i] != control[i];
        }
        if (!anyDifference) {
            return 1.0;
        }
        double spread = 0;
        for (int i = 0; i < treated.length; i++) {
            double d = treated[i] - control[i] - meanDiff;
            spread += d * d;
        }
        if (spread == 0) {
            return meanDiff > 0 ? 0.0 : 1.0;
        }
        double twoSided = new TTest().pairedTTest(treated, control);
        return meanDiff > 0 ? twoSided / 2 : 1 - twoSided / 2;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static String describe(String what, double[] treated, double[] control) {
        return what + ": treated mean " + mean(treated) + " vs control " + mean(control) + ", one-sided p = "
                + pGreater(treated, control);
    }
}
