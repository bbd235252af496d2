/**
 * The ZoneLab model on MASON (docs/ODD.md). Uses MASON's engine, fields and networks only: no file
 * I/O, no Swing, no Spark. A newcomer reads it in this order:
 * <ol>
 *   <li><b>The world:</b> {@link org.zonelab.model.ZoneLabModel} (the {@code SimState}: the
 *       schedule of the {@link org.zonelab.model.Phase}s, the zones' map, the branch and partnership
 *       networks), {@code Streams} (one random stream per process) and {@code Processes}.</li>
 *   <li><b>The agents:</b> {@link org.zonelab.model.Zone} (budgets, facilities, land, rent; the
 *       per-quarter lever effects of {@link org.zonelab.model.ZonePolicy}),
 *       {@link org.zonelab.model.Firm} (its state in parts with owners:
 *       {@link org.zonelab.model.FirmAccounts}, {@link org.zonelab.model.InnovationRecord},
 *       {@link org.zonelab.model.VentureRecord}) and {@link org.zonelab.model.Investor}.</li>
 *   <li><b>A firm's quarter,</b> in {@code Firm.step}'s order, each process seeing the world
 *       through {@code FirmContext}: {@link org.zonelab.model.Innovation},
 *       {@link org.zonelab.model.Growth}, {@link org.zonelab.model.FundingRequest},
 *       {@link org.zonelab.model.Collaboration}, {@link org.zonelab.model.Location},
 *       {@link org.zonelab.model.Demography}; births in {@code Entry} and {@code Births}; venture
 *       rounds in {@code FundingMarket} and {@code Rounds}.</li>
 *   <li><b>The end of a quarter:</b> {@code EndOfQuarter} (certification by
 *       {@link org.zonelab.model.Stages}, zones' accounts), then {@code Measurement}, which only
 *       reads.</li>
 *   <li><b>The 2019 state:</b> {@code InitialState} and its parts, {@code InitialZones},
 *       {@code InitialFirms}, {@code InitialStages}, {@code InitialInvestors},
 *       {@code InitialNetworks}.</li>
 * </ol>
 * The sub-packages hold what the model is given and what it reports, each with a public API and no
 * dependency on this package: {@link org.zonelab.model.param} (every number, with unit, range and
 * source), {@link org.zonelab.model.geo} (regions, places, distances),
 * {@link org.zonelab.model.config} (a scenario's configuration), {@link org.zonelab.model.measure}
 * (the indicators and their snapshots) and {@link org.zonelab.model.event} (firm life events).
 * The agents and their processes share this one package on purpose: Java's package access is what
 * keeps a firm's and a zone's state writable by the model's processes only, never by the policy,
 * GUI or output layers.
 */
package org.zonelab.model;
