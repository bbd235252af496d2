package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

class ParamTest {

    @Test
    void everyParameterIsDocumentedAndItsDefaultIsInRange() {
        Set<String> keys = new HashSet<>();
        for (Param p : Param.values()) {
            assertTrue(keys.add(p.key()), "duplicate key " + p.key());
            assertTrue(p.key().matches("[a-z][a-z0-9_]*"), p.key());
            assertTrue(p.accepts(p.defaultValue()), p.key() + " default outside " + p.rangeText());
            assertFalse(p.unit().isBlank(), p.key() + " has no unit");
            assertFalse(p.source().isBlank(), p.key() + " has no source");
            assertFalse(p.description().isBlank(), p.key() + " has no description");
        }
    }

    @Test
    void lookupAndRangeChecks() {
        assertEquals(Param.SCREEN_CAPACITY, Param.byKey("screen_capacity"));
        assertNull(Param.byKey("no_such_parameter"));
        assertThrows(IllegalArgumentException.class, () -> Parameters.defaults().with(Param.HOME_BIAS, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Parameters.defaults().with(Param.INVESTORS, 2.5));
        assertEquals(0.7, Parameters.defaults().with(Param.HOME_BIAS, 0.7).get(Param.HOME_BIAS));
        assertEquals(java.util.Map.of("home_bias", 0.7), Parameters.defaults().with(Param.HOME_BIAS, 0.7).overrides());
    }
}
