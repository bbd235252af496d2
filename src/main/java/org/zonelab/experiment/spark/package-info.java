/**
 * The Spark engine: ZoneLab's experiments on Apache Spark, from {@code local[N]} to a standalone or an
 * existing cluster, behind the {@link org.zonelab.experiment.Engine} seam (docs/SCALE.md). Every import
 * of Spark and Scala in the project is in this package (LayeringTest): a task is a pure function from
 * a packet of {@link org.zonelab.experiment.RunRequest}s (each a resolved configuration, a replication
 * and a seed) to their results, and the driver hands the results to the same sinks as the local engine.
 */
package org.zonelab.experiment.spark;
