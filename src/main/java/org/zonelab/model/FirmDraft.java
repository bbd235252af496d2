package org.zonelab.model;

/** A firm of the initial state being drafted, before its final fields are known (docs/ODD.md §5). */
final class FirmDraft {
    Zone zone;
    int sector;
    double age;
    double revenue;
    boolean hte;
    boolean hteEligible;
    boolean hteSeeking;
    double baseRd;
    double margin;
    int patents;
    double lnK;
    boolean foreign;
    boolean incubated;
    double exportShare;
    double[] history = new double[FirmAccounts.HISTORY_YEARS];
    int years;
    boolean gazelle;
    boolean unicorn;
    boolean nezha;
    boolean potentialUnicorn;
    boolean listed;
    boolean backed;
    double valuation;
    int rounds;
    double raised;
    double raisedByA;
}
