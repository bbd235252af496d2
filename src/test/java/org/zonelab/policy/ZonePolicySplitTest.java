package org.zonelab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zonelab.model.RegulatoryStance;
import org.zonelab.model.Worlds;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.param.Parameters;

/** A quarter's lever effects start neutral (a fresh ZonePolicy); what the programme builds up is kept. */
class ZonePolicySplitTest {

    @Test
    void aFreshZonePolicyIsNeutral() throws IllegalAccessException {
        for (RegulatoryStance stance : RegulatoryStance.values()) {
            ZonePolicy p = new ZonePolicy(stance);
            for (Field f : ZonePolicy.class.getFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (f.getType() == double[].class) {
                    for (double x : (double[]) f.get(p)) {
                        assertEquals(0.0, x, f.getName());
                    }
                } else if (f.getName().equals("strictness")) {
                    assertEquals(stance == RegulatoryStance.STRICT ? 1.0 : 0.0, f.getDouble(p));
                } else {
                    double v = f.getDouble(p);
                    assertTrue(v == (f.getName().endsWith("Multiplier") || f.getName().equals("incubatorQuality")
                            ? 1.0 : 0.0), f.getName() + " = " + v);
                }
            }
        }
    }

    @Test
    void eachQuarterGetsFreshEffectsWhileTheUnicornFundAndCoParksLast() {
        ModelConfig c = new ModelConfig(Parameters.defaults(), 2020, 1, 0.02, Worlds.zones(), List.of(
                new PolicySetting("three_high", 1, 2020, 2020, ZoneTarget.ALL, Map.of()),
                new PolicySetting("regional_coordination", 1, 2020, 2020, ZoneTarget.ALL, Map.of())), List.of());
        ZoneLabModel m = new ZoneLabModel(3L, c, Programme.of(c));
        m.start();
        m.schedule.step(m);
        Zone zone = m.zones().get(0);
        ZonePolicy first = zone.policy();
        double fund = totalFund(m);
        assertTrue(fund > 0, "the fund is paid in");
        m.schedule.step(m);
        assertNotSame(first, zone.policy());
        assertTrue(totalFund(m) > fund, "the balance builds up: " + totalFund(m));
        assertTrue(m.zones().stream().allMatch(z -> z.programme().coParksBuilt), "every receiving zone has its parks");
    }

    private static double totalFund(ZoneLabModel m) {
        return m.zones().stream().mapToDouble(z -> z.programme().unicornFundBn).sum();
    }
}
