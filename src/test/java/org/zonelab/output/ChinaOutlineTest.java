package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** China's outline is read like every input file: regular files only, bounded. */
class ChinaOutlineTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedOutlineHasRings() throws IOException {
        assertTrue(ChinaOutline.read(Path.of("scenarios/data", ChinaOutline.FILE)).rings().size() > 0);
    }

    @Test
    void aNamedPipeIsRefusedWithoutBlocking() throws Exception {
        Path pipe = tmp.resolve(ChinaOutline.FILE);
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IOException.class, () -> ChinaOutline.read(pipe)));
        assertEquals(pipe + ": cannot read the China outline: it is a named pipe (FIFO), not a regular file; name a "
                + "regular file", e.getMessage());
    }

    @Test
    void devZeroIsRefusedUnread() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IOException.class, () -> ChinaOutline.read(Path.of("/dev/zero"))));
        assertTrue(e.getMessage().contains("character device"), e.getMessage());
    }
}
