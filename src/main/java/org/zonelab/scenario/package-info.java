/**
 * Scenario files (DESIGN 3.3): safe YAML reading into a located tree, merging of {@code extends},
 * validation into the typed {@link org.zonelab.scenario.Scenario}, and the zone catalogue reader.
 * Every problem is reported as one line, {@code file:line:col: message}.
 */
package org.zonelab.scenario;
