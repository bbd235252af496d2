package org.zonelab.model;

import java.io.Serializable;

/**
 * A firm's innovation record (docs/ODD.md §7.4): the last quarter's growth of its log knowledge,
 * its R&D intensity and spending, and its intellectual property. Owned by {@link Innovation};
 * certification reads it and closes the year's R&D with {@link #closeYear}. The log knowledge itself
 * is {@code Firm.lnKnowledge}, also owned by {@link Innovation}: partners read it every quarter, and
 * in the firm object it costs them one memory access fewer.
 */
public final class InnovationRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Growth of log knowledge in the last quarter, per year. */
    double knowledgeGrowth;
    /** R&D spending as a share of revenue. */
    double rdIntensity;
    /** R&D spent this quarter, CNY bn (set by Innovation, charged by Growth). */
    double rdQuarter;
    /** R&D spent so far this calendar year, CNY bn. */
    double rdThisYear;
    // Counts held as int, not long, to keep a firm small: a firm would need 2^31 patents to overflow
    // (default runs stay below 10^5 a firm).
    int inventionPatents;
    /** Class-II IP: utility models and software copyrights. */
    int otherIp;
    int pctApplications;

    /** Starts a new year's R&D account. */
    void closeYear() {
        rdThisYear = 0;
    }
}
