package org.zonelab.model;

/**
 * The phases of one quarterly step (docs/ODD.md §3), in order. Each phase is a MASON schedule ordering:
 * {@link #ordering()}.
 */
public enum Phase {
    /** Sector demand, events, policies switching on and off. */
    ENVIRONMENT,
    /** Zones collect taxes, spend budgets, update facilities, land, rent and talent. */
    ZONES,
    /** Start-ups, spin-outs and foreign entrants are born. */
    ENTRY,
    /** Firms do R&D, grow, pay costs, seek funding, collaborate, relocate, branch, exit or list. */
    FIRMS,
    /** Investors screen applications and invest; exits are realised. */
    INVESTORS,
    /**
     * The quarter is closed: the funding market is cleared, exited firms are dropped, stages are
     * certified, and zones' accounts, land and rent are updated ({@code EndOfQuarter}).
     */
    END_OF_QUARTER,
    /** Indicators are recorded; this phase only reads the model ({@code Measurement}). */
    MEASUREMENT;

    /** The MASON schedule ordering of this phase. */
    public int ordering() {
        return ordinal();
    }
}
