package org.zonelab.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one reader of ZoneLab's input files (scenarios, sweeps, zone catalogues and the data files beside
 * them, China's outline). It reads regular files only: a symbolic link is followed, but what it names
 * must be a regular file, checked before the file is opened, so that a named pipe never blocks and a
 * device such as {@code /dev/zero} is never read. It counts bytes as it reads and stops at the limit of
 * the file's {@link Kind}, so neither a file that lies about its size nor one that grows while it is read
 * can exhaust memory. An instance records every file it read, with the SHA-256 of the bytes read, in
 * order: the inputs that decided a scenario. All limits are listed in {@code docs/LIMITS.md}.
 *
 * <p>Not thread-safe: one instance serves one load.
 */
public final class InputFiles {
    /** Largest scenario file, in bytes (5 MiB). */
    public static final int MAX_SCENARIO_BYTES = 5 * 1024 * 1024;
    /** Largest sweep file, in bytes (5 MiB, as scenario files: both are read by the same YAML reader). */
    public static final int MAX_SWEEP_BYTES = 5 * 1024 * 1024;
    /** Largest zone catalogue CSV, in bytes (4 MiB: the 2019 catalogue is 52 KB). */
    public static final int MAX_CATALOGUE_BYTES = 4 * 1024 * 1024;
    /** Largest city tiers CSV ({@code city-tiers.csv}), in bytes (1 MiB). */
    public static final int MAX_TIERS_BYTES = 1024 * 1024;
    /** Largest zone GDP anchors CSV ({@code zone-anchors.csv}), in bytes (1 MiB). */
    public static final int MAX_ANCHORS_BYTES = 1024 * 1024;
    /** Largest China outline CSV ({@code china-outline.csv}), in bytes (32 MiB: a million points). */
    public static final int MAX_OUTLINE_BYTES = 32 * 1024 * 1024;

    /** The kinds of input file, each with its size limit. */
    public enum Kind {
        SCENARIO("scenario files", MAX_SCENARIO_BYTES),
        SWEEP("sweep files", MAX_SWEEP_BYTES),
        ZONE_CATALOGUE("zone catalogues", MAX_CATALOGUE_BYTES),
        CITY_TIERS("city tier files", MAX_TIERS_BYTES),
        ZONE_ANCHORS("zone anchor files", MAX_ANCHORS_BYTES),
        CHINA_OUTLINE("China outline files", MAX_OUTLINE_BYTES);

        private final String plural;
        private final int maxBytes;

        Kind(String plural, int maxBytes) {
            this.plural = plural;
            this.maxBytes = maxBytes;
        }

        /** The largest file of this kind, in bytes. */
        public int maxBytes() {
            return maxBytes;
        }

        /** {@code scenario files are limited to 5242880 bytes (5 MB)}. */
        String limitText() {
            return plural + " are limited to " + maxBytes + " bytes (" + (maxBytes / (1024 * 1024)) + " MB)";
        }
    }

    /**
     * One file that was read.
     *
     * @param path   the path it was read from, as the loader resolved it
     * @param kind   what it was read as
     * @param sha256 hex SHA-256 of the bytes read
     */
    public record Read(Path path, Kind kind, String sha256) {
    }

    /**
     * Why an input file was not read. The message is short and names no path: {@code file not found},
     * {@code it is a directory}, {@code 6291456 bytes; scenario files are limited to ...}. Callers put it
     * after what they tried to read.
     */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private static final int CHUNK = 64 * 1024;

    private final List<Read> files = new ArrayList<>();

    /** A recorder with nothing read yet. */
    public InputFiles() {
    }

    /**
     * Reads a whole input file and records it.
     *
     * @throws Refused     when it is missing, not a regular file, or larger than its kind's limit
     * @throws IOException when reading fails otherwise (permission denied, I/O error)
     */
    public byte[] read(Path file, Kind kind) throws IOException {
        byte[] bytes = readOnce(file, kind);
        files.add(new Read(file, kind, Sha256.hex(bytes)));
        return bytes;
    }

    /** The files read so far, in order. */
    public List<Read> files() {
        return List.copyOf(files);
    }

    /** Records files that another recorder read (the files of a scenario another load read already). */
    void addAll(List<Read> read) {
        files.addAll(read);
    }

    /**
     * Reads a whole input file without recording it, with the checks of {@link #read}.
     *
     * @throws Refused     when it is missing, not a regular file, or larger than its kind's limit
     * @throws IOException when reading fails otherwise
     */
    public static byte[] readOnce(Path file, Kind kind) throws IOException {
        long size = requireRegular(file);
        if (size > kind.maxBytes()) {
            throw new Refused(size + " bytes; " + kind.limitText());
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[(int) Math.min(kind.maxBytes() + 1L, Math.max(size + 1, 1024))];
            int n = 0;
            while (true) {
                if (n == buf.length) {
                    if (n > kind.maxBytes()) {
                        throw new Refused("more than " + kind.maxBytes() + " bytes; " + kind.limitText());
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(kind.maxBytes() + 1L, 2L * buf.length));
                }
                int r = in.read(buf, n, Math.min(CHUNK, buf.length - n));
                if (r < 0) {
                    break;
                }
                n += r;
            }
            if (n > kind.maxBytes()) {
                throw new Refused("more than " + kind.maxBytes() + " bytes; " + kind.limitText());
            }
            return n == buf.length ? buf : Arrays.copyOf(buf, n);
        } catch (NoSuchFileException e) {
            throw new Refused("file not found");
        }
    }

    /**
     * Checks, without opening it, that a path names a regular file (following symbolic links).
     *
     * @return its size in bytes
     * @throws Refused when it is missing, a directory, or not a regular file
     */
    public static long requireRegular(Path file) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Refused("file not found");
        }
        if (a.isDirectory()) {
            throw new Refused("it is a directory");
        }
        if (!a.isRegularFile()) {
            throw new Refused("it is " + special(file) + ", not a regular file; name a regular file");
        }
        return a.size();
    }

    /** What a file that is neither a directory nor a regular file is, for messages. */
    private static String special(Path file) {
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file (a device, pipe or socket)";
        }
    }
}
