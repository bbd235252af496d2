package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/** Sets up a zone approved during a run: a newcomer's facilities, land and first firms. */
final class NewZones {
    private NewZones() {
    }

    /** A new zone starts like a small zone of an ordinary city, with no incubators yet. */
    static void initialise(ZoneLabModel model, Zone zone) {
        Parameters p = model.parameters();
        MersenneTwisterFast rng = model.stream(Streams.Process.ZONES);
        zone.talentBase = p.get(Param.TALENT_OTHER);
        zone.platformStrength = p.get(Param.PLATFORM_INIT_OTHER);
        zone.governanceEfficiency = p.get(Param.GOVERNANCE_EFFICIENCY_ADMIN);
        zone.specialisation = ZoneSpecialisation.draw(p, rng);
        zone.leadSector = ZoneSpecialisation.lead(zone.specialisation);
        zone.landTotalHa = p.get(Param.INIT_LAND_HA) / Math.max(1, model.zones().size());
        zone.resetPolicy();
    }

    /** Brings the zone's existing firms into the statistics, as new firms. */
    static void populate(ZoneLabModel model, Zone zone, double firmsNational) {
        Parameters p = model.parameters();
        MersenneTwisterFast rng = model.stream(Streams.Process.ZONES);
        int agents = Draws.poisson(rng, firmsNational * model.scale());
        for (int i = 0; i < agents; i++) {
            int sector = Draws.weighted(rng, zone.specialisation, 1.0);
            double lnK = model.index().sectorMeanLnK(sector) + p.get(Param.ENTRANT_KNOWLEDGE_GAP)
                    + p.get(Param.ENTRANT_KNOWLEDGE_SD) * Draws.gaussian(rng);
            Births.create(model, zone, sector, 0, lnK, false, false, rng);
        }
    }
}
