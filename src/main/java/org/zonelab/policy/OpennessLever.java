package org.zonelab.policy;

import java.util.List;
import org.zonelab.model.Zone;
import org.zonelab.model.ZoneLabModel;
import org.zonelab.model.ZonePolicy;
import org.zonelab.model.config.PolicySetting;

/**
 * Lever 8, Belt and Road and opening up: international parks and services that open the zone to
 * foreign entrants (and their FDI), widen export access, and make new firms likelier to export
 * (exporters file more PCT applications).
 */
public final class OpennessLever extends Lever {
    private static final long serialVersionUID = 1L;

    public static final LeverParameter SPEND = param("spend_bn_per_year", "CNY bn/year per zone", 0.3, 0, 100,
            "assumption (D issue 8: international parks)", "Budget at intensity 1");
    public static final LeverParameter OPENNESS = param("openness_boost", "x", 1.0, 0, 20,
            "assumption (D issue 8: 40.7% of China's FDI)", "Rise of foreign entry at full effect");
    public static final LeverParameter EXPORT_ACCESS = param("export_access", "1/year", 0.05, 0, 1,
            "assumption (D issue 8: 21.6% of China's exports)", "Extra growth of export revenue at full effect");
    public static final LeverParameter EXPORTERS = param("exporter_boost", "x", 1.0, 0, 20,
            "assumption", "Rise of the chance that an entrant exports at full effect");
    static final List<LeverParameter> PARAMETERS = List.of(SPEND, OPENNESS, EXPORT_ACCESS, EXPORTERS);

    public OpennessLever(PolicySetting setting) {
        super(setting);
    }

    @Override
    protected void act(ZoneLabModel model, Zone zone, double effective, double intensity) {
        spendYearly(model, zone, value(SPEND) * intensity);
        ZonePolicy p = zone.policy();
        p.opennessMultiplier *= 1 + value(OPENNESS) * effective;
        p.exportAccessGrowth += value(EXPORT_ACCESS) * effective;
        p.exporterEntryMultiplier *= 1 + value(EXPORTERS) * effective;
    }
}
