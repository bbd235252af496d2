package org.zonelab.output;

import java.util.List;
import org.zonelab.model.measure.Indicator;

/**
 * The national indicators that compare charts, the report's headline table and the command line's
 * final summary show, in that order. Labels and units come from the indicators' own declaration.
 */
public final class KeyIndicators {
    /** The key indicators, in the order shown. */
    public static final List<Indicator> ALL = List.of(Indicator.GDP_BN, Indicator.FIRMS, Indicator.GAZELLES,
            Indicator.UNICORNS, Indicator.BRANCHES_CROSS_REGION, Indicator.ZONE_GDP_GINI, Indicator.RD_SPENDING_BN,
            Indicator.NEW_FIRMS);

    private KeyIndicators() {
    }
}
