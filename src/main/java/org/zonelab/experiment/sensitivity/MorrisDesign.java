package org.zonelab.experiment.sensitivity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris one-at-a-time trajectories in the unit cube [0,1]^k (Morris 1991, in the form of Campolongo,
 * Cariboni and Saltelli 2007, without their selection of optimized trajectories).
 *
 * <p>The grid has p levels {0, 1/(p-1), ..., 1} and every step moves one factor by
 * Delta = p / (2 (p - 1)), that is p/2 grid levels. A trajectory has k + 1 points: a base point x* drawn
 * uniformly from the levels that leave room for a step up (0 .. p/2 - 1 in level terms), a random sign
 * per factor (a factor stepping down starts Delta above x*), and a random order in which the factors move
 * once each. Every coordinate is therefore a grid value, computed as level / (p - 1).
 *
 * <p>Run order: trajectory t's points are {@code t*(k+1) .. t*(k+1)+k}, in the order they are visited; its
 * step s (from 0) goes from point {@code t*(k+1)+s} to the next one. The draws come from a Mersenne
 * Twister seeded with the given seed, trajectory by trajectory (base levels, then signs, then the order),
 * so the same arguments give a bit-identical design.
 */
public final class MorrisDesign {
    /** The smallest grid: {0, 1}, with Delta = 1. */
    private static final int MIN_LEVELS = 2;

    private final int factors;
    private final int trajectories;
    private final int levels;
    private final double delta;
    private final double[][] points;
    private final List<MorrisStep> steps;

    private MorrisDesign(int factors, int trajectories, int levels, double[][] points, List<MorrisStep> steps) {
        this.factors = factors;
        this.trajectories = trajectories;
        this.levels = levels;
        this.delta = stepFor(levels);
        this.points = points;
        this.steps = steps;
    }

    /**
     * Draws a design.
     *
     * @param factors      number of factors k, at least 1
     * @param trajectories number of trajectories r, at least 1
     * @param levels       number of grid levels p, even and at least 2 (4 is usual)
     * @param seed         seed of the Mersenne Twister that draws the trajectories
     * @throws IllegalArgumentException when an argument is out of range
     */
    public static MorrisDesign generate(int factors, int trajectories, int levels, long seed) {
        if (factors < 1) {
            throw new IllegalArgumentException("Morris design needs at least 1 factor, got " + factors);
        }
        if (trajectories < 1) {
            throw new IllegalArgumentException("Morris design needs at least 1 trajectory, got " + trajectories);
        }
        if (levels < MIN_LEVELS || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris levels must be even and at least " + MIN_LEVELS
                    + " (so that a step of p/2 levels is the same everywhere), got " + levels);
        }
        int perTrajectory = factors + 1;
        long total = (long) trajectories * perTrajectory;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Morris design of " + trajectories + " trajectories of "
                    + perTrajectory + " points is too large");
        }
        int jump = levels / 2;
        double top = levels - 1;
        double delta = stepFor(levels);
        RandomGenerator random = new MersenneTwister(seed);
        double[][] points = new double[(int) total][];
        List<MorrisStep> steps = new ArrayList<>(trajectories * factors);
        for (int t = 0; t < trajectories; t++) {
            int[] level = new int[factors];
            for (int i = 0; i < factors; i++) {
                level[i] = random.nextInt(jump);
            }
            int[] sign = new int[factors];
            for (int i = 0; i < factors; i++) {
                sign[i] = random.nextBoolean() ? 1 : -1;
                if (sign[i] < 0) {
                    level[i] += jump;
                }
            }
            int[] order = permutation(factors, random);
            int first = t * perTrajectory;
            points[first] = toUnit(level, top);
            for (int s = 0; s < factors; s++) {
                int moved = order[s];
                level[moved] += sign[moved] * jump;
                points[first + s + 1] = toUnit(level, top);
                steps.add(new MorrisStep(t, moved, first + s, first + s + 1, sign[moved] * delta));
            }
        }
        return new MorrisDesign(factors, trajectories, levels, points, Collections.unmodifiableList(steps));
    }

    /** The step Delta = p / (2 (p - 1)) of a p-level grid, in unit-cube coordinates. */
    public static double stepFor(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    private static double[] toUnit(int[] level, double top) {
        double[] x = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            x[i] = level[i] / top;
        }
        return x;
    }

    /** A uniform random permutation of 0..n-1 (Fisher-Yates, drawing from the top down). */
    private static int[] permutation(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** Number of factors k. */
    public int factors() {
        return factors;
    }

    /** Number of trajectories r. */
    public int trajectories() {
        return trajectories;
    }

    /** Number of grid levels p. */
    public int levels() {
        return levels;
    }

    /** The step Delta = p / (2 (p - 1)), in unit-cube coordinates. */
    public double delta() {
        return delta;
    }

    /** Number of points, r (k + 1). */
    public int size() {
        return points.length;
    }

    /** Index in run order of point {@code s} (0..k) of trajectory {@code t}: {@code t (k + 1) + s}. */
    public int pointIndex(int trajectory, int s) {
        if (trajectory < 0 || trajectory >= trajectories || s < 0 || s > factors) {
            throw new IndexOutOfBoundsException("no point " + s + " of trajectory " + trajectory);
        }
        return trajectory * (factors + 1) + s;
    }

    /** A copy of one point, in unit-cube coordinates, by its index in run order. */
    public double[] point(int index) {
        return points[index].clone();
    }

    /** Copies of all points in run order, in unit-cube coordinates; each has k coordinates. */
    public List<double[]> points() {
        List<double[]> copy = new ArrayList<>(points.length);
        for (double[] p : points) {
            copy.add(p.clone());
        }
        return copy;
    }

    /** All r k steps, trajectory by trajectory and within a trajectory in the order they are taken. */
    public List<MorrisStep> steps() {
        return steps;
    }
}
