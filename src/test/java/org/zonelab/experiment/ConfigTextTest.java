package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

class ConfigTextTest {
    private static ModelConfig config(double scale, Set<Integer> ids) {
        PolicySetting p = new PolicySetting("clusters", 0.5, 2020, 2021, ZoneTarget.ofZones(ids),
                Map.of("anchor_growth", 0.05, "b", 1.0));
        return new ModelConfig(Parameters.defaults(), 2020, 2, scale, List.of(), List.of(p), List.of());
    }

    @Test
    void everyParameterAndSettingIsWrittenWithExactDoubles() {
        String text = ConfigText.of(config(0.1, Set.of(1)));
        for (Param p : Param.values()) {
            assertTrue(text.contains(p.key() + "="), p.key());
        }
        assertTrue(text.contains("scale=" + Double.toHexString(0.1)), text);
        assertNotEquals(text, ConfigText.of(config(Math.nextUp(0.1), Set.of(1))), "one ulp of scale counts");
        assertTrue(text.contains("anchor_growth"), text);
    }

    @Test
    void setsAreWrittenInOneOrderWhateverTheirIterationOrder() {
        Set<Integer> up = new LinkedHashSet<>(List.of(1, 2, 3, 40, 50));
        Set<Integer> down = new LinkedHashSet<>(List.of(50, 40, 3, 2, 1));
        PolicySetting a = new PolicySetting("x", 1, 2020, 2020, new ZoneTarget(false, up, Set.of()), Map.of());
        PolicySetting b = new PolicySetting("x", 1, 2020, 2020, new ZoneTarget(false, down, Set.of()), Map.of());
        assertEquals(ConfigText.ofValue(a), ConfigText.ofValue(b));
    }

    @Test
    void anUnknownTypeIsAnErrorNotAGap() {
        assertThrows(IllegalStateException.class, () -> ConfigText.ofValue(new Object()));
    }
}
