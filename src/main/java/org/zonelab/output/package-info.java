/**
 * Output files (docs/ODD.md §8.3, results/README.md): the run directory with its CSV files, charts
 * ({@link org.zonelab.output.RunCharts}, reusing the comparison's chart code), report
 * ({@link org.zonelab.output.RunReport}, with the moments' evidence of
 * {@link org.zonelab.output.MomentEvidence}) and manifest; comparison directories
 * ({@link org.zonelab.output.CompareWriter}: comparison.csv, charts built by
 * {@link org.zonelab.output.CompareCharts} and written by {@link org.zonelab.output.FigureWriter}, and
 * {@link org.zonelab.output.ReportHtml}); a calibration's charts and report
 * ({@link org.zonelab.output.CalibrationCharts}, {@link org.zonelab.output.CalibrationReport}); sweep files ({@link org.zonelab.output.SweepWriter}); atomic
 * file writing through {@link org.zonelab.output.OutputDirectory}, which holds a command's directory
 * locked and never follows links in it; the sweep journal ({@link org.zonelab.output.SweepJournal});
 * the shared number format and CSV cell protection.
 */
package org.zonelab.output;

