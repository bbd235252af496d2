package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.geo.Region;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

class ScenarioLoaderTest {
    private static final Path BASELINE = Path.of("scenarios/baseline.yaml");

    @TempDir
    Path tmp;

    private Path dataDir() throws IOException {
        TestFiles.copyTree(Path.of("scenarios/data"), tmp.resolve("data"));
        return tmp.resolve("data");
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void baselineLoadsWithThe2019Catalogue() throws IOException {
        Scenario s = ScenarioLoader.load(BASELINE);
        assertEquals("baseline", s.name());
        assertEquals(2020, s.startYear());
        assertEquals(15, s.years());
        assertEquals(1.0, s.scale());
        assertEquals(20210309L, s.seed());
        assertEquals(10, s.replications());
        assertEquals(Parameters.defaults(), s.parameters());
        assertTrue(s.policies().isEmpty());
        assertTrue(s.events().isEmpty());
        assertEquals(Sha256.hex(Files.readAllBytes(BASELINE)), s.sha256());
        assertEquals(64, s.sha256().length());

        assertEquals(169, s.zones().size());
        Map<Region, Integer> byRegion = new EnumMap<>(Region.class);
        for (ZoneSeed z : s.zones()) {
            byRegion.merge(z.region(), 1, Integer::sum);
        }
        assertEquals(Map.of(Region.EAST, 70, Region.CENTRAL, 44, Region.WEST, 39, Region.NORTHEAST, 16), byRegion);
    }

    @Test
    void catalogueJoinsTiersByCityBeforeTheBracketAndAnchorsById() {
        List<ZoneSeed> zones = ScenarioLoader.load(BASELINE).zones();
        ZoneSeed zgc = zone(zones, 1);
        assertEquals("Zhongguancun Science Park", zgc.nameEn());
        assertEquals(1, zgc.cityTier());
        assertEquals(1835, zgc.anchorGdpBn());
        assertEquals(274.3, zone(zones, 48).anchorGdpBn());
        assertEquals(187.68, zone(zones, 99).anchorGdpBn());
        assertEquals(176.44, zone(zones, 142).anchorGdpBn());
        ZoneSeed xiaoshan = zone(zones, 54);
        assertEquals("Hangzhou (Xiaoshan)", xiaoshan.city());
        assertEquals(2, xiaoshan.cityTier(), "tier matched on the city before \" (\"");
        ZoneSeed baoding = zone(zones, 4);
        assertEquals(3, baoding.cityTier());
        assertTrue(Double.isNaN(baoding.anchorGdpBn()));
        assertEquals(4, zones.stream().filter(z -> !Double.isNaN(z.anchorGdpBn())).count());
        assertEquals(1988, zgc.approvedYear());
        assertEquals(116.40, zgc.lon());
        assertEquals(39.90, zgc.lat());
    }

    @Test
    void catalogueWithoutTiersAndAnchorsGivesTier3AndNaN() throws IOException {
        Path data = dataDir();
        Path csv = tmp.resolve("alone/zones.csv");
        Files.createDirectories(csv.getParent());
        Files.copy(data.resolve("zones-2019.csv"), csv);
        List<ZoneSeed> zones = ZoneCatalogue.read(csv);
        assertEquals(169, zones.size());
        assertTrue(zones.stream().allMatch(z -> z.cityTier() == 3 && Double.isNaN(z.anchorGdpBn())));
    }

    @Test
    void everyKeyIsReadIntoTheTypedScenario() throws IOException {
        dataDir();
        Path f = write("full.yaml", """
                name: full-test
                description: Every key set.
                start_year: 2021
                years: 10
                scale: 0.05
                seed: 7
                replications: 3
                zones: data/zones-2019.csv
                parameters:
                  init_firms: 2000
                  share_it: 0.3
                policies:
                  regional_coordination: {intensity: 0.6, from: 2022, zones: {regions: [West, northeast]}}
                  clusters: {intensity: 0.5, zones: [1, 48], anchor_growth: 0.05}
                  openness: {regions: [East]}
                events:
                  - {type: tech_decoupling, year: 2023, severity: 0.4, duration_years: 3}
                  - {type: pandemic, year: 2022, zones: [99]}
                """);
        Scenario s = ScenarioLoader.load(f);
        assertEquals("full-test", s.name());
        assertEquals("Every key set.", s.description());
        assertEquals(2021, s.startYear());
        assertEquals(10, s.years());
        assertEquals(0.05, s.scale());
        assertEquals(7, s.seed());
        assertEquals(3, s.replications());
        assertEquals(2000, s.parameters().get(Param.INIT_FIRMS));
        assertEquals(0.3, s.parameters().get(Param.SHARE_IT));
        assertEquals(Map.of("init_firms", 2000.0, "share_it", 0.3), s.parameters().overrides());

        assertEquals(List.of("regional_coordination", "clusters", "openness"),
                s.policies().stream().map(PolicySetting::lever).toList());
        PolicySetting rc = s.policies().get(0);
        assertEquals(0.6, rc.intensity());
        assertEquals(2022, rc.fromYear());
        assertEquals(2030, rc.toYear(), "to defaults to the last simulated year");
        assertEquals(ZoneTarget.ofRegions(Set.of(Region.WEST, Region.NORTHEAST)), rc.target());
        PolicySetting cl = s.policies().get(1);
        assertEquals(2021, cl.fromYear(), "from defaults to start_year");
        assertEquals(ZoneTarget.ofZones(Set.of(1, 48)), cl.target());
        assertEquals(Map.of("anchor_growth", 0.05), cl.settings());
        PolicySetting op = s.policies().get(2);
        assertEquals(ScenarioLoader.DEFAULT_INTENSITY, op.intensity());
        assertEquals(ZoneTarget.ofRegions(Set.of(Region.EAST)), op.target());

        EventSetting td = s.events().get(0);
        assertEquals(new EventSetting("tech_decoupling", 2023, 0.4, 3, ZoneTarget.ALL), td);
        EventSetting pd = s.events().get(1);
        assertEquals(new EventSetting("pandemic", 2022, 0.3, 1, ZoneTarget.ofZones(Set.of(99))), pd);

        ModelConfig c = s.modelConfig();
        assertEquals(40, c.steps());
        assertEquals(169, c.zones().size());
    }

    @Test
    void extendsMergesMapsKeyByKeyAndReplacesLists() throws IOException {
        dataDir();
        write("parents/base.yaml", """
                name: base
                description: The parent.
                years: 12
                scale: 0.5
                zones: ../data/zones-2019.csv
                parameters: {init_firms: 3000, share_it: 0.25}
                policies:
                  clusters: {intensity: 0.5, from: 2022, zones: {regions: [East]}}
                  openness: {intensity: 0.2}
                events:
                  - {type: pandemic, year: 2021}
                  - {type: demand_boom, year: 2024}
                """);
        Path child = write("child.yaml", """
                extends: parents/base.yaml
                scale: 0.1
                parameters: {share_it: 0.3}
                policies:
                  clusters: {intensity: 0.8}
                events:
                  - {type: tech_decoupling, year: 2025}
                """);
        Scenario s = ScenarioLoader.load(child);
        assertEquals("child", s.name(), "the name is never inherited");
        assertEquals("The parent.", s.description());
        assertEquals(12, s.years());
        assertEquals(0.1, s.scale());
        assertEquals(169, s.zones().size(), "the parent's zones path is relative to the parent");
        assertEquals(3000, s.parameters().get(Param.INIT_FIRMS));
        assertEquals(0.3, s.parameters().get(Param.SHARE_IT));
        PolicySetting clusters = s.policies().stream().filter(p -> p.lever().equals("clusters")).findFirst()
                .orElseThrow();
        assertEquals(0.8, clusters.intensity());
        assertEquals(2022, clusters.fromYear());
        assertEquals(ZoneTarget.ofRegions(Set.of(Region.EAST)), clusters.target());
        assertEquals(2, s.policies().size());
        assertEquals(List.of("tech_decoupling"), s.events().stream().map(EventSetting::type).toList());
        assertEquals(Sha256.hex(Files.readAllBytes(child)), s.sha256(), "sha256 of the top file");
    }

    @Test
    void overridesApplyBeforeValidation() throws IOException {
        dataDir();
        Path f = write("ov.yaml", """
                policies:
                  clusters: {intensity: 0.5}
                events:
                  - {type: pandemic, year: 2030}
                """);
        Scenario s = ScenarioLoader.load(f, new Overrides(4, 99L, 0.2, 12));
        assertEquals(4, s.replications());
        assertEquals(99, s.seed());
        assertEquals(0.2, s.scale());
        assertEquals(2031, s.policies().get(0).toYear());
        OptionException e = assertThrows(OptionException.class,
                () -> ScenarioLoader.load(f, new Overrides(null, null, null, 5)));
        assertEquals("--years: with --years 5 the scenario is invalid: " + f + ":4:28: events[0].year: 2030 is "
                + "outside the run; allowed: years in [2020, 2024]", e.getMessage());
        assertEquals("--years", e.option());
        assertThrows(IllegalArgumentException.class, () -> new Overrides(null, null, 2.0, null));
        assertThrows(IllegalArgumentException.class, () -> new Overrides(0, null, null, null));
    }

    @Test
    void theFileIsValidatedAsWrittenBeforeTheOverridesApply() throws IOException {
        dataDir();
        Path scale = write("bad-scale.yaml", "name: s\nyears: 2\nscale: -1\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(scale, new Overrides(null, null, 0.1, null)));
        assertEquals(scale + ":3:8: scale: -1 is out of range; allowed: (0, 1]", e.getMessage());
        Path years = write("bad-years.yaml", "name: y\nyears: fifteen\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(years, new Overrides(null, null, null, 3)));
        assertEquals(years + ":2:8: years: expected a whole number, got text \"fifteen\"", e.getMessage());
        Path late = write("late-policy.yaml", "name: l\nyears: 5\npolicies:\n  clusters: {intensity: 1, to: 2030}\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(late, new Overrides(null, null, null, 20)));
        assertEquals("policies.clusters.to: 2030 is outside the run; allowed: years in [2020, 2024]", e.detail(),
                "a policy year is checked against the run the file writes, even when --years would lengthen it");
    }

    @Test
    void aScaleThatLeavesNoFirmAgentsIsRefusedWithTheSmallestUsefulOne() throws IOException {
        dataDir();
        Path f = write("tiny.yaml", "name: t\nyears: 1\n");
        OptionException e = assertThrows(OptionException.class,
                () -> ScenarioLoader.load(f, new Overrides(null, null, 1e-300, null)));
        assertEquals("--scale: 1E-300 leaves no firm agents (init_firms 150000 x scale rounds to 0); the smallest "
                + "useful scale is 0.00000334 (one firm agent)", e.getMessage());
        assertEquals(0.00000334, ScenarioLoader.load(f, new Overrides(null, null, 0.00000334, null)).scale());
        assertEquals(1, ModelConfig.firmAgents(150_000, 0.00000334));
        assertEquals(0, ModelConfig.firmAgents(150_000, 0.00000333));
    }

    @Test
    void inputsListEveryFileReadWithItsSha256() throws IOException {
        Path data = dataDir();
        write("parent.yaml", "years: 3\n");
        Path child = write("child-in.yaml", "extends: parent.yaml\nscale: 0.1\n");
        Scenario s = ScenarioLoader.load(child);
        List<InputFiles.Read> in = s.inputs();
        assertEquals(List.of(child, tmp.resolve("parent.yaml"), data.resolve("zones-2019.csv"),
                data.resolve("city-tiers.csv"), data.resolve("zone-anchors.csv")),
                in.stream().map(InputFiles.Read::path).toList());
        assertEquals(List.of(InputFiles.Kind.SCENARIO, InputFiles.Kind.SCENARIO, InputFiles.Kind.ZONE_CATALOGUE,
                InputFiles.Kind.CITY_TIERS, InputFiles.Kind.ZONE_ANCHORS),
                in.stream().map(InputFiles.Read::kind).toList());
        for (InputFiles.Read r : in) {
            assertEquals(Sha256.hex(Files.readAllBytes(r.path())), r.sha256(), r.path().toString());
        }
    }

    @Test
    void intensityZeroIsKeptAsWritten() throws IOException {
        dataDir();
        Path f = write("zero.yaml", "policies:\n  governance: {intensity: 0}\n");
        PolicySetting p = ScenarioLoader.load(f).policies().get(0);
        assertEquals(0.0, p.intensity());
        assertTrue(!p.activeIn(2025));
    }

    @Test
    void suggestionsComeFromEditDistance() {
        assertEquals("init_firms", Suggest.nearest("init_firm", List.of("init_gazelles", "init_firms")));
        assertEquals(null, Suggest.nearest("xyz", List.of("init_firms")));
        assertEquals(3, Suggest.distance("kitten", "sitting"));
    }

    @Test
    void aMissingFileIsToldWhereARelativePathIsLookedUpButNotAnAbsoluteOne() throws IOException {
        Path relative = write("relative.yaml", "name: r\nzones: data/none.csv\n");
        ScenarioException r = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(relative));
        assertEquals(relative + ":2:8: zones: cannot read zone catalogue \"data/none.csv\": file not found (paths are "
                + "relative to the folder of relative.yaml)", r.getMessage());

        String none = tmp.resolve("elsewhere/none.csv").toString();
        Path absolute = write("absolute.yaml", "name: a\nzones: " + none + "\n");
        ScenarioException a = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(absolute));
        assertTrue(a.getMessage().endsWith("zones: cannot read zone catalogue " + Text.quote(none)
                + ": file not found"), a.getMessage());
    }

    private static ZoneSeed zone(List<ZoneSeed> zones, int id) {
        return zones.stream().filter(z -> z.id() == id).findFirst().orElseThrow();
    }
}
