package org.zonelab.experiment.spark;

import java.security.CodeSource;
import org.apache.spark.SparkConf;
import org.zonelab.experiment.RunRequest;
import sim.engine.SimState;

/**
 * The Spark settings of ZoneLab's engine, safe by default (docs/SCALE.md): no web UI, the driver on
 * the loopback interface unless the master is on another host, authentication with a shared secret
 * whenever one is given (and required for a master on another host), no speculation and no locality
 * wait (a task's input is its own few requests). Any {@code spark.*} Java system property (for example
 * {@code -Dspark.executor.memory=4g} in ZONELAB_JAVA_OPTS) is read by Spark as well, and these settings
 * win over it only where they make the engine safe.
 */
public final class SparkSettings {
    /** The environment variable that holds a cluster's shared secret ({@code spark.authenticate.secret}). */
    public static final String SECRET_VARIABLE = "ZONELAB_SPARK_SECRET";
    /** The application's name on the cluster. */
    public static final String APP_NAME = "zonelab";
    /** The loopback address the driver binds to for a local or loopback master. */
    public static final String LOOPBACK = "127.0.0.1";

    private SparkSettings() {
    }

    /**
     * The jars a task needs beyond Spark's own, as the driver runs them: ZoneLab's and MASON's, when the
     * driver runs from jars (a build from {@code ./zonelab}); empty otherwise.
     */
    static String shippedJars() {
        StringBuilder out = new StringBuilder();
        for (Class<?> c : new Class<?>[] {RunRequest.class, SimState.class}) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation().getPath().endsWith(".jar")) {
                out.append(out.length() == 0 ? "" : ",").append(source.getLocation());
            }
        }
        return out.toString();
    }

    /**
     * Checks that a master on another host comes with a secret.
     *
     * @param secret the shared secret, or null for none
     * @throws IllegalArgumentException when the master is on another host and no secret is given
     */
    public static void checkSecret(SparkMaster master, String secret) {
        if (!master.isLoopback() && (secret == null || secret.isEmpty())) {
            throw new IllegalArgumentException("--master " + master.url() + ": a cluster on another host needs "
                    + "authentication; set " + SECRET_VARIABLE + " to its spark.authenticate.secret (docs/SCALE.md)");
        }
    }

    /**
     * The configuration of a Spark context for this master.
     *
     * @param secret the shared secret, or null for none
     * @throws IllegalArgumentException when the master is on another host and no secret is given
     */
    public static SparkConf conf(SparkMaster master, String secret) {
        checkSecret(master, secret);
        SparkConf conf = new SparkConf()
                .setMaster(master.url())
                .setAppName(APP_NAME)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.speculation", "false")
                .set("spark.locality.wait", "0")
                .set("spark.eventLog.enabled", "false");
        if (master.isLoopback()) {
            conf.set("spark.driver.host", LOOPBACK).set("spark.driver.bindAddress", LOOPBACK);
        }
        if (master.isLoopback() && !master.isLocal()) {
            // A cluster on this machine (scripts/spark-standalone.sh): its executors load the driver's own
            // classes, whichever build or test run the driver comes from.
            conf.set("spark.executor.extraClassPath", System.getProperty("java.class.path"));
        }
        if (!master.isLoopback()) {
            // A cluster elsewhere has Spark but not ZoneLab: the driver serves the two jars a task needs.
            String jars = shippedJars();
            if (!jars.isEmpty() && !conf.contains("spark.jars")) {
                conf.set("spark.jars", jars);
            }
        }
        if (secret != null && !secret.isEmpty()) {
            conf.set("spark.authenticate", "true").set("spark.authenticate.secret", secret);
        }
        return conf;
    }
}
