package org.zonelab.model;

import java.io.Serializable;

/** The firm-level processes of one step, each in its own class (DESIGN 1.3, phase 3). */
public record Processes(Innovation innovation, Growth growth, FundingRequest funding, Collaboration collaboration,
                        Location location, Demography demography) implements Serializable {

    public static Processes standard() {
        return new Processes(new Innovation(), new Growth(), new FundingRequest(), new Collaboration(),
                new Location(), new Demography());
    }
}
