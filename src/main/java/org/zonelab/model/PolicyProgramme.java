package org.zonelab.model;

import java.io.Serializable;

/**
 * The scenario's policy levers and events, applied at the start of every step (phase 0). The
 * programme sets each zone's {@link ZonePolicy} (lever effects and event shocks) and spends zone
 * budgets (recorded as policy spending). Implemented outside the model (package policy), so that
 * the model knows levers only through their effects.
 */
public interface PolicyProgramme extends Serializable {

    /**
     * Resets the programme for a new run of the model: called by {@link ZoneLabModel#start()} after the
     * initial state is built and before the first step, so that a restarted model repeats its run.
     */
    default void start(ZoneLabModel model) {
    }

    /** Applies this quarter's levers and events to the model. */
    void apply(ZoneLabModel model);

    /** A programme with no levers and no events. */
    PolicyProgramme NONE = model -> { };
}
