package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;

/** Every indicator declares a unique key in its scope, a label, a unit and a definition, and can be found by its key. */
class IndicatorDefinitionTest {
    @Test
    void everyIndicatorDescribesItself() {
        for (IndicatorDefinition.Scope scope : IndicatorDefinition.Scope.values()) {
            Set<String> keys = new HashSet<>();
            for (IndicatorDefinition i : scope.indicators()) {
                assertTrue(keys.add(i.key()), scope + ": duplicate key " + i.key());
                assertTrue(i.key().matches("[a-z][a-z0-9_]*"), i.key());
                assertEquals(scope, i.scope(), i.key());
                assertFalse(i.label().isBlank() || i.unit().isBlank() || i.definition().isBlank(), i.key());
                assertEquals(i, scope.indicator(i.key()).orElseThrow(), i.key());
            }
        }
        assertTrue(IndicatorDefinition.Scope.NATIONAL.indicator("no_such_indicator").isEmpty());
        assertEquals(Indicator.GDP_BN, Indicator.byKey("gdp_bn").orElseThrow());
    }

    @Test
    void unitsSayThePeriodOfAFlow() {
        assertEquals("CNY bn per year", Indicator.GDP_BN.yearlyUnit());
        assertEquals("CNY bn per quarter", Indicator.GDP_BN.quarterlyUnit());
        assertEquals("firms", Indicator.FIRMS.yearlyUnit());
        assertEquals("Firms in the zones (firms)", Indicator.FIRMS.labelWithUnit());
    }

    @Test
    void flowsAreBookedByIndicator() {
        FlowCounters flows = new FlowCounters();
        flows.add(Indicator.NEW_FIRMS, 1);
        flows.add(Indicator.NEW_FIRMS, 2);
        flows.add(Indicator.GDP_BN, 0.5);
        assertEquals(3, flows.get(Indicator.NEW_FIRMS));
        assertEquals(0.5, flows.get(Indicator.GDP_BN));
        flows.reset();
        assertEquals(0, flows.get(Indicator.NEW_FIRMS));
    }
}
