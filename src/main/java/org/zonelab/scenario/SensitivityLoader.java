package org.zonelab.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.Moment;
import org.zonelab.model.param.Param;
import org.zonelab.scenario.Node.Entry;
import org.zonelab.scenario.Node.ListNode;
import org.zonelab.scenario.Node.MapNode;
import org.zonelab.scenario.Node.ScalarNode;

/**
 * Loads a sensitivity factors file ({@code zonelab sensitivity}; scenarios/README.md): the {@code base}
 * scenario and the {@code scale}, {@code years}, {@code replications} and {@code seed} of its runs, the
 * {@code method} and the {@code morris} and {@code sobol} settings, the {@code factors} (dotted scenario
 * keys, or a model parameter's bare name, each with {@code min} and {@code max}; a lever needs no block in
 * the base) and the {@code outputs} (national indicators or moments, in the final year). Ranges are
 * checked against the key they set by the scenario validator itself. Every problem is a
 * {@link ScenarioException} whose message is {@code file:line:col: message}.
 */
public final class SensitivityLoader {
    /** Top-level keys of a factors file, in documentation order. */
    public static final List<String> KEYS = List.of("name", "description", "base", "scale", "years", "replications",
            "seed", "method", "morris", "sobol", "factors", "outputs");
    public static final List<String> METHODS = Arrays.stream(SensitivitySpec.Method.values())
            .map(SensitivitySpec.Method::label).toList();
    public static final List<String> FACTOR_KEYS = List.of("min", "max");
    public static final List<String> MORRIS_KEYS = List.of("trajectories", "levels", "bootstrap");
    public static final List<String> SOBOL_KEYS = List.of("samples", "second_order", "bootstrap");
    /** Morris's defaults: 20 trajectories on a 4-level grid, as in Campolongo et al. 2007 and SALib's examples. */
    public static final SensitivitySpec.Morris DEFAULT_MORRIS = new SensitivitySpec.Morris(20, 4, 1000);
    /** Sobol's defaults: 512 base samples, first and total order only, 1,000 bootstrap resamples (SALib's). */
    public static final SensitivitySpec.Sobol DEFAULT_SOBOL = new SensitivitySpec.Sobol(512, false, 1000);
    /** Most trajectories of a Morris design. */
    public static final int MAX_TRAJECTORIES = 10_000;
    /** Most levels of a Morris grid (an even number of at least 2). */
    public static final int MAX_LEVELS = 20;
    /** Fewest base samples of a Saltelli design: the convergence check uses a quarter of them, at least two. */
    public static final int MIN_SAMPLES = 8;
    /** Most base samples of a Saltelli design (2^20). */
    public static final int MAX_SAMPLES = 1 << 20;
    /** Most bootstrap resamples. */
    public static final int MAX_BOOTSTRAP = 100_000;
    /** Most factors. */
    public static final int MAX_FACTORS = 100;
    /** Most outputs. */
    public static final int MAX_OUTPUTS = 50;
    /** Most runs of either method's design (points x replications): as a calibration's. */
    public static final long MAX_RUNS = CalibrationLoader.MAX_RUNS;

    private SensitivityLoader() {
    }

    /**
     * Whether a file looks like a factors file: a YAML map with a top-level {@code factors} key, which no
     * other kind of file has (without {@code base}, loading it reports the missing base rather than a
     * scenario's unknown key). Unreadable or malformed files are not factors files.
     */
    public static boolean isFactorsFile(Path file) {
        MapNode m = SweepLoader.topLevel(file);
        return m != null && m.entry("factors") != null;
    }

    /**
     * Loads and validates a factors file and its base scenario.
     *
     * @throws ScenarioException on any problem with the file or its base scenario
     */
    public static SensitivitySpec load(Path file) {
        InputFiles log = new InputFiles();
        SweepLoader.Root r = SweepLoader.readRoot(file, log, "factors file",
                "a factors file is a map of keys such as base, factors and outputs", "sensitivity", KEYS);
        return new Reader(file, r.sha256(), log).read(r.map());
    }

    /** Reads one factors file's tree. */
    private static final class Reader {
        private final Path file;
        private final String sha256;
        private final InputFiles log;
        private final SweepLoader.Reader keys;

