package org.zonelab.policy;

import org.zonelab.model.BaseSector;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.param.Param;

/** A pandemic: demand for DIGITAL goods and services rises, every other sector's falls. */
public final class Pandemic extends Event {
    private static final long serialVersionUID = 1L;

    public Pandemic(EventSetting setting) {
        super(setting);
    }

    @Override
    protected void shock(ZoneLabModel model, ZonePolicy policy, double severity) {
        for (BaseSector s : BaseSector.values()) {
            policy.eventSectorDemand[s.ordinal()] += s == BaseSector.DIGITAL
                    ? severity * model.parameters().get(Param.PANDEMIC_DIGITAL_BOOST)
                    : -severity * model.parameters().get(Param.PANDEMIC_OTHER_LOSS);
        }
    }
}
