package org.zonelab.model;

import java.io.Serializable;

/**
 * Flows accumulated during one quarter, in agent units (counts of agents, CNY bn of agents);
 * {@link Measurement} divides by scale. Reset at the start of every step.
 */
public final class FlowCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    public long newFirms;
    public long exits;
    public double rdSpendingBn;
    public long inventionPatents;
    public long pctApplications;
    public double gdpBn;
    public double taxBn;
    public double exportsBn;
    public double fdiBn;
    public long relocations;
    public long investments;
    public double vcInvestedBn;
    /** Zone programme and lever spending; already at national scale, as zone budgets are. */
    public double policySpendingBn;

    void reset() {
        newFirms = 0;
        exits = 0;
        rdSpendingBn = 0;
        inventionPatents = 0;
        pctApplications = 0;
        gdpBn = 0;
        taxBn = 0;
        exportsBn = 0;
        fdiBn = 0;
        relocations = 0;
        investments = 0;
        vcInvestedBn = 0;
        policySpendingBn = 0;
    }
}
