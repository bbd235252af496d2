/**
 * The {@code zonelab} command line (DESIGN 3.1), built with picocli: {@link org.zonelab.cli.Main} and
 * one class per command.
 */
package org.zonelab.cli;
