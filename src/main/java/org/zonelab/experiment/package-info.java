/**
 * Running the model headless: one replication from (configuration, seed) to rows of indicators, and,
 * later, replications, comparisons and sweeps on top of it.
 */
package org.zonelab.experiment;