        Reader(Path file, String sha256, InputFiles log) {
            this.file = file;
            this.sha256 = sha256;
            this.log = log;
            this.keys = new SweepLoader.Reader(file, sha256, log, "factors");
        }

        SensitivitySpec read(MapNode root) {
            if (root.entry("base") == null && root.entry("factors") == null && root.entry("outputs") == null) {
                throw new ScenarioException(Position.start(file), "not a sensitivity factors file (it has no base, "
                        + "factors or outputs key); a factors file names a base scenario, the factors to vary and the "
                        + "outputs to analyse, as in scenarios/sensitivity/levers-morris.yaml (a scenario file is run "
                        + "with zonelab run)");
            }
            if (root.entry("vary") != null && root.entry("factors") == null) {
                throw new ScenarioException(root.entry("vary").keyPos(), "a sweep file, not a sensitivity factors file; "
                        + "run it with zonelab sweep, or give factors: with ranges and outputs:");
            }
            if ((root.entry("free") != null || root.entry("targets") != null) && root.entry("factors") == null) {
                Entry at = root.entry("free") != null ? root.entry("free") : root.entry("targets");
                throw new ScenarioException(at.keyPos(), "a calibration targets file, not a sensitivity "
                        + "factors file; run it with zonelab calibrate, or give factors: with ranges and outputs:");
            }
            for (Entry e : root.entries().values()) {
                if (!KEYS.contains(e.key())) {
                    String allowed = "allowed: " + String.join(", ", KEYS);
                    if (e.key().equals("parameters") || e.key().equals("policies")) {
                        allowed += "; the keys to study go under factors:, such as factors: {growth_drift: {min: -0.05, "
                                + "max: 0.02}}, and their other values in the base scenario";
                    } else if (ScenarioLoader.KEYS.contains(e.key())) {
                        allowed += "; scenario keys such as " + e.key() + " belong in the base scenario";
                    } else if (e.key().equals("bootstrap")) {
                        allowed += "; bootstrap goes under morris: or sobol:, such as sobol: {bootstrap: 1000}";
                    } else if (MORRIS_KEYS.contains(e.key())) {
                        allowed += "; " + e.key() + " goes under morris:, such as morris: {trajectories: 20, "
                                + "levels: 4}";
                    } else if (SOBOL_KEYS.contains(e.key())) {
                        allowed += "; " + e.key() + " goes under sobol:, such as sobol: {samples: 512, second_order: "
                                + "false}";
                    } else if (SweepLoader.KEYS.contains(e.key())) {
                        allowed += "; " + e.key() + " belongs in a sweep file (zonelab sweep)";
                    } else if (CalibrationLoader.KEYS.contains(e.key())) {
                        allowed += "; " + e.key() + " belongs in a calibration targets file (zonelab calibrate)";
                    }
                    throw Checks.unknown(e.keyPos(), "key", e.key(), KEYS, allowed);
                }
            }
            Entry baseEntry = root.entry("base");
            if (baseEntry == null) {
                throw new ScenarioException(root.pos(), "missing key \"base\"; a factors file names the scenario it "
                        + "studies, such as base: ../baseline.yaml");
            }
            String name = keys.name(root.entry("name"), "sensitivity");
            Node d = root.get("description");
            String description = d == null || Checks.isNull(d) ? "" : Checks.text(d, "description");
            ScenarioLoader.Loaded base = keys.loadBase(baseEntry.value());
            ExperimentRuns runs = ExperimentRuns.read(root, base, baseEntry.value());
            SensitivitySpec.Method method = method(root.get("method"));
            SensitivitySpec.Morris morris = morris(root.get("morris"));
            SensitivitySpec.Sobol sobol = sobol(root.get("sobol"));
            List<SensitivitySpec.Factor> factors = factors(root, base, runs);
            List<SensitivitySpec.Output> outputs = outputs(root);
            int k = factors.size();
            // Both designs are checked: the command line's --method may run either.
            checkRuns(root, method, "morris", "trajectories", morris.trajectories(), k + 1L, runs.replications());
            checkRuns(root, method, "sobol", "samples", sobol.samples(), sobol.secondOrder() ? 2L * k + 2 : k + 2L,
                    runs.replications());
            List<InputFiles.Read> inputs = new ArrayList<>(log.files());
            inputs.addAll(base.scenario().inputs());
            return new SensitivitySpec(name, description, file, sha256, runs.replications(), runs.seed(), method,
                    morris, sobol, factors, outputs, inputs, base, runs.overrides());
        }

