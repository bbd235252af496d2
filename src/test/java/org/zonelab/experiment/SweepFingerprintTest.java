package org.zonelab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.scenario.SweepLoader;

/**
 * The sweep fingerprint, which a resumed sweep must match, changes with every input that decides the
 * runs' numbers, not only with the sweep file and the base file.
 */
class SweepFingerprintTest {
    @TempDir
    Path tmp;
    private Path sweep;

    @BeforeEach
    void sweepOnAChainOfFiles() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of("scenarios/data"))) {
            Files.createDirectories(tmp.resolve("data"));
            all.filter(Files::isRegularFile).forEach(p -> {
                try {
                    Files.copy(p, tmp.resolve("data").resolve(p.getFileName().toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.writeString(tmp.resolve("grandparent.yaml"), "years: 2\nscale: 0.02\nparameters: {share_it: 0.2}\n");
        Files.writeString(tmp.resolve("parent.yaml"), "extends: grandparent.yaml\nreplications: 2\n");
        Files.writeString(tmp.resolve("base.yaml"), "name: base\nextends: parent.yaml\n"
                + "policies:\n  clusters: {intensity: 0}\n");
        sweep = tmp.resolve("sweep.yaml");
        Files.writeString(sweep, "base: base.yaml\nvary:\n  policies.clusters.intensity: [0, 1]\n");
    }

    private String fingerprint() {
        return SweepPlan.of(SweepLoader.load(sweep)).fingerprint();
    }

    @Test
    void theSameFilesGiveTheSameFingerprint() {
        assertEquals(fingerprint(), fingerprint());
    }

    @Test
    void aChangeInAFileTheBaseExtendsChangesTheFingerprint() throws IOException {
        String before = fingerprint();
        Files.writeString(tmp.resolve("grandparent.yaml"), "years: 2\nscale: 0.02\nparameters: {share_it: 0.25}\n");
        assertNotEquals(before, fingerprint());
    }

    @Test
    void aChangeInTheZoneCatalogueChangesTheFingerprint() throws IOException {
        String before = fingerprint();
        Path csv = tmp.resolve("data/zones-2019.csv");
        String text = Files.readString(csv);
        // Move the first zone a hundredth of a degree east.
        String[] lines = text.split("\n", -1);
        String[] cells = lines[1].split(",", -1);
        int lon = java.util.Arrays.asList(lines[0].split(",")).indexOf("lon");
        cells[lon] = Double.toString(Double.parseDouble(cells[lon]) + 0.01);
        lines[1] = String.join(",", cells);
        Files.writeString(csv, String.join("\n", lines));
        assertNotEquals(before, fingerprint());
    }

    @Test
    void aChangeInTheCityTiersChangesTheFingerprint() throws IOException {
        String before = fingerprint();
        Files.writeString(tmp.resolve("data/city-tiers.csv"), "city,tier,source\n");
        assertNotEquals(before, fingerprint());
    }

    @Test
    void aCommentInTheBaseChangesTheFingerprintToo() throws IOException {
        // Every input byte counts: the fingerprint does not try to judge which changes are harmless.
        String before = fingerprint();
        Files.writeString(tmp.resolve("base.yaml"), "# a comment\n" + Files.readString(tmp.resolve("base.yaml")));
        assertNotEquals(before, fingerprint());
    }
}
