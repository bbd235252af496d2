package org.zonelab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.zonelab.model.Worlds;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.geo.Region;
import org.zonelab.model.param.Parameters;

/**
 * The limits of the levers are their own settings: a strong lever cuts land per employee, rent and
 * incubated firms' exit hazard down to its floor and no further, and co-built parks are spread over
 * {@code host_pool} hosts.
 */
class LeverLimitsTest {
    /** Far beyond full effect, so that every cut reaches its floor in the smallest zones at least. */
    private static final double STRONG = 5;

    /** The zones' policies after one quarter with one lever block. */
    private static ZoneLabModel oneQuarter(PolicySetting lever) {
        ModelConfig c = new ModelConfig(Parameters.defaults(), 2020, 1, 0.02, Worlds.zones(), List.of(lever), List.of());
        ZoneLabModel m = new ZoneLabModel(11L, c, Programme.of(c));
        m.start();
        m.schedule.step(m);
        return m;
    }

    private static void assertFloor(String lever, Map<String, Double> settings, double floor,
                                    ToDoubleFunction<ZonePolicy> multiplier, ZoneTarget target) {
        ZoneLabModel m = oneQuarter(new PolicySetting(lever, STRONG, 2020, 2020, target, settings));
        double least = Double.POSITIVE_INFINITY;
        for (Zone z : m.zones()) {
            double v = multiplier.applyAsDouble(z.policy());
            assertTrue(v >= floor, lever + ": " + v + " below the floor " + floor + " in zone " + z.getId());
            least = Math.min(least, v);
        }
        assertEquals(floor, least, 0.0, lever + ": the floor binds somewhere");
    }

    @Test
    void integrationCutsLandPerEmployeeDownToItsFloor() {
        assertFloor("integration", Map.of("land_saving", 0.9, "land_floor", 0.35), 0.35,
                p -> p.landPerEmployeeMultiplier, ZoneTarget.ALL);
    }

    @Test
    void entrepreneurshipCutsTheIncubatedHazardDownToItsFloor() {
        assertFloor("entrepreneurship", Map.of("survival_boost", 0.9, "hazard_floor", 0.4), 0.4,
                p -> p.incubatedHazardMultiplier, ZoneTarget.ALL);
    }

    @Test
    void regionalCoordinationCutsRentDownToItsFloor() {
        assertFloor("regional_coordination", Map.of("rent_discount", 0.9, "rent_floor", 0.3), 0.3,
                p -> p.rentMultiplier, ZoneTarget.ofRegions(Set.of(Region.WEST)));
    }

    @Test
    void coBuiltParksAreSpreadOverTheHostPool() {
        assertEquals(1, hostsUsed(1), "a pool of one: every receiving zone partners the largest host");
        assertEquals(3, hostsUsed(3));
        assertEquals(10, hostsUsed(RegionalCoordinationLever.HOST_POOL.defaultValue()));
    }

    /** How many distinct untargeted zones host the co-built parks the lever builds for the West's zones. */
    private static int hostsUsed(double pool) {
        PolicySetting lever = new PolicySetting("regional_coordination", 1, 2020, 2020,
                ZoneTarget.ofRegions(Set.of(Region.WEST)), Map.of("host_pool", pool));
        ModelConfig c = new ModelConfig(Parameters.defaults(), 2020, 1, 0.02, Worlds.zones(), List.of(lever), List.of());
        ZoneLabModel m = new ZoneLabModel(11L, c, Programme.of(c));
        m.start();
        Map<Zone, Integer> initial = new HashMap<>();
        for (Zone z : m.zones()) {
            initial.put(z, z.partnerZones().length); // the initial state's partner zones come first
        }
        m.schedule.step(m);
        Set<Integer> hosts = new HashSet<>();
        for (Zone z : m.zones()) {
            if (z.region() == Region.WEST) {
                int[] partners = z.partnerZones();
                for (int k = initial.get(z); k < partners.length; k++) {
                    hosts.add(partners[k]);
                }
            }
        }
        return hosts.size();
    }
}
