package org.zonelab.output;

import java.io.IOException;

/**
 * An output directory that zonelab will not write: missing parent, not a directory, not writable,
 * in use by another zonelab process, or holding a link (or some other odd entry) under a name
 * zonelab writes. The message is one line that names the directory and what to do; the command
 * line reports it as bad input (exit 2).
 */
public final class DirectoryRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public DirectoryRefusedException(String message) {
        super(message);
    }
}
