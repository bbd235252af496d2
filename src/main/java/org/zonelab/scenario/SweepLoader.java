package org.zonelab.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zonelab.model.param.Param;
import org.zonelab.policy.LeverParameter;
import org.zonelab.policy.Levers;
import org.zonelab.scenario.Node.Entry;
import org.zonelab.scenario.Node.ListNode;
import org.zonelab.scenario.Node.MapNode;
import org.zonelab.scenario.Node.ScalarNode;
import org.zonelab.scenario.SweepSpec.Design;
import org.zonelab.scenario.SweepSpec.Dimension;
import org.zonelab.scenario.SweepSpec.Target;

/**
 * Loads a sweep file (scenarios/README.md): a {@code base} scenario, the scenario keys it {@code vary}s (dotted
 * keys to lists of values or to {@code {from, to, step}} ranges), a {@code design} ({@code grid} or
 * {@code lhs} with {@code samples}) and the {@code replications} of each point. Every varied value is
 * checked against the range of the scenario key it sets, by the scenario validator itself, and every
 * design point is checked to give a valid scenario. Every problem is a {@link ScenarioException} whose
 * message is {@code file:line:col: message}.
 */
public final class SweepLoader {
    /** Top-level keys of a sweep file, in documentation order. */
    public static final List<String> KEYS = List.of("name", "description", "base", "replications", "vary",
            "design", "samples", "seed");
    /** Top-level scenario keys that a sweep may vary. */
    public static final List<String> TOP_LEVEL_TARGETS = List.of("scale", "years", "seed", "start_year");
    /** Keys of a range. */
    public static final List<String> RANGE_KEYS = List.of("from", "to", "step");
    /** Designs, as written in sweep files. */
    public static final List<String> DESIGNS = List.of("grid", "lhs");
    /** Most values one {@code {from, to, step}} range may give. */
    public static final int MAX_RANGE_POINTS = 10_000;
    public static final int MIN_SAMPLES = 1;
    public static final int MAX_SAMPLES = 100_000;
    /** Most points of a grid (the product of the dimensions' value counts). */
    public static final int MAX_GRID_POINTS = 100_000;
    /** Largest varied seed: design points hold numbers, exact for whole numbers up to 2^53. */
    public static final long MAX_VARIED_SEED = 1L << 53;
    /**
     * Most runs in a sweep (design points x replications), checked before any point is built: the plan
     * and the journal keep every run (and its final-year indicators) in memory.
     */
    public static final long MAX_RUNS = 100_000;

    private static final String TARGETS_TEXT = "scale, years, seed, start_year, parameters.<name>, "
            + "policies.<lever>.intensity|from|to|<setting>";
    /** The scenario keys a calibration may fit: no top-level keys (its own scale, years and seed set those). */
    static final String FREE_TARGETS_TEXT = "parameters.<name> (or the bare name), "
            + "policies.<lever>.intensity|from|to|<setting>";

    private SweepLoader() {
    }

    /**
     * Whether a file looks like a sweep file: a YAML map with a top-level {@code base} key. Unreadable
     * or malformed files are not sweeps (loading them as scenarios reports their problem).
     */
    public static boolean isSweep(Path file) {
        MapNode m = topLevel(file);
        return m != null && m.entry("base") != null;
    }

    /**
     * The top-level map of a YAML file, for telling the kinds of file apart (a sweep, targets or factors
     * file by its keys), or null for a file that is not a map, unreadable or malformed ones included.
     */
    static MapNode topLevel(Path file) {
        try {
            byte[] bytes = ScenarioLoader.readBytes(file, Position.start(file), "cannot read file",
                    InputFiles.Kind.SWEEP, null);
            return YamlReader.read(file, bytes) instanceof MapNode m ? m : null;
        } catch (ScenarioException e) {
            return null;
        }
    }

    private static boolean isSweep(Path file, byte[] bytes) {
        try {
            return YamlReader.read(file, bytes) instanceof MapNode m && m.entry("base") != null;
        } catch (ScenarioException e) {
            return false;
        }
    }

    /**
     * Loads and validates a sweep file and its base scenario.
     *
     * @throws ScenarioException on any problem with the sweep file, its base scenario or a design point
     */
    public static SweepSpec load(Path file) {
        InputFiles log = new InputFiles();
        Root r = readRoot(file, log, "sweep file", "a sweep is a map of keys such as base, vary and design",
                "sweep", KEYS);
        return new Reader(file, r.sha256(), log).sweep(r.map());
    }

