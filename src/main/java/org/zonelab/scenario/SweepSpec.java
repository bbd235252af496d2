package org.zonelab.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.zonelab.scenario.Node.Entry;
import org.zonelab.scenario.Node.MapNode;
import org.zonelab.scenario.Node.ScalarNode;

/**
 * A validated sweep file (scenarios/README.md), as read by {@link SweepLoader}: a base scenario, the dimensions
 * it varies, a design ({@code grid} or {@code lhs}) and the replications of each design point.
 * {@link #points()} expands the design deterministically; {@link #scenarioFor(DesignPoint)} gives the
 * scenario of one point. Immutable.
 */
public final class SweepSpec {

    /** How the varied values are combined. */
    public enum Design {
        /** Every combination of the dimensions' values (the Cartesian product). */
        GRID,
        /** A Latin hypercube of {@code samples} points. */
        LHS;

        /** The spelling in sweep files: {@code grid} or {@code lhs}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One varied scenario key.
     *
     * @param key        the dotted scenario key, e.g. {@code parameters.init_firms}
     * @param values     the values a grid takes (a list's items in file order, or a range's points from
     *                   {@code from} by {@code step}); empty for a continuous range (lhs only)
     * @param min        the smallest value (a continuous range's {@code from})
     * @param max        the largest value (a continuous range's {@code to})
     * @param continuous whether the dimension is a range without {@code step}, sampled anywhere in
     *                   [min, max] (lhs only)
     * @param whole      whether the key takes whole numbers only (sampled values are then rounded)
     */
    public record Dimension(String key, List<Double> values, double min, double max, boolean continuous,
                            boolean whole) {
        public Dimension {
            values = List.copyOf(values);
        }
    }

    /**
     * One point of the design.
     *
     * @param index  0-based position in {@link #points()}
     * @param values the value of each dimension, in the sweep file's key order
     */
    public record DesignPoint(int index, Map<String, Double> values) {
        public DesignPoint {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** {@code key = value, ...} for messages. */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Double> e : values.entrySet()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(" = ")
                        .append(Checks.plain(e.getValue()));
            }
            return sb.toString();
        }
    }

    /** Where a dimension's values go in the scenario tree, and where it is written in the sweep file. */
    record Target(String key, List<String> path, boolean whole, Position at) {
    }

    private final String name;
    private final String description;
    private final Path source;
    private final String sha256;
    private final ScenarioLoader.Loaded base;
    private final List<Dimension> dimensions;
    private final List<Target> targets;
    private final Design design;
    private final int samples;
    private final long seed;
    private final int replications;
    private final List<InputFiles.Read> inputs;

    SweepSpec(String name, String description, Path source, String sha256, ScenarioLoader.Loaded base,
              List<Dimension> dimensions, List<Target> targets, Design design, int samples, long seed,
              int replications, List<InputFiles.Read> inputs) {
        this.name = name;
        this.description = description;
        this.source = source;
        this.sha256 = sha256;
        this.base = base;
        this.dimensions = List.copyOf(dimensions);
        this.targets = List.copyOf(targets);
        this.design = design;
        this.samples = samples;
        this.seed = seed;
        this.replications = replications;
        this.inputs = List.copyOf(inputs);
    }

    /**
     * Every file read to load the sweep, in order: the sweep file, then the base scenario's inputs
     * ({@link Scenario#inputs()}), each with its sha256.
     */
    public List<InputFiles.Read> inputs() {
        return inputs;
    }

    /** The sweep's name (its {@code name:} key, or the file name without {@code .yaml}). */
    public String name() {
        return name;
    }

    /** The sweep's description, or an empty string. */
    public String description() {
        return description;
    }

    /** The sweep file. */
    public Path source() {
        return source;
    }

    /** Hex SHA-256 of the sweep file. */
    public String sha256() {
        return sha256;
    }

    /** The base scenario, as its own file gives it (its own replications). */
    public Scenario base() {
        return base.scenario();
    }

    /** The varied dimensions, in the sweep file's order. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** The design. */
    public Design design() {
        return design;
    }

    /** The number of lhs samples; 0 for a grid. */
    public int samples() {
        return samples;
    }

    /** The seed of the Latin hypercube (the base scenario's seed unless the sweep sets one). */
    public long seed() {
        return seed;
    }

    /** Replications of each design point. */
    public int replications() {
        return replications;
    }

    /** The number of design points, without expanding them. */
    public int size() {
        return design == Design.LHS ? samples : (int) gridSize(dimensions);
    }

