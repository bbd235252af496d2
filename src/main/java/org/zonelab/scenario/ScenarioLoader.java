package org.zonelab.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.geo.Region;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;
import org.zonelab.policy.LeverParameter;
import org.zonelab.policy.Levers;
import org.zonelab.scenario.Node.Entry;
import org.zonelab.scenario.Node.ListNode;
import org.zonelab.scenario.Node.MapNode;
import org.zonelab.scenario.Node.ScalarNode;

/**
 * Loads a scenario file (scenarios/README.md): reads the YAML safely ({@link YamlReader}), merges the files it
 * {@code extends}, validates every key into a typed {@link Scenario} and reads its zone catalogue.
 * Every problem is a {@link ScenarioException} whose message is {@code file:line:col: message}.
 */
public final class ScenarioLoader {
    /** Top-level keys of a scenario file, in documentation order. */
    public static final List<String> KEYS = List.of("name", "description", "extends", "start_year", "years", "scale",
            "seed", "replications", "zones", "parameters", "policies", "events");
    /** The ten policy levers (docs/ODD.md §7.12), in the seed's order. */
    public static final List<String> LEVERS = Levers.SEED_ORDER;
    /** Event types (docs/ODD.md §7.12). */
    public static final List<String> EVENT_TYPES = Levers.EVENT_TYPES;
    /** Keys of a policy block besides the lever's own numeric settings. */
    public static final List<String> POLICY_KEYS = List.of("intensity", "from", "to", "zones", "regions");
    /** Keys of an event. */
    public static final List<String> EVENT_KEYS = List.of("type", "year", "severity", "duration_years", "zones",
            "regions");

    public static final int DEFAULT_START_YEAR = 2020;
    public static final int MIN_START_YEAR = 2000;
    public static final int MAX_START_YEAR = 2100;
    public static final int DEFAULT_YEARS = 15;
    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 100;
    public static final double DEFAULT_SCALE = 1.0;
    public static final long DEFAULT_SEED = 20210309L;
    public static final int DEFAULT_REPLICATIONS = 10;
    public static final int MIN_REPLICATIONS = 1;
    public static final int MAX_REPLICATIONS = 10_000;
    public static final String DEFAULT_ZONES = "data/zones-2019.csv";
    public static final double MAX_INTENSITY = 5;
    public static final double DEFAULT_INTENSITY = 1;
    public static final double DEFAULT_SEVERITY = 0.3;
    public static final double DEFAULT_DURATION_YEARS = 1;
    public static final double MAX_DURATION_YEARS = 100;

    /**
     * Most files in an {@code extends} chain, the scenario itself included (deeper chains are refused
     * before they can exhaust the stack).
     */
    public static final int MAX_EXTENDS_DEPTH = 20;
    /** Endings of the scenario files that {@code extends} and a sweep's {@code base} may name. */
    public static final List<String> YAML_SUFFIXES = List.of(".yaml", ".yml");
    /** Ending of the zone catalogues that {@code zones} may name. */
    public static final List<String> CSV_SUFFIXES = List.of(".csv");

    /** Allowed scenario names: safe as one directory name. */
    public static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    static final String SAFE_NAME_TEXT =
            "letters, digits, \".\", \"_\" and \"-\", not starting with \".\", at most 100 characters";

    private ScenarioLoader() {
    }

    /** Loads and validates a scenario file. */
    public static Scenario load(Path file) {
        return load(file, Overrides.NONE);
    }

    /**
     * Loads and validates a scenario file as written, then applies the command-line values (which are
     * checked again against the scenario: policy and event years against an overridden run length, a
     * scale against the firms it leaves).
     *
     * @throws ScenarioException on any problem with the file or the files it names
     * @throws OptionException   when a command-line value does not fit the (valid) scenario
     */
    public static Scenario load(Path file, Overrides overrides) {
        return validate(resolveFile(file), overrides, null);
    }

    /**
     * A scenario file merged with the files it extends (without {@code extends}), not yet validated.
     *
     * @param inputs the scenario file and the files it extends, as read
     */
    record Resolved(Path file, String sha256, MapNode root, List<InputFiles.Read> inputs) {
        Resolved {
            inputs = List.copyOf(inputs);
        }

        /** The same files with another (modified) tree. */
        Resolved withRoot(MapNode other) {
            return new Resolved(file, sha256, other, inputs);
        }
    }

    /**
     * The zones of a validated scenario, with the text that names their ids in error messages.
     *
     * @param inputs the zone catalogue and the data files beside it, as read
     * @param source where the zones come from (for the resolved scenario of a manifest)
     */
    record ZoneSet(List<ZoneSeed> zones, TreeSet<Integer> ids, String idsText, List<InputFiles.Read> inputs,
                   ZoneSource source) {
    }

