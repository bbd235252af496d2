package org.zonelab.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.geo.Region;
import org.zonelab.model.param.Param;
import org.zonelab.policy.LeverParameter;
import org.zonelab.policy.Levers;
import org.zonelab.scenario.Node.Entry;
import org.zonelab.scenario.Node.MapNode;
import org.zonelab.scenario.Node.ScalarNode;

/**
 * A scenario written out in full, as a run's manifest records it ({@value #KEY}), and read back from
 * the manifest alone ({@code zonelab reproduce}).
 *
 * <p>The document is a scenario file with every key after {@code extends}, the defaults and the
 * command-line overrides: every model parameter, every policy block with all its lever's settings (the
 * defaults written out), every event with all its keys. The zone catalogue is not copied: {@code zones}
 * names it by its absolute path (a synthetic set names it in {@code catalogue}), and {@value #ZONE_FILES}
 * records the catalogue and the data files beside it with their SHA-256 and their path relative to the
 * run directory, so that a catalogue that has changed since the run is refused rather than silently
 * used, and one moved with the run directory (a project folder moved or copied with its results) is
 * still found ({@link RecordedZoneFiles}).
 */
public final class ResolvedScenario {
    /** The manifest key of the document. */
    public static final String KEY = "resolved_scenario";
    /** The manifest key of the zone files the run read. */
    public static final String ZONE_FILES = "zone_files";

    private ResolvedScenario() {
    }

