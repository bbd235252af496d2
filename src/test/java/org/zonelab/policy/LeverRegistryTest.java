package org.zonelab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;

/** The lever registry: one declaration per lever, and the catalogue, the levers and their numbers read it. */
class LeverRegistryTest {

    private static PolicySetting block(String key) {
        return new PolicySetting(key, 1, 2020, 2021, ZoneTarget.ALL, Map.of());
    }

    @Test
    void theNumbersAndKeysFollowTheSourceDocumentsTenIssues() {
        // Pinned: scenario files, the ODD and the GUI's slider names depend on these (a new lever comes after).
        assertEquals(List.of("clusters", "application_scenarios", "three_high", "new_rnd", "entrepreneurship",
                "integration", "regional_coordination", "openness", "regulation", "governance"),
                Levers.SEED_ORDER.subList(0, 10));
        assertEquals(7, LeverSpec.REGIONAL_COORDINATION.number());
    }

    @Test
    void governanceActsFirstAndTheOthersInTheirOrder() {
        assertEquals(List.of("governance", "clusters", "application_scenarios", "three_high", "new_rnd",
                "entrepreneurship", "integration", "regional_coordination", "openness", "regulation"),
                Levers.KEYS.subList(0, 10));
        assertEquals(Levers.SEED_ORDER.size(), Levers.KEYS.size());
    }

    @Test
    void eachDeclarationBuildsItsLeverWithItsKeyAndParameters() {
        for (LeverSpec spec : LeverSpec.values()) {
            Lever lever = Levers.create(block(spec.key()));
            assertEquals(spec.key(), lever.key());
            assertEquals(spec.parameters(), lever.parameters());
            assertSame(spec.parameters(), Levers.parameters(spec.key()));
            assertEquals(spec, LeverSpec.of(spec.key()).orElseThrow());
            assertTrue(!spec.label().isBlank() && !spec.summary().isBlank(), spec.key());
        }
    }

    @Test
    void keysLabelsAndParameterKeysAreUnique() {
        int n = LeverSpec.values().length;
        assertEquals(n, new HashSet<>(Levers.SEED_ORDER).size());
        assertEquals(n, Arrays.stream(LeverSpec.values()).map(LeverSpec::label).distinct().count());
        for (LeverSpec spec : LeverSpec.values()) {
            assertEquals(spec.parameters().size(),
                    spec.parameters().stream().map(LeverParameter::key).distinct().count(), spec.key());
        }
    }

    @Test
    void anUnknownKeyHasNoLever() {
        assertTrue(LeverSpec.of("unicorns").isEmpty());
        assertEquals(List.of(), Levers.parameters("unicorns"));
        assertThrows(IllegalArgumentException.class, () -> Levers.create(block("unicorns")));
    }
}
