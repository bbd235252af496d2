package org.zonelab.model.event;

/** The kinds of firm life event the model can report (issue 7's events.csv). */
public enum FirmEventKind {
    BIRTH, EXIT, LISTING, RELOCATION, BRANCH_OPEN, PARTNERSHIP_FORMED, PARTNERSHIP_DISSOLVED, INVESTMENT,
    STAGE_ENTER, STAGE_LEAVE, NEW_TRACK;

    /** The name used in output files, e.g. {@code branch_open}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
