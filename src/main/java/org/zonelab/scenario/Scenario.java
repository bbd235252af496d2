package org.zonelab.scenario;

import java.nio.file.Path;
import java.util.List;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.param.Parameters;

/**
 * A loaded and validated scenario file (scenarios/README.md), with its zone catalogue read.
 *
 * @param name         scenario name (safe as a directory name)
 * @param description  one-line description
 * @param source       the file it was loaded from
 * @param sha256       hex SHA-256 of that file's bytes
 * @param startYear    first simulated year
 * @param years        simulated years
 * @param scale        share of real firms represented, in (0, 1]
 * @param seed         base seed
 * @param replications default number of replications
 * @param zones        the zone catalogue
 * @param parameters   model parameters with the scenario's overrides applied
 * @param policies     policy lever blocks
 * @param events       events
 * @param inputs       every file read to build it, in the order read: the scenario file, the files it
 *                     extends, the zone catalogue and the data files beside it, each with its sha256
 * @param zoneSource   where the zones come from, or null for a scenario not read from files
 */
public record Scenario(String name, String description, Path source, String sha256, int startYear, int years,
                       double scale, long seed, int replications, List<ZoneSeed> zones, Parameters parameters,
                       List<PolicySetting> policies, List<EventSetting> events, List<InputFiles.Read> inputs,
                       ZoneSource zoneSource) {

    public Scenario {
        zones = List.copyOf(zones);
        policies = List.copyOf(policies);
        events = List.copyOf(events);
        inputs = List.copyOf(inputs);
    }

    /** A scenario not read from files (no inputs recorded). */
    public Scenario(String name, String description, Path source, String sha256, int startYear, int years,
                    double scale, long seed, int replications, List<ZoneSeed> zones, Parameters parameters,
                    List<PolicySetting> policies, List<EventSetting> events) {
        this(name, description, source, sha256, startYear, years, scale, seed, replications, zones, parameters,
                policies, events, List.of(), null);
    }

    /** The model configuration of this scenario. */
    public ModelConfig modelConfig() {
        return new ModelConfig(parameters, startYear, years, scale, zones, policies, events);
    }

    /** A copy with command-line overrides applied; null leaves a value as it is. */
    public Scenario withOverrides(Integer newReplications, Long newSeed, Double newScale, Integer newYears) {
        return new Scenario(name, description, source, sha256, startYear,
                newYears != null ? newYears : years,
                newScale != null ? newScale : scale,
                newSeed != null ? newSeed : seed,
                newReplications != null ? newReplications : replications,
                zones, parameters, policies, events, inputs, zoneSource);
    }
}