    /**
     * The document of a scenario, in the order of a scenario file's keys; null for a scenario not read
     * from files (it has no zone source to name).
     */
    public static Map<String, Object> document(Scenario s) {
        if (s.zoneSource() == null) {
            return null;
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", s.name());
        d.put("description", s.description());
        d.put("start_year", s.startYear());
        d.put("years", s.years());
        d.put("scale", s.scale());
        d.put("seed", s.seed());
        d.put("replications", s.replications());
        d.put("zones", zones(s.zoneSource()));
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Param p : Param.values()) {
            parameters.put(p.key(), s.parameters().get(p));
        }
        d.put("parameters", parameters);
        Map<String, Object> policies = new LinkedHashMap<>();
        for (PolicySetting p : s.policies()) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("intensity", p.intensity());
            block.put("from", p.fromYear());
            block.put("to", p.toYear());
            target(block, p.target());
            for (LeverParameter lp : Levers.parameters(p.lever())) {
                block.put(lp.key(), p.settings().getOrDefault(lp.key(), lp.defaultValue()));
            }
            policies.put(p.lever(), block);
        }
        d.put("policies", policies);
        List<Object> events = new ArrayList<>();
        for (EventSetting e : s.events()) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", e.type());
            event.put("year", e.year());
            event.put("severity", e.severity());
            event.put("duration_years", e.durationYears());
            target(event, e.target());
            events.add(event);
        }
        d.put("events", events);
        return d;
    }

    /**
     * The zone catalogue and the data files beside it that a scenario read: kind, absolute path, sha256,
     * without the paths relative to a run directory ({@link #zoneFiles(Scenario, Path)}).
     */
    public static List<Map<String, Object>> zoneFiles(Scenario s) {
        return zoneFiles(s, null);
    }

    /**
     * The zone catalogue and the data files beside it that a scenario read: kind, absolute path, path
     * relative to the run directory ({@value RecordedZoneFiles#RELATIVE}; left out when there is none,
     * as for a file on another drive), sha256.
     *
     * @param runDir the run directory whose manifest records them, or null for no relative paths
     */
    public static List<Map<String, Object>> zoneFiles(Scenario s, Path runDir) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (InputFiles.Read r : zoneInputs(s)) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("kind", kindText(r.kind()));
            f.put("path", absolute(r.path()));
            String relative = runDir == null ? null : relative(runDir, r.path());
            if (relative != null) {
                f.put(RecordedZoneFiles.RELATIVE, relative);
            }
            f.put("sha256", r.sha256());
            out.add(f);
        }
        return out;
    }

    /** {@code ../../data/zones-2019.csv}, with / between names whatever the system; null across drives. */
    private static String relative(Path runDir, Path file) {
        Path from = RecordedZoneFiles.real(runDir);
        Path to = RecordedZoneFiles.real(file);
        if (from.getRoot() == null || !from.getRoot().equals(to.getRoot())) {
            return null;
        }
        List<String> names = new ArrayList<>();
        from.relativize(to).forEach(n -> names.add(n.toString()));
        return String.join("/", names);
    }

    /**
     * Loads the scenario that a manifest records, from the manifest alone (and the zone files it names),
     * and checks that those zone files are the ones the run read.
     *
     * @throws ScenarioException {@code manifest.json:line:col: message} when the manifest has no
     *                           resolved scenario, the document is not a valid scenario, or a zone file
     *                           is missing or has changed
     */
    public static Scenario load(Path manifest) {
        InputFiles log = new InputFiles();
        byte[] bytes = ScenarioLoader.readBytes(manifest, Position.start(manifest), "cannot read the manifest",
                InputFiles.Kind.SCENARIO, log);
        Node read = YamlReader.read(manifest, bytes);
        MapNode root = Checks.map(read, "manifest", "a JSON object");
        Node doc = root.get(KEY);
        if (doc == null || Checks.isNull(doc)) {
            throw new ScenarioException(Position.start(manifest), "the manifest has no " + KEY
                    + " (the run was made by a zonelab that did not record it); run its scenario again");
        }
        MapNode document = Checks.map(doc, KEY, "a map of scenario keys");
        RecordedZoneFiles recorded = RecordedZoneFiles.of(root);
        // locate refuses a zone file changed since the run before anything parses it.
        Map<String, Path> located = recorded == null ? Map.of() : recorded.locate(manifest.toAbsolutePath().getParent());
        Scenario s = ScenarioLoader.validate(new ScenarioLoader.Resolved(manifest, Sha256.hex(bytes),
                relocate(document, located), log.files()), Overrides.NONE, null);
        if (recorded == null) {
            throw new ScenarioException(root.pos(), "the manifest has no " + ZONE_FILES
                    + ", so the zone catalogue cannot be checked");
        }
        checkZoneFiles(recorded, located, s);
        return s;
    }

    /**
     * The document with its catalogue's path replaced by where the catalogue is now, when that is not
     * where the run read it; the data files beside it follow, since they are looked up beside it.
     */
    private static MapNode relocate(MapNode document, Map<String, Path> located) {
        Entry zones = document.entry("zones");
        if (zones == null) {
            return document;
        }
        Node moved = zones.value();
        if (zones.value() instanceof ScalarNode path) {
            moved = relocated(path, located);
        } else if (zones.value() instanceof MapNode z && z.get("synthetic") instanceof MapNode synthetic
                && synthetic.get("catalogue") instanceof ScalarNode path) {
            moved = with(z, "synthetic", with(synthetic, "catalogue", relocated(path, located)));
        }
        return moved == zones.value() ? document : with(document, "zones", moved);
    }

    private static Node relocated(ScalarNode path, Map<String, Path> located) {
        Path now = path.kind() == ScalarNode.Kind.TEXT ? located.get(path.text()) : null;
        if (now == null || now.toString().equals(path.text())) {
            return path;
        }
        return new ScalarNode(path.pos(), ScalarNode.Kind.TEXT, now.toString(), null);
    }

    private static MapNode with(MapNode m, String key, Node value) {
        if (m.get(key) == value) {
            return m;
        }
        Map<String, Entry> entries = new LinkedHashMap<>(m.entries());
        Entry old = entries.get(key);
        entries.put(key, new Entry(key, old.keyPos(), value));
        return new MapNode(m.pos(), entries, m.weight());
    }

    /** The zone files read now must be those the run read, where they are now ({@code located}). */
    private static void checkZoneFiles(RecordedZoneFiles recorded, Map<String, Path> located, Scenario s) {
        Map<String, InputFiles.Read> now = new LinkedHashMap<>();
        for (InputFiles.Read r : zoneInputs(s)) {
            now.put(absolute(r.path()), r);
        }
        for (RecordedZoneFiles.File f : recorded.files()) {
            String file = absolute(located.get(f.path()));
            InputFiles.Read read = now.remove(file);
            if (read == null) {
                throw Checks.error(f.node(), f.at(), Text.quote(file) + " was read by the run and is missing now; "
                        + "restore it to reproduce the run");
            }
            if (!read.sha256().equals(f.sha256())) {
                throw changed(f, file, read.sha256());
            }
        }
        if (!now.isEmpty()) {
            String file = now.keySet().iterator().next();
            throw Checks.error(recorded.list(), ZONE_FILES, Text.quote(file) + " is read now but was not read by the "
                    + "run; remove it to reproduce the run");
        }
    }

    /** The one-line error for a recorded zone file whose bytes are not those the run read. */
    static ScenarioException changed(RecordedZoneFiles.File f, String file, String sha256Now) {
        return Checks.error(f.node(), f.at(), Text.quote(file) + " has changed since the run (sha256 "
                + prefix(f.sha256()) + "... then, " + prefix(sha256Now) + "... now); restore it to reproduce the run");
    }

    private static String prefix(String sha256) {
        return Text.shorten(sha256.substring(0, Math.min(12, sha256.length())));
    }

    private static List<InputFiles.Read> zoneInputs(Scenario s) {
        return s.inputs().stream().filter(r -> r.kind() != InputFiles.Kind.SCENARIO).toList();
    }

    private static Object zones(ZoneSource z) {
        String catalogue = absolute(z.catalogue());
        if (z.syntheticCount() == null) {
            return catalogue;
        }
        Map<String, Object> synthetic = new LinkedHashMap<>();
        synthetic.put("count", z.syntheticCount());
        if (z.syntheticShares() != null) {
            Map<String, Object> shares = new LinkedHashMap<>();
            for (Region r : Region.values()) {
                Double share = z.syntheticShares().get(r);
                if (share != null) {
                    shares.put(r.label(), share);
                }
            }
            synthetic.put("regions", shares);
        }
        synthetic.put("catalogue", catalogue);
        return Map.of("synthetic", synthetic);
    }

    /** {@code zones: all}, {@code regions: [...]} or {@code zones: [ids]}, as a scenario writes a target. */
    private static void target(Map<String, Object> block, ZoneTarget t) {
        if (t.all()) {
            block.put("zones", "all");
        } else if (!t.regions().isEmpty()) {
            List<String> regions = new ArrayList<>();
            for (Region r : Region.values()) {
                if (t.regions().contains(r)) {
                    regions.add(r.label());
                }
            }
            block.put("regions", regions);
        } else {
            block.put("zones", List.copyOf(new TreeSet<>(t.zoneIds())));
        }
    }

    private static String kindText(InputFiles.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }
}
