package org.zonelab.cli;

import picocli.CommandLine.Option;

/**
 * {@code --force} for the commands that write one run's kind of directory ({@code run},
 * {@code compare}), shared as a picocli mixin. {@code sweep} has its own: there it also restarts an
 * unfinished sweep. Each command may word the help in its resource bundle (key {@code force}).
 */
final class ForceOption {
    @Option(names = "--force", descriptionKey = "force",
            description = "Overwrite an output directory that holds a complete run.")
    boolean force;
}
