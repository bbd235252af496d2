package org.zonelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input file is read through one bounded reader: regular files only (a device is never read, a
 * named pipe never opened), and at most the limit of its kind. The special files and the oversized
 * catalogue are made here, at run time; the timeouts only guard against a hang.
 */
class BoundedReadTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final Path DEV_ZERO = Path.of("/dev/zero");

    @TempDir
    Path tmp;

    @BeforeEach
    void zoneData() throws IOException {
        TestFiles.copyTree(Path.of("scenarios/data"), tmp.resolve("data"));
    }

    private ScenarioException refused(Path file) {
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)));
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = tmp.resolve(name);
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            throw e;
        }
        assumeTrue(mk.waitFor() == 0 && Files.exists(p), "mkfifo failed");
        return p;
    }

    @Test
    void devZeroAsTheScenarioIsRefusedUnread() {
        assumeTrue(Files.exists(DEV_ZERO));
        ScenarioException e = refused(DEV_ZERO);
        assertEquals("/dev/zero:1:1: cannot read scenario file: it is a character device, not a regular file; "
                + "name a regular file", e.getMessage());
    }

    @Test
    void aNamedPipeWithoutWriterIsRefusedWithoutBlocking() throws Exception {
        Path pipe = fifo("pipe.yaml");
        ScenarioException e = refused(pipe);
        assertEquals("cannot read scenario file: it is a named pipe (FIFO), not a regular file; name a regular file",
                e.detail());
    }

    @Test
    void extendsALinkToDevZeroIsRefusedAtTheExtendsValue() throws IOException {
        assumeTrue(Files.exists(DEV_ZERO));
        Files.createSymbolicLink(tmp.resolve("zero.yaml"), DEV_ZERO);
        Path child = tmp.resolve("child.yaml");
        Files.writeString(child, "name: child\nextends: zero.yaml\n");
        ScenarioException e = refused(child);
        assertEquals(child + ":2:10: extends: cannot read \"zero.yaml\": it is a character device, not a regular "
                + "file; name a regular file", e.getMessage());
    }

    @Test
    void extendsAPipeIsRefusedWithoutBlocking() throws Exception {
        fifo("parent.yaml");
        Path child = tmp.resolve("child.yaml");
        Files.writeString(child, "name: child\nextends: parent.yaml\n");
        ScenarioException e = refused(child);
        assertEquals("extends: cannot read \"parent.yaml\": it is a named pipe (FIFO), not a regular file; name a "
                + "regular file", e.detail());
    }

    @Test
    void aSweepBaseOfDevZeroIsRefusedUnread() throws IOException {
        assumeTrue(Files.exists(DEV_ZERO));
        Path sweep = tmp.resolve("sweep.yaml");
        Files.writeString(sweep, "base: /dev/zero\nvary: {seed: [1, 2]}\n");
        ScenarioException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(ScenarioException.class, () -> SweepLoader.load(sweep)));
        assertEquals(sweep + ":1:7: base: cannot read \"/dev/zero\": it is a character device, not a regular file; "
                + "name a regular file", e.getMessage());
    }

    @Test
    void aGigabyteZoneCatalogueIsRefusedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: costs no disk
        }
        Path s = tmp.resolve("big-zones.yaml");
        Files.writeString(s, "name: big\nzones: big.csv\n");
        ScenarioException e = refused(s);
        assertEquals("zones: cannot read zone catalogue \"big.csv\": 1073741824 bytes; zone catalogues are limited to "
                + "4194304 bytes (4 MB)", e.detail());
        assertEquals(2, e.line());
    }

    @Test
    void aPipeInPlaceOfTheCityTiersIsRefusedWithoutBlocking() throws Exception {
        Path data = tmp.resolve("piped");
        Files.createDirectories(data);
        Files.copy(tmp.resolve("data/zones-2019.csv"), data.resolve("zones-2019.csv"));
        fifo("piped/city-tiers.csv");
        Path s = tmp.resolve("piped-tiers.yaml");
        Files.writeString(s, "name: piped\nzones: piped/zones-2019.csv\n");
        ScenarioException e = refused(s);
        assertEquals(data.resolve("city-tiers.csv"), e.file());
        assertTrue(e.detail().contains("named pipe (FIFO)"), e.detail());
    }

    @Test
    void anExtendsChainOfThousandsOfFilesIsRefusedNamingTheChain() throws IOException {
        int n = 3000;
        for (int i = 0; i < n; i++) {
            String ext = i + 1 < n ? "extends: f" + (i + 1) + ".yaml\n" : "";
            Files.writeString(tmp.resolve("f" + i + ".yaml"), "years: 2\n" + ext);
        }
        ScenarioException e = refused(tmp.resolve("f0.yaml"));
        assertEquals("extends: the chain f0.yaml -> f1.yaml -> f2.yaml -> ... (16 more) ... -> f19.yaml -> f20.yaml "
                + "has more than 20 files; allowed: at most 20 files, the scenario and the files it extends",
                e.detail());
        assertEquals(tmp.resolve("f19.yaml"), e.file(), "reported where the 21st file is named");
    }

    @Test
    void aChainOfTwentyFilesIsAllowed() throws IOException {
        for (int i = 0; i < 20; i++) {
            String ext = i + 1 < 20 ? "extends: g" + (i + 1) + ".yaml\n" : "";
            Files.writeString(tmp.resolve("g" + i + ".yaml"), "years: " + (i + 1) + "\n" + ext);
        }
        assertEquals(1, ScenarioLoader.load(tmp.resolve("g0.yaml")).years());
    }

    @Test
    void aFourMegabyteSingleLineScenarioValidates() throws IOException {
        // The scan of one long line used to be quadratic (19 s, 1.6 GB); the measurement is in
        // YamlScanBenchmark, this test only checks the result.
        Path f = tmp.resolve("long-line.yaml");
        Files.writeString(f, "{name: long, years: 2, description: \"" + "x".repeat(4 * 1024 * 1024 - 64) + "\"}\n");
        Scenario s = loaded(f);
        assertEquals("long", s.name());
        assertEquals(4 * 1024 * 1024 - 64, s.description().length());
    }

    private static Scenario loaded(Path f) {
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> ScenarioLoader.load(f));
    }

    @Test
    void aLongUnknownKeyIsReportedShortened() throws IOException {
        Path f = tmp.resolve("long-key.yaml");
        String key = "k".repeat(1000); // YAML allows simple keys up to 1024 characters
        Files.writeString(f, "name: long\n" + key + ": 1\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertEquals("unknown key \"" + "k".repeat(57) + "...\"; allowed: " + String.join(", ", ScenarioLoader.KEYS),
                e.detail());
        assertFalse(e.getMessage().length() > 1000, "a short message");
    }
}
