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
 * Loads a calibration targets file ({@code zonelab calibrate}; scenarios/README.md): the {@code base}
 * scenario and the {@code scale}, {@code years}, {@code replications} and {@code seed} of the fit
 * runs, the {@code method} and {@code budget}, the {@code free} parameters (dotted scenario keys, or a
 * model parameter's bare name, with {@code min}, {@code max} and optional {@code log}) and the
 * {@code targets} and {@code holdout} figures. Bounds are checked against the range of the key they
 * set by the scenario validator itself; indicator and moment names against the contract; years against
 * the run. Every problem is a {@link ScenarioException} whose message is {@code file:line:col: message}.
 */
public final class CalibrationLoader {
    /** Top-level keys of a targets file, in documentation order. */
    public static final List<String> KEYS = List.of("name", "description", "base", "scale", "years", "replications",
            "seed", "method", "budget", "free", "targets", "holdout");
    /** Keys of a free parameter. */
    public static final List<String> FREE_KEYS = List.of("min", "max", "log");
    /** Keys of a target. */
    public static final List<String> TARGET_KEYS = List.of("indicator", "moment", "year", "value", "sd", "interval",
            "source");
    public static final List<String> METHODS = List.of(CalibrationSpec.CMA_ES);
    public static final List<String> BUDGET_KEYS = List.of("evaluations");
    /** Default budget of candidate evaluations. */
    public static final int DEFAULT_EVALUATIONS = 200;
    /** Most candidate evaluations: each is a run of every replication, and the trace keeps them all. */
    public static final int MAX_EVALUATIONS = 100_000;
    /** Most free parameters. */
    public static final int MAX_FREE = 40;
    /** Most targets and holdout figures together. */
    public static final int MAX_TARGETS = 1_000;
    /** Most runs of the fit (evaluations x replications), as for a sweep. */
    public static final long MAX_RUNS = SweepLoader.MAX_RUNS * 10;

    private CalibrationLoader() {
    }

    /**
     * Whether a file looks like a calibration targets file: a YAML map with a top-level {@code base} key
     * and a {@code free} or {@code targets} key (a sweep file has {@code base} without them). Unreadable
     * or malformed files are not targets files.
     */
    public static boolean isTargetsFile(Path file) {
        MapNode m = SweepLoader.topLevel(file);
        return m != null && m.entry("base") != null && (m.entry("free") != null || m.entry("targets") != null);
    }

    /**
     * Loads and validates a targets file and its base scenario.
     *
     * @throws ScenarioException on any problem with the file or its base scenario
     */
    public static CalibrationSpec load(Path file) {
        InputFiles log = new InputFiles();
        SweepLoader.Root r = SweepLoader.readRoot(file, log, "targets file",
                "a targets file is a map of keys such as base, free and targets", "calibration", KEYS);
        return new Reader(file, r.sha256(), log).calibration(r.map());
    }

    /** Reads one targets file's tree. */
    private static final class Reader {
        private final Path file;
        private final String sha256;
        private final InputFiles log;
        private final SweepLoader.Reader keys;

        Reader(Path file, String sha256, InputFiles log) {
            this.file = file;
            this.sha256 = sha256;
            this.log = log;
            this.keys = new SweepLoader.Reader(file, sha256, log, "free");
        }

        CalibrationSpec calibration(MapNode root) {
            if (root.entry("base") == null && root.entry("free") == null && root.entry("targets") == null) {
                throw new ScenarioException(Position.start(file), "not a calibration targets file (it has no base, free "
                        + "or targets key); a targets file names a base scenario and the parameters and figures to fit, "
                        + "as in scenarios/calibration/smoke.yaml (a scenario file is run with zonelab run)");
            }
            if (root.entry("vary") != null && root.entry("free") == null && root.entry("targets") == null) {
                throw new ScenarioException(root.entry("vary").keyPos(), "a sweep file, not a calibration targets file "
                        + "(it varies keys instead of fitting them); run it with zonelab sweep, or give free: and targets:");
            }
            if (root.entry("factors") != null && root.entry("free") == null) {
                throw new ScenarioException(root.entry("factors").keyPos(), "a sensitivity factors file, not a "
                        + "calibration targets file; run it with zonelab sensitivity, or give free: and targets:");
            }
            for (Entry e : root.entries().values()) {
                if (!KEYS.contains(e.key())) {
                    String allowed = "allowed: " + String.join(", ", KEYS);
                    if (e.key().equals("parameters") || e.key().equals("policies")) {
                        allowed += "; the parameters to fit go under free:, such as free: {entry_rate: {min: 0.05, "
                                + "max: 0.2}}, and their other values in the base scenario";
                    } else if (ScenarioLoader.KEYS.contains(e.key())) {
                        allowed += "; scenario keys such as " + e.key() + " belong in the base scenario";
                    } else if (SweepLoader.KEYS.contains(e.key())) {
                        allowed += "; " + e.key() + " belongs in a sweep file (zonelab sweep)";
                    }
                    throw Checks.unknown(e.keyPos(), "key", e.key(), KEYS, allowed);
                }
            }
            Entry baseEntry = root.entry("base");
            if (baseEntry == null) {
                throw new ScenarioException(root.pos(), "missing key \"base\"; a targets file names the scenario whose "
                        + "parameters it fits, such as base: ../baseline.yaml");
            }
            String name = keys.name(root.entry("name"), "calibration");
            Node d = root.get("description");
            String description = d == null || Checks.isNull(d) ? "" : Checks.text(d, "description");
            ScenarioLoader.Loaded base = keys.loadBase(baseEntry.value());
            ExperimentRuns runs = ExperimentRuns.read(root, base, baseEntry.value());
            int replications = runs.replications();
            long seed = runs.seed();
            Overrides overrides = runs.overrides();
            Scenario fitBase = runs.scenario();

            String method = method(root.get("method"));
            int evaluations = budget(root.get("budget"));
            if ((long) evaluations * replications > MAX_RUNS) {
                throw Checks.error(root.get("budget") != null ? root.get("budget") : root, "budget", evaluations
                        + " evaluations x " + replications + " replications = " + (long) evaluations * replications
                        + " runs; allowed: at most " + MAX_RUNS + " runs; lower the budget or the replications");
            }
            List<CalibrationSpec.FreeParameter> free = free(root, runs);
            int firstYear = fitBase.startYear();
            int lastYear = fitBase.startYear() + fitBase.years() - 1;
            List<CalibrationSpec.Target> targets = targets(root, "targets", firstYear, lastYear, true);
            List<CalibrationSpec.Target> holdout = targets(root, "holdout", firstYear, lastYear, false);
            if (targets.size() + holdout.size() > MAX_TARGETS) {
                throw Checks.error(root.get("targets"), "targets", (targets.size() + holdout.size())
                        + " targets and holdout figures; allowed: at most " + MAX_TARGETS);
            }
            List<InputFiles.Read> inputs = new ArrayList<>(log.files());
            inputs.addAll(base.scenario().inputs());
            return new CalibrationSpec(name, description, file, sha256, replications, seed, method, evaluations, free,
                    targets, holdout, inputs, base, overrides);
        }

        private static String method(Node n) {
            if (n == null) {
                return CalibrationSpec.CMA_ES;
            }
            String m = Checks.text(n, "method");
            if (!METHODS.contains(m)) {
                throw Checks.error(n, "method", "unknown method " + Text.quote(m) + Suggest.didYouMean(m, METHODS)
                        + "; allowed: " + String.join(", ", METHODS));
            }
            return m;
        }

        private static int budget(Node n) {
            if (n == null) {
                return DEFAULT_EVALUATIONS;
            }
            MapNode m = Checks.map(n, "budget", "a map such as {evaluations: 600}");
            for (Entry e : m.entries().values()) {
                if (!BUDGET_KEYS.contains(e.key())) {
                    throw Checks.unknown(e.keyPos(), "key", e.key(), BUDGET_KEYS, "allowed in budget: evaluations");
                }
            }
            Node ev = m.get("evaluations");
            if (ev == null) {
                throw Checks.error(m, "budget", "missing key \"evaluations\"; allowed: {evaluations: N} with N a whole "
                        + "number in [1, " + MAX_EVALUATIONS + "]");
            }
            return (int) Checks.whole(ev, "budget.evaluations", 1, MAX_EVALUATIONS);
        }

        private List<CalibrationSpec.FreeParameter> free(MapNode root, ExperimentRuns runs) {
            Entry fe = root.entry("free");
            if (fe == null) {
                throw new ScenarioException(root.pos(), "missing key \"free\"; give the parameters to fit with their "
                        + "bounds, such as free: {entry_rate: {min: 0.05, max: 0.2}}");
            }
            MapNode fm = Checks.map(fe.value(), "free", "a map of parameters to bounds, such as "
                    + "{entry_rate: {min: 0.05, max: 0.2}}");
            if (fm.entries().isEmpty()) {
                throw Checks.error(fm, "free", "the map is empty; give at least one parameter to fit");
            }
            if (fm.entries().size() > MAX_FREE) {
                throw Checks.error(fm, "free", fm.entries().size() + " parameters; allowed: at most " + MAX_FREE);
            }
            List<CalibrationSpec.FreeParameter> out = new ArrayList<>();
            Map<String, Entry> seen = new HashMap<>();
            Map<String, Node[]> ends = new HashMap<>();
            for (Entry e : fm.entries().values()) {
                String path = "free." + Text.shorten(e.key());
                boolean bare = !e.key().contains(".");
                if (bare && Param.byKey(e.key()) == null && (ScenarioLoader.KEYS.contains(e.key())
                        || SweepLoader.TOP_LEVEL_TARGETS.contains(e.key()))) {
                    String how = SweepLoader.TOP_LEVEL_TARGETS.contains(e.key()) && KEYS.contains(e.key())
                            ? "; set it for every fit run with the top-level key " + e.key() + ": instead"
                            : e.key().equals("parameters") || e.key().equals("policies")
                            ? "; write one dotted key per parameter, such as parameters.entry_rate or just entry_rate"
                            : "";
                    throw new ScenarioException(e.keyPos(), path + ": the scenario key " + Text.quote(e.key())
                            + " cannot be fitted; allowed: " + SweepLoader.FREE_TARGETS_TEXT + how);
                }
                String key = bare ? "parameters." + e.key() : e.key();
                Entry first = seen.putIfAbsent(key, e);
                if (first != null) {
                    throw new ScenarioException(e.keyPos(), path + ": " + Text.quote(key) + " is given twice (first as "
                            + Text.quote(first.key()) + " at line " + first.keyPos().line()
                            + "); give each parameter once");
                }
                SweepSpec.Target t = keys.target(new Entry(key, e.keyPos(), e.value()), e.key());
                MapNode bm = Checks.map(e.value(), path, "bounds such as {min: 0.05, max: 0.2}");
                for (Entry b : bm.entries().values()) {
                    if (!FREE_KEYS.contains(b.key())) {
                        throw Checks.unknown(b.keyPos(), "key", b.key(), FREE_KEYS, "allowed in " + path + ": min, max, log");
                    }
                }
                Node minNode = bm.get("min");
                Node maxNode = bm.get("max");
                if (minNode == null || maxNode == null) {
                    throw Checks.error(bm, path, "missing key " + Text.quote(minNode == null ? "min" : "max")
                            + "; bounds are {min: A, max: B}");
                }
                double min = Checks.real(minNode, path + ".min");
                double max = Checks.real(maxNode, path + ".max");
                if (!(min < max)) {
                    throw Checks.error(minNode, path, "min " + Checks.plain(min) + " is not below max "
                            + Checks.plain(max) + "; allowed: min < max");
                }
                // Checked with the file's years and scale, which every candidate runs with.
                keys.checkWithRuns(root, runs, minNode.pos(), min, path + ".min", t);
                keys.checkWithRuns(root, runs, maxNode.pos(), max, path + ".max", t);
                ends.put(key, new Node[] {minNode, maxNode});
                Node logNode = bm.get("log");
                boolean logScale = logNode != null && bool(logNode, path + ".log");
                if (logScale && !(min > 0)) {
                    throw Checks.error(logNode, path + ".log", "a log-scale search needs positive bounds, got min "
                            + Checks.plain(min) + "; allowed: log: true with min > 0");
                }
                out.add(new CalibrationSpec.FreeParameter(key, t.path(), min, max, logScale, t.whole(), e.keyPos()));
            }
            SweepLoader.Reader.checkFromBeforeTo(out.stream().map(f -> new SweepLoader.Range(f.key(), f.min(), f.max()))
                    .toList(), ends, "free", "candidates");
            return out;
        }

        private static boolean bool(Node n, String path) {
            if (n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.TEXT
                    && (s.text().equals("true") || s.text().equals("false"))) {
                return s.text().equals("true");
            }
            if (n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN) {
                return Boolean.parseBoolean(s.text());
            }
            throw Checks.error(n, path, "expected true or false, got " + n.describe());
        }

        private List<CalibrationSpec.Target> targets(MapNode root, String section, int firstYear, int lastYear,
                                                     boolean required) {
            Node n = root.get(section);
            if (n == null || Checks.isNull(n)) {
                if (required) {
                    throw new ScenarioException(root.pos(), "missing key \"targets\"; give the figures to fit, "
                            + "such as targets: [{indicator: gdp_bn, year: " + lastYear + ", value: 13600, sd: 680}]");
                }
                return List.of();
            }
            ListNode l = Checks.list(n, section, "a list of targets such as [{indicator: gdp_bn, year: " + lastYear
                    + ", value: 13600, sd: 680}]");
            if (required && l.items().isEmpty()) {
                throw Checks.error(l, section, "the list is empty; give at least one target");
            }
            List<CalibrationSpec.Target> out = new ArrayList<>();
            for (int i = 0; i < l.items().size(); i++) {
                out.add(target(l.items().get(i), section + "[" + i + "]", firstYear, lastYear));
            }
            return out;
        }

        private CalibrationSpec.Target target(Node n, String path, int firstYear, int lastYear) {
            MapNode m = Checks.map(n, path, "a target such as {indicator: gdp_bn, year: " + lastYear
                    + ", value: 13600, sd: 680}");
            for (Entry e : m.entries().values()) {
                if (!TARGET_KEYS.contains(e.key())) {
                    throw Checks.unknown(e.keyPos(), "key", e.key(), TARGET_KEYS, "allowed in a target: "
                            + String.join(", ", TARGET_KEYS));
                }
            }
            Node ind = m.get("indicator");
            Node mom = m.get("moment");
            if ((ind == null) == (mom == null)) {
                throw Checks.error(m, path, (ind == null ? "missing key \"indicator\" or \"moment\"" : "both indicator "
                        + "and moment") + "; a target names one indicator (indicator: gdp_bn) or one moment "
                        + "(moment: survival_5y)");
            }
            CalibrationSpec.Kind kind;
            String name;
            if (ind != null) {
                kind = CalibrationSpec.Kind.INDICATOR;
                name = Checks.text(ind, path + ".indicator");
                if (Indicator.byKey(name).isEmpty()) {
                    List<String> all = Arrays.stream(Indicator.values()).map(Indicator::key).toList();
                    throw Checks.error(ind, path + ".indicator", "unknown indicator " + Text.quote(name)
                            + Suggest.didYouMean(name, all)
                            + "; the national indicators are listed in docs/ODD.md §8.1");
                }
            } else {
                kind = CalibrationSpec.Kind.MOMENT;
                name = Checks.text(mom, path + ".moment");
                if (Moment.byKey(name).isEmpty()) {
                    List<String> all = Arrays.stream(Moment.values()).map(Moment::key).toList();
                    throw Checks.error(mom, path + ".moment", "unknown moment " + Text.quote(name)
                            + Suggest.didYouMean(name, all) + "; allowed: " + String.join(", ", all));
                }
            }
            Node yearNode = m.get("year");
            int year;
            if (yearNode == null) {
                if (kind == CalibrationSpec.Kind.INDICATOR) {
                    throw Checks.error(m, path, "missing key \"year\"; an indicator target is the value of one year in ["
                            + firstYear + ", " + lastYear + "]");
                }
                year = lastYear;
            } else {
                long y = Checks.whole(yearNode, path + ".year", Integer.MIN_VALUE, Integer.MAX_VALUE);
                if (y < firstYear || y > lastYear) {
                    throw Checks.error(yearNode, path + ".year", y + " is outside the fit runs' years; allowed: whole "
                            + "numbers in [" + firstYear + ", " + lastYear + "] " + (y > lastYear
                            ? "(set years: to run longer)" : "(the runs start in the base scenario's start_year)"));
                }
                year = (int) y;
            }
            Node sdNode = m.get("sd");
            Node intervalNode = m.get("interval");
            Node valueNode = m.get("value");
            double value;
            double sd = Double.NaN;
            double low = Double.NaN;
            double high = Double.NaN;
            if (intervalNode != null) {
                if (sdNode != null) {
                    throw Checks.error(sdNode, path + ".sd", "a target has sd or interval, not both; allowed: "
                            + "{value: V, sd: S} or {interval: [low, high]}");
                }
                ListNode il = Checks.list(intervalNode, path + ".interval", "[low, high]");
                if (il.items().size() != 2) {
                    throw Checks.error(il, path + ".interval", "expected two numbers [low, high], got a list of "
                            + il.items().size() + (il.items().size() == 1 ? " item" : " items"));
                }
                low = Checks.real(il.items().get(0), path + ".interval[0]");
                high = Checks.real(il.items().get(1), path + ".interval[1]");
                if (!(low < high)) {
                    throw Checks.error(il, path + ".interval", "low " + Checks.plain(low) + " is not below high "
                            + Checks.plain(high) + "; allowed: low < high");
                }
                value = valueNode == null ? (low + high) / 2 : Checks.real(valueNode, path + ".value");
            } else {
                if (valueNode == null) {
                    throw Checks.error(m, path, "missing key \"value\"; a target is {value: V, sd: S} or "
                            + "{interval: [low, high]}");
                }
                value = Checks.real(valueNode, path + ".value");
                if (sdNode == null) {
                    throw Checks.error(m, path, "missing key \"sd\"; give the figure's uncertainty (sd: S, S > 0) or "
                            + "an interval: [low, high]");
                }
                sd = Checks.real(sdNode, path + ".sd");
                if (!(sd > 0)) {
                    throw Checks.error(sdNode, path + ".sd", Checks.plain(sd)
                            + " is out of range; allowed: numbers > 0");
                }
            }
            Node src = m.get("source");
            String source = src == null || Checks.isNull(src) ? "" : Checks.text(src, path + ".source");
            Position at = n.pos();
            return new CalibrationSpec.Target(kind, name, year, value, sd, low, high, source,
                    Text.escape(String.valueOf(at.file())) + ":" + at.line() + ":" + at.column());
        }
    }
}
