/**
 * What the model reports (docs/ODD.md §8): the indicators, each declared once with its label, unit,
 * kind, scope and definition ({@link org.zonelab.model.measure.IndicatorDefinition},
 * {@link org.zonelab.model.measure.Indicator}, {@link org.zonelab.model.measure.RegionIndicator},
 * {@link org.zonelab.model.measure.ZoneIndicator}), a quarter's values
 * ({@link org.zonelab.model.measure.IndicatorSnapshot}) and the Gini coefficient. Depends only on
 * {@code geo}; the model's {@code Measurement} fills the snapshots.
 */
package org.zonelab.model.measure;
