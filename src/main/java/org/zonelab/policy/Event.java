package org.zonelab.policy;

import java.io.Serializable;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.EventSetting;

/**
 * A scheduled event (docs/ODD.md §7.12): while under way it adds shocks, scaled by its severity, to the
 * targeted zones' {@code ZonePolicy}. Effect sizes at severity 1 are model parameters.
 */
public abstract class Event implements Serializable {
    private static final long serialVersionUID = 1L;

    private final EventSetting setting;

    protected Event(EventSetting setting) {
        this.setting = setting;
    }

    public EventSetting setting() {
        return setting;
    }

    /**
     * Resets the event for a new run of the model (called before the first step). Shocks are set anew
     * each quarter, so only an event that remembers something across quarters overrides this.
     */
    public void start(ZoneLabModel model) {
    }

    /** Acts on the model this quarter, if the event is under way. */
    public void apply(ZoneLabModel model) {
        if (!setting.activeAt(model.time())) {
            return;
        }
        for (Zone zone : model.zones()) {
            if (setting.target().includes(zone.getId(), zone.region())) {
                shock(model, zone.policy(), setting.severity());
            }
        }
    }

    /** Adds this event's shocks to one zone. */
    protected abstract void shock(ZoneLabModel model, ZonePolicy policy, double severity);
}
