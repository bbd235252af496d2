package org.zonelab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.zonelab.output.OutputDirectory;
import org.zonelab.output.ReportHtml;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.RunExistsException;

/**
 * The output-directory rules of a command whose work is journaled so that a kill can be resumed
 * ({@code sweep}, {@code calibrate}): where it writes, and what {@code --resume} and {@code --force}
 * do with a directory that holds a complete, an unfinished or no such piece of work.
 *
 * @param noun         what the command makes, for messages: {@code sweep} or {@code calibration}
 * @param folder       the journal's folder in the directory, for messages
 * @param inDirectory  whether a directory the command holds has a journal
 * @param inFolder     whether a directory that is not taken has a journal (to find unfinished work)
 * @param delete       deletes a directory's journal
 */
record JournaledDirectory(String noun, String folder, Predicate<OutputDirectory> inDirectory,
                          Predicate<Path> inFolder, Deleter delete) {

    /** Deletes a directory's journal. */
    @FunctionalInterface
    interface Deleter {
        void delete(OutputDirectory od) throws IOException;
    }

    /**
     * The output directory: {@code out} if given; with {@code resume}, the newest unfinished one of
     * {@code results/<name>/}; else a new default one.
     *
     * @param input the command's input file, for messages
     * @param label the work's own name, for messages
     */
    Path directory(Path out, boolean resume, String name, Path input, String label) throws IOException {
        if (out != null) {
            return out;
        }
        if (resume) {
            Path parent = ResultsDirectory.RESULTS.resolve(name);
            if (Files.isDirectory(parent)) {
                try (Stream<Path> dirs = Files.list(parent)) {
                    List<Path> unfinished = dirs.filter(d -> inFolder.test(d) && !RunDirectoryWriter.isComplete(d))
                            .sorted(Comparator.comparing((Path d) -> d.getFileName().toString()).reversed())
                            .toList();
                    if (!unfinished.isEmpty()) {
                        return unfinished.get(0);
                    }
                }
            }
            throw new BadInputException(input + ": --resume: no unfinished " + noun + " of " + label + " under " + parent
                    + "/; run it without --resume, or give its directory with --out", null);
        }
        return ResultsDirectory.newDirectory(name);
    }

    /**
     * Checks a taken output directory against the options.
     *
     * @return true to start a new journal, false to continue the one there
     */
    boolean prepare(OutputDirectory od, boolean resume, boolean force) throws IOException {
        Path dir = od.path();
        if (od.isComplete()) {
            if (resume && !force) {
                throw new BadInputException(dir + ": the " + noun + " there is complete already ("
                        + RunDirectoryWriter.MANIFEST + "); nothing to resume", null);
            }
            if (!force) {
                throw new BadInputException(new RunExistsException(dir).getMessage(), null);
            }
            ReportHtml.retract(od); // as run does: no old report beside the new files, should this work fail
            delete.delete(od);
            return true;
        }
        // A manifest that does not say complete is never finished work; its report, if any, is stale too.
        ReportHtml.retract(od);
        if (inDirectory.test(od)) {
            if (resume && !force) {
                return false;
            }
            if (!force) {
                throw new BadInputException(dir + ": holds an unfinished " + noun + "; add --resume to continue it, or "
                        + "--force to start again", null);
            }
            delete.delete(od);
            return true;
        }
        if (resume) {
            throw new BadInputException(dir + ": holds no " + noun + " to resume (no " + folder + "/ and no "
                    + RunDirectoryWriter.MANIFEST + "); run the " + noun + " without --resume to start it there", null);
        }
        return true;
    }

    /**
     * The manifest's fields on how a journaled piece of work ran: the engine and threads, how much was
     * resumed from the journal ({@code resumedKey}), when it first started (the journal's header), when this
     * session started and finished, and this session's wall seconds.
     */
    static Map<String, Object> sessionFields(String engine, int threads, String resumedKey, int resumed, String started,
                                             Instant sessionStart) {
        Instant finished = Instant.now();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("engine", engine);
        extra.put("threads", threads);
        extra.put(resumedKey, resumed);
        extra.put("started", started);
        extra.put("this_session_started", sessionStart.truncatedTo(ChronoUnit.MILLIS).toString());
        extra.put("finished", finished.truncatedTo(ChronoUnit.MILLIS).toString());
        extra.put("wall_seconds_this_session", Duration.between(sessionStart, finished).toMillis() / 1000.0);
        return extra;
    }
}