    /** A searched or varied key with its range. */
    record Range(String key, double min, double max) {
    }

    /** The top-level map of a sweep or targets file, with the file's sha256. */
    record Root(MapNode map, String sha256) {
    }

    /**
     * Reads a sweep or targets file's top-level map.
     *
     * @param what  the kind of file, for the unreadable-file message ({@code sweep file})
     * @param empty what to say of an empty file: what the file should be
     * @param noun  whose keys the map holds, for the not-a-map message ({@code sweep})
     * @param keys  the file's top-level keys
     */
    static Root readRoot(Path file, InputFiles log, String what, String empty, String noun, List<String> keys) {
        byte[] bytes = ScenarioLoader.readBytes(file, Position.start(file), "cannot read " + what,
                InputFiles.Kind.SWEEP, log);
        Node read = YamlReader.read(file, bytes);
        if (read == null || Checks.isNull(read)
                || read instanceof ScalarNode s && s.kind() == ScalarNode.Kind.TEXT && s.text().isBlank()) {
            throw new ScenarioException(Position.start(file), "the file is empty; " + empty);
        }
        if (!(read instanceof MapNode root)) {
            throw new ScenarioException(read.pos(), "expected a map of " + noun + " keys (" + String.join(", ", keys)
                    + "), got " + read.kindText());
        }
        return new Root(root, Sha256.hex(bytes));
    }

    /** Reads one sweep file's tree (and the base and keys of a calibration file: {@link CalibrationLoader}). */
    static final class Reader {
        private final Path file;
        private final String sha256;
        private final InputFiles log;
        private ScenarioLoader.Loaded base;
        /**
         * The file's section that holds dotted scenario keys, for messages: vary (sweeps), free (calibrations)
         * or factors (sensitivity analyses).
         */
        private final String section;

        Reader(Path file, String sha256, InputFiles log) {
            this(file, sha256, log, "vary");
        }

        Reader(Path file, String sha256, InputFiles log, String section) {
            this.file = file;
            this.sha256 = sha256;
            this.log = log;
            this.section = section;
        }

        /** Whether the keys are a calibration's free parameters (fitted) rather than a sweep's (varied). */
        private boolean fitting() {
            return section.equals("free");
        }

        /** The kind of file being read, for messages. */
        private String fileNoun() {
            return switch (section) {
                case "free" -> "targets";
                case "factors" -> "factors";
                default -> "sweep";
            };
        }

