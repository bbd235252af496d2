package org.zonelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonelab.output.Version;
import org.zonelab.scenario.TestFiles;

/** {@code zonelab reproduce}: a run re-made from its manifest alone, compared byte for byte. */
class ReproduceCommandTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return TestFiles.write(tmp, name, text);
    }

    /** A scenario that extends another, with a lever and an event, its zone catalogue copied beside it. */
    private Path scenario() throws IOException {
        TestFiles.copyTree(Path.of("scenarios/data"), tmp.resolve("in/data"));
        write("in/base.yaml", """
                name: base
                years: 3
                scale: 0.5
                replications: 5
                policies:
                  regional_coordination: {intensity: 0.6, regions: [West, Northeast]}
                events:
                  - {type: tech_decoupling, year: 2020, severity: 0.3}
                """);
        return write("in/child.yaml", """
                extends: base.yaml
                name: child
                parameters: {share_it: 0.25}
                """);
    }

    /** Runs the scenario small (scale 0.02, one year, two replications) into {@code tmp/run}. */
    private Path run(String... extra) throws IOException {
        Path out = tmp.resolve("run");
        List<String> args = new ArrayList<>(List.of("run", scenario().toString(), "--scale", "0.02",
                "--years", "1", "--reps", "2", "--threads", "2", "--quiet", "--out", out.toString()));
        args.addAll(List.of(extra));
        MainTest.Outcome o = MainTest.zonelab(args.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        return out;
    }

    private static MainTest.Outcome reproduce(Path runDir, String... extra) {
        List<String> args = new ArrayList<>(List.of("reproduce", runDir.toString(), "--threads", "2",
                "--quiet"));
        args.addAll(List.of(extra));
        return MainTest.zonelab(args.toArray(String[]::new));
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Test
    void aFreshRunReproducesOkEvenAfterItsScenarioFilesAreEditedAndDeleted() throws IOException {
        Path runDir = run();
        // The manifest alone decides: the files the run was made from may change or go.
        Files.writeString(tmp.resolve("in/base.yaml"), "name: base\nyears: 2\nscale: 0.9\n");
        Files.delete(tmp.resolve("in/child.yaml"));

        MainTest.Outcome o = reproduce(runDir);
        assertEquals(0, o.code(), o.out() + o.err());
        assertEquals("", o.err());
        assertEquals("OK", lastLine(o.out()));
        Path again = tmp.resolve("run-reproduce");
        assertTrue(o.out().contains("into " + again + "/"), o.out());
        for (String csv : List.of("timeseries.csv", "summary.csv", "moments.csv")) {
            assertEquals(-1L, Files.mismatch(runDir.resolve(csv), again.resolve(csv)), csv);
        }
        assertTrue(Files.readString(again.resolve("summary.csv")).contains("child,1,"), "the scenario's own name");

        // A second reproduction goes beside the first.
        MainTest.Outcome second = reproduce(runDir);
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("into " + tmp.resolve("run-reproduce-2") + "/"), second.out());
        // An --out that holds a complete run is refused, not overwritten.
        MainTest.Outcome taken = reproduce(runDir, "--out", again.toString());
        assertEquals(2, taken.code());
        assertEquals(List.of(again + ": holds a complete run already (manifest.json); name a new directory with --out, "
                + "or leave --out out"), taken.errLines());
    }

    @Test
    void anEditedCsvIsNamedWithExit1() throws IOException {
        Path runDir = run();
        Path moments = runDir.resolve("moments.csv");
        byte[] bytes = Files.readAllBytes(moments);
        int at = bytes.length - 2; // a digit of the last value, before the final newline
        bytes[at] = (byte) (bytes[at] == '1' ? '2' : '1');
        Files.write(moments, bytes);
        int lines = Files.readAllLines(moments).size();

        MainTest.Outcome o = reproduce(runDir, "--out", tmp.resolve("again").toString());
        assertEquals(1, o.code(), o.out() + o.err());
        assertEquals(moments + " differs from " + tmp.resolve("again/moments.csv") + " (first at line " + lines + ")",
                lastLine(o.out()));
    }

    @Test
    void agentLogsAreReproducedAndCompared() throws IOException {
        Path runDir = run("--events", "--firm-snapshots", "final");
        Path events = runDir.resolve("events.csv");
        assertTrue(Files.size(events) > 0);
        Files.writeString(runDir.resolve("firms.csv"), "\n", StandardOpenOption.APPEND);

        MainTest.Outcome o = reproduce(runDir);
        assertEquals(1, o.code(), o.out() + o.err());
        assertTrue(o.out().contains("comparing events.csv, firms.csv, flows.csv, moments.csv"), o.out());
        assertTrue(lastLine(o.out()).startsWith(runDir.resolve("firms.csv") + " differs from "), o.out());
        assertEquals(-1L, Files.mismatch(events, tmp.resolve("run-reproduce/events.csv")), "events.csv");
    }

    /** Sets a text key of a run's manifest; returns the manifest as it was. */
    private static String setInManifest(Path runDir, String key, String value) throws IOException {
        Path manifest = runDir.resolve("manifest.json");
        String text = Files.readString(manifest);
        String edited = text.replaceFirst("\"" + key + "\" : \"[^\"]*\"", "\"" + key + "\" : \"" + value + "\"");
        assertFalse(edited.equals(text), key + " is in the manifest");
        Files.writeString(manifest, edited);
        return text;
    }

    @Test
    void anotherBuildWarnsButStillReproduces() throws IOException {
        Path runDir = run();
        setInManifest(runDir, "build_sha256", "0".repeat(64));

        MainTest.Outcome o = reproduce(runDir);
        assertEquals(0, o.code(), o.out() + o.err());
        assertEquals("OK", lastLine(o.out()));
        assertEquals(1, o.errLines().size(), o.err());
        assertTrue(o.err().startsWith("zonelab reproduce: warning: the run was made by another build of zonelab "),
                o.err());
    }

    @Test
    void aDirectoryWithoutACompleteManifestIsOneLineAndExit2() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        MainTest.Outcome missing = reproduce(empty);
        assertEquals(2, missing.code());
        assertEquals(List.of(empty.resolve("manifest.json") + ": file not found; RUN_DIR must be a run directory of "
                + "zonelab run"), missing.errLines());

        Path unfinished = Files.createDirectories(tmp.resolve("unfinished"));
        write("unfinished/manifest.json", "{\"status\": \"running\"}\n");
        MainTest.Outcome incomplete = reproduce(unfinished);
        assertEquals(2, incomplete.code());
        assertEquals(List.of(unfinished.resolve("manifest.json") + ": the run is not complete (status \"running\"); "
                + "only a complete run can be reproduced"), incomplete.errLines());

        write("broken/manifest.json", "{\"status\": ");
        MainTest.Outcome broken = reproduce(tmp.resolve("broken"));
        assertEquals(2, broken.code());
        assertEquals(1, broken.errLines().size(), broken.err());
        assertTrue(broken.err().startsWith(tmp.resolve("broken/manifest.json") + ": not valid JSON"), broken.err());
        assertFalse(Files.exists(tmp.resolve("empty-reproduce")), "nothing is run for a bad manifest");
    }

    @Test
    void anotherVersionTheRunItselfOrAChangedCatalogueIsOneLineAndExit2() throws IOException {
        Path runDir = run();
        Path manifest = runDir.resolve("manifest.json");
        String text = setInManifest(runDir, "zonelab_version", "0.0.1");
        MainTest.Outcome version = reproduce(runDir);
        assertEquals(2, version.code());
        assertEquals(List.of(manifest + ": the run was made by zonelab 0.0.1 and this is zonelab " + Version.current()
                + "; reproduce it "
                + "with zonelab 0.0.1"), version.errLines());

        Files.writeString(manifest, text);
        MainTest.Outcome itself = reproduce(runDir, "--out", runDir.toString());
        assertEquals(2, itself.code());
        assertEquals(List.of("zonelab reproduce: --out " + runDir + " is the run directory itself; name a new "
                + "directory"), itself.errLines());

        Path tiers = tmp.resolve("in/data/city-tiers.csv");
        Files.writeString(tiers, Files.readString(tiers) + "\n");
        MainTest.Outcome changed = reproduce(runDir);
        assertEquals(2, changed.code());
        assertEquals(1, changed.errLines().size(), changed.err());
        assertTrue(changed.err().matches(Pattern.quote(manifest.toString()) + ":[0-9]+:[0-9]+: "
                + "zone_files\\[1\\]: \".*city-tiers\\.csv\" has changed since the run .*\\n"), changed.err());
        assertFalse(Files.exists(tmp.resolve("run-reproduce")), "nothing is run for a changed catalogue");
    }

    /** A project folder: a scenario with its zone data, and a run of it under results/ (scale 0.02, 1 year, 2 reps). */
    private Path projectRun(Path project) throws IOException {
        TestFiles.copyTree(Path.of("scenarios/data"), project.resolve("scenarios/data"));
        Path scenario = TestFiles.write(project, "scenarios/small.yaml", """
                name: small
                policies:
                  openness: {intensity: 1.5, zones: [1, 48]}
                """);
        Path runDir = project.resolve("results/small/first");
        Files.createDirectories(runDir.getParent());
        MainTest.Outcome o = MainTest.zonelab("run", scenario.toString(), "--scale", "0.02", "--years", "1",
                "--reps", "2", "--threads", "2", "--quiet", "--out", runDir.toString());
        assertEquals(0, o.code(), o.err());
        return runDir;
    }

    @Test
    void aProjectMovedWithItsResultsReproducesOkAndAChangedFileThereIsStillRefused() throws IOException {
        Path project = tmp.resolve("project");
        projectRun(project);
        Path moved = tmp.resolve("elsewhere/project");
        Files.createDirectories(moved.getParent());
        Files.move(project, moved);
        assertFalse(Files.exists(project), "the absolute paths the run recorded are gone");
        Path runDir = moved.resolve("results/small/first");

        MainTest.Outcome o = reproduce(runDir);
        assertEquals(0, o.code(), o.out() + o.err());
        assertEquals("OK", lastLine(o.out()));
        assertEquals(List.of("zonelab reproduce: the zone files are read from " + moved.resolve("scenarios/data")
                + " (where the run directory's recorded relative paths lead; the run read them at "
                + project.resolve("scenarios/data") + ", where they are missing or changed now)"), o.errLines(),
                "it says where it found the zone files");
        // The new run read the catalogue where it is now, and records it there.
        String again = Files.readString(moved.resolve("results/small/first-reproduce/manifest.json"));
        assertTrue(again.contains("\"" + moved.resolve("scenarios/data/zones-2019.csv") + "\""), again);
        assertTrue(again.contains("\"relative_path\" : \"../../../scenarios/data/zones-2019.csv\""), again);

        Path tiers = moved.resolve("scenarios/data/city-tiers.csv");
        Files.writeString(tiers, Files.readString(tiers) + "\n");
        MainTest.Outcome changed = reproduce(runDir, "--out", tmp.resolve("again").toString());
        assertEquals(2, changed.code(), changed.out() + changed.err());
        assertEquals(1, changed.errLines().size(), changed.err());
        assertTrue(changed.err().matches(Pattern.quote(runDir.resolve("manifest.json").toString()) + ":[0-9]+:[0-9]+: "
                + "zone_files\\[1\\]: \".*\" has changed since the run .*\\n"),
                changed.err());
        assertFalse(Files.exists(tmp.resolve("again")), "nothing is run for a changed file");
    }

    @Test
    void aCopiedProjectReproducesFromItsOwnDataWhenTheOriginalHasChanged() throws IOException {
        Path project = tmp.resolve("project");
        projectRun(project);
        Path copy = tmp.resolve("copy");
        TestFiles.copyTree(project, copy);
        Path anchors = project.resolve("scenarios/data/zone-anchors.csv");
        Files.writeString(anchors, Files.readString(anchors) + "\n");

        MainTest.Outcome o = reproduce(copy.resolve("results/small/first"));
        assertEquals(0, o.code(), o.out() + o.err());
        assertEquals("OK", lastLine(o.out()));
    }

    @Test
    void aMissingCatalogueIsOneLineThatNamesItsAbsolutePathWithoutARelativePathHint() throws IOException {
        Path runDir = run();
        Path catalogue = tmp.resolve("in/data/zones-2019.csv");
        Files.delete(catalogue);

        MainTest.Outcome o = reproduce(runDir);
        assertEquals(2, o.code(), o.out() + o.err());
        assertEquals(1, o.errLines().size(), o.err());
        String line = o.errLines().get(0);
        assertTrue(line.matches(Pattern.quote(runDir.resolve("manifest.json").toString()) + ":[0-9]+:[0-9]+: zones: "
                + "cannot read zone catalogue " + Pattern.quote("\"" + catalogue + "\"") + ": file not found"), line);
        assertFalse(Files.exists(tmp.resolve("run-reproduce")), "nothing is run for a missing catalogue");
    }
}
