package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.param.Param;
import org.zonelab.policy.LeverParameter;
import org.zonelab.policy.Levers;

/** The resolved scenario of a manifest loads back, from the manifest alone, to the scenario that ran. */
class ResolvedScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return TestFiles.write(tmp, name, text);
    }

    /** A manifest holding what the run directory writer records for the scenario. */
    private Path manifest(Scenario s) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "complete");
        m.put(ResolvedScenario.KEY, ResolvedScenario.document(s));
        m.put(ResolvedScenario.ZONE_FILES, ResolvedScenario.zoneFiles(s));
        Path file = tmp.resolve("run").resolve("manifest.json");
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), m);
        return file;
    }

    private Path extendingScenario() throws IOException {
        TestFiles.copyTree(Path.of("scenarios/data"), tmp.resolve("in/data"));
        write("in/base.yaml", """
                name: base
                description: a base with a lever and an event
                start_year: 2020
                years: 4
                scale: 0.5
                seed: 77
                replications: 3
                parameters: {share_it: 0.25}
                policies:
                  regional_coordination: {intensity: 0.6, from: 2021, regions: [West, Northeast]}
                  openness: {intensity: 1.5, zones: [1, 48]}
                events:
                  - {type: tech_decoupling, year: 2021, severity: 0.4}
                """);
        return write("in/child.yaml", """
                extends: base.yaml
                name: child
                parameters: {init_firms: 150000}
                """);
    }

    @Test
    void theDocumentLoadsBackToTheSameConfigurationAfterTheFilesAreGone() throws IOException {
        Path child = extendingScenario();
        Scenario original = ScenarioLoader.load(child, new Overrides(2, 9L, 0.05, 3));
        Path manifest = manifest(original);
        Files.delete(child);
        Files.delete(tmp.resolve("in/base.yaml"));

        Scenario reloaded = ResolvedScenario.load(manifest);
        assertEquals("child", reloaded.name());
        assertEquals("a base with a lever and an event", reloaded.description());
        assertEquals(3, reloaded.years());
        assertEquals(0.05, reloaded.scale());
        assertEquals(9L, reloaded.seed());
        assertEquals(2, reloaded.replications());
        assertEquals(original.parameters(), reloaded.parameters());
        assertEquals(0.25, reloaded.parameters().get(Param.byKey("share_it")));
        assertEquals(original.zones(), reloaded.zones());
        assertEquals(original.events(), reloaded.events());
        assertEquals(2, reloaded.policies().size());
        for (int i = 0; i < 2; i++) {
            PolicySetting a = original.policies().get(i);
            PolicySetting b = reloaded.policies().get(i);
            assertEquals(a.lever(), b.lever());
            assertEquals(a.intensity(), b.intensity());
            assertEquals(a.fromYear(), b.fromYear());
            assertEquals(a.toYear(), b.toYear());
            assertEquals(a.target(), b.target());
            // Every setting is written out: the defaults the original left implicit are explicit now.
            for (LeverParameter lp : Levers.parameters(a.lever())) {
                assertEquals(a.settings().getOrDefault(lp.key(), lp.defaultValue()), b.settings().get(lp.key()),
                        a.lever() + "." + lp.key());
            }
        }
        // A fixed point: the reloaded scenario writes the same document.
        assertEquals(ResolvedScenario.document(original), ResolvedScenario.document(reloaded));
    }

    @Test
    void everyParameterIsWrittenNotOnlyTheOverrides() throws IOException {
        Scenario s = ScenarioLoader.load(extendingScenario());
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = (Map<String, Object>) ResolvedScenario.document(s).get("parameters");
        assertEquals(Param.values().length, parameters.size());
        assertEquals(150000.0, parameters.get("init_firms"));
    }

    @Test
    void aSyntheticZoneSetNamesItsCatalogue() throws IOException {
        TestFiles.copyTree(Path.of("scenarios/data"), tmp.resolve("elsewhere"));
        Path file = write("in/synthetic.yaml", """
                name: synth
                years: 1
                zones: {synthetic: {count: 30, regions: {East: 2, West: 1}, catalogue: ../elsewhere/zones-2019.csv}}
                """);
        Scenario original = ScenarioLoader.load(file);
        assertEquals(30, original.zones().size());
        Path manifest = manifest(original);
        Files.delete(file);

        Scenario reloaded = ResolvedScenario.load(manifest);
        assertEquals(original.zones(), reloaded.zones());
        assertEquals(ResolvedScenario.document(original), ResolvedScenario.document(reloaded));
    }

    @Test
    void aChangedZoneFileIsRefusedWithItsPlaceInTheManifest() throws IOException {
        Path manifest = manifest(ScenarioLoader.load(extendingScenario()));
        Path anchors = tmp.resolve("in/data/zone-anchors.csv");
        Files.writeString(anchors, Files.readString(anchors) + "\n");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ResolvedScenario.load(manifest));
        assertTrue(e.getMessage().startsWith(manifest + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("zone-anchors.csv\" has changed since the run"), e.getMessage());
    }

    @Test
    void aZoneFileEditedSoThatItNoLongerParsesIsSaidToHaveChangedNotToBeMalformed() throws IOException {
        Path manifest = manifest(ScenarioLoader.load(extendingScenario()));
        Path tiers = tmp.resolve("in/data/city-tiers.csv");
        Files.writeString(tiers, Files.readString(tiers) + "not,a\n");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ResolvedScenario.load(manifest));
        assertTrue(e.getMessage().startsWith(manifest + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("city-tiers.csv\" has changed since the run"), e.getMessage());
    }

    @Test
    void aMissingCatalogueIsRefused() throws IOException {
        Path manifest = manifest(ScenarioLoader.load(extendingScenario()));
        Files.delete(tmp.resolve("in/data/zones-2019.csv"));

        ScenarioException e = assertThrows(ScenarioException.class, () -> ResolvedScenario.load(manifest));
        assertTrue(e.getMessage().matches(".*manifest\\.json:[0-9]+:[0-9]+: zones: cannot read zone catalogue .*"
                + "file not found"), e.getMessage());
        // The manifest names the catalogue by its absolute path: it is not relative to the manifest's folder.
        assertFalse(e.getMessage().contains("relative to the folder"), e.getMessage());
    }

    @Test
    void aManifestWithoutTheDocumentIsRefused() throws IOException {
        Path manifest = write("old/manifest.json", "{\"status\": \"complete\", \"scenario\": \"x\"}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ResolvedScenario.load(manifest));
        assertEquals(manifest + ":1:1: the manifest has no resolved_scenario (the run was made by a zonelab that did "
                + "not record it); run its scenario again", e.getMessage());
    }
}