        SweepSpec sweep(MapNode root) {
            if (root.entry("factors") != null && root.entry("vary") == null) {
                throw new ScenarioException(root.entry("factors").keyPos(), "a sensitivity factors file, not a sweep "
                        + "file; run it with zonelab sensitivity, or give vary: with lists or ranges");
            }
            if ((root.entry("free") != null || root.entry("targets") != null) && root.entry("vary") == null) {
                Entry at = root.entry("free") != null ? root.entry("free") : root.entry("targets");
                throw new ScenarioException(at.keyPos(), "a calibration targets file, not a sweep file; run it with "
                        + "zonelab calibrate, or give vary: with lists or ranges");
            }
            for (Entry e : root.entries().values()) {
                if (!KEYS.contains(e.key())) {
                    String allowed = "allowed: " + String.join(", ", KEYS);
                    if (TOP_LEVEL_TARGETS.contains(e.key())) {
                        allowed += "; scenario keys such as " + e.key() + " belong in the base scenario, or under "
                                + "vary: (e.g. vary: {" + e.key() + ": [...]})";
                    } else if (ScenarioLoader.KEYS.contains(e.key())) {
                        allowed += "; scenario keys such as " + e.key() + " belong in the base scenario";
                    }
                    throw Checks.unknown(e.keyPos(), "key", e.key(), KEYS, allowed);
                }
            }
            Entry baseEntry = root.entry("base");
            if (baseEntry == null) {
                throw new ScenarioException(root.pos(), "missing key \"base\"; a sweep names the scenario it "
                        + "varies, such as base: ../baseline.yaml");
            }
            String name = name(root.entry("name"));
            Node d = root.get("description");
            String description = d == null || Checks.isNull(d) ? "" : Checks.text(d, "description");
            base = base(baseEntry.value());
            Node r = root.get("replications");
            int replications = r == null ? base.scenario().replications()
                    : (int) Checks.whole(r, "replications", ScenarioLoader.MIN_REPLICATIONS,
                    ScenarioLoader.MAX_REPLICATIONS);
            Design design = design(root.get("design"));

            Entry vary = root.entry("vary");
            if (vary == null) {
                throw new ScenarioException(root.pos(), "missing key \"vary\"; give the scenario keys to vary, "
                        + "such as vary: {policies.clusters.intensity: [0, 0.5, 1]}");
            }
            MapNode vm = Checks.map(vary.value(), "vary", "a map of dotted scenario keys to lists or ranges, such "
                    + "as {parameters.init_firms: [100000, 150000]}");
            if (vm.entries().isEmpty()) {
                throw Checks.error(vm, "vary", "the map is empty; give at least one scenario key to vary, such as "
                        + "policies.clusters.intensity: [0, 0.5, 1]");
            }
            List<Target> targets = new ArrayList<>();
            List<Dimension> dims = new ArrayList<>();
            for (Entry e : vm.entries().values()) {
                Target t = target(e);
                targets.add(t);
                dims.add(dimension(e, t, design));
            }

            Entry samplesEntry = root.entry("samples");
            Entry seedEntry = root.entry("seed");
            int samples = 0;
            long seed = base.scenario().seed();
            if (design == Design.LHS) {
                if (samplesEntry == null) {
                    throw Checks.error(root.get("design"), "design", "lhs needs samples, the number of design points; "
                            + "add samples: N with N a whole number in [" + MIN_SAMPLES + ", " + MAX_SAMPLES + "]");
                }
                samples = (int) Checks.whole(samplesEntry.value(), "samples", MIN_SAMPLES, MAX_SAMPLES);
                if (seedEntry != null) {
                    seed = Checks.whole(seedEntry.value(), "seed", 0, Long.MAX_VALUE);
                }
            } else {
                long points = SweepSpec.gridSize(dims);
                if (samplesEntry != null) {
                    throw new ScenarioException(samplesEntry.keyPos(), "samples: only used with design: lhs; a grid "
                            + "has one point for each combination of the varied values (here " + points + "); "
                            + "remove samples, or set design: lhs");
                }
                if (seedEntry != null) {
                    throw new ScenarioException(seedEntry.keyPos(), "seed: only used with design: lhs, where it "
                            + "seeds the Latin hypercube; set the runs' seed in the base scenario, or vary it "
                            + "(vary: {seed: [1, 2, 3]})");
                }
                if (points > MAX_GRID_POINTS) {
                    throw new ScenarioException(vary.keyPos(), "vary: the grid has " + (points == Long.MAX_VALUE
                            ? "more than " + Long.MAX_VALUE : points) + " points (" + counts(dims)
                            + "); allowed: at most " + MAX_GRID_POINTS + "; vary fewer values, or use design: lhs "
                            + "with samples");
                }
            }
            long points = design == Design.LHS ? samples : SweepSpec.gridSize(dims);
            if (points * replications > MAX_RUNS) {
                Entry reps = root.entry("replications");
                throw new ScenarioException(reps != null ? reps.keyPos() : vary.keyPos(), "the sweep has " + points
                        + " design points x " + replications + " replications = " + points * replications
                        + " runs; allowed: at most " + MAX_RUNS + " runs; vary fewer values, take fewer samples or "
                        + "run fewer replications" + (reps != null ? "" : " (replications: N; the base scenario's "
                        + "own is " + replications + ")"));
            }
            List<InputFiles.Read> inputs = new ArrayList<>(log.files());
            inputs.addAll(base.scenario().inputs());
            SweepSpec spec = new SweepSpec(name, description, file, sha256, base, dims, targets, design, samples,
                    seed, replications, inputs);
            checkEveryPoint(spec, vary.keyPos());
            return spec;
        }

        private static String counts(List<Dimension> dims) {
            StringBuilder sb = new StringBuilder();
            for (Dimension d : dims) {
                sb.append(sb.length() == 0 ? "" : " x ").append(d.values().size());
            }
            return sb.toString();
        }

