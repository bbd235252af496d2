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
import org.zonelab.scenario.Node.ListNode;
import org.zonelab.scenario.Node.MapNode;

/**
 * A scenario written out in full, as a run's manifest records it ({@value #KEY}), and read back from
 * the manifest alone ({@code zonelab reproduce}).
 *
 * <p>The document is a scenario file with every key after {@code extends}, the defaults and the
 * command-line overrides: every model parameter, every policy block with all its lever's settings (the
 * defaults written out), every event with all its keys. The zone catalogue is not copied: {@code zones}
 * names it by its absolute path (a synthetic set names it in {@code catalogue}), and {@value #ZONE_FILES}
 * records the catalogue and the data files beside it with their SHA-256, so that a catalogue that has
 * moved or changed since the run is refused rather than silently used.
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

    /** The zone catalogue and the data files beside it that a scenario read: kind, absolute path, sha256. */
    public static List<Map<String, Object>> zoneFiles(Scenario s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (InputFiles.Read r : zoneInputs(s)) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("kind", kindText(r.kind()));
            f.put("path", absolute(r.path()));
            f.put("sha256", r.sha256());
            out.add(f);
        }
        return out;
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
        Scenario s = ScenarioLoader.validate(new ScenarioLoader.Resolved(manifest, Sha256.hex(bytes), document,
                log.files()), Overrides.NONE, null);
        checkZoneFiles(root, s);
        return s;
    }

    private static void checkZoneFiles(MapNode root, Scenario s) {
        Node recordedNode = root.get(ZONE_FILES);
        if (recordedNode == null) {
            throw new ScenarioException(root.pos(), "the manifest has no " + ZONE_FILES
                    + ", so the zone catalogue cannot be checked");
        }
        ListNode recorded = Checks.list(recordedNode, ZONE_FILES, "a list of {kind, path, sha256}");
        Map<String, InputFiles.Read> now = new LinkedHashMap<>();
        for (InputFiles.Read r : zoneInputs(s)) {
            now.put(absolute(r.path()), r);
        }
        for (int i = 0; i < recorded.items().size(); i++) {
            String path = ZONE_FILES + "[" + i + "]";
            MapNode f = Checks.map(recorded.items().get(i), path, "a map {kind, path, sha256}");
            String file = Checks.text(required(f, path, "path"), path + ".path");
            String sha256 = Checks.text(required(f, path, "sha256"), path + ".sha256");
            InputFiles.Read read = now.remove(file);
            if (read == null) {
                throw Checks.error(f, path, Text.quote(file) + " was read by the run and is missing now; restore it "
                        + "to reproduce the run");
            }
            if (!read.sha256().equals(sha256)) {
                throw Checks.error(f, path, Text.quote(file) + " has changed since the run (sha256 "
                        + prefix(sha256) + "... then, " + prefix(read.sha256()) + "... now); restore it to reproduce the run");
            }
        }
        if (!now.isEmpty()) {
            String file = now.keySet().iterator().next();
            throw Checks.error(recorded, ZONE_FILES, Text.quote(file) + " is read now but was not read by the run; "
                    + "remove it to reproduce the run");
        }
    }

    private static String prefix(String sha256) {
        return Text.shorten(sha256.substring(0, Math.min(12, sha256.length())));
    }

    private static Node required(MapNode m, String path, String key) {
        Node n = m.get(key);
        if (n == null) {
            throw Checks.error(m, path, "missing key " + Text.quote(key));
        }
        return n;
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

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }
}