    /** A validated scenario with its tree and zones, so that variants of it can be validated cheaply. */
    record Loaded(Resolved resolved, Scenario scenario, ZoneSet zones) {
    }

    /** Reads a scenario file and the files it extends into one tree. */
    static Resolved resolveFile(Path file) {
        InputFiles log = new InputFiles();
        byte[] bytes = readBytes(file, Position.start(file), "cannot read scenario file", InputFiles.Kind.SCENARIO,
                log);
        return resolveBytes(file, bytes, log);
    }

    /** Resolves a scenario file whose bytes {@code log} has read already. */
    static Resolved resolveBytes(Path file, byte[] bytes, InputFiles log) {
        MapNode root = resolve(file, bytes, new ArrayList<>(), log);
        return new Resolved(file, Sha256.hex(bytes), root, log.files());
    }

    /** Loads and validates a scenario, keeping its tree and zones. */
    static Loaded loadTree(Resolved r) {
        Validator v = new Validator(r, Overrides.NONE, null);
        Scenario s = v.scenario(r.root());
        return new Loaded(r, s, v.zoneSet());
    }

    /**
     * Validates a (possibly modified) scenario tree as written, then with the overrides; {@code zones},
     * when not null, stands for the tree's {@code zones} key, which is then not read again.
     */
    static Scenario validate(Resolved r, Overrides overrides, ZoneSet zones) {
        Overrides o = overrides == null ? Overrides.NONE : overrides;
        Validator asWritten = new Validator(r, Overrides.NONE, zones);
        Scenario s = asWritten.scenario(r.root());
        if (o.years() == null && o.scale() == null) {
            // Replications and the seed decide nothing else in the file: no second pass needed.
            return s.withOverrides(o.replications(), o.seed(), null, null);
        }
        Validator withOptions = new Validator(r, o, asWritten.zoneSet());
        try {
            return withOptions.scenario(r.root());
        } catch (ScenarioException e) {
            // The file as written is valid, so only the run length of --years can make it invalid now.
            throw new OptionException("--years", "with --years " + o.years() + " the scenario is invalid: "
                    + e.getMessage());
        }
    }

    /**
     * Reads a whole input file through {@code log} for {@code what} (e.g. {@code extends: cannot read
     * "x.yaml"}), reporting problems at {@code at}.
     */
    static byte[] readBytes(Path file, Position at, String what, InputFiles.Kind kind, InputFiles log) {
        try {
            return log == null ? InputFiles.readOnce(file, kind) : log.read(file, kind);
        } catch (IOException e) {
            throw readError(file, at, what, e, null);
        }
    }

    /**
     * The one-line error for an input file that cannot be read.
     *
     * @param written the path as the file at {@code at} writes it, or null when it is not named there; a
     *                file not found at a relative path is told where relative paths are looked up (an
     *                absolute one, such as a manifest's, is not relative to anything)
     */
    static ScenarioException readError(Path file, Position at, String what, IOException e, String written) {
        if (e instanceof InputFiles.Refused r) {
            String hint = r.getMessage().equals("file not found") && written != null && !at.file().equals(file)
                    && !Path.of(written).isAbsolute()
                    ? " (paths are relative to the folder of " + at.file().getFileName() + ")" : "";
            return new ScenarioException(at, what + ": " + r.getMessage() + hint);
        }
        if (e instanceof NoSuchFileException) {
            return new ScenarioException(at, what + ": file not found");
        }
        if (e instanceof AccessDeniedException) {
            return new ScenarioException(at, what + ": permission denied");
        }
        return new ScenarioException(at, what + ": " + e.getMessage());
    }

