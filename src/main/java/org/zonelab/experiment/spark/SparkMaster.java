package org.zonelab.experiment.spark;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the Spark engine sends its tasks: {@code local[N]} (N worker threads in this JVM),
 * {@code local[N,F]} (with up to F attempts of a failing task) or {@code spark://host:port} (a standalone
 * cluster's master).
 *
 * @param url   the master URL as Spark reads it
 * @param host  the master's host, or null in local mode
 * @param slots the task slots known in advance: N in local mode, 0 for a cluster (asked of it when it runs)
 */
public record SparkMaster(String url, String host, int slots) {
    /** The most threads a local master may ask for (the local engine's limit). */
    public static final int MAX_LOCAL_THREADS = 4096;
    private static final Pattern LOCAL = Pattern.compile("local\\[(\\d{1,4})(?:,(\\d{1,3}))?\\]");
    private static final Pattern STANDALONE = Pattern.compile("spark://([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\]):(\\d{1,5})");
    /** What a master URL may be, for messages. */
    public static final String ALLOWED = "local[N], local[N,F] (N threads, up to F attempts of a task) or spark://host:port";

    /**
     * The master a URL names.
     *
     * @return the master, or empty when the URL is none of {@link #ALLOWED} (or a count or port is out of range)
     */
    public static Optional<SparkMaster> parse(String url) {
        Matcher local = LOCAL.matcher(url);
        if (local.matches()) {
            int n = Integer.parseInt(local.group(1));
            boolean attemptsOk = local.group(2) == null || Integer.parseInt(local.group(2)) >= 1;
            return n >= 1 && n <= MAX_LOCAL_THREADS && attemptsOk
                    ? Optional.of(new SparkMaster(url, null, n)) : Optional.empty();
        }
        Matcher standalone = STANDALONE.matcher(url);
        if (standalone.matches()) {
            int port = Integer.parseInt(standalone.group(2));
            return port >= 1 && port <= 65_535
                    ? Optional.of(new SparkMaster(url, standalone.group(1), 0)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether tasks run in this JVM. */
    public boolean isLocal() {
        return host == null;
    }

    /** Whether the master is on this machine's loopback interface (so the driver can stay on it too). */
    public boolean isLoopback() {
        return isLocal() || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
    }
}
