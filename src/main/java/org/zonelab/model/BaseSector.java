package org.zonelab.model;

import org.zonelab.model.param.Param;

/**
 * The eight established sectors of docs/ODD.md §2.1, each with the parameters of its firm share and
 * demand growth. New-track sectors, fused from two sectors during a run, live in {@link Sectors}.
 */
public enum BaseSector {
    IT(Param.SHARE_IT, Param.DEMAND_IT),
    IC(Param.SHARE_IC, Param.DEMAND_IC),
    BIO(Param.SHARE_BIO, Param.DEMAND_BIO),
    EQUIPMENT(Param.SHARE_EQUIPMENT, Param.DEMAND_EQUIPMENT),
    MATERIALS(Param.SHARE_MATERIALS, Param.DEMAND_MATERIALS),
    ENERGY(Param.SHARE_ENERGY, Param.DEMAND_ENERGY),
    DIGITAL(Param.SHARE_DIGITAL, Param.DEMAND_DIGITAL),
    OPTO(Param.SHARE_OPTO, Param.DEMAND_OPTO);

    private final Param share;
    private final Param demand;

    BaseSector(Param share, Param demand) {
        this.share = share;
        this.demand = demand;
    }

    /** The parameter holding this sector's share of firms. */
    public Param shareParam() {
        return share;
    }

    /** The parameter holding this sector's yearly demand growth. */
    public Param demandParam() {
        return demand;
    }
}