        private String name(Entry e) {
            return name(e, "sweep");
        }

        /**
         * The {@code name:} of a sweep or targets file ({@code noun} says which, for messages), or the file
         * name without {@code .yaml}: a safe directory name.
         */
        String name(Entry e, String noun) {
            if (e == null || Checks.isNull(e.value())) {
                String base = file.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "");
                if (!ScenarioLoader.SAFE_NAME.matcher(base).matches()) {
                    throw new ScenarioException(Position.start(file), noun + " name " + Text.quote(base) + " (from the file "
                            + "name) is not a safe directory name; add a name: key using "
                            + ScenarioLoader.SAFE_NAME_TEXT);
                }
                return base;
            }
            String name = Checks.text(e.value(), "name");
            if (!ScenarioLoader.SAFE_NAME.matcher(name).matches()) {
                throw Checks.error(e.value(), "name", Text.quote(name) + " is not a safe directory name; allowed: "
                        + ScenarioLoader.SAFE_NAME_TEXT);
            }
            return name;
        }

        /** Reads the base scenario a {@code base:} value names, and keeps it for {@link #target}. */
        ScenarioLoader.Loaded loadBase(Node n) {
            base = base(n);
            return base;
        }

        private ScenarioLoader.Loaded base(Node n) {
            String written = Checks.text(n, "base");
            Path baseFile = ScenarioLoader.resolveNamed(n.pos(), written, "base");
            if (ScenarioLoader.identity(baseFile).equals(ScenarioLoader.identity(file))) {
                throw Checks.error(n, "base", "a " + fileNoun() + " file cannot be its own "
                        + "base; name a scenario file");
            }
            String what = "base: cannot read " + Text.quote(written);
            ScenarioLoader.checkNamed(baseFile, written, n.pos(), what, ScenarioLoader.YAML_SUFFIXES, "a scenario file",
                    InputFiles.Kind.SCENARIO);
            InputFiles baseLog = new InputFiles();
            byte[] bytes = ScenarioLoader.readBytes(baseFile, n.pos(), what, InputFiles.Kind.SCENARIO, baseLog);
            if (isSweep(baseFile, bytes)) {
                throw Checks.error(n, "base", Text.quote(written) + " is " + fileKind(baseFile, bytes) + " (it has a "
                        + "base: key); base names a scenario file");
            }
            return ScenarioLoader.loadTree(ScenarioLoader.resolveBytes(baseFile, bytes, baseLog));
        }

        /** What a file with a top-level base: key is: a sweep (vary:) or a targets file (free:, targets:). */
        private static String fileKind(Path file, byte[] bytes) {
            MapNode m = (MapNode) YamlReader.read(file, bytes);
            if (m.entry("vary") != null) {
                return "a sweep file";
            }
            if (m.entry("factors") != null) {
                return "a sensitivity factors file";
            }
            return m.entry("free") != null || m.entry("targets") != null ? "a calibration targets file"
                    : "a sweep or targets file";
        }

        private static Design design(Node n) {
            if (n == null) {
                return Design.GRID;
            }
            String d = Checks.text(n, "design");
            if (!DESIGNS.contains(d)) {
                throw Checks.error(n, "design", "unknown design " + Text.quote(d) + Suggest.didYouMean(d, DESIGNS)
                        + "; allowed: grid, lhs");
            }
            return d.equals("lhs") ? Design.LHS : Design.GRID;
        }

        /** Resolves a dotted key to where it goes in the scenario. */
        Target target(Entry e) {
            return target(e, e.key());
        }

