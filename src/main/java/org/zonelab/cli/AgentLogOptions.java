package org.zonelab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.zonelab.experiment.Observers;
import org.zonelab.experiment.RunRequest;
import org.zonelab.output.AgentLog;
import org.zonelab.output.AgentLogFiles;
import org.zonelab.output.OutputDirectory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The agent-log options, shared (as a picocli mixin) by {@code run}, {@code compare} and {@code sweep}:
 * {@code --firm-snapshots none|final|yearly} (firms.csv) and {@code --events} (events.csv and
 * flows.csv). Each command words the help in its own resource bundle (keys {@code firm-snapshots}
 * and {@code events}).
 */
final class AgentLogOptions {
    /** The values of {@code --firm-snapshots}. */
    static final String SNAPSHOTS_ALLOWED = "none, final, yearly";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--firm-snapshots", paramLabel = "WHEN", defaultValue = "none", descriptionKey = "firm-snapshots",
            description = "Write firms.csv: none, final or yearly (default: none).")
    String firmSnapshots;

    @Option(names = "--events", descriptionKey = "events",
            description = "Write events.csv (firm life events) and flows.csv.")
    boolean events;

    /** The checked {@code --firm-snapshots}. */
    AgentLog.Snapshots snapshots() {
        AgentLog.Snapshots s = snapshots(firmSnapshots);
        if (s == null) {
            throw new ParameterException(spec.commandLine(), "--firm-snapshots: \"" + firmSnapshots
                    + "\" is not allowed; allowed: " + SNAPSHOTS_ALLOWED);
        }
        return s;
    }

    /** Whether any agent log is asked for. */
    boolean active() {
        return AgentLog.active(snapshots(), events);
    }

    /** The agent-log files these options write, for the console. */
    List<String> files() {
        List<String> files = new ArrayList<>();
        if (snapshots() != AgentLog.Snapshots.NONE) {
            files.add(AgentLogFiles.FIRMS);
        }
        if (events) {
            files.addAll(List.of(AgentLogFiles.EVENTS, AgentLogFiles.FLOWS));
        }
        return files;
    }

    /** The agent-log settings as the manifest records them. */
    Map<String, Object> settings() {
        return AgentLogFiles.settings(snapshots(), events);
    }

    /** The firm snapshots {@code --firm-snapshots} (and a manifest) names, or null for a name that is none of them. */
    static AgentLog.Snapshots snapshots(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "none" -> AgentLog.Snapshots.NONE;
            case "final" -> AgentLog.Snapshots.FINAL;
            case "yearly" -> AgentLog.Snapshots.YEARLY;
            default -> null;
        };
    }

    /**
     * The observers that write each run's agent log into part files of {@code out}, or
     * {@link Observers#NONE} when no log is asked for.
     *
     * @param run names each request's run in the rows (scenario, replication, seed, and a sweep's point)
     */
    static Observers observers(OutputDirectory out, AgentLog.Snapshots snapshots, boolean events,
                               Function<RunRequest, AgentLog.Run> run) {
        if (!AgentLog.active(snapshots, events)) {
            return Observers.NONE;
        }
        return r -> new AgentLog(out, run.apply(r), snapshots, events);
    }

    /** {@link #observers(OutputDirectory, AgentLog.Snapshots, boolean, Function)} with these options. */
    Observers observers(OutputDirectory out, Function<RunRequest, AgentLog.Run> run) {
        return observers(out, snapshots(), events, run);
    }
}
