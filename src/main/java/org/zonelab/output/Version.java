package org.zonelab.output;

import org.zonelab.experiment.Build;

/** The ZoneLab version: the jar manifest's Implementation-Version, else the pom's version ({@link Build}). */
public final class Version {
    /** The version of the pom, used when running from classes rather than the jar. */
    public static final String FALLBACK = Build.FALLBACK_VERSION;

    private Version() {
    }

    /** The running ZoneLab version, e.g. {@code 0.1.0}. */
    public static String current() {
        return Build.version();
    }
}
