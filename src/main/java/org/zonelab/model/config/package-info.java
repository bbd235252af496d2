/**
 * What a scenario hands the model (docs/ODD.md §3): {@link org.zonelab.model.config.ModelConfig}
 * (scale, years, parameters, zones, lever and event settings), {@link org.zonelab.model.config.PolicySetting},
 * {@link org.zonelab.model.config.EventSetting} and the zones they target
 * ({@link org.zonelab.model.config.ZoneTarget}). Depends only on {@code param} and {@code geo}.
 */
package org.zonelab.model.config;
