package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zonelab.model.Firm;
import org.zonelab.model.Worlds;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.IndicatorDefinition;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;
import org.zonelab.policy.LeverParameter;
import org.zonelab.policy.Levers;
import org.zonelab.scenario.ScenarioLoader;

/**
 * Documented ranges are ranges in which the model runs (issue 10, section 5): every model parameter
 * and every lever parameter, alone at its minimum and at its maximum, and the worst combinations, run
 * one year at scale 0.01 to finite indicators (every national, regional and zone row) with a bounded
 * population. The bounds are those of docs/ODD.md, "Parameter ranges": at every step
 *
 * <ul>
 *   <li>firm agents &le; {@value #MAX_YEAR_GROWTH} x (initial firm agents + the agents one year of
 *   births at the initial incubators and maker spaces gives + the agents approved zones bring), and</li>
 *   <li>edge ends (a branch once, a partnership at both firms) &le; {@value #MAX_EDGES_PER_FIRM} per firm agent.</li>
 * </ul>
 *
 * Default runs grow about 1.1x in a year; runaway feedback grows hundreds of times, so the bound
 * separates the two without any timing. A run that passes it is stopped at the step that does not.
 */
class ParameterRangeTest {
    static final double SCALE = 0.01;
    static final int YEARS = 1;
    static final int START = 2020;
    static final long SEED = 20210309L;
    /** Most a population may multiply in the run, relative to what its inputs bring in (see above). */
    static final double MAX_YEAR_GROWTH = 8;
    /** Most edge ends (branches, and partnerships at both ends) per firm agent in a one-year run. */
    static final double MAX_EDGES_PER_FIRM = 15;

    enum Bound { MIN, MAX }

    // ---- Cases -------------------------------------------------------------------------------------