        /** As {@link #target(Entry)}, naming the key in messages as the file writes it (a bare parameter name). */
        Target target(Entry e, String written) {
            String key = e.key();
            Position at = e.keyPos();
            String path = section + "." + Text.shorten(written);
            if (TOP_LEVEL_TARGETS.contains(key)) {
                return new Target(key, List.of(key), !key.equals("scale"), at);
            }
            String[] parts = key.split("\\.", -1);
            if (parts.length == 2 && parts[0].equals("parameters")) {
                Param p = Param.byKey(parts[1]);
                if (p == null || !p.key().equals(parts[1])) {
                    List<String> keys = java.util.Arrays.stream(Param.values()).map(Param::key).toList();
                    throw new ScenarioException(at, path + ": unknown parameter " + Text.quote(parts[1])
                            + Suggest.didYouMean(parts[1], keys) + "; parameters are listed in docs/ODD.md");
                }
                return new Target(key, List.of("parameters", p.key()), p.kind() != Param.Kind.REAL, at);
            }
            if (parts.length == 3 && parts[0].equals("policies")) {
                return policyTarget(key, parts[1], parts[2], at);
            }
            List<String> candidates = new ArrayList<>(fitting() ? List.of() : TOP_LEVEL_TARGETS);
            for (Param p : Param.values()) {
                candidates.add("parameters." + p.key());
            }
            for (String lever : ScenarioLoader.LEVERS) {
                for (String f : List.of("intensity", "from", "to")) {
                    candidates.add("policies." + lever + "." + f);
                }
            }
            String hint = parts.length == 1 && (parts[0].equals("parameters") || parts[0].equals("policies"))
                    ? "; write one dotted key per value, such as parameters.init_firms" : "";
            throw new ScenarioException(at, section + ": unknown key " + Text.quote(key) + Suggest.didYouMean(key, candidates)
                    + "; allowed: " + (fitting() ? FREE_TARGETS_TEXT : TARGETS_TEXT) + hint);
        }

        private Target policyTarget(String key, String lever, String field, Position at) {
            String path = section + "." + Text.shorten(key);
            if (!ScenarioLoader.LEVERS.contains(lever)) {
                throw new ScenarioException(at, path + ": unknown policy lever " + Text.quote(lever)
                        + Suggest.didYouMean(lever, ScenarioLoader.LEVERS) + "; allowed: "
                        + String.join(", ", ScenarioLoader.LEVERS));
            }
            // A lever absent from the base is the lever at intensity 0: the varied key creates its block, and
            // the settings it does not give take their defaults (docs/ODD.md §10.1).
            List<String> allowed = new ArrayList<>(List.of("intensity", "from", "to"));
            List<String> settings = Levers.parameters(lever).stream().map(LeverParameter::key).toList();
            allowed.addAll(settings);
            if (!allowed.contains(field)) {
                throw new ScenarioException(at, path + ": cannot " + (fitting() ? "fit " : "vary ") + Text.quote(field)
                        + " of policies." + lever
                        + Suggest.didYouMean(field, allowed) + "; allowed: intensity, from, to"
                        + (settings.isEmpty() ? "" : ", " + String.join(", ", settings)));
            }
            return new Target(key, List.of("policies", lever, field), field.equals("from") || field.equals("to"), at);
        }

        /** Reads a dimension's values and checks each against the scenario key it sets. */
        private Dimension dimension(Entry e, Target t, Design design) {
            String path = "vary." + Text.shorten(e.key());
            Node v = e.value();
            if (v instanceof ListNode l) {
                if (l.items().isEmpty()) {
                    throw Checks.error(v, path, "the list is empty; give at least one value");
                }
                List<Double> values = new ArrayList<>();
                for (int i = 0; i < l.items().size(); i++) {
                    Node item = l.items().get(i);
                    String itemPath = path + "[" + i + "]";
                    double x = value(item, itemPath, t);
                    check(item.pos(), x, itemPath, t);
                    values.add(x);
                }
                double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                return new Dimension(e.key(), values, min, max, false, t.whole());
            }
            if (v instanceof MapNode m) {
                return range(m, path, t, design);
            }
            throw Checks.error(v, path, "expected a list of values such as [0, 0.5, 1] or a range such as "
                    + "{from: 0, to: 1, step: 0.5}, got " + v.describe());
        }

