package org.zonelab.output;

import java.io.IOException;
import java.nio.file.Path;

/** The chosen run directory already holds a complete run, and overwriting was not asked for. */
public final class RunExistsException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    public RunExistsException(Path directory) {
        super(directory + ": holds a complete run already (" + RunDirectoryWriter.MANIFEST
                + "); use --force to overwrite it or --out to choose another directory");
        this.directory = directory;
    }

    /** The directory that holds the complete run. */
    public Path directory() {
        return directory;
    }
}