        /**
         * Refuses a design of more than {@link #MAX_RUNS} runs: {@code size} trajectories or samples (the
         * {@code unit}, a key of the method's block) of {@code points} points each, every point run
         * {@code replications} times. Reported at the unit's value when the file gives it, else at the
         * file's replications, else at the factors.
         */
        private static void checkRuns(MapNode root, SensitivitySpec.Method method, String block, String unit,
                                      int size, long points, int replications) {
            long runs = size * points * replications;
            if (runs <= MAX_RUNS) {
                return;
            }
            Node unitNode = root.get(block) instanceof MapNode m ? m.get(unit) : null;
            Node repsNode = root.get("replications");
            Node at = unitNode != null ? unitNode : repsNode != null ? repsNode : root.get("factors");
            throw Checks.error(at, block, size + " " + unit + (unitNode == null ? " (the default)" : "") + " x "
                    + points + " points each x " + replications + " replications"
                    + (repsNode == null ? " (the base scenario's)" : "") + " = " + runs + " runs; allowed: at most "
                    + MAX_RUNS + " runs" + (block.equals(method.label()) ? ""
                    : " in either method's design (--method may choose " + block + ")")
                    + "; use fewer " + unit + (unitNode == null ? " (" + block + ": {" + unit + ": N})" : "")
                    + ", factors or replications");
        }

        private static SensitivitySpec.Method method(Node n) {
            if (n == null) {
                return SensitivitySpec.Method.MORRIS;
            }
            String m = Checks.text(n, "method");
            SensitivitySpec.Method method = SensitivitySpec.Method.byLabel(m);
            if (method == null) {
                throw Checks.error(n, "method", "unknown method " + Text.quote(m) + Suggest.didYouMean(m, METHODS)
                        + "; allowed: " + String.join(", ", METHODS));
            }
            return method;
        }

        private static MapNode block(Node n, String path, List<String> allowed, String example) {
            MapNode m = Checks.map(n, path, "a map such as " + example);
            for (Entry e : m.entries().values()) {
                if (!allowed.contains(e.key())) {
                    throw Checks.unknown(e.keyPos(), "key", e.key(), allowed, "allowed in " + path + ": "
                            + String.join(", ", allowed));
                }
            }
            return m;
        }

        private static SensitivitySpec.Morris morris(Node n) {
            SensitivitySpec.Morris d = DEFAULT_MORRIS;
            if (n == null || Checks.isNull(n)) {
                return d;
            }
            MapNode m = block(n, "morris", MORRIS_KEYS, "{trajectories: 20, levels: 4}");
            int trajectories = m.get("trajectories") == null ? d.trajectories()
                    : (int) Checks.whole(m.get("trajectories"), "morris.trajectories", 2, MAX_TRAJECTORIES);
            int levels = d.levels();
            Node levelsNode = m.get("levels");
            if (levelsNode != null) {
                levels = (int) Checks.whole(levelsNode, "morris.levels", 2, MAX_LEVELS);
                if (levels % 2 != 0) {
                    throw Checks.error(levelsNode, "morris.levels", levels + " is odd; allowed: even numbers in [2, "
                            + MAX_LEVELS + "] (each step moves a factor by levels / 2 grid levels, a whole number of "
                            + "levels only when levels is even)");
                }
            }
            int bootstrap = m.get("bootstrap") == null ? d.bootstrap()
                    : (int) Checks.whole(m.get("bootstrap"), "morris.bootstrap", 1, MAX_BOOTSTRAP);
            return new SensitivitySpec.Morris(trajectories, levels, bootstrap);
        }

