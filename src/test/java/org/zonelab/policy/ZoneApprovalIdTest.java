package org.zonelab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zonelab.model.Worlds;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.geo.GreatCircle;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Ids of zones approved during a run (issue 10, section 6): positive and unique however many are
 * approved, also when the catalogue already uses ids up to {@link Integer#MAX_VALUE} (the catalogue
 * reader allows any id in [1, 2^31 - 1]).
 */
class ZoneApprovalIdTest {

    /** The shipped catalogue with its last zone renumbered to {@code id}. */
    private static List<ZoneSeed> catalogueWithLargestId(int id) {
        List<ZoneSeed> zones = new ArrayList<>(Worlds.zones());
        ZoneSeed z = zones.get(zones.size() - 1);
        zones.set(zones.size() - 1, new ZoneSeed(id, z.nameZh(), z.nameEn(), z.city(), z.province(), z.region(),
                z.approvedYear(), z.lon(), z.lat(), z.cityTier(), z.anchorGdpBn()));
        return zones;
    }

    private static ZoneLabModel run(List<ZoneSeed> catalogue, int years, double approvalZones) {
        List<EventSetting> events = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            events.add(new EventSetting("zone_approval", 2020 + y, 1.0, 1, ZoneTarget.ALL));
        }
        Parameters p = Parameters.defaults().with(Param.APPROVAL_ZONES, approvalZones);
        ModelConfig config = new ModelConfig(p, 2020, years, 0.01, catalogue, List.of(), events);
        return Worlds.runToEnd(Arms.started(config, 7L));
    }

    private static void assertIdsPositiveAndUnique(ZoneLabModel model) {
        Set<Integer> ids = new HashSet<>();
        for (Zone z : model.zones()) {
            assertTrue(z.getId() > 0, "zone " + z.getName() + " has id " + z.getId());
            assertTrue(ids.add(z.getId()), "id " + z.getId() + " is used twice");
        }
    }

    @Test
    void approvalsAfterTheLargestPossibleCatalogueIdGetPositiveUniqueIds() {
        List<ZoneSeed> catalogue = catalogueWithLargestId(Integer.MAX_VALUE - 2);
        ZoneLabModel model = run(catalogue, 1, 20);
        assertEquals(catalogue.size() + 20, model.zones().size());
        assertIdsPositiveAndUnique(model);
        // The first two still fit above the largest id; the rest take the smallest free ids.
        assertEquals(Integer.MAX_VALUE - 1, model.zones().get(catalogue.size()).getId());
        assertEquals(Integer.MAX_VALUE, model.zones().get(catalogue.size() + 1).getId());
        assertEquals(catalogue.size(), model.zones().get(catalogue.size() + 2).getId());
    }

    @Test
    void manyApprovalsOverALongRunNeverRepeatOrOverflowAnId() {
        List<ZoneSeed> catalogue = catalogueWithLargestId(Integer.MAX_VALUE);
        int years = 12;
        double perYear = Param.APPROVAL_ZONES.max();
        ZoneLabModel model = run(catalogue, years, perYear);
        assertEquals(catalogue.size() + years * (int) perYear, model.zones().size());
        assertTrue(model.zones().size() <= ZoneLabModel.MAX_ZONES);
        assertIdsPositiveAndUnique(model);
        // The distances kept for approved zones are those of their places.
        Zone first = model.zones().get(0);
        Zone last = model.zones().get(model.zones().size() - 1);
        assertEquals(GreatCircle.km(first.seed(), last.seed()), model.distanceKm(first, last));
        assertEquals(GreatCircle.km(last.seed(), first.seed()), model.distanceKm(last, first));
    }
}
