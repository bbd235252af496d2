package org.zonelab.policy;

import org.zonelab.model.BaseSector;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.param.Param;

/** A demand boom: every sector's demand grows faster. */
public final class DemandBoom extends Event {
    private static final long serialVersionUID = 1L;

    public DemandBoom(EventSetting setting) {
        super(setting);
    }

    @Override
    protected void shock(ZoneLabModel model, ZonePolicy policy, double severity) {
        for (BaseSector s : BaseSector.values()) {
            policy.eventSectorDemand[s.ordinal()] += severity * model.parameters().get(Param.DEMAND_BOOM_GROWTH);
        }
    }
}
