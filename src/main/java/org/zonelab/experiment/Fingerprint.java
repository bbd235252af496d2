package org.zonelab.experiment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.scenario.InputFiles;
import org.zonelab.scenario.Sha256;

/**
 * A hex SHA-256 of what decides a journaled experiment's results ({@code sweep}, {@code sensitivity}),
 * built line by line, so that a resumed experiment continues only the same one: the ZoneLab version
 * and build ({@link Build}), every input file by its path relative to the experiment file's folder and
 * its SHA-256, the canonical text of every design point's model configuration ({@link ConfigText}),
 * and whatever lines the experiment adds for its runs.
 */
final class Fingerprint {
    private final MessageDigest digest = Sha256.digest();
    private final Map<List<ZoneSeed>, String> zonesHash = new HashMap<>();

    /** Starts with the version and build, then the input files relative to {@code experimentFile}'s folder. */
    Fingerprint(Path experimentFile, List<InputFiles.Read> inputs) {
        line("zonelab " + Build.version());
        line("build " + Build.sha256());
        Path folder = folderOf(experimentFile);
        for (InputFiles.Read f : inputs) {
            line("input " + f.kind() + " " + relative(folder, f.path()) + " " + f.sha256());
        }
    }

    /** Adds one line. */
    Fingerprint line(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        return this;
    }

    /** Adds a design point's configuration. */
    Fingerprint point(int index, ModelConfig c) {
        // The zones are the same at every point (no experiment varies them): hash their text once.
        String zones = zonesHash.computeIfAbsent(c.zones(), z -> Sha256.hex(ConfigText.ofValue(z)));
        ModelConfig rest = new ModelConfig(c.parameters(), c.startYear(), c.years(), c.scale(), List.of(),
                c.policies(), c.events());
        return line("point " + index + " zones " + zones + " config " + ConfigText.of(rest));
    }

    /** The hex digest; the fingerprint takes no more lines after it. */
    String hex() {
        return Sha256.hex(digest);
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }

    /** A path relative to a folder (absolute when it cannot be made relative). */
    private static String relative(Path folder, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return folder.relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return abs.toString();
        }
    }
}
