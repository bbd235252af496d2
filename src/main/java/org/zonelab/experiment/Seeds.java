package org.zonelab.experiment;

/** Derives each replication's seed from the base seed and the replication index. */
public final class Seeds {
    private Seeds() {
    }

    /**
     * The seed of replication {@code index} (0-based): a SplitMix64 hash of the base seed and index,
     * so that neighbouring replications get unrelated streams and the mapping never changes.
     */
    public static long forReplication(long baseSeed, int index) {
        long z = baseSeed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z & Long.MAX_VALUE;
    }
}
