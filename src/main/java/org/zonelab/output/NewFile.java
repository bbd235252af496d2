package org.zonelab.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import org.zonelab.scenario.Sha256;

/**
 * A file of an {@link OutputDirectory} being written under a temporary name (made by
 * {@link OutputDirectory#create}): {@link #commit} forces it to disk and renames it into place;
 * {@link #close} deletes it unless committed. Its SHA-256 is computed as it is written. Not
 * thread-safe.
 */
public final class NewFile implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private final MessageDigest digest = Sha256.digest();
    private final ChannelOutput stream;
    private String sha256;
    private boolean closed;

    NewFile(Path target, Path tmp, FileChannel channel) {
        this.target = target;
        this.tmp = tmp;
        this.channel = channel;
        this.stream = new ChannelOutput(channel, target, digest, false);
    }

    /** The final path. */
    public Path target() {
        return target;
    }

    /** The file's stream (unbuffered: callers buffer; closing it does not close the file). */
    public OutputStream stream() {
        return stream;
    }

    /** Writes bytes. */
    public void write(byte[] bytes) throws IOException {
        stream.write(bytes, 0, bytes.length);
    }

    /**
     * Forces the file to disk and renames it to its final name atomically (replacing what was
     * there, a link included, without following it).
     *
     * @return the hex SHA-256 of the bytes written
     */
    public String commit() throws IOException {
        if (closed) {
            throw new IllegalStateException(target + " is closed already");
        }
        try {
            channel.force(true);
            channel.close();
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            close();
            throw e instanceof WriteFailedException ? e : new WriteFailedException(target, e);
        }
        closed = true;
        sha256 = Sha256.hex(digest);
        return sha256;
    }

    /** The hex SHA-256 of the committed file. */
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException(target + " is not committed yet");
        }
        return sha256;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // deleted next
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // left for the next command that takes the directory to remove
        }
    }

    /** Writes to a channel, reporting a failure as a {@link WriteFailedException} naming the file. */
    static final class ChannelOutput extends OutputStream {
        private final FileChannel channel;
        private final Path file;
        private final MessageDigest digest;
        private final boolean closes;

        ChannelOutput(FileChannel channel, Path file, MessageDigest digest, boolean closes) {
            this.channel = channel;
            this.file = file;
            this.digest = digest;
            this.closes = closes;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            try {
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            } catch (IOException e) {
                throw new WriteFailedException(file, e);
            }
            if (digest != null) {
                digest.update(b, off, len);
            }
        }

        @Override
        public void close() throws IOException {
            if (closes) {
                try {
                    channel.close();
                } catch (IOException e) {
                    throw new WriteFailedException(file, e);
                }
            }
        }
    }
}
