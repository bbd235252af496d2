/**
 * Output files (DESIGN 3.2): the run directory with its CSV files and manifest, the shared number
 * format and CSV cell protection. Charts and reports will live here too.
 */
package org.zonelab.output;