        private static SensitivitySpec.Sobol sobol(Node n) {
            SensitivitySpec.Sobol d = DEFAULT_SOBOL;
            if (n == null || Checks.isNull(n)) {
                return d;
            }
            MapNode m = block(n, "sobol", SOBOL_KEYS, "{samples: 512, second_order: false, bootstrap: 1000}");
            int samples = d.samples();
            Node samplesNode = m.get("samples");
            if (samplesNode != null) {
                samples = (int) Checks.whole(samplesNode, "sobol.samples", MIN_SAMPLES, MAX_SAMPLES);
                if (Integer.bitCount(samples) != 1) {
                    throw Checks.error(samplesNode, "sobol.samples", samples + " is not a power of two; allowed: 8, 16, "
                            + "32, ... " + MAX_SAMPLES + " (a Sobol' sequence is balanced only at powers of two)");
                }
            }
            Node so = m.get("second_order");
            boolean secondOrder = so != null && bool(so, "sobol.second_order");
            int bootstrap = m.get("bootstrap") == null ? d.bootstrap()
                    : (int) Checks.whole(m.get("bootstrap"), "sobol.bootstrap", 1, MAX_BOOTSTRAP);
            return new SensitivitySpec.Sobol(samples, secondOrder, bootstrap);
        }

        private static boolean bool(Node n, String path) {
            if (n instanceof ScalarNode s && (s.kind() == ScalarNode.Kind.BOOLEAN || s.kind() == ScalarNode.Kind.TEXT)
                    && (s.text().equals("true") || s.text().equals("false"))) {
                return s.text().equals("true");
            }
            throw Checks.error(n, path, "expected true or false, got " + n.describe());
        }

        /**
         * Reads the factors. Each end of a range is checked against the key it sets in the base scenario with
         * the file's scale and years (the validator's ranges and messages); a lever's {@code from} and
         * {@code to} ranges must not overlap, or some design points would start the lever after it ends.
         */
        private List<SensitivitySpec.Factor> factors(MapNode root, ScenarioLoader.Loaded base, ExperimentRuns runs) {
            Entry fe = root.entry("factors");
            if (fe == null) {
                throw new ScenarioException(root.pos(), "missing key \"factors\"; give the keys to study with their "
                        + "ranges, such as factors: {growth_drift: {min: -0.05, max: 0.02}}");
            }
            MapNode fm = Checks.map(fe.value(), "factors", "a map of keys to ranges, such as "
                    + "{growth_drift: {min: -0.05, max: 0.02}}");
            if (fm.entries().isEmpty()) {
                throw Checks.error(fm, "factors", "the map is empty; give at least one factor");
            }
            if (fm.entries().size() > MAX_FACTORS) {
                throw Checks.error(fm, "factors", fm.entries().size() + " factors; allowed: at most " + MAX_FACTORS);
            }
            List<SensitivitySpec.Factor> out = new ArrayList<>();
            Map<String, Entry> seen = new HashMap<>();
            Map<String, Node[]> ends = new HashMap<>();
            for (Entry e : fm.entries().values()) {
                String path = "factors." + Text.shorten(e.key());
                boolean bare = !e.key().contains(".");
                if (bare && Param.byKey(e.key()) == null && (ScenarioLoader.KEYS.contains(e.key())
                        || SweepLoader.TOP_LEVEL_TARGETS.contains(e.key()))) {
                    throw new ScenarioException(e.keyPos(), path + ": the scenario key " + Text.quote(e.key())
                            + " cannot be a factor; allowed: " + SweepLoader.FREE_TARGETS_TEXT
                            + (SweepLoader.TOP_LEVEL_TARGETS.contains(e.key()) && KEYS.contains(e.key())
                            ? "; set it for every run with the top-level key " + e.key() + ": instead"
                            : e.key().equals("parameters") || e.key().equals("policies")
                            ? "; write one dotted key per factor, such as parameters.growth_drift (or just "
                            + "growth_drift) or policies.clusters.intensity" : ""));
                }
                String key = bare ? "parameters." + e.key() : e.key();
                checkShape(e, key);
                Entry first = seen.putIfAbsent(key, e);
                if (first != null) {
                    throw new ScenarioException(e.keyPos(), path + ": " + Text.quote(key) + " is given twice (first as "
                            + Text.quote(first.key()) + " at line " + first.keyPos().line() + "); give each factor once");
                }
                SweepSpec.Target t = keys.target(new Entry(key, e.keyPos(), e.value()), e.key());
                MapNode bm = block(e.value(), path, FACTOR_KEYS, "{min: 0, max: 1}");
                Node minNode = bm.get("min");
                Node maxNode = bm.get("max");
                if (minNode == null || maxNode == null) {
                    throw Checks.error(bm, path, "missing key " + Text.quote(minNode == null ? "min" : "max")
                            + "; a range is {min: A, max: B}");
                }
                double min = Checks.real(minNode, path + ".min");
                double max = Checks.real(maxNode, path + ".max");
                if (!(min < max)) {
                    throw Checks.error(minNode, path, "min " + Checks.plain(min) + " is not below max "
                            + Checks.plain(max) + "; allowed: min < max");
                }
                keys.checkWithRuns(root, runs, minNode.pos(), min, path + ".min", t);
                keys.checkWithRuns(root, runs, maxNode.pos(), max, path + ".max", t);
                out.add(new SensitivitySpec.Factor(key, t.path(), min, max, t.whole(), e.keyPos()));
                ends.put(key, new Node[] {minNode, maxNode});
            }
            SweepLoader.Reader.checkFromBeforeTo(out.stream().map(f -> new SweepLoader.Range(f.key(), f.min(), f.max()))
                    .toList(), ends, "factors", "design points");
            return out;
        }

