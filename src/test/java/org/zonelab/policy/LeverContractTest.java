package org.zonelab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zonelab.experiment.Replication;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.model.Worlds;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.ZoneIndicator;
import org.zonelab.model.param.Parameters;

/** What every lever promises besides its effect: zero is absent, monotone, adjustable while running. */
class LeverContractTest {

    static List<String> levers() {
        return Levers.SEED_ORDER;
    }

    private static ModelConfig small(List<PolicySetting> policies) {
        return new ModelConfig(Parameters.defaults(), 2020, 2, 0.02, Worlds.zones(), policies, List.of());
    }

    @ParameterizedTest
    @MethodSource("levers")
    void intensityZeroIsByteForByteTheSameAsNoLever(String lever) {
        ReplicationResult absent = Replication.run(small(List.of()), 0, 77L);
        ReplicationResult zero = Replication.run(small(List.of(
                new PolicySetting(lever, 0, 2020, 2021, ZoneTarget.ALL, Map.of()))), 0, 77L);
        assertEquals(absent.timeseries(), zero.timeseries());
        assertEquals(absent.summary(), zero.summary());
    }

    @ParameterizedTest
    @MethodSource("levers")
    void everyLeverSpendsZoneBudgets(String lever) {
        ReplicationResult absent = Replication.run(small(List.of()), 0, 78L);
        ReplicationResult on = Replication.run(small(List.of(
                new PolicySetting(lever, 1, 2020, 2021, ZoneTarget.ALL, Map.of()))), 0, 78L);
        assertTrue(on.summary().get(Indicator.POLICY_SPENDING_BN) > absent.summary().get(Indicator.POLICY_SPENDING_BN),
                lever + " should appear in policy_spending_bn");
    }

    private static double meanOver(double intensity, String lever, ToDoubleFunction<ZoneLabModel> measure) {
        ModelConfig c = Arms.config(Arms.lever(lever, intensity));
        return Arms.mean(Arms.run(c, measure));
    }

    @Test
    void entrepreneurshipIsMonotoneInIntensity() {
        ToDoubleFunction<ZoneLabModel> births = Measures.total(Indicator.NEW_FIRMS);
        double none = meanOver(0, "entrepreneurship", births);
        double half = meanOver(0.5, "entrepreneurship", births);
        double full = meanOver(1, "entrepreneurship", births);
        assertTrue(none < half && half < full, "new firms at 0, 0.5, 1: " + none + ", " + half + ", " + full);
    }

    @Test
    void opennessIsMonotoneInIntensity() {
        ToDoubleFunction<ZoneLabModel> exports = Measures.total(Indicator.EXPORTS_BN);
        double none = meanOver(0, "openness", exports);
        double half = meanOver(0.5, "openness", exports);
        double full = meanOver(1, "openness", exports);
        assertTrue(none < half && half < full, "exports at 0, 0.5, 1: " + none + ", " + half + ", " + full);
    }

    @Test
    void intensityChangedDuringARunActsFromTheNextStep() {
        ModelConfig c = small(List.of(new PolicySetting("entrepreneurship", 0, 2020, 2021, ZoneTarget.ALL, Map.of())));
        Programme programme = Programme.of(c);
        ZoneLabModel m = new ZoneLabModel(5L, c, programme);
        m.start();
        m.schedule.step(m);
        double before = m.history().get(0).get(Indicator.POLICY_SPENDING_BN);
        programme.lever("entrepreneurship").orElseThrow().setIntensity(1.0);
        m.schedule.step(m);
        double after = m.history().get(1).get(Indicator.POLICY_SPENDING_BN);
        double expected = EntrepreneurshipLever.SPEND.defaultValue() * ZoneLabModel.QUARTER * m.zones().size();
        assertEquals(expected, after - before, 0.25 * expected, "the lever's quarterly spending appears at once");
        assertThrows(IllegalArgumentException.class,
                () -> programme.lever("entrepreneurship").orElseThrow().setIntensity(-1));
    }

    @Test
    void zoneApprovalAddsZonesThatJoinTheRun() {
        ModelConfig c = new ModelConfig(Parameters.defaults(), 2020, 3, 0.05, Worlds.zones(), List.of(),
                List.of(new org.zonelab.model.config.EventSetting("zone_approval", 2021, 0.5, 1,
                        ZoneTarget.ofRegions(Set.of(org.zonelab.model.geo.Region.WEST)))));
        ReplicationResult r = Replication.run(c, 0, 9L);
        assertEquals(169 + 10, r.summary().get(Indicator.ZONES));
        assertTrue(r.timeseries().stream().anyMatch(row -> row.scopeId().equals("179") && row.year() == 2022
                && row.indicator() == ZoneIndicator.FIRMS && row.value() > 0), "a new zone has firms a year later");
        assertTrue(r.timeseries().stream().noneMatch(row -> row.scopeId().equals("170") && row.year() == 2020),
                "new zones have no rows before they join");
    }
}