    /**
     * Checks a path that a file names ({@code extends}, a sweep's {@code base}, {@code zones}) before
     * it is read: it must be a regular file with one of the {@code suffixes}. Other files are refused
     * unread, so that a scenario cannot show the content of a file such as {@code /etc/passwd} in an
     * error message.
     */
    static void checkNamed(Path file, String written, Position at, String what, List<String> suffixes,
                           String kindText, InputFiles.Kind kind) {
        long size;
        try {
            size = InputFiles.requireRegular(file);
        } catch (IOException e) {
            throw readError(file, at, what, e, written);
        }
        if (size > kind.maxBytes()) {
            throw new ScenarioException(at, what + ": " + size + " bytes; " + kind.limitText());
        }
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String suffix : suffixes) {
            if (fileName.endsWith(suffix)) {
                return;
            }
        }
        throw new ScenarioException(at, what + ": it is not " + kindText + " (its name must end in "
                + String.join(" or ", suffixes) + ")");
    }

    /** Reads a file and the chain of files it extends into one merged tree, without {@code extends}. */
    private static MapNode resolve(Path file, byte[] bytes, List<Path> chain, InputFiles log) {
        Node read = YamlReader.read(file, bytes);
        if (read == null || Checks.isNull(read)
                || read instanceof ScalarNode s && s.kind() == ScalarNode.Kind.TEXT && s.text().isBlank()) {
            throw new ScenarioException(Position.start(file),
                    "the file is empty; a scenario is a map of keys such as name, start_year, years and zones");
        }
        if (!(read instanceof MapNode root)) {
            // The kind only, not the content: the file may be one that a scenario named by mistake.
            throw new ScenarioException(read.pos(), "expected a map of scenario keys (" + String.join(", ", KEYS)
                    + "), got " + read.kindText());
        }
        List<Path> here = new ArrayList<>(chain);
        here.add(identity(file));
        Entry ext = root.entry("extends");
        Map<String, Entry> own = new LinkedHashMap<>(root.entries());
        own.remove("extends");
        MapNode child = new MapNode(root.pos(), own, root.weight());
        if (ext == null || Checks.isNull(ext.value())) {
            return child;
        }
        String target = Checks.text(ext.value(), "extends");
        Path parentFile = resolveNamed(ext.value().pos(), target, "extends");
        int cycleAt = here.indexOf(identity(parentFile));
        if (cycleAt >= 0) {
            throw new ScenarioException(ext.value().pos(), "extends: cycle "
                    + chainText(here.subList(cycleAt, here.size()), parentFile)
                    + "; a file may not extend itself, directly or through others");
        }
        if (here.size() >= MAX_EXTENDS_DEPTH) {
            throw new ScenarioException(ext.value().pos(), "extends: the chain " + chainText(here, parentFile)
                    + " has more than " + MAX_EXTENDS_DEPTH + " files; allowed: at most " + MAX_EXTENDS_DEPTH
                    + " files, the scenario and the files it extends");
        }
        String what = "extends: cannot read " + Text.quote(target);
        checkNamed(parentFile, target, ext.value().pos(), what, YAML_SUFFIXES, "a scenario file", InputFiles.Kind.SCENARIO);
        byte[] parentBytes = readBytes(parentFile, ext.value().pos(), what, InputFiles.Kind.SCENARIO, log);
        MapNode parent = resolve(parentFile, parentBytes, here, log);
        Map<String, Entry> inherited = new LinkedHashMap<>(parent.entries());
        inherited.remove("name"); // a child is its own scenario: its name comes from its own file
        return merge(new MapNode(parent.pos(), inherited, parent.weight()), child);
    }

    /**
     * {@code a.yaml -> b.yaml -> a.yaml}: the file names of a chain, with the middle left out of long
     * chains ({@code a.yaml -> b.yaml -> c.yaml -> ... (95 more) ... -> y.yaml -> z.yaml}).
     */
    private static String chainText(List<Path> chain, Path next) {
        List<String> names = new ArrayList<>();
        for (Path p : chain) {
            names.add(Text.shorten(String.valueOf(p.getFileName())));
        }
        names.add(Text.shorten(String.valueOf(next.getFileName())));
        if (names.size() > 7) {
            int left = names.size() - 5;
            List<String> shortened = new ArrayList<>(names.subList(0, 3));
            shortened.add("... (" + left + " more) ...");
            shortened.addAll(names.subList(names.size() - 2, names.size()));
            names = shortened;
        }
        return String.join(" -> ", names);
    }

    static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /**
     * A path written at {@code at} (the value of {@code key}), relative to the folder of the file that
     * writes it.
     */
    static Path resolveNamed(Position at, String written, String key) {
        if (written.isBlank()) {
            throw new ScenarioException(at, key + ": the path is empty; give a file name");
        }
        try {
            return resolveSibling(at.file(), written);
        } catch (InvalidPathException e) {
            throw new ScenarioException(at, key + ": " + Text.quote(written) + " is not a valid path");
        }
    }

    /** A path written in a file, relative to that file's folder. */
    static Path resolveSibling(Path file, String relative) {
        Path parent = file.getParent();
        Path p = parent == null ? Path.of(relative) : parent.resolve(relative);
        return p.normalize();
    }

    /** Child keys override parent keys; nested maps merge key by key; lists and scalars replace. */
    static MapNode merge(MapNode parent, MapNode child) {
        Map<String, Entry> out = new LinkedHashMap<>(parent.entries());
        long weight = 1;
        for (Entry e : child.entries().values()) {
            Entry old = out.get(e.key());
            if (old != null && old.value() instanceof MapNode pm && e.value() instanceof MapNode cm) {
                out.put(e.key(), new Entry(e.key(), e.keyPos(), merge(pm, cm)));
            } else {
                out.put(e.key(), e);
            }
        }
        for (Entry e : out.values()) {
            weight += e.value().weight();
        }
        return new MapNode(child.pos(), out, weight);
    }

    /**
     * Turns a merged tree into a {@link Scenario}. With overrides, their values replace the file's (which
     * the caller has validated as written) and the checks that depend on them are made again.
     */
    private static final class Validator {
        private final Resolved resolved;
        private final Path file;
        private final Overrides overrides;
        private int startYear;
        private int lastYear;
        private final ZoneSet preloaded;
        private final InputFiles zoneInputs = new InputFiles();
        private List<ZoneSeed> zoneList;
        private TreeSet<Integer> zoneIds;
        private String zoneIdsText;
        private Path catalogue;
        private ZoneSource zoneSource;

        Validator(Resolved resolved, Overrides overrides, ZoneSet preloaded) {
            this.resolved = resolved;
            this.file = resolved.file();
            this.overrides = overrides == null ? Overrides.NONE : overrides;
            this.preloaded = preloaded;
        }

        /** The zones read by {@link #scenario}, to validate variants without reading them again. */
        ZoneSet zoneSet() {
            return preloaded != null ? preloaded
                    : new ZoneSet(zoneList, zoneIds, zoneIdsText, zoneInputs.files(), zoneSource);
        }

        Scenario scenario(MapNode root) {
            for (Entry e : root.entries().values()) {
                if (!KEYS.contains(e.key())) {
                    throw Checks.unknown(e.keyPos(), "key", e.key(), KEYS, null);
                }
            }
            String name = name(root.entry("name"));
            Node d = root.get("description");
            String description = d == null || Checks.isNull(d) ? "" : Checks.text(d, "description");
            startYear = (int) whole(root, "start_year", DEFAULT_START_YEAR, MIN_START_YEAR, MAX_START_YEAR);
            int years = overrides.years() != null ? overrides.years()
                    : (int) whole(root, "years", DEFAULT_YEARS, MIN_YEARS, MAX_YEARS);
            lastYear = startYear + years - 1;
            Node scaleNode = root.get("scale");
            double scale = overrides.scale() != null ? overrides.scale()
                    : scaleNode == null ? DEFAULT_SCALE : Checks.real(scaleNode, "scale", 0, true, 1);
            long seed = overrides.seed() != null ? overrides.seed()
                    : whole(root, "seed", DEFAULT_SEED, 0, Long.MAX_VALUE);
            int replications = overrides.replications() != null ? overrides.replications()
                    : (int) whole(root, "replications", DEFAULT_REPLICATIONS, MIN_REPLICATIONS, MAX_REPLICATIONS);
            zoneList = zones(root.get("zones"));
            Parameters parameters = parameters(root.get("parameters"));
            checkFirmAgents(parameters, scale, scaleNode);
            List<PolicySetting> policies = policies(root.get("policies"));
            List<EventSetting> events = events(root.get("events"));
            checkZoneCount(root.get("events"), zoneList.size(), parameters, events);
            List<InputFiles.Read> inputs = new ArrayList<>(resolved.inputs());
            inputs.addAll(zoneSet().inputs());
            return new Scenario(name, description, file, resolved.sha256(), startYear, years, scale, seed,
                    replications, zoneList, parameters, policies, events, inputs, zoneSet().source());
        }

        /**
         * A scale so small that no firm agent is left gives an empty model: refused, with the smallest
         * scale that gives one firm agent under the model's rounding ({@link ModelConfig#firmAgents}).
         */
        private void checkFirmAgents(Parameters parameters, double scale, Node scaleNode) {
            double initFirms = parameters.get(Param.INIT_FIRMS);
            if (ModelConfig.firmAgents(initFirms, scale) >= 1) {
                return;
            }
            String problem = Checks.plainOrText(scale) + " leaves no firm agents (init_firms " + Checks.plain(initFirms)
                    + " x scale rounds to 0); the smallest useful scale is " + smallestScale(initFirms)
                    + " (one firm agent)";
            if (overrides.scale() != null) {
                throw new OptionException("--scale", problem);
            }
            Node at = scaleNode != null ? scaleNode : resolved.root();
            throw Checks.error(at, "scale", problem);
        }

        /** The smallest scale, written with three significant digits, that leaves at least one firm agent. */
        private static String smallestScale(double initFirms) {
            BigDecimal s = BigDecimal.valueOf(0.5 / initFirms).round(new MathContext(3, RoundingMode.UP));
            while (ModelConfig.firmAgents(initFirms, s.doubleValue()) < 1) {
                s = s.add(s.ulp());
            }
            return s.stripTrailingZeros().toPlainString();
        }

        private String name(Entry e) {
            if (e == null || Checks.isNull(e.value())) {
                String fileName = file.getFileName().toString();
                String base = fileName.replaceFirst("\\.(yaml|yml)$", "");
                if (!SAFE_NAME.matcher(base).matches()) {
                    throw new ScenarioException(Position.start(file), "scenario name " + Text.quote(base)
                            + " (from the file name) is not a safe directory name; add a name: key using "
                            + SAFE_NAME_TEXT);
                }
                return base;
            }
            String name = Checks.text(e.value(), "name");
            if (!SAFE_NAME.matcher(name).matches()) {
                throw Checks.error(e.value(), "name", Text.quote(name) + " is not a safe directory name; allowed: "
                        + SAFE_NAME_TEXT);
            }
            return name;
        }

        private static long whole(MapNode root, String key, long dflt, long min, long max) {
            Node n = root.get(key);
            return n == null ? dflt : Checks.whole(n, key, min, max);
        }

        private List<ZoneSeed> zones(Node n) {
            if (preloaded != null) {
                zoneIds = preloaded.ids();
                zoneIdsText = preloaded.idsText();
                return preloaded.zones();
            }
            if (n == null) {
                catalogue = resolveSibling(file, DEFAULT_ZONES);
                return readCatalogue(Position.start(file), "zones (default)", DEFAULT_ZONES);
            }
            if (n instanceof MapNode m && !m.entries().isEmpty()) {
                for (Entry e : m.entries().values()) {
                    if (!e.key().equals("synthetic")) {
                        throw new ScenarioException(e.keyPos(), "zones: unknown key " + Text.quote(e.key())
                                + Suggest.didYouMean(e.key(), List.of("synthetic")) + "; zones is the path of a zone "
                                + "catalogue CSV, such as " + DEFAULT_ZONES + ", or {synthetic: {count: N}}");
                    }
                }
                return synthetic(m.entry("synthetic"));
            }
            if (!(n instanceof ScalarNode s) || s.kind() != ScalarNode.Kind.TEXT) {
                throw Checks.error(n, "zones", "expected the path of a zone catalogue CSV (such as "
                        + DEFAULT_ZONES + ") or {synthetic: {count: N}}, got " + n.describe());
            }
            catalogue = resolveNamed(n.pos(), s.text(), "zones");
            return readCatalogue(n.pos(), "zones", s.text());
        }

        private List<ZoneSeed> readCatalogue(Position at, String what, String written) {
            String reading = what + ": cannot read zone catalogue " + Text.quote(written);
            checkNamed(catalogue, written, at, reading, CSV_SUFFIXES, "a zone catalogue", InputFiles.Kind.ZONE_CATALOGUE);
            List<ZoneSeed> zones = ZoneCatalogue.read(catalogue, zoneInputs);
            zoneSource = ZoneSource.catalogue(catalogue);
            zoneIds = new TreeSet<>();
            for (ZoneSeed z : zones) {
                zoneIds.add(z.id());
            }
            zoneIdsText = "ids of the zone catalogue " + Text.shorten(String.valueOf(catalogue.getFileName()))
                    + " (" + zoneIds.first() + " to " + zoneIds.last() + ")";
            return zones;
        }

        /**
         * {@code zones: {synthetic: {count: N, regions: {East: 0.4, ...}}}}: N zones, apportioned to the
         * regions by largest remainder, each placed at a real catalogue zone of its region (see
         * {@link SyntheticZones}).
         */
        private List<ZoneSeed> synthetic(Entry entry) {
            String path = "zones.synthetic";
            Node n = entry.value();
            MapNode m = Checks.map(n, path, "a map such as {count: 50, regions: {East: 0.5, West: 0.5}}");
            for (Entry e : m.entries().values()) {
                if (!SyntheticZones.KEYS.contains(e.key())) {
                    throw new ScenarioException(e.keyPos(), path + ": unknown key " + Text.quote(e.key())
                            + Suggest.didYouMean(e.key(), SyntheticZones.KEYS) + "; allowed: "
                            + String.join(", ", SyntheticZones.KEYS));
                }
            }
            Node countNode = m.get("count");
            if (countNode == null) {
                throw Checks.error(m, path, "missing key \"count\"; allowed: whole numbers in ["
                        + SyntheticZones.MIN_COUNT + ", " + SyntheticZones.MAX_COUNT + "]");
            }
            int count = (int) Checks.whole(countNode, path + ".count", SyntheticZones.MIN_COUNT,
                    SyntheticZones.MAX_COUNT);
            EnumMap<Region, Double> shares = null;
            Node regionsNode = m.get("regions");
            if (regionsNode != null && !Checks.isNull(regionsNode)) {
                shares = shares(regionsNode, path + ".regions");
            }
            // The coordinates (and default shares) come from the catalogue named by catalogue:, by
            // default the 2019 catalogue beside the file that writes synthetic:, like any path in that file.
            Node catalogueNode = m.get("catalogue");
            if (catalogueNode != null && !Checks.isNull(catalogueNode)) {
                String written = Checks.text(catalogueNode, path + ".catalogue");
                catalogue = resolveNamed(catalogueNode.pos(), written, path + ".catalogue");
                checkNamed(catalogue, written, catalogueNode.pos(), path + ".catalogue: cannot read zone catalogue "
                        + Text.quote(written), CSV_SUFFIXES, "a zone catalogue", InputFiles.Kind.ZONE_CATALOGUE);
            } else {
                catalogue = resolveSibling(entry.keyPos().file(), DEFAULT_ZONES);
                try {
                    InputFiles.requireRegular(catalogue);
                } catch (IOException e) {
                    String why = e.getMessage().equals("file not found") ? "file not found (it is looked up relative "
                            + "to the folder of " + entry.keyPos().file().getFileName() + ")" : e.getMessage();
                    throw new ScenarioException(entry.keyPos(), path + ": cannot read zone catalogue \"" + DEFAULT_ZONES
                            + "\", which places synthetic zones: " + why);
                }
            }
            List<ZoneSeed> real = ZoneCatalogue.read(catalogue, zoneInputs);
            List<ZoneSeed> zones;
            try {
                zones = SyntheticZones.build(count, shares, real);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(entry.keyPos(), path + ": " + e.getMessage());
            }
            zoneIds = new TreeSet<>();
            for (ZoneSeed z : zones) {
                zoneIds.add(z.id());
            }
            zoneIdsText = "ids of the synthetic zone set (1 to " + count + ")";
            zoneSource = ZoneSource.synthetic(catalogue, count, shares);
            return zones;
        }

        private static EnumMap<Region, Double> shares(Node n, String path) {
            List<String> labels = Arrays.stream(Region.values()).map(Region::label).toList();
            MapNode m = Checks.map(n, path, "a map of regions to shares such as {East: 0.4, Central: 0.3, West: 0.2, "
                    + "Northeast: 0.1}");
            if (m.entries().isEmpty()) {
                throw Checks.error(n, path, "the map is empty; give shares for some of " + String.join(", ", labels)
                        + ", or leave regions out for the shares of the 2019 catalogue");
            }
            EnumMap<Region, Double> shares = new EnumMap<>(Region.class);
            Map<Region, String> written = new EnumMap<>(Region.class);
            double total = 0;
            for (Entry e : m.entries().values()) {
                Region r = Region.fromLabel(e.key());
                if (r == null) {
                    throw new ScenarioException(e.keyPos(), path + ": unknown region " + Text.quote(e.key())
                            + Suggest.didYouMean(e.key(), labels) + "; allowed: " + String.join(", ", labels));
                }
                if (written.containsKey(r)) {
                    throw new ScenarioException(e.keyPos(), path + ": region " + r.label() + " is given twice (as "
                            + Text.quote(written.get(r)) + " and " + Text.quote(e.key()) + ")");
                }
                written.put(r, e.key());
                double v = Checks.real(e.value(), path + "." + e.key());
                if (v < 0) {
                    throw Checks.error(e.value(), path + "." + e.key(), Checks.plain(v)
                            + " is out of range; allowed: numbers >= 0");
                }
                shares.put(r, v);
                total += v;
            }
            if (!(total > 0) || !Double.isFinite(total)) {
                throw Checks.error(n, path, "the shares add up to " + Checks.plainOrText(total)
                        + "; give at least one region a share above 0 (shares are normalised to add up to 1)");
            }
            return shares;
        }

        private Parameters parameters(Node n) {
            Parameters p = Parameters.defaults();
            if (n == null || Checks.isNull(n)) {
                return p;
            }
            MapNode m = Checks.map(n, "parameters", "a map of parameter names to numbers");
            List<String> keys = Arrays.stream(Param.values()).map(Param::key).toList();
            for (Entry e : m.entries().values()) {
                Param param = Param.byKey(e.key());
                if (param == null || !param.key().equals(e.key())) {
                    throw Checks.unknown(e.keyPos(), "parameter", e.key(), keys,
                            "parameters are listed in docs/ODD.md");
                }
                String path = "parameters." + e.key();
                double v = Checks.real(e.value(), path);
                if (!param.accepts(v)) {
                    throw Checks.error(e.value(), path, Checks.plain(v) + " is out of range; allowed: "
                            + param.rangeText());
                }
                p = p.with(param, v);
            }
            return p;
        }

        private List<PolicySetting> policies(Node n) {
            List<PolicySetting> out = new ArrayList<>();
            if (n == null || Checks.isNull(n)) {
                return out;
            }
            MapNode m = Checks.map(n, "policies", "a map of policy levers to blocks such as {intensity: 0.5}");
            for (Entry e : m.entries().values()) {
                if (!LEVERS.contains(e.key())) {
                    throw Checks.unknown(e.keyPos(), "policy lever", e.key(), LEVERS, null);
                }
                out.add(policy(e.key(), e.value()));
            }
            return out;
        }

        private PolicySetting policy(String lever, Node n) {
            String path = "policies." + lever;
            MapNode block = Checks.map(n, path, "a map such as {intensity: 0.5, from: " + startYear + "}");
            Map<String, Double> settings = new TreeMap<>();
            for (Entry e : block.entries().values()) {
                if (POLICY_KEYS.contains(e.key())) {
                    continue;
                }
                LeverParameter lp = Levers.parameters(lever).stream()
                        .filter(x -> x.key().equals(e.key())).findFirst().orElse(null);
                if (lp == null) {
                    List<String> allowed = new ArrayList<>(POLICY_KEYS);
                    Levers.parameters(lever).forEach(x -> allowed.add(x.key()));
                    throw new ScenarioException(e.keyPos(), path + ": unknown key " + Text.quote(e.key())
                            + Suggest.didYouMean(e.key(), allowed) + "; allowed: " + String.join(", ", allowed));
                }
                double v = Checks.real(e.value(), path + "." + e.key());
                if (!lp.accepts(v)) {
                    throw Checks.error(e.value(), path + "." + e.key(), Checks.plain(v)
                            + " is out of range; allowed: " + lp.rangeText() + " (" + lp.unit() + ")");
                }
                settings.put(e.key(), v);
            }
            Node in = block.get("intensity");
            double intensity = in == null ? DEFAULT_INTENSITY
                    : Checks.real(in, path + ".intensity", 0, false, MAX_INTENSITY);
            Node fromNode = block.get("from");
            Node toNode = block.get("to");
            int from = fromNode == null ? startYear : year(fromNode, path + ".from");
            int to = toNode == null ? lastYear : year(toNode, path + ".to");
            if (from > to) {
                throw Checks.error(fromNode != null ? fromNode : block, path, "from " + from + " is after to " + to
                        + "; allowed: from <= to");
            }
            return new PolicySetting(lever, intensity, from, to, target(block, path), settings);
        }

        private List<EventSetting> events(Node n) {
            List<EventSetting> out = new ArrayList<>();
            if (n == null || Checks.isNull(n)) {
                return out;
            }
            ListNode list = Checks.list(n, "events", "a list of events such as {type: pandemic, year: "
                    + startYear + "}");
            for (int i = 0; i < list.items().size(); i++) {
                out.add(event(list.items().get(i), "events[" + i + "]"));
            }
            return out;
        }

        /** Zone approvals may not take a run past {@code ZoneLabModel#MAX_ZONES} zones. */
        private void checkZoneCount(Node eventsNode, int catalogue, Parameters parameters, List<EventSetting> events) {
            long approved = 0;
            for (EventSetting e : events) {
                if (e.type().equals("zone_approval")) {
                    approved += Math.round(e.severity() * parameters.get(Param.APPROVAL_ZONES));
                }
            }
            if (catalogue + approved > ZoneLabModel.MAX_ZONES) {
                throw Checks.error(eventsNode, "events", "zone approvals add " + approved + " zones to the catalogue's "
                        + catalogue + "; allowed: at most " + ZoneLabModel.MAX_ZONES + " zones in a run");
            }
        }

        private EventSetting event(Node n, String path) {
            MapNode m = Checks.map(n, path, "a map such as {type: pandemic, year: " + startYear + "}");
            for (Entry e : m.entries().values()) {
                if (!EVENT_KEYS.contains(e.key())) {
                    throw new ScenarioException(e.keyPos(), path + ": unknown key " + Text.quote(e.key())
                            + Suggest.didYouMean(e.key(), EVENT_KEYS) + "; allowed: " + String.join(", ", EVENT_KEYS));
                }
            }
            Node typeNode = m.get("type");
            if (typeNode == null) {
                throw Checks.error(m, path, "missing key \"type\"; allowed types: " + String.join(", ", EVENT_TYPES));
            }
            String type = Checks.text(typeNode, path + ".type");
            if (!EVENT_TYPES.contains(type)) {
                throw new ScenarioException(typeNode.pos(), path + ".type: unknown event type " + Text.quote(type)
                        + Suggest.didYouMean(type, EVENT_TYPES) + "; allowed: " + String.join(", ", EVENT_TYPES));
            }
            Node yearNode = m.get("year");
            if (yearNode == null) {
                throw Checks.error(m, path, "missing key \"year\"; allowed: years in [" + startYear + ", "
                        + lastYear + "]");
            }
            int year = year(yearNode, path + ".year");
            Node sev = m.get("severity");
            double severity = sev == null ? DEFAULT_SEVERITY : Checks.real(sev, path + ".severity", 0, false, 1);
            Node dur = m.get("duration_years");
            double duration = dur == null ? DEFAULT_DURATION_YEARS
                    : Checks.real(dur, path + ".duration_years", 0, true, MAX_DURATION_YEARS);
            return new EventSetting(type, year, severity, duration, target(m, path));
        }

        private int year(Node n, String path) {
            long y = Checks.whole(n, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
            if (y < startYear || y > lastYear) {
                throw Checks.error(n, path, y + " is outside the run; allowed: years in [" + startYear + ", "
                        + lastYear + "]");
            }
            return (int) y;
        }

        /** {@code zones: all | [ids] | {regions: [...]}}, or {@code regions: [...]}; default all. */
        private ZoneTarget target(MapNode block, String path) {
            Entry zones = block.entry("zones");
            Entry regions = block.entry("regions");
            if (zones != null && regions != null) {
                throw new ScenarioException(regions.keyPos(), path + ": give either zones or regions, not both");
            }
            if (regions != null) {
                return ZoneTarget.ofRegions(regions(regions.value(), path + ".regions"));
            }
            if (zones == null) {
                return ZoneTarget.ALL;
            }
            Node z = zones.value();
            String zpath = path + ".zones";
            String allowed = "all, a list of zone ids, or {regions: [East, Central, West, Northeast]}";
            if (z instanceof ScalarNode s && s.kind() == ScalarNode.Kind.TEXT && s.text().equals("all")) {
                return ZoneTarget.ALL;
            }
            if (z instanceof ListNode l) {
                if (l.items().isEmpty()) {
                    throw Checks.error(z, zpath, "the list is empty; allowed: " + allowed);
                }
                Set<Integer> ids = new HashSet<>();
                for (int i = 0; i < l.items().size(); i++) {
                    Node item = l.items().get(i);
                    long id = Checks.whole(item, zpath + "[" + i + "]", Integer.MIN_VALUE, Integer.MAX_VALUE);
                    if (!zoneIds.contains((int) id)) {
                        throw Checks.error(item, zpath + "[" + i + "]", "unknown zone id " + id + "; allowed: "
                                + zoneIdsText);
                    }
                    ids.add((int) id);
                }
                return ZoneTarget.ofZones(ids);
            }
            if (z instanceof MapNode m) {
                for (Entry e : m.entries().values()) {
                    if (!e.key().equals("regions")) {
                        throw new ScenarioException(e.keyPos(), zpath + ": unknown key " + Text.quote(e.key())
                                + Suggest.didYouMean(e.key(), List.of("regions")) + "; allowed: " + allowed);
                    }
                }
                Node r = m.get("regions");
                if (r == null) {
                    throw Checks.error(m, zpath, "missing key \"regions\"; allowed: " + allowed);
                }
                return ZoneTarget.ofRegions(regions(r, zpath + ".regions"));
            }
            throw Checks.error(z, zpath, "expected " + allowed + ", got " + z.describe());
        }

        private static Set<Region> regions(Node n, String path) {
            List<Node> items = n instanceof ListNode l ? l.items() : List.of(n);
            if (items.isEmpty()) {
                throw Checks.error(n, path, "the list is empty; allowed: East, Central, West, Northeast");
            }
            Set<Region> out = EnumSet.noneOf(Region.class);
            List<String> labels = Arrays.stream(Region.values()).map(Region::label).toList();
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String itemPath = n instanceof ListNode ? path + "[" + i + "]" : path;
                String label = Checks.text(item, itemPath);
                Region r = Region.fromLabel(label);
                if (r == null) {
                    throw new ScenarioException(item.pos(), itemPath + ": unknown region " + Text.quote(label)
                            + Suggest.didYouMean(label, labels) + "; allowed: " + String.join(", ", labels));
                }
                out.add(r);
            }
            return out;
        }
    }
}
