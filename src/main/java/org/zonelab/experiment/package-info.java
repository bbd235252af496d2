/**
 * Running the model headless: one replication from (configuration, seed) to rows of indicators
 * ({@link org.zonelab.experiment.Replication}); {@link org.zonelab.experiment.Runs}, the one way to run a
 * batch of them (for run, compare and sweep), which the command line feeds with a result sink and a
 * progress listener; the {@link org.zonelab.experiment.Engine} seam and its local implementation; the statistics of comparisons with common random numbers; sweep plans (their
 * journal, which lets a killed sweep resume, is file output: {@code org.zonelab.output.SweepJournal}).
 */
package org.zonelab.experiment;

