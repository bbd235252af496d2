package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.geo.Region;
import org.zonelab.model.measure.IndicatorSnapshot;
import org.zonelab.policy.Lever;
import org.zonelab.policy.Programme;
import org.zonelab.scenario.Overrides;
import org.zonelab.scenario.ScenarioLoader;
import sim.engine.SimState;

/**
 * MASON's {@code start()} resets everything: a model started again in place (as the GUI's Console
 * restarts it) repeats the run of a fresh model with the same seed, even after a first run that
 * approved zones, built co-built parks and had its lever intensities changed; so does a model read
 * back from a MASON checkpoint.
 */
class ModelRestartTest {
    private static final double SCALE = 0.02;
    private static final int YEARS = 3;
    private static final long SEED = 20_261_202L;
    /** Quarters of the first run: past the levers' start (2021) and the zone approval (2021 Q1). */
    private static final int FIRST_RUN_QUARTERS = 7;

    static List<String> scenarios() {
        return List.of("scenarios/levers/regional_coordination.yaml", "scenarios/fyp14-mix.yaml",
                "scenarios/events/tech-decoupling-new-rnd.yaml");
    }

    /**
     * A shipped scenario at a small scale, with two more events: zone approvals (which add zones and
     * keep a flag once done) and a pandemic, so that every kind of lever and event state is exercised.
     */
    private static ModelConfig config(String file) {
        ModelConfig c = ScenarioLoader.load(Path.of(file), new Overrides(null, null, SCALE, YEARS)).modelConfig();
        List<EventSetting> events = new ArrayList<>(c.events());
        events.add(new EventSetting("zone_approval", 2021, 0.5, 1, ZoneTarget.ofRegions(Set.of(Region.WEST))));
        events.add(new EventSetting("pandemic", 2021, 1, 1, ZoneTarget.ALL));
        return new ModelConfig(c.parameters(), c.startYear(), c.years(), c.scale(), c.zones(), c.policies(), events);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void aModelStartedAgainInPlaceRepeatsTheRunOfAFreshModel(String file) {
        ModelConfig config = config(file);
        Programme programme = Programme.of(config);
        ZoneLabModel model = new ZoneLabModel(SEED, config, programme);

        model.start();
        step(model, 2);
        // Change every lever's intensity during the run, as a GUI slider would: the restart undoes it.
        for (Lever l : programme.levers()) {
            l.setIntensity(l.intensity() * 2 + 0.5);
        }
        step(model, FIRST_RUN_QUARTERS - 2);
        assertTrue(model.zones().size() > config.zones().size(), "the first run approved zones");

        model.start();
        assertEquals(config.zones().size(), model.zones().size(), "the restart starts from the catalogue");
        step(model, config.steps());

        ZoneLabModel fresh = new ZoneLabModel(SEED, config, Programme.of(config));
        fresh.start();
        step(fresh, config.steps());
        assertSameHistory(fresh.history(), model.history());

        ReplicationResult headless = Replication.run(config, 0, SEED);
        assertEquals(headless.timeseries(), Replication.rows(model), "the rows of Replication.run");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void startingTwiceWithoutAStepInBetweenIsTheSameAsStartingOnce(String file) {
        ModelConfig config = config(file);
        ZoneLabModel model = new ZoneLabModel(SEED, config, Programme.of(config));
        model.start();
        model.start();
        step(model, FIRST_RUN_QUARTERS);
        ZoneLabModel fresh = new ZoneLabModel(SEED, config, Programme.of(config));
        fresh.start();
        step(fresh, FIRST_RUN_QUARTERS);
        assertSameHistory(fresh.history(), model.history());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void aModelReadBackFromACheckpointGoesOnAndStartsAgainAsTheOriginal(String file) throws Exception {
        ModelConfig config = config(file);
        ZoneLabModel model = new ZoneLabModel(SEED, config, Programme.of(config));
        model.start();
        step(model, FIRST_RUN_QUARTERS);
        ByteArrayOutputStream checkpoint = new ByteArrayOutputStream();
        model.writeToCheckpoint(checkpoint);
        ZoneLabModel restored = (ZoneLabModel) SimState.readFromCheckpoint(
                new ByteArrayInputStream(checkpoint.toByteArray()));

        step(model, 1);
        step(restored, 1);
        assertSameHistory(model.history(), restored.history());

        restored.start();
        step(restored, config.steps());
        assertEquals(Replication.run(config, 0, SEED).timeseries(), Replication.rows(restored),
                "a restored model started again");
    }

    private static void step(ZoneLabModel model, int quarters) {
        for (int i = 0; i < quarters; i++) {
            model.schedule.step(model);
        }
    }

    /** Every value of every snapshot: national, regional and per zone, quarter by quarter. */
    private static void assertSameHistory(List<IndicatorSnapshot> expected, List<IndicatorSnapshot> actual) {
        assertEquals(expected.size(), actual.size(), "snapshots");
        for (int q = 0; q < expected.size(); q++) {
            IndicatorSnapshot e = expected.get(q);
            IndicatorSnapshot a = actual.get(q);
            String when = "snapshot " + q + " (" + e.year() + " Q" + e.quarter() + ")";
            assertEquals(e.year(), a.year(), when);
            assertEquals(e.quarter(), a.quarter(), when);
            assertTrue(Arrays.equals(e.national(), a.national()), when + ": national indicators differ");
            assertTrue(Arrays.deepEquals(e.region(), a.region()), when + ": regional indicators differ");
            assertTrue(Arrays.deepEquals(e.zone(), a.zone()), when + ": zone indicators differ");
        }
    }
}
