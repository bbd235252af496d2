package org.zonelab.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.geo.ZoneSeed;
import org.zonelab.model.param.Param;

/**
 * Zone approval: the State Council upgrades provincial zones to national ones, as happened after
 * 2019 (169 zones in 2019, 173 in 2022, about 220 planned). At the event's start, severity x
 * {@code approval_zones} new zones join in the targeted regions, each in the city of an existing zone
 * of that region (the smallest first, so the new zone has that city's tier), {@code
 * approval_offset_degrees} east of it, with {@code approval_firms} firms.
 */
public final class ZoneApproval extends Event {
    private static final long serialVersionUID = 1L;

    private boolean done;

    public ZoneApproval(EventSetting setting) {
        super(setting);
    }

    /** A new run approves its zones again. */
    @Override
    public void start(ZoneLabModel model) {
        done = false;
    }

    @Override
    public void apply(ZoneLabModel model) {
        if (done || !setting().activeAt(model.time())) {
            return;
        }
        done = true;
        int count = (int) Math.round(setting().severity() * model.parameters().get(Param.APPROVAL_ZONES));
        List<Zone> hosts = new ArrayList<>();
        for (Zone z : model.zones()) {
            if (setting().target().includes(z.getId(), z.region())) {
                hosts.add(z);
            }
        }
        if (hosts.isEmpty()) {
            return;
        }
        hosts.sort(Comparator.comparingDouble(Zone::getGdpQuarterBn).thenComparingInt(Zone::index));
        for (int i = 0; i < count; i++) {
            ZoneSeed host = hosts.get(i % hosts.size()).seed();
            int id = model.nextZoneId();
            ZoneSeed seed = new ZoneSeed(id, "新批准高新区 " + id, "New zone " + id + " (" + host.city() + ")",
                    host.city(), host.province(), host.region(), model.year(),
                    host.lon() + model.parameters().get(Param.APPROVAL_OFFSET_DEGREES), host.lat(), host.cityTier(),
                    Double.NaN);
            model.approveZone(seed, model.parameters().get(Param.APPROVAL_FIRMS));
        }
    }

    @Override
    protected void shock(ZoneLabModel model, ZonePolicy policy, double severity) {
        // Approval adds zones; it does not shock existing ones.
    }
}
