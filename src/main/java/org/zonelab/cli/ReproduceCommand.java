package org.zonelab.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zonelab.experiment.Build;
import org.zonelab.experiment.Runs;
import org.zonelab.output.AgentLog;
import org.zonelab.output.RunDirectoryWriter;
import org.zonelab.output.RunFiles;
import org.zonelab.output.Version;
import org.zonelab.scenario.InputFiles;
import org.zonelab.scenario.ResolvedScenario;
import org.zonelab.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zonelab reproduce RUN_DIR}: re-runs a run directory of {@code zonelab run} from its manifest
 * alone (the resolved scenario, seeds and agent-log options it records; docs/ODD.md §8.3) into a new
 * directory, and compares the output files byte for byte ({@link RunFiles}). Prints {@code OK} (exit 0)
 * or the first file that differs (exit 1). A directory without a complete run manifest, a manifest of
 * another zonelab version, or a zone catalogue that has changed since the run is one line and exit 2;
 * a manifest of another build of the same version is reproduced, with a warning, since that is how a
 * code change is checked for a change of results.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Re-run a run directory from its manifest alone into a new directory and compare every CSV "
                + "file byte for byte: prints OK (exit 0), or the first file that differs (exit 1).")
final class ReproduceCommand implements Callable<Integer> {
    /** The exit code when a file differs. */
    static final int DIFFERS = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory of zonelab run, with its manifest.json.")
    Path runDir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory of the new run (default: RUN_DIR-reproduce beside RUN_DIR; -reproduce-2, -3, ... "
                    + "when that exists).")
    Path out;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException {
        Path manifest = runDir.resolve(RunDirectoryWriter.MANIFEST);
        JsonNode m = readManifest(manifest);
        String version = text(m, manifest, "zonelab_version");
        if (!version.equals(Version.current())) {
            throw bad(manifest + ": the run was made by zonelab " + version + " and this is zonelab "
                    + Version.current() + "; reproduce it with zonelab " + version);
        }
        String build = text(m, manifest, "build_sha256");
        PrintWriter err = spec.commandLine().getErr();
        if (!build.equals(Build.sha256())) {
            err.println("zonelab reproduce: warning: the run was made by another build of zonelab " + version + " ("
                    + prefix(build) + ", this is " + prefix(Build.sha256()) + "); a difference may come from the code");
            err.flush();
        }
        JsonNode logs = m.path(RunDirectoryWriter.AGENT_LOGS);
        AgentLog.Snapshots snapshots = AgentLogOptions.snapshots(logs.path("firm_snapshots").asText(""));
        if (snapshots == null || !logs.path("events").isBoolean()) {
            throw bad(manifest + ": " + RunDirectoryWriter.AGENT_LOGS + " must be {firm_snapshots: "
                    + AgentLogOptions.SNAPSHOTS_ALLOWED.replace(", ", "|") + ", events: true|false}");
        }
        boolean events = logs.path("events").asBoolean();
        engineOptions.check(AgentLog.active(snapshots, events));
        Scenario scenario = ResolvedScenario.load(manifest);
        String recordedCatalogue = m.path(ResolvedScenario.ZONE_FILES).path(0).path("path").asText("");
        Path catalogue = scenario.zoneSource().catalogue();
        if (catalogue != null && !recordedCatalogue.isEmpty()
                && !catalogue.toAbsolutePath().normalize().equals(Path.of(recordedCatalogue).toAbsolutePath().normalize())) {
            err.println("zonelab reproduce: the zone files are read from " + catalogue.toAbsolutePath().normalize()
                    .getParent() + " (where the run directory's recorded relative paths lead; the run read them at "
                    + Path.of(recordedCatalogue).getParent() + ", where they are missing or changed now)");
            err.flush();
        }
        checkSeeds(m, manifest, scenario);
        Path dir = out != null ? out : sibling(runDir);
        if (dir.toAbsolutePath().normalize().equals(runDir.toAbsolutePath().normalize())) {
            throw bad("zonelab reproduce: --out " + out + " is the run directory itself; name a new directory");
        }
        if (RunDirectoryWriter.isComplete(dir)) {
            throw bad(dir + ": holds a complete run already (" + RunDirectoryWriter.MANIFEST + "); name a new "
                    + "directory with --out, or leave --out out");
        }
        RunCommand.write(scenario, new RunCommand.RunDirectory(dir, false, false), snapshots, events, true, engineOptions,
                scenario.zoneSource().catalogue());
        String difference = RunFiles.firstDifference(runDir, dir);
        PrintWriter w = spec.commandLine().getOut();
        w.println("Re-ran " + runDir + " (" + scenario.name() + ", " + scenario.replications()
                + (scenario.replications() == 1 ? " replication" : " replications") + ") into "
                + dir + "/, comparing " + String.join(", ", RunFiles.compared(runDir)));
        w.println(difference == null ? "OK" : difference);
        w.flush();
        return difference == null ? Main.OK : DIFFERS;
    }

