package org.zonelab.model.geo;

/**
 * The National Bureau of Statistics' four macro-regions, as used by the zone catalogue.
 * {@link #label()} is the spelling used in scenario files and output files.
 */
public enum Region {
    EAST("East"), CENTRAL("Central"), WEST("West"), NORTHEAST("Northeast");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    /** The spelling used in scenario and output files, e.g. {@code "Northeast"}. */
    public String label() {
        return label;
    }

    /** Looks up a region by its label, ignoring case; returns null when there is none. */
    public static Region fromLabel(String text) {
        for (Region r : values()) {
            if (r.label.equalsIgnoreCase(text)) {
                return r;
            }
        }
        return null;
    }
}
