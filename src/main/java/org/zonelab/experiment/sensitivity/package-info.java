/**
 * Estimators for global sensitivity analysis, without I/O and without model code: the designs live in the
 * unit cube [0,1]^k (the caller maps each coordinate onto its factor's range and runs the model there),
 * and the analyses take one output value per design point (the mean of that point's replications).
 *
 * <ul>
 *   <li>Morris screening: {@link org.zonelab.experiment.sensitivity.MorrisDesign} (one-at-a-time
 *       trajectories) and {@link org.zonelab.experiment.sensitivity.MorrisAnalysis} (mu, mu*, sigma of the
 *       elementary effects, a bootstrap interval of mu*).</li>
 *   <li>Variance-based (Sobol') indices: {@link org.zonelab.experiment.sensitivity.SaltelliDesign} (Sobol'
 *       sequence, SALib's point order) and {@link org.zonelab.experiment.sensitivity.SobolAnalysis}
 *       (first-order, total and second-order indices, bootstrap intervals, a convergence check).</li>
 *   <li>{@link org.zonelab.experiment.sensitivity.NoiseShare}: how much of the spread of the point means
 *       is replication noise, which no index can attribute to a factor.</li>
 * </ul>
 *
 * Intervals are bootstrap percentile intervals ({@link org.zonelab.experiment.sensitivity.Bootstrap}).
 * Everything is deterministic: the same inputs and seed give bit-identical results.
 */
package org.zonelab.experiment.sensitivity;
