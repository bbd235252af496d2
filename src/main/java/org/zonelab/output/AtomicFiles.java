package org.zonelab.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardOpenOption.READ;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.zonelab.scenario.Sha256;

/**
 * Whole files written atomically into an {@link OutputDirectory}: under a new temporary name beside
 * the target, forced to disk, then renamed into place, so a reader sees the old file or the whole new
 * one, never a part. Also the SHA-256 helpers of the manifests.
 */
public final class AtomicFiles {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AtomicFiles() {
    }

    /**
     * Writes bytes to the directory's file {@code name} atomically.
     *
     * @return the hex SHA-256 of the bytes
     */
    public static String write(OutputDirectory out, String name, byte[] bytes) throws IOException {
        try (NewFile f = out.create(name)) {
            f.write(bytes);
            return f.commit();
        }
    }

    /** Writes a value as indented JSON with a final newline, atomically. */
    public static void writeJson(OutputDirectory out, String name, Object value) throws IOException {
        byte[] json = JSON.writeValueAsBytes(value);
        byte[] bytes = new byte[json.length + 1];
        System.arraycopy(json, 0, bytes, 0, json.length);
        bytes[json.length] = '\n';
        write(out, name, bytes);
    }

    /** Hex SHA-256 of a file's bytes (the file itself, not a link's target). */
    public static String sha256(Path file) throws IOException {
        MessageDigest d = Sha256.digest();
        try (InputStream in = Files.newInputStream(file, READ, NOFOLLOW_LINKS)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                d.update(buf, 0, r);
            }
        }
        return Sha256.hex(d);
    }
}
