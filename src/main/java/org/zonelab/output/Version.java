package org.zonelab.output;

/** The ZoneLab version: the jar manifest's Implementation-Version, else the pom's version. */
public final class Version {
    /** The version of the pom, used when running from classes rather than the jar. */
    public static final String FALLBACK = "0.1.0";

    private Version() {
    }

    /** The running ZoneLab version, e.g. {@code 0.1.0}. */
    public static String current() {
        String v = Version.class.getPackage() == null ? null : Version.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK : v;
    }
}