        private Dimension range(MapNode m, String path, Target t, Design design) {
            for (Entry e : m.entries().values()) {
                if (!RANGE_KEYS.contains(e.key())) {
                    throw new ScenarioException(e.keyPos(), path + ": unknown key " + Text.quote(e.key())
                            + Suggest.didYouMean(e.key(), RANGE_KEYS) + "; a range is {from: A, to: B, step: S}");
                }
            }
            for (String k : List.of("from", "to")) {
                if (m.get(k) == null) {
                    throw Checks.error(m, path, "missing key " + Text.quote(k) + "; a range is {from: A, to: B, step: S}");
                }
            }
            Node fromNode = m.get("from");
            Node toNode = m.get("to");
            Node stepNode = m.get("step");
            double from = value(fromNode, path + ".from", t);
            double to = value(toNode, path + ".to", t);
            if (from > to) {
                throw Checks.error(fromNode, path, "from " + Checks.plain(from) + " is after to " + Checks.plain(to)
                        + "; allowed: from <= to");
            }
            check(fromNode.pos(), from, path + ".from", t);
            check(toNode.pos(), to, path + ".to", t);
            if (stepNode == null) {
                if (design == Design.GRID) {
                    throw Checks.error(m, path, "missing key \"step\"; a grid takes the values from, from + step, ... "
                            + "up to to (only design: lhs samples a range without step)");
                }
                return new Dimension(t.key(), List.of(), from, to, true, t.whole());
            }
            BigDecimal step;
            if (t.whole()) {
                step = BigDecimal.valueOf(Checks.whole(stepNode, path + ".step", 1, Long.MAX_VALUE));
            } else {
                double s = Checks.real(stepNode, path + ".step");
                if (!(s > 0)) {
                    throw Checks.error(stepNode, path + ".step", Checks.plain(s)
                            + " is out of range; allowed: numbers > 0");
                }
                step = BigDecimal.valueOf(s);
            }
            BigDecimal start = BigDecimal.valueOf(from);
            BigDecimal span = BigDecimal.valueOf(to).subtract(start);
            BigDecimal count = span.divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
            if (count.compareTo(BigDecimal.valueOf(MAX_RANGE_POINTS)) > 0) {
                throw Checks.error(stepNode, path, "from " + Checks.plain(from) + " to " + Checks.plain(to) + " by "
                        + step.stripTrailingZeros().toPlainString() + " gives " + count.toPlainString()
                        + " values; allowed: at most " + MAX_RANGE_POINTS);
            }
            List<Double> values = new ArrayList<>();
            for (int k = 0; k < count.intValueExact(); k++) {
                values.add(start.add(step.multiply(BigDecimal.valueOf(k))).doubleValue());
            }
            return new Dimension(t.key(), values, from, values.get(values.size() - 1), false, t.whole());
        }

        /** A varied value as a number ({@code seed} values as exact whole numbers). */
        private static double value(Node n, String path, Target t) {
            if (t.key().equals("seed")) {
                return Checks.whole(n, path, 0, MAX_VARIED_SEED);
            }
            return Checks.real(n, path);
        }

        /**
         * Checks one value by validating the base scenario with it: the same ranges and messages as in a
         * scenario file, reported at the value in the sweep file.
         */
        void check(Position at, double x, String valuePath, Target t) {
            ScenarioLoader.Resolved r = base.resolved();
            MapNode root = SweepSpec.with(r.root(), t.path(), 0, SweepSpec.number(at, x));
            try {
                ScenarioLoader.validate(r.withRoot(root), Overrides.NONE, base.zones());
            } catch (ScenarioException e) {
                if (e.file().equals(at.file()) && e.line() == at.line() && e.column() == at.column()) {
                    throw new ScenarioException(at, valuePath + ": " + withoutScenarioPath(e.detail(), t.path()));
                }
                throw new ScenarioException(at, valuePath + ": with " + t.key() + " = " + Checks.plain(x)
                        + " the base scenario is invalid: " + e.getMessage());
            }
        }

