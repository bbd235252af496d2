package org.zonelab.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writing a file of an output directory failed (a full disk, a quota, an I/O error): the file and the
 * system's reason, in one line. Nothing is marked complete when this happens, because every writer
 * commits its manifest last; the command line reports it as exit 1, not as a bug.
 */
public final class WriteFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public WriteFailedException(Path file, IOException cause) {
        super("could not write " + file + ": " + reason(cause), cause);
        this.file = file;
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }

    /** The system's reason for a failed file operation, without the file names it repeats. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
