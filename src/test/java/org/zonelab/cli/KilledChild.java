package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A journaled command ({@code sweep}, {@code calibrate}, {@code sensitivity}) in a child JVM, killed with
 * SIGKILL (no shutdown hooks, no finally blocks) once its journal holds enough entries: what a kill in
 * the middle of the work leaves for {@code --resume}.
 */
final class KilledChild {
    /** How long the child may take to journal its entries. */
    private static final long DEADLINE_SECONDS = 60;

    private KilledChild() {
    }

    /**
     * Runs {@code zonelab ARGS} in a child JVM and kills it once {@code journal} holds at least
     * {@code entries} entries after its header line.
     *
     * @param log the child's stdout and stderr, for the failure message
     * @return the entries journaled when it was killed
     */
    static int killWhenJournaled(Path journal, int entries, Path log, String... args) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("scripts", "spark-jvm.args").toAbsolutePath(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int journaled = 0;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            while (p.isAlive() && System.nanoTime() < deadline) {
                journaled = Files.isRegularFile(journal) ? Files.readAllLines(journal).size() - 1 : 0;
                if (journaled >= entries) {
                    break;
                }
                Thread.sleep(10);
            }
            if (!p.isAlive()) {
                fail("the child ended (exit " + p.exitValue() + ") before it could be killed: " + Files.readString(log));
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the killed JVM did not end");
        } finally {
            p.destroyForcibly();
        }
        return journaled;
    }
}
