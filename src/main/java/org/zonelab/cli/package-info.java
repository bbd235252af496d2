/**
 * The {@code zonelab} command line (README.md; {@code zonelab --help}), built with picocli: {@link org.zonelab.cli.Main} and
 * one class per command. Commands stay thin: they read options (shared ones as mixins:
 * {@code ScenarioOptions}, {@code EngineOptions},
 * {@code ForceOption}), build the plan, and wire the output writers and the
 * progress bar into {@link org.zonelab.experiment.Runs}.
 */
package org.zonelab.cli;

