package org.zonelab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zonelab.model.event.FirmEvent;
import org.zonelab.model.measure.IndicatorSnapshot;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Measurement only reads the model (issue 11, item 1): observing less (only the last quarter) or
 * more (three measurements a quarter) leaves every indicator, the event log and the model's final
 * state bit-identical. So adding or removing an indicator can never change another output.
 */
class MeasurementOnlyReadsTest {
    private static final double SCALE = 0.02;
    private static final int YEARS = 2;
    private static final long SEED = 17L;

    /** How the measurement phase observes the model. */
    private enum Observer { EVERY_QUARTER, LAST_QUARTER_ONLY, THREE_TIMES_A_QUARTER }

    /** A model whose measurement phase observes as told; everything else is the standard model. */
    private static final class ObservedModel extends ZoneLabModel {
        private static final long serialVersionUID = 1L;
        private final Observer observer;

        ObservedModel(Observer observer) {
            super(SEED, Worlds.config(SCALE, YEARS));
            this.observer = observer;
        }

        @Override
        Steppable measurement() {
            return switch (observer) {
                case EVERY_QUARTER -> super.measurement();
                case LAST_QUARTER_ONLY -> (SimState state) -> {
                    if (stepIndex() == config().steps() - 1) {
                        record(Measurement.measure(this, year(), quarterIndex() + 1));
                    }
                };
                case THREE_TIMES_A_QUARTER -> (SimState state) -> {
                    Measurement.measure(this, year(), quarterIndex() + 1);
                    Measurement.measure(this, year(), quarterIndex() + 1);
                    record(Measurement.measure(this, year(), quarterIndex() + 1));
                };
            };
        }
    }

    /** A finished run: its snapshots, its event log and a fingerprint of its final state. */
    private record Run(List<IndicatorSnapshot> history, List<FirmEvent> events, List<String> state) {
    }

    private static Run run(Observer observer) {
        ObservedModel model = new ObservedModel(observer);
        List<FirmEvent> events = new ArrayList<>();
        model.setEventSink(events::add);
        model.start();
        Worlds.runToEnd(model);
        return new Run(new ArrayList<>(model.history()), events, fingerprint(model));
    }

    /** The state the next quarter would read: every firm's accounts, stages and ties, every zone's. */
    private static List<String> fingerprint(ZoneLabModel model) {
        List<String> lines = new ArrayList<>();
        lines.add("firms " + model.firms().size());
        for (Firm f : model.firms()) {
            lines.add(f.id + " " + f.active + " " + f.home.getId() + " " + f.accounts.revenue + " " + f.accounts.cash + " "
                    + f.lnKnowledge + " " + f.venture.valuation + " " + f.accounts.employees + " " + f.highTech + f.gazelle + f.unicorn
                    + f.nezha + f.listed + " " + f.accounts.revenueThisYear + " " + java.util.Arrays.toString(f.accounts.annualRevenues())
                    + " " + f.branches.size() + " " + f.partners.size());
        }
        for (Zone z : model.zones()) {
            lines.add(z.getId() + " " + z.rentIndex + " " + z.landUsedHa + " " + z.budgetBn + " " + z.gdpQuarterBn + " "
                    + z.taxQuarterBn + " " + z.employees + " " + z.firms + " " + z.highTech + " " + z.gazelles + " "
                    + z.unicorns + " " + z.incubators + " " + z.makerSpaces);
        }
        return lines;
    }

    private static void assertSameSnapshot(IndicatorSnapshot expected, IndicatorSnapshot actual) {
        String at = expected.year() + " Q" + expected.quarter();
        assertEquals(expected.year(), actual.year());
        assertEquals(expected.quarter(), actual.quarter());
        assertArrayEquals(expected.national(), actual.national(), "national indicators, " + at);
        for (int r = 0; r < expected.region().length; r++) {
            assertArrayEquals(expected.region()[r], actual.region()[r], "region indicators, " + at);
        }
        for (int z = 0; z < expected.zone().length; z++) {
            assertArrayEquals(expected.zone()[z], actual.zone()[z], "zone indicators, " + at);
        }
    }

    @Test
    void observingOnlyTheLastQuarterChangesNothing() {
        Run every = run(Observer.EVERY_QUARTER);
        Run last = run(Observer.LAST_QUARTER_ONLY);
        assertEquals(YEARS * 4, every.history().size());
        assertEquals(1, last.history().size());
        assertSameSnapshot(every.history().get(every.history().size() - 1), last.history().get(0));
        assertEquals(every.events(), last.events(), "event log");
        assertEquals(every.state(), last.state(), "final state");
        assertTrue(every.events().size() > 0, "the run logs events, so the comparison means something");
    }

    @Test
    void observingThreeTimesAQuarterChangesNothing() {
        Run every = run(Observer.EVERY_QUARTER);
        Run thrice = run(Observer.THREE_TIMES_A_QUARTER);
        assertEquals(every.history().size(), thrice.history().size());
        for (int i = 0; i < every.history().size(); i++) {
            assertSameSnapshot(every.history().get(i), thrice.history().get(i));
        }
        assertEquals(every.events(), thrice.events(), "event log");
        assertEquals(every.state(), thrice.state(), "final state");
    }
}