        /**
         * Checks one end of a range by validating the base scenario with it, as the runs will: with the
         * file's {@code scale} and {@code years}, which the base as written may not share (a longer run
         * admits a lever's later years, a shorter one leaves them out, a smaller scale leaves fewer firm
         * agents). Reported at the end in the file, in the sweep's words; the file's settings are named
         * when the base as written would give another answer. Used by targets and factors files, whose
         * top-level {@code scale} and {@code years} apply to every run.
         */
        void checkWithRuns(MapNode root, ExperimentRuns runs, Position at, double x, String valuePath, Target t) {
            Overrides o = runs.overrides();
            if (o.scale() == null && o.years() == null) {
                check(at, x, valuePath, t);
                return;
            }
            MapNode asWritten = SweepSpec.with(base.resolved().root(), t.path(), 0, SweepSpec.number(at, x));
            MapNode withRuns = asWritten;
            List<String> settings = new ArrayList<>();
            if (o.scale() != null) {
                withRuns = SweepSpec.with(withRuns, List.of("scale"), 0,
                        SweepSpec.number(root.get("scale").pos(), o.scale()));
                settings.add("scale: " + Checks.plain(o.scale()));
            }
            if (o.years() != null) {
                withRuns = SweepSpec.with(withRuns, List.of("years"), 0,
                        SweepSpec.number(root.get("years").pos(), o.years()));
                settings.add("years: " + o.years());
            }
            ScenarioException e = problem(withRuns);
            if (e == null) {
                return;
            }
            ScenarioException written = problem(asWritten);
            String with = written != null && written.getMessage().equals(e.getMessage()) ? ""
                    : "the file's " + String.join(" and ", settings);
            if (e.file().equals(at.file()) && e.line() == at.line() && e.column() == at.column()) {
                throw new ScenarioException(at, valuePath + ": " + withoutScenarioPath(e.detail(), t.path())
                        + (with.isEmpty() ? "" : " (with " + with + ")"));
            }
            if (e.file().equals(file)) {
                // At the file's scale or years: "1000 with the file's scale: 0.00005 leaves no firm agents".
                throw new ScenarioException(at, valuePath + ": " + Checks.plain(x) + " with the file's " + e.detail());
            }
            throw new ScenarioException(at, valuePath + ": with " + t.key() + " = " + Checks.plain(x)
                    + (with.isEmpty() ? "" : " and " + with) + " the base scenario is invalid: " + e.getMessage());
        }

        /** The base scenario's problem with this tree, or null. */
        private ScenarioException problem(MapNode tree) {
            try {
                ScenarioLoader.validate(base.resolved().withRoot(tree), Overrides.NONE, base.zones());
                return null;
            } catch (ScenarioException e) {
                return e;
            }
        }

        /**
         * Refuses a lever whose {@code from} and {@code to} are both searched or varied over ranges that
         * overlap: the points combine the ranges freely, so some would start the lever after it ends.
         *
         * @param ranges  the keys with their ranges
         * @param ends    each key's min and max nodes, for the message's position
         * @param section the file's section, for messages ({@code factors} or {@code free})
         * @param points  what the combinations are called, for messages
         */
        static void checkFromBeforeTo(List<Range> ranges, Map<String, Node[]> ends, String section, String points) {
            for (Range from : ranges) {
                String[] parts = from.key().split("\\.", -1);
                if (parts.length != 3 || !parts[0].equals("policies") || !parts[2].equals("from")) {
                    continue;
                }
                String toKey = "policies." + parts[1] + ".to";
                for (Range to : ranges) {
                    if (to.key().equals(toKey) && from.max() > to.min()) {
                        throw Checks.error(ends.get(toKey)[0], section + "." + toKey + ".min", Checks.plain(to.min())
                                + " is below the max " + Checks.plain(from.max()) + " of " + section + "." + from.key()
                                + " (line " + ends.get(from.key())[1].pos().line() + "), so some " + points
                                + " would end the lever before it starts; allowed: to's min >= from's max");
                    }
                }
            }
        }

        /** A validator message without its leading {@code a.b.c: } when that is (a prefix of) the path. */
        static String withoutScenarioPath(String detail, List<String> path) {
            for (int k = path.size(); k > 0; k--) {
                String prefix = String.join(".", path.subList(0, k)) + ": ";
                if (detail.startsWith(prefix)) {
                    return detail.substring(prefix.length());
                }
            }
            return detail;
        }

        /** Checks that every design point gives a valid scenario (values that only clash together). */
        private static void checkEveryPoint(SweepSpec spec, Position at) {
            List<SweepSpec.DesignPoint> points = spec.points();
            for (SweepSpec.DesignPoint p : points) {
                try {
                    spec.scenarioFor(p);
                } catch (ScenarioException e) {
                    String what = "vary: design point " + (p.index() + 1) + " of " + points.size() + " ("
                            + p.describe() + ") gives an invalid scenario: ";
                    if (e.file().equals(at.file())) {
                        // The problem is with a varied value: point at its key in the sweep file.
                        throw new ScenarioException(e.file(), e.line(), e.column(), what + e.detail());
                    }
                    throw new ScenarioException(at, what + e.getMessage());
                }
            }
        }
    }
}
