package org.zonelab.model;

import java.io.Serializable;

/**
 * The effects the active policy levers and events have on one zone this quarter, as multipliers and additions
 * that the model's processes read. Each zone gets a fresh one at the start of every step, which the
 * policy programme then sets, so every quarter starts neutral by construction; each field's neutral
 * value (1 for multipliers, 0 for additions) is what a zone without levers has, so a lever at
 * intensity 0 leaves the model exactly as without it. What the programme keeps from quarter to
 * quarter is in {@link ZoneProgramme}.
 */
public final class ZonePolicy implements Serializable {
    private static final long serialVersionUID = 1L;

    // 1 clusters
    /** Multiplier on the localisation spillover. */
    public double localisationMultiplier = 1;
    /** Multiplier on the new-track fusion rate and on cross-sector partner search. */
    public double fusionMultiplier = 1;
    /** Extra yearly drift of firms in the zone's lead sector. */
    public double anchorGrowth;
    // 2 application scenarios
    /** Pilot contract each eligible firm wins this quarter, CNY bn. */
    public double contractPerFirmBn;
    /** Age below which a firm can win pilot contracts, years. */
    public double contractMaxAge;
    /** Share of a contract's yearly value that stays as lasting revenue. */
    public double contractPersistence;
    /** Signal bonus investors give a firm that has won pilot contracts (market validation). */
    public double pilotSignalBonus;
    /** Premium on the pre-money value of such a firm. */
    public double pilotValuationPremium;
    // 3 three high
    /** Share of a round the unicorn fund adds for eligible firms. */
    public double unicornCoinvestShare;
    /** Share of a seed or Series A round the fund adds (its seed-to-gazelle programme). */
    public double unicornEarlyMatch;
    /** Valuation (CNY bn) from which a firm counts as a potential unicorn for the fund. */
    public double unicornFundMinValuationBn;
    /** Premium on the pre-money value of rounds the unicorn fund joins (its certification). */
    public double unicornFundValuationPremium;
    /** Extra yearly drift of gazelles and nezha firms (certification and services). */
    public double gazelleServiceGrowth;
    // 4 new R&D institutions
    /** Share of firms' R&D the zone subsidises (firms raise R&D by this share). */
    public double rdSubsidyShare;
    /** Share of technology-decoupling shocks the zone's new R&D institutions absorb. */
    public double decouplingCushion;
    // 5 entrepreneurship
    /** Multiplier on births per incubator and maker space. */
    public double incubatorQuality = 1;
    /** Multiplier on the exit hazard of incubated firms. */
    public double incubatedHazardMultiplier = 1;
    // 6 integration
    /** Multiplier on land used per employee. */
    public double landPerEmployeeMultiplier = 1;
    // 7 regional coordination
    /** Utility bonus of this zone as a branch or headquarters destination. */
    public double branchIncentive;
    /** Multiplier on rent in this zone (co-built parks' subsidised space). */
    public double rentMultiplier = 1;
    /** Multiplier on the spillover firms get from branches in this zone. */
    public double branchSpilloverMultiplier = 1;
    /** Extra yearly drift of firms based here (orders and management through co-built parks). */
    public double coordinationGrowth;
    // 8 openness
    /** Extra yearly growth of the export part of revenue. */
    public double exportAccessGrowth;
    /** Multiplier on the chance that an entrant exports. */
    public double exporterEntryMultiplier = 1;
    /** Multiplier on the zone's openness to foreign entrants. */
    public double opennessMultiplier = 1;
    // 9 regulation
    /** How strict regulation of new business models is, 1 = strict, 0 = inclusive-prudent. */
    public double strictness;

    // Events (docs/ODD.md §7.12): shocks to this zone's firms
    /** Added to the yearly growth of the export part of revenue. */
    public double eventExportDemand;
    /** Added to each base sector's yearly demand growth. */
    public final double[] eventSectorDemand = new double[Sectors.BASE_COUNT];
    /** Subtracted from each base sector's yearly knowledge growth (technology blockades). */
    public final double[] eventTechnology = new double[Sectors.BASE_COUNT];

    /** Neutral effects for a zone with this regulatory stance. */
    public ZonePolicy(RegulatoryStance stance) {
        strictness = stance == RegulatoryStance.STRICT ? 1 : 0;
    }
}
