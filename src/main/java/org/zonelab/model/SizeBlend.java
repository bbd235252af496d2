package org.zonelab.model;

/**
 * The initial firms' revenues of one zone (docs/ODD.md §5): each firm's log revenue lies between the
 * log revenue the entrants' law gives at its age and its place in the zone-scaled size law, in
 * proportion to a weight that grows with age; one zone factor, found by Newton's method on its log,
 * makes the revenues add up to the zone's total. Young firms (weight near 0) then keep about the size
 * the model's own entrants reach at their age, and the old ones carry the zone's revenue.
 */
final class SizeBlend {
    /** Newton steps on the log of the zone factor: far more than the few that converge. */
    private static final int MAX_STEPS = 200;
    /** Relative tolerance on the zone's total revenue. */
    private static final double TOLERANCE = 1e-12;

    private SizeBlend() {
    }

    /**
     * Revenues {@code exp((1 - w) young + w (old + ln k))} with the zone factor k such that they sum to
     * {@code total}; when no such factor exists (no firm has a positive weight, or the young firms alone
     * exceed the total), all are scaled in proportion instead.
     *
     * @param youngLog log revenue under the entrants' law at each firm's age, CNY bn
     * @param oldLog   log of each firm's place in the size law before the zone factor
     * @param weight   each firm's weight of the size law, in [0, 1]
     * @param total    the zone's revenue, CNY bn/year (agent units)
     */
    static double[] revenues(double[] youngLog, double[] oldLog, double[] weight, double total) {
        int n = youngLog.length;
        double[] base = new double[n];
        boolean anyWeight = false;
        for (int i = 0; i < n; i++) {
            base[i] = (1 - weight[i]) * youngLog[i] + weight[i] * oldLog[i];
            anyWeight |= weight[i] > 0;
        }
        double lnK = anyWeight ? solve(base, weight, total) : 0;
        double[] revenue = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            revenue[i] = Math.exp(base[i] + weight[i] * lnK);
            sum += revenue[i];
        }
        // No zone factor fits when the young firms alone exceed the total (entrants as large as a
        // zone's average firm, or a tiny GDP): then all are scaled in proportion.
        boolean fitted = anyWeight && Math.abs(sum - total) <= 1e-6 * total;
        if (!fitted) {
            // The blend without a zone factor (a failed search may have driven it to 0), in proportion.
            sum = 0;
            for (int i = 0; i < n; i++) {
                revenue[i] = Math.exp(base[i]);
                sum += revenue[i];
            }
            for (int i = 0; i < n; i++) {
                revenue[i] *= total / sum;
            }
        }
        return revenue;
    }

    // Newton's method on f(x) = sum exp(b_i + w_i x) - total, which is increasing and convex in x.
    private static double solve(double[] base, double[] weight, double total) {
        double x = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            double f = -total;
            double df = 0;
            for (int i = 0; i < base.length; i++) {
                double r = Math.exp(base[i] + weight[i] * x);
                f += r;
                df += weight[i] * r;
            }
            if (Math.abs(f) <= TOLERANCE * total || df <= 0) {
                break;
            }
            // f is convex and increasing: after at most one overshoot Newton's steps approach the root from above.
            x -= Math.max(-50, Math.min(50, f / df));
        }
        return x;
    }
}
