/**
 * The model's numbers: {@link org.zonelab.model.param.Param}, every coefficient with its unit,
 * default, range and source (docs/ODD.md appendix), and {@link org.zonelab.model.param.Parameters},
 * a run's values. Depends on nothing else of the model.
 */
package org.zonelab.model.param;
