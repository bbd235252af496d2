package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Files for tests: copies of the shipped data and of the bad-input corpora. */
public final class TestFiles {
    /** How long loading a corpus file may take: bad input is refused quickly. */
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private TestFiles() {
    }

    /** Writes a text file at {@code name} under {@code root}, making its folders. */
    public static Path write(Path root, String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** Copies a folder tree. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The names of a corpus folder's {@code .yaml} files, sorted. */
    static Stream<String> corpus(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /**
     * Checks one file of a bad-input corpus: its first line is {@code # expect: <message>}, its second
     * {@code # at: [file:]line:col}; loading its copy in {@code work} must fail quickly with exactly that
     * message, at that place, on one line.
     *
     * @param load loads a file as the corpus's kind (sweep, targets file)
     */
    static void assertRefused(Path corpus, Path work, String name, Consumer<Path> load) throws IOException {
        List<String> lines = Files.readAllLines(corpus.resolve(name), StandardCharsets.UTF_8);
        String first = lines.isEmpty() ? "" : lines.get(0);
        assertTrue(first.startsWith("# expect: "), name + ": the first line must be '# expect: <message>'");
        String expected = first.substring("# expect: ".length());
        assertTrue(lines.size() > 1 && lines.get(1).startsWith("# at: "), name + ": the second line must be "
                + "'# at: [file:]line:col'");
        String at = lines.get(1).substring(6).trim();

        Path file = work.resolve(name);
        ScenarioException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(ScenarioException.class, () -> load.accept(file)));
        // Messages that quote another file's location name it as the loader saw it.
        assertEquals(expected, e.detail().replace(work + "/", ""), name);
        assertEquals(e.file() + ":" + e.line() + ":" + e.column() + ": " + e.detail(), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
        String[] parts = at.split(":");
        Path expectedFile = parts.length == 3 ? work.resolve(parts[0]).normalize() : file;
        int k = parts.length - 2;
        assertEquals(expectedFile, e.file(), name + ": file");
        assertEquals(Integer.parseInt(parts[k]), e.line(), name + ": line");
        assertEquals(Integer.parseInt(parts[k + 1]), e.column(), name + ": column");
    }

    /**
     * A corpus file's expected one-line error, {@code file:line:col: message}, from its {@code # expect:}
     * and {@code # at:} lines, with files relative to the corpus folder.
     */
    public static String expectedLine(Path corpus, String name) throws IOException {
        List<String> lines = Files.readAllLines(corpus.resolve(name), StandardCharsets.UTF_8);
        String message = lines.get(0).substring("# expect: ".length());
        String[] at = lines.get(1).substring("# at: ".length()).trim().split(":");
        int k = at.length - 2;
        return (at.length == 3 ? at[0] : name) + ":" + at[k] + ":" + at[k + 1] + ": " + message;
    }
}
