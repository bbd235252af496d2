package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.experiment.Replication;
import org.zonelab.experiment.ReplicationResult;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.geo.Region;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.measure.Indicator;

/** {@code zones: {synthetic: ...}}: deterministic synthetic zone sets placed at real catalogue zones. */
class SyntheticZonesTest {
    private static final Path GOOD = Path.of("src/test/resources/good-scenarios/zones-synthetic.yaml");

    @TempDir
    Path tmp;
    private List<ZoneSeed> catalogue;

    @BeforeEach
    void copyData() throws IOException {
        TestFiles.copyTree(Path.of("scenarios/data"), tmp.resolve("data"));
        catalogue = ZoneCatalogue.read(tmp.resolve("data/zones-2019.csv"));
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Map<Region, Integer> byRegion(List<ZoneSeed> zones) {
        Map<Region, Integer> out = new EnumMap<>(Region.class);
        for (ZoneSeed z : zones) {
            out.merge(z.region(), 1, Integer::sum);
        }
        return out;
    }

    @Test
    void formerCorpusFileNowGivesFiftyZonesHalfEastHalfWest() throws IOException {
        Path f = tmp.resolve("zones-synthetic.yaml");
        Files.copy(GOOD, f);
        Scenario s = ScenarioLoader.load(f);
        List<ZoneSeed> zones = s.zones();
        assertEquals(50, zones.size());
        assertEquals(Map.of(Region.EAST, 25, Region.WEST, 25), byRegion(zones));
        assertEquals(IntStream.rangeClosed(1, 50).boxed().toList(), zones.stream().map(ZoneSeed::id).toList());
        assertEquals(ZoneTarget.ofZones(Set.of(1, 50)), s.policies().get(0).target(), "policies address 1..N");

        List<ZoneSeed> east = catalogue.stream().filter(z -> z.region() == Region.EAST).toList();
        List<ZoneSeed> west = catalogue.stream().filter(z -> z.region() == Region.WEST).toList();
        for (int k = 0; k < 25; k++) {
            ZoneSeed z = zones.get(k);
            ZoneSeed place = east.get(k % east.size());
            assertEquals(Region.EAST, z.region());
            assertEquals("Synthetic zone " + (k + 1), z.nameEn());
            assertEquals(place.city(), z.city());
            assertEquals(place.province(), z.province());
            assertEquals(place.lon(), z.lon());
            assertEquals(place.lat(), z.lat());
            assertEquals(2010, z.approvedYear());
            assertEquals(3, z.cityTier());
            assertTrue(Double.isNaN(z.anchorGdpBn()));
            ZoneSeed w = zones.get(25 + k);
            assertEquals(Region.WEST, w.region());
            assertEquals(west.get(k % west.size()).lat(), w.lat(), "West zones start again at West's first zone");
        }
        assertEquals(zones, ScenarioLoader.load(f).zones(), "the same file gives the same zones");
    }

    @Test
    void sharesAreNormalisedAndApportionedByLargestRemainder() throws IOException {
        Path f = write("s.yaml", "zones:\n  synthetic: {count: 10, regions: {East: 4, Central: 3, West: 2, "
                + "Northeast: 1}}\n");
        assertEquals(Map.of(Region.EAST, 4, Region.CENTRAL, 3, Region.WEST, 2, Region.NORTHEAST, 1),
                byRegion(ScenarioLoader.load(f).zones()));
        // 7 zones at 1/3 each: quotas 2.33, remainders tie, so the extra unit goes to the first region.
        Map<Region, Double> thirds = Map.of(Region.EAST, 1.0, Region.WEST, 1.0, Region.NORTHEAST, 1.0);
        assertEquals(Map.of(Region.EAST, 3, Region.CENTRAL, 0, Region.WEST, 2, Region.NORTHEAST, 2),
                SyntheticZones.apportion(7, thirds));
        // Quotas 0.6, 2.7, 1.7: whole parts 0 + 2 + 1, then the two largest remainders (0.7, 0.7).
        Map<Region, Double> w = Map.of(Region.EAST, 0.12, Region.CENTRAL, 0.54, Region.WEST, 0.34);
        assertEquals(Map.of(Region.EAST, 0, Region.CENTRAL, 3, Region.WEST, 2, Region.NORTHEAST, 0),
                SyntheticZones.apportion(5, w));
    }

    @Test
    void withoutSharesTheCatalogueSharesApply() throws IOException {
        Path f = write("d.yaml", "zones: {synthetic: {count: 169}}\n");
        List<ZoneSeed> zones = ScenarioLoader.load(f).zones();
        assertEquals(byRegion(catalogue), byRegion(zones), "169 synthetic zones split as the 169 real ones");
        Path g = write("e.yaml", "zones: {synthetic: {count: 1000}}\n");
        List<ZoneSeed> many = ScenarioLoader.load(g).zones();
        assertEquals(1000, many.size());
        Map<Region, Integer> n = byRegion(many);
        assertEquals(1000, n.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(414, n.get(Region.EAST), "70/169 of 1000 = 414.2");
        assertFalse(many.stream().anyMatch(z -> z.city().isBlank()));
    }

    @Test
    void aRegionWithNoCatalogueZoneCannotBePlaced() {
        List<ZoneSeed> eastOnly = catalogue.stream().filter(z -> z.region() == Region.EAST).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticZones.build(4, Map.of(Region.EAST, 1.0, Region.WEST, 1.0), eastOnly));
        assertEquals("2 zones go to West, but the zone catalogue has no zone in West to place them at", e.getMessage());
    }

    @Test
    void aSyntheticScenarioRunsEndToEnd() throws IOException {
        Path f = tmp.resolve("zones-synthetic.yaml");
        Files.copy(GOOD, f);
        Scenario s = ScenarioLoader.load(f);
        ReplicationResult r = Replication.run(s.modelConfig(), 0, 42L);
        double gdp = r.summary().get(Indicator.GDP_BN);
        assertTrue(gdp > 0 && Double.isFinite(gdp), "gdp_bn " + gdp);
        assertTrue(r.summary().values().stream().allMatch(v -> !Double.isNaN(v)), r.summary().toString());
    }
}
