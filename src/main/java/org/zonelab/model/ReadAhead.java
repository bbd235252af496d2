package org.zonelab.model;

import java.util.List;

/**
 * Reads ahead in a pass over the firm list (issue 12). The list is in birth order, but the firms lie
 * in memory in whatever order the collector last copied them, so a pass over the list misses the
 * cache at every firm. Reading a few fields of the next {@link #BATCH} firms at once, every
 * {@code BATCH} firms, lets the memory serve those loads together. Nothing read is used and nothing
 * is written, so a pass reads the same values with or without it.
 */
final class ReadAhead {
    /** Firms read ahead at once (as {@link FirmSequence#BATCH}). */
    static final int BATCH = FirmSequence.BATCH;
    // Sums what is read, so that the compiler cannot drop the reads.
    private static long sink;

    private ReadAhead() {
    }

    /**
     * At every {@link #BATCH}-th position {@code k} of a pass, reads the firms of the next batch and
     * their accounts.
     */
    static void atPosition(List<Firm> firms, int k) {
        if (k % BATCH != 0) {
            return;
        }
        long sum = 0;
        for (int j = k + BATCH, end = Math.min(firms.size(), k + 2 * BATCH); j < end; j++) {
            Firm f = firms.get(j);
            sum += f.accounts.completedYears + (f.active ? 1 : 0);
        }
        sink += sum;
    }
}
