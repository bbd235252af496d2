package org.zonelab.policy;

import org.zonelab.model.BaseSector;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Technology decoupling: export demand falls, and IC and IT (software) firms lose demand and
 * knowledge growth as inputs and technology are cut off. New R&D institutions cushion the
 * knowledge loss (lever new_rnd).
 */
public final class TechDecoupling extends Event {
    private static final long serialVersionUID = 1L;

    public TechDecoupling(EventSetting setting) {
        super(setting);
    }

    @Override
    protected void shock(ZoneLabModel model, ZonePolicy policy, double severity) {
        Parameters p = model.parameters();
        policy.eventExportDemand -= severity * p.get(Param.DECOUPLING_EXPORT_SHOCK);
        for (BaseSector s : new BaseSector[] {BaseSector.IC, BaseSector.IT}) {
            policy.eventTechnology[s.ordinal()] += severity * p.get(Param.DECOUPLING_TECH_SHOCK);
            policy.eventSectorDemand[s.ordinal()] -= severity * p.get(Param.DECOUPLING_DEMAND_SHOCK);
        }
    }
}
