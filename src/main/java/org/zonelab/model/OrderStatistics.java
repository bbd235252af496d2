package org.zonelab.model;

import java.util.Arrays;

/**
 * Order statistics of an array of doubles without sorting all of it (issue 12: the year's moments
 * sorted two arrays of every firm's values; a selection costs a few passes instead). The values placed
 * are exactly those a full sort would place at the same positions. NaN is not handled, and -0.0 counts
 * as 0.0 (the moments' values are finite, and revenue and its logs are never -0.0).
 */
final class OrderStatistics {
    /** Below this length a range is sorted instead of partitioned further. */
    private static final int SORT_BELOW = 32;

    private OrderStatistics() {
    }

    /**
     * Rearranges {@code a} so that each position in {@code ranks} (ascending, each in [0, a.length))
     * holds the value a full ascending sort would put there, every value before it is at most that
     * value, and every value after it at least.
     */
    static void select(double[] a, int[] ranks) {
        select(a, 0, a.length, ranks, 0, ranks.length);
    }

    /**
     * Rearranges {@code a} so that its last {@code k} positions hold its {@code k} largest values in
     * ascending order, and position {@code a.length - k - 1} the next largest, as after a full sort.
     */
    static void selectTop(double[] a, int k) {
        int t = a.length - k - 1;
        select(a, 0, a.length, new int[] {t}, 0, 1);
        Arrays.sort(a, t + 1, a.length);
    }

    // Places ranks[from..to) within a[lo..hi), every one of which lies in that range.
    private static void select(double[] a, int lo, int hi, int[] ranks, int from, int to) {
        while (from < to) {
            if (hi - lo < SORT_BELOW) {
                Arrays.sort(a, lo, hi);
                return;
            }
            // Three-way partition around the median of three: [lo, lt) < pivot, [lt, gt) == pivot,
            // [gt, hi) > pivot, so that runs of equal values cannot make it quadratic.
            double pivot = median(a[lo], a[lo + (hi - lo) / 2], a[hi - 1]);
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i < gt) {
                double v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[--gt];
                    a[gt] = v;
                } else {
                    i++;
                }
            }
            // Ranks below lt recurse left, ranks at or beyond gt right; those in between are placed.
            int left = from;
            while (left < to && ranks[left] < lt) {
                left++;
            }
            int right = left;
            while (right < to && ranks[right] < gt) {
                right++;
            }
            if (left - from < to - right) {
                select(a, lo, lt, ranks, from, left);
                lo = gt;
                from = right;
            } else {
                select(a, gt, hi, ranks, right, to);
                hi = lt;
                to = left;
            }
        }
    }

    private static double median(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