    static Stream<Arguments> modelParameters() {
        List<Arguments> out = new ArrayList<>();
        for (Param p : Param.values()) {
            for (Bound b : Bound.values()) {
                out.add(Arguments.of(p, b));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> leverParameters() {
        List<Arguments> out = new ArrayList<>();
        for (String lever : Levers.KEYS) {
            for (LeverParameter lp : Levers.parameters(lever)) {
                for (Bound b : Bound.values()) {
                    out.add(Arguments.of(lever, lp.key(), b));
                }
            }
        }
        return out.stream();
    }

    /** The event a model parameter acts through, or null: without it the parameter is never read. */
    static String eventOf(Param p) {
        return switch (p) {
            case DECOUPLING_EXPORT_SHOCK, DECOUPLING_TECH_SHOCK, DECOUPLING_DEMAND_SHOCK -> "tech_decoupling";
            case PANDEMIC_DIGITAL_BOOST, PANDEMIC_OTHER_LOSS -> "pandemic";
            case DEMAND_BOOM_GROWTH -> "demand_boom";
            case APPROVAL_ZONES, APPROVAL_FIRMS -> "zone_approval";
            default -> null;
        };
    }

    static double at(Param p, Bound b) {
        return b == Bound.MIN ? p.min() : p.max();
    }

    /** Rates: parameters per unit of time that are not money flows or durations. */
    static boolean isRate(Param p) {
        String unit = p.unit();
        return unit.contains("year") && !unit.contains("CNY") && !unit.equals("years");
    }

    @ParameterizedTest(name = "{0} at its {1}")
    @MethodSource("modelParameters")
    void eachModelParameterAloneAtItsBoundRuns(Param p, Bound b) {
        String event = eventOf(p);
        List<EventSetting> events = event == null ? List.of() : List.of(event(event));
        runBounded(config(Parameters.defaults().with(p, at(p, b)), List.of(), events));
    }

    @ParameterizedTest(name = "{0}.{1} at its {2}")
    @MethodSource("leverParameters")
    void eachLeverParameterAloneAtItsBoundRuns(String lever, String key, Bound b) {
        LeverParameter lp = Levers.parameters(lever).stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        double v = b == Bound.MIN ? lp.min() : lp.max();
        runBounded(config(Parameters.defaults(), List.of(lever(lever, 1, Map.of(key, v))), List.of()));
    }

    @Test
    void everyLeverAtTheLargestIntensityRuns() {
        for (String lever : Levers.KEYS) {
            runBounded(config(Parameters.defaults(), List.of(lever(lever, ScenarioLoader.MAX_INTENSITY, Map.of())), List.of()));
        }
    }

    @Test
    void everyEventAtFullSeverityRuns() {
        List<EventSetting> events = Levers.EVENT_TYPES.stream().map(ParameterRangeTest::event).toList();
        runBounded(config(Parameters.defaults(), List.of(), events));
    }

    @Test
    void largestEntrantsWithTheWidestSpreadRun() {
        // Issue 10: minutes and 3.5 GB at scale 0.01, then Infinity.
        Param rev = Param.ENTRANT_REVENUE_BN;
        Param sigma = Param.ENTRANT_REVENUE_SIGMA;
        runBounded(config(Parameters.defaults().with(rev, rev.max()).with(sigma, sigma.max()), List.of(), List.of()));
    }

    @Test
    void mostApprovedZonesWithTheMostFirmsRun() {
        Parameters p = Parameters.defaults().with(Param.APPROVAL_ZONES, Param.APPROVAL_ZONES.max())
                .with(Param.APPROVAL_FIRMS, Param.APPROVAL_FIRMS.max());
        runBounded(config(p, List.of(), List.of(event("zone_approval"))));
    }

    @Test
    void everyParameterAtItsMinimumAtOnceRuns() {
        Parameters p = Parameters.defaults();
        for (Param q : Param.values()) {
            p = p.with(q, q.min());
        }
        runBounded(config(p, List.of(), List.of()));
    }

    @Test
    void everyRateAtItsMaximumAtOnceRuns() {
        Parameters p = Parameters.defaults();
        int rates = 0;
        for (Param q : Param.values()) {
            if (isRate(q)) {
                p = p.with(q, q.max());
                rates++;
            }
        }
        assertTrue(rates > 40, "the unit test of a rate found only " + rates);
        runBounded(config(p, List.of(), List.of()));
    }

    // ---- Running -----------------------------------------------------------------------------------

    static ModelConfig config(Parameters p, List<PolicySetting> policies, List<EventSetting> events) {
        return new ModelConfig(p, START, YEARS, SCALE, Worlds.zones(), policies, events);
    }

    static PolicySetting lever(String key, double intensity, Map<String, Double> settings) {
        return new PolicySetting(key, intensity, START, START + YEARS - 1, ZoneTarget.ALL, settings);
    }

    static EventSetting event(String type) {
        return new EventSetting(type, START, 1.0, YEARS, ZoneTarget.ALL);
    }

    /** Runs one replication under the population bound and checks every indicator row is finite. */
    static void runBounded(ModelConfig config) {
        ReplicationResult r;
        try {
            r = Replication.run(config, 0, SEED, new PopulationBound(config));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(config.steps() * (long) (Indicator.values().length), r.timeseries().stream()
                .filter(row -> row.scope() == IndicatorDefinition.Scope.NATIONAL).count(), "a national row for every quarter");
        for (IndicatorRow row : r.timeseries()) {
            assertTrue(Double.isFinite(row.value()), () -> row + " is not finite");
        }
        r.summary().forEach((k, v) -> assertTrue(Double.isFinite(v), k + " = " + v));
    }

    /** Stops a run at the first step whose firm agents or edges exceed the documented bound. */
    static final class PopulationBound implements ReplicationObserver {
        private final ModelConfig config;
        private double limit;

        PopulationBound(ModelConfig config) {
            this.config = config;
        }

        @Override
        public void started(ZoneLabModel model) {
            Parameters p = config.parameters();
            double facilityBirths = config.scale() * YEARS * (p.get(Param.BIRTHS_PER_INCUBATOR) * p.get(Param.INIT_INCUBATORS)
                    + p.get(Param.BIRTHS_PER_MAKER_SPACE) * p.get(Param.INIT_MAKER_SPACES));
            double approved = 0;
            for (EventSetting e : config.events()) {
                if (e.type().equals("zone_approval")) {
                    approved += Math.round(e.severity() * p.get(Param.APPROVAL_ZONES)) * p.get(Param.APPROVAL_FIRMS)
                            * config.scale();
                }
            }
            limit = MAX_YEAR_GROWTH * (model.firms().size() + facilityBirths + approved);
            check(model);
        }

        @Override
        public void stepped(ZoneLabModel model) {
            check(model);
        }

        private void check(ZoneLabModel model) {
            int firms = model.firms().size();
            if (firms > limit) {
                throw new AssertionError("runaway population: " + firms + " firm agents after step "
                        + model.schedule.getSteps() + ", bound " + (long) limit);
            }
            // Edge ends: a branch counts once, a partnership at both of its firms.
            long ends = 0;
            for (Firm f : model.firms()) {
                ends += f.getBranches() + f.getPartners();
            }
            if (ends > MAX_EDGES_PER_FIRM * Math.max(1, firms)) {
                throw new AssertionError("runaway networks: " + ends + " edge ends over " + firms + " firm agents");
            }
        }
    }
}
