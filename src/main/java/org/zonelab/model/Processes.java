package org.zonelab.model;

import java.io.Serializable;

/** The firm-level processes of one step, each in its own class (docs/ODD.md §3 and §7.4-7.10, phase 3). */
public record Processes(Innovation innovation, Growth growth, FundingRequest funding, Collaboration collaboration,
                        Location location, Demography demography) implements Serializable {

    public static Processes standard() {
        return new Processes(new Innovation(), new Growth(), new FundingRequest(), new Collaboration(),
                new Location(), new Demography());
    }
}
