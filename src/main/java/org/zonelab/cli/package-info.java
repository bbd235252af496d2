/**
 * The {@code zonelab} command line (DESIGN 3.1), built with picocli: {@link org.zonelab.cli.Main} and
 * one class per command. Only {@code run} and {@code validate} work in this version.
 */
package org.zonelab.cli;
