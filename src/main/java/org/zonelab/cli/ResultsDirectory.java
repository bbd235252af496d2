package org.zonelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The default output directories of the commands: {@code results/<name>/<yyyyMMdd-HHmmss>/}. */
final class ResultsDirectory {
    /** The folder, relative to the working directory, that holds every default output directory. */
    static final Path RESULTS = Path.of("results");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private ResultsDirectory() {
    }

    /** {@code results/<name>/<stamp>/}, with a numeric suffix when that directory exists already. */
    static Path newDirectory(String name) {
        Path base = RESULTS.toAbsolutePath().normalize();
        String stamp = LocalDateTime.now().format(STAMP);
        Path dir = RESULTS.resolve(name).resolve(stamp);
        for (int k = 2; Files.exists(dir); k++) {
            dir = RESULTS.resolve(name).resolve(stamp + "-" + k);
        }
        if (!dir.toAbsolutePath().normalize().startsWith(base) || dir.normalize().getNameCount() != 3) {
            // ScenarioLoader only accepts safe names; this guards the contract anyway.
            throw new IllegalStateException("scenario name " + name + " would leave results/");
        }
        return dir;
    }
}
