/**
 * The ZoneLab model on MASON: the world ({@link org.zonelab.model.ZoneLabModel}), its agents (zones,
 * firms, investors), their processes, and the indicators they produce. Uses MASON's engine, fields
 * and networks only: no file I/O, no Swing, no Spark.
 */
package org.zonelab.model;
