package org.zonelab.model.config;

import java.io.Serializable;
import java.util.List;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Everything one model run needs besides its seed: parameters, time span, scale, zones, and the
 * policy and event settings of the scenario.
 *
 * @param parameters model parameters (see {@link Param})
 * @param startYear  first simulated year; the state is initialised to the end of the year before
 * @param years      number of simulated years (4 quarters each)
 * @param scale      share of real firms represented by agents, in (0, 1]
 * @param zones      the zone catalogue
 * @param policies   the policy lever settings, in scenario order
 * @param events     the scheduled events, in scenario order
 */
public record ModelConfig(Parameters parameters, int startYear, int years, double scale,
                          List<ZoneSeed> zones, List<PolicySetting> policies, List<EventSetting> events)
        implements Serializable {

    public ModelConfig {
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1, got " + years);
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be in (0, 1], got " + scale);
        }
        zones = List.copyOf(zones);
        policies = List.copyOf(policies);
        events = List.copyOf(events);
    }

    /**
     * The number of firm agents the initial state creates: {@code init_firms x scale}, rounded to the
     * nearest whole number (halves up). A scale that gives 0 builds a model without firms.
     */
    public static int firmAgents(double initFirms, double scale) {
        return (int) Math.round(initFirms * scale);
    }

    /** Number of quarterly steps in the run. */
    public int steps() {
        return years * 4;
    }
}