    /** The manifest of a complete run of {@code zonelab run}, parsed. */
    private static JsonNode readManifest(Path manifest) {
        JsonNode m;
        try {
            m = JSON.readTree(InputFiles.readOnce(manifest, InputFiles.Kind.SCENARIO));
        } catch (InputFiles.Refused e) {
            throw bad(manifest + ": " + e.getMessage() + "; RUN_DIR must be a run directory of zonelab run");
        } catch (JacksonException e) {
            throw bad(manifest + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw bad(manifest + ": cannot read it (" + e.getMessage() + ")");
        }
        if (m == null || !m.isObject()) {
            throw bad(manifest + ": not a manifest of zonelab (expected a JSON object)");
        }
        if (!RunDirectoryWriter.STATUS_COMPLETE.equals(m.path("status").asText(null))) {
            throw bad(manifest + ": the run is not complete (status " + m.path("status") + "); only a complete run "
                    + "can be reproduced");
        }
        if (m.has("kind")) {
            throw bad(manifest + ": a " + m.path("kind").asText() + " directory; reproduce re-runs the directories of "
                    + "zonelab run");
        }
        return m;
    }

    /** The recorded seeds must be those the resolved scenario gives (a manifest edited by hand is refused). */
    private static void checkSeeds(JsonNode m, Path manifest, Scenario scenario) {
        List<Long> recorded = new ArrayList<>();
        for (JsonNode rep : m.path("replications")) {
            recorded.add(rep.path("seed").asLong());
        }
        List<Long> seeds = Runs.seeds(scenario.seed(), scenario.replications());
        if (!recorded.equals(seeds)) {
            throw bad(manifest + ": the replications' seeds " + recorded + " are not those of the resolved scenario "
                    + "(seed " + scenario.seed() + ", " + scenario.replications() + " replications)");
        }
    }

    private static String text(JsonNode m, Path manifest, String key) {
        JsonNode n = m.get(key);
        if (n == null || !n.isTextual()) {
            throw bad(manifest + ": no " + key + " (the run was made by a zonelab that did not record what reproduce "
                    + "needs); run its scenario again");
        }
        return n.asText();
    }

    /** {@code RUN_DIR-reproduce} beside the run directory, or the first free {@code RUN_DIR-reproduce-k}. */
    static Path sibling(Path runDir) {
        Path abs = runDir.toAbsolutePath().normalize();
        if (abs.getFileName() == null || abs.getParent() == null) {
            throw bad("zonelab reproduce: " + runDir + " has no folder to put the new run beside it; give --out DIR");
        }
        String name = abs.getFileName() + "-reproduce";
        Path dir = abs.resolveSibling(name);
        for (int k = 2; Files.exists(dir, LinkOption.NOFOLLOW_LINKS); k++) {
            dir = abs.resolveSibling(name + "-" + k);
        }
        return dir;
    }

    private static String prefix(String sha256) {
        return "build " + sha256.substring(0, Math.min(12, sha256.length()));
    }

    private static BadInputException bad(String message) {
        return new BadInputException(message, null);
    }
}