        /**
         * Refuses a dotted key that is neither {@code parameters.<name>} nor {@code policies.<lever>.<field>},
         * before the sweep's key reader would offer the top-level keys that a factor cannot be.
         */
        private static void checkShape(Entry e, String key) {
            String[] parts = key.split("\\.", -1);
            if (parts.length == 2 && parts[0].equals("parameters")
                    || parts.length == 3 && parts[0].equals("policies")) {
                return;
            }
            List<String> candidates = new ArrayList<>();
            for (Param p : Param.values()) {
                candidates.add("parameters." + p.key());
            }
            for (String lever : ScenarioLoader.LEVERS) {
                for (String f : List.of("intensity", "from", "to")) {
                    candidates.add("policies." + lever + "." + f);
                }
            }
            throw new ScenarioException(e.keyPos(), "factors: unknown key " + Text.quote(key)
                    + Suggest.didYouMean(key, candidates) + "; allowed: " + SweepLoader.FREE_TARGETS_TEXT);
        }

        private static List<SensitivitySpec.Output> outputs(MapNode root) {
            Node n = root.get("outputs");
            if (n == null || Checks.isNull(n)) {
                throw new ScenarioException(root.pos(), "missing key \"outputs\"; name the final-year indicators or "
                        + "moments to analyse, such as outputs: [gdp_bn, zone_gdp_gini]");
            }
            ListNode l = Checks.list(n, "outputs", "a list of indicator or moment names such as [gdp_bn, unicorns]");
            if (l.items().isEmpty()) {
                throw Checks.error(l, "outputs", "the list is empty; give at least one output");
            }
            if (l.items().size() > MAX_OUTPUTS) {
                throw Checks.error(l, "outputs", l.items().size() + " outputs; allowed: at most " + MAX_OUTPUTS);
            }
            List<SensitivitySpec.Output> out = new ArrayList<>();
            List<String> all = new ArrayList<>(Arrays.stream(Indicator.values()).map(Indicator::key).toList());
            all.addAll(Arrays.stream(Moment.values()).map(Moment::key).toList());
            for (int i = 0; i < l.items().size(); i++) {
                Node item = l.items().get(i);
                String path = "outputs[" + i + "]";
                String name = Checks.text(item, path);
                SensitivitySpec.Output o;
                if (Indicator.byKey(name).isPresent()) {
                    o = new SensitivitySpec.Output(CalibrationSpec.Kind.INDICATOR, name);
                } else if (Moment.byKey(name).isPresent()) {
                    o = new SensitivitySpec.Output(CalibrationSpec.Kind.MOMENT, name);
                } else {
                    throw Checks.error(item, path, "unknown output " + Text.quote(name) + Suggest.didYouMean(name, all)
                            + "; allowed: a national indicator (docs/ODD.md §8.1) or a moment (§8.4)");
                }
                if (out.contains(o)) {
                    throw Checks.error(item, path, Text.quote(name) + " is given twice; give each output once");
                }
                out.add(o);
            }
            return out;
        }
    }
}
