/**
 * Scenario and sweep files (scenarios/README.md): safe YAML reading into a located tree, merging of
 * {@code extends}, validation into the typed {@link org.zonelab.scenario.Scenario}, the zone catalogue
 * reader and synthetic zone sets ({@link org.zonelab.scenario.SyntheticZones}), and sweep files
 * ({@link org.zonelab.scenario.SweepLoader}, {@link org.zonelab.scenario.SweepSpec}). Every problem is
 * reported as one line, {@code file:line:col: message}.
 */
package org.zonelab.scenario;

