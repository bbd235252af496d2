package org.zonelab.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The file of a journal ({@link SweepJournal}, {@link CalibrationJournal}) in an output directory: a
 * header line and one line per finished piece of work, each appended and forced to disk before the
 * work goes on, so that a kill loses at most the line being written. Read back bounded, up to its last
 * complete line; the partial line a kill leaves is cut off when the journal is continued.
 */
final class JournalFile {
    private JournalFile() {
    }

    /**
     * A journal's complete lines as read back.
     *
     * @param lines the header and the entries, without line ends
     * @param end   the length in bytes of the complete lines (where a partial last line starts)
     */
    record Text(List<String> lines, int end) {
    }

    /**
     * Whether a directory that is not taken holds a journal {@code folder/file} (links are not journals),
     * to find unfinished work.
     */
    static boolean exists(Path outputDir, String folder, String file) {
        Path f = outputDir.resolve(folder);
        return Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(f.resolve(file), LinkOption.NOFOLLOW_LINKS);
    }

    /** Creates the journal with its header line (replacing any file of that name) and opens it to append. */
    static FileChannel create(OutputDirectory out, String name, String header) throws IOException {
        AtomicFiles.write(out, name, (header + "\n").getBytes(StandardCharsets.UTF_8));
        FileChannel ch = out.openInPlace(name);
        ch.position(ch.size());
        return ch;
    }

    /**
     * Reads a journal's complete lines.
     *
     * @param tooLarge the message when the file is larger than {@code maxBytes}
     * @throws DirectoryRefusedException when it is larger than {@code maxBytes}
     */
    static Text read(OutputDirectory out, String name, int maxBytes, String tooLarge) throws IOException {
        byte[] bytes;
        try (InputStream in = out.open(name)) {
            // A regular file's size is known before reading; the bounded read also stops one that grows.
            bytes = out.size(name) > maxBytes ? null : in.readNBytes(maxBytes + 1);
        }
        if (bytes == null || bytes.length > maxBytes) {
            throw new DirectoryRefusedException(out.file(name) + ": " + tooLarge);
        }
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--; // a line cut short by a kill
        }
        return new Text(new String(bytes, 0, end, StandardCharsets.UTF_8).lines().toList(), end);
    }

    /**
     * The fields of a journal's header line, checked: its magic word, its format and its number of
     * fields.
     *
     * @param refused what is wrong otherwise, after the file's name
     * @throws DirectoryRefusedException when the header is not a journal's of this kind and version
     */
    static String[] header(OutputDirectory out, String name, Text text, String magic, int format, int fields,
                           String refused) throws DirectoryRefusedException {
        List<String> lines = text.lines();
        String[] h = lines.isEmpty() ? new String[0] : lines.get(0).split("\t", -1);
        if (h.length != fields || !h[0].equals(magic) || !h[1].equals(Integer.toString(format))) {
            throw new DirectoryRefusedException(out.file(name) + ": " + refused);
        }
        return h;
    }

    /** Opens a journal to continue it: cuts off a partial last line and appends after the complete ones. */
    static FileChannel reopen(OutputDirectory out, String name, int end) throws IOException {
        FileChannel ch = out.openInPlace(name);
        try {
            ch.truncate(end);
            ch.position(end);
            ch.force(true);
        } catch (IOException e) {
            ch.close();
            throw new WriteFailedException(out.file(name), e);
        }
        return ch;
    }

    /** Appends one line (with its line end) and forces it to disk. */
    static void append(OutputDirectory out, String name, FileChannel ch, String line) throws IOException {
        try {
            ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
        } catch (IOException e) {
            throw new WriteFailedException(out.file(name), e);
        }
    }
}