    /** Number of grid points: the product of the dimensions' value counts (saturating at Long.MAX_VALUE). */
    static long gridSize(List<Dimension> dims) {
        long n = 1;
        for (Dimension d : dims) {
            n = Math.multiplyHigh(n, d.values().size()) != 0 ? Long.MAX_VALUE : n * d.values().size();
            if (n < 0) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }

    /**
     * The design points, deterministically: the same file always gives the same points.
     *
     * <ul>
     *   <li>grid: the Cartesian product in key order; the last dimension varies fastest, as in nested
     *   loops with the first key outermost.</li>
     *   <li>lhs: {@link #samples()} points. Each dimension's range is cut into {@code samples} equal
     *   strata, and a random permutation gives each point its own stratum in each dimension. A
     *   continuous range takes a uniform value within the stratum (rounded for whole-number keys); a
     *   list (or a range with a step) takes the item at the stratified index
     *   {@code floor(stratum * items / samples)} when it has at most {@code samples} items (so each
     *   item is used equally often, give or take one), or {@code floor((stratum + u) * items / samples)}
     *   with a uniform {@code u} when it has more. The random numbers come from a
     *   {@link SplittableRandom} seeded with {@link #seed()}, dimension by dimension in key order.</li>
     * </ul>
     */
    public List<DesignPoint> points() {
        return design == Design.LHS ? lhs() : grid();
    }

    private List<DesignPoint> grid() {
        int n = size();
        List<DesignPoint> out = new ArrayList<>(n);
        int[] digit = new int[dimensions.size()];
        for (int i = 0; i < n; i++) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int d = 0; d < dimensions.size(); d++) {
                Dimension dim = dimensions.get(d);
                values.put(dim.key(), dim.values().get(digit[d]));
            }
            out.add(new DesignPoint(i, values));
            for (int d = dimensions.size() - 1; d >= 0; d--) {
                if (++digit[d] < dimensions.get(d).values().size()) {
                    break;
                }
                digit[d] = 0;
            }
        }
        return out;
    }

    private List<DesignPoint> lhs() {
        int n = samples;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] columns = new double[dimensions.size()][n];
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dim = dimensions.get(d);
            int[] stratum = new int[n];
            for (int i = 0; i < n; i++) {
                stratum[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = stratum[i];
                stratum[i] = stratum[j];
                stratum[j] = t;
            }
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                columns[d][i] = lhsValue(dim, stratum[i], u, n);
            }
        }
        List<DesignPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int d = 0; d < dimensions.size(); d++) {
                values.put(dimensions.get(d).key(), columns[d][i]);
            }
            out.add(new DesignPoint(i, values));
        }
        return out;
    }

    private static double lhsValue(Dimension dim, int stratum, double u, int n) {
        if (!dim.continuous()) {
            int items = dim.values().size();
            long index = items <= n ? (long) stratum * items / n : (long) Math.floor((stratum + u) * items / n);
            return dim.values().get((int) Math.min(items - 1, index));
        }
        double v = dim.min() + (dim.max() - dim.min()) * ((stratum + u) / n);
        if (dim.whole()) {
            v = Math.rint(v);
        }
        return Math.max(dim.min(), Math.min(dim.max(), v));
    }

    /**
     * The base scenario with one design point's values applied, validated again, with this sweep's
     * replications. Its name, source and sha256 stay those of the base scenario.
     *
     * @throws IllegalArgumentException when the point does not have exactly this sweep's keys
     * @throws ScenarioException        when the values make the scenario invalid (never for the points of
     *                                  {@link #points()}: the loader checked them)
     */
    public Scenario scenarioFor(DesignPoint point) {
        if (!point.values().keySet().equals(keys())) {
            throw new IllegalArgumentException("the design point has keys " + point.values().keySet()
                    + "; this sweep varies " + keys());
        }
        MapNode root = base.resolved().root();
        for (Target t : targets) {
            root = with(root, t.path(), 0, number(t.at(), point.values().get(t.key())));
        }
        return ScenarioLoader.validate(base.resolved().withRoot(root), new Overrides(replications, null, null, null),
                base.zones());
    }

    private java.util.Set<String> keys() {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (Dimension d : dimensions) {
            keys.add(d.key());
        }
        return keys;
    }

    /** A number node as if written at {@code at}: whole values as integers, others as reals. */
    static ScalarNode number(Position at, double v) {
        if (v == Math.rint(v) && Math.abs(v) <= SweepLoader.MAX_VARIED_SEED) {
            long l = (long) v;
            return new ScalarNode(at, ScalarNode.Kind.INTEGER, Long.toString(l), BigInteger.valueOf(l));
        }
        return new ScalarNode(at, ScalarNode.Kind.REAL, BigDecimal.valueOf(v).toPlainString(), v);
    }

    /** A copy of a tree with the value at a path replaced (maps on the way are created when absent). */
    static MapNode with(MapNode map, List<String> path, int depth, Node value) {
        String key = path.get(depth);
        Map<String, Entry> entries = new LinkedHashMap<>(map.entries());
        Entry old = entries.get(key);
        Position keyPos = old != null ? old.keyPos() : value.pos();
        Node replaced;
        if (depth == path.size() - 1) {
            replaced = value;
        } else {
            MapNode inner = old != null && old.value() instanceof MapNode m ? m
                    : new MapNode(value.pos(), Map.of(), 1);
            replaced = with(inner, path, depth + 1, value);
        }
        entries.put(key, new Entry(key, keyPos, replaced));
        long weight = 1;
        for (Entry e : entries.values()) {
            weight += e.value().weight();
        }
        return new MapNode(map.pos(), entries, weight);
    }

    /** Targets, for the loader's checks. */
    List<Target> targets() {
        return targets;
    }
}
