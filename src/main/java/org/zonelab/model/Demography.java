package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.zonelab.model.event.FirmEvent;
import org.zonelab.model.event.FirmEventKind;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Exits, listings and new-track foundings (docs/ODD.md §7.10, phase 3). A firm exits when it has spent its
 * credit line, or by an age-specific hazard (E-A 8 #5) that falls with size, is lower for incubated
 * firms and higher for DIGITAL firms under strict regulation; a listed firm by a hazard of its own. A
 * firm large and valuable enough may list, a venture-backed one at a higher rate; its investors then
 * realise their stakes.
 */
public final class Demography implements Serializable {
    private static final long serialVersionUID = 1L;
    // A rate that is the same for every firm: its probability is computed once (Chance).
    private final Chance listing = new Chance();
    private final Chance unbackedListing = new Chance();
    private final Chance unicornListing = new Chance();
    // The listings of the current year, against listing_capacity.
    private int listingYear = Integer.MIN_VALUE;
    private int listingsThisYear;

    void step(FirmContext ctx, Firm f) {
        Parameters p = ctx.parameters();
        MersenneTwisterFast rng = ctx.stream(Streams.Process.EXIT);
        double dt = ZoneLabModel.QUARTER;
        // Any firm that passes the listing tests may list (issue 13); venture-backed firms, whose
        // investors push for an exit, at a higher rate.
        if (!f.listed && mayList(p, f.accounts.revenue, f.venture.valuation) && roomToList(ctx, p)
                && (f.unicorn ? unicornListing : f.venture.rounds > 0 ? listing : unbackedListing)
                        .happens(rng, f.unicorn ? p.get(Param.UNICORN_LISTING_RATE) : listingRate(p, f.venture.rounds > 0), dt)) {
            list(ctx, p, f);
            listingsThisYear++;
        }
        boolean insolvent = f.accounts.cash < -p.get(Param.CREDIT_LINE) * f.accounts.revenue;
        if (insolvent || Draws.happens(rng, hazard(ctx, p, f), dt)) {
            ctx.removeFirm(f);
            ctx.flows().add(Indicator.EXITS, 1);
        }
    }

    /** Whether a firm of this revenue (CNY bn/year) and venture valuation (CNY bn) passes the listing tests. */
    static boolean mayList(Parameters p, double revenue, double ventureValuation) {
        return revenue >= p.get(Param.LISTING_MIN_REVENUE_BN)
                && Math.max(ventureValuation, p.get(Param.REVENUE_MULTIPLE) * revenue) >= p.get(Param.LISTING_MIN_VALUATION_BN);
    }

    /**
     * Whether the year's listings are still below the exchanges' yearly capacity ({@code listing_capacity}
     * firms at scale 1): the regulator approves listings in rationed numbers that did not grow with the
     * economy, so the firms that pass the tests once the year's capacity is taken wait for the next year.
     */
    private boolean roomToList(FirmContext ctx, Parameters p) {
        int year = (int) Math.floor(ctx.time());
        if (year != listingYear) {
            listingYear = year;
            listingsThisYear = 0;
        }
        return listingsThisYear < p.get(Param.LISTING_CAPACITY) * ctx.scale();
    }

    /** Yearly listing probability of a firm that passes the listing tests. */
    static double listingRate(Parameters p, boolean ventureBacked) {
        return p.get(ventureBacked ? Param.LISTING_RATE : Param.LISTING_RATE_UNBACKED);
    }

    /** Yearly exit hazard of a firm. */
    static double hazard(FirmContext ctx, Parameters p, Firm f) {
        if (f.listed) {
            // Listed firms leave by delisting or takeover, not by the start-up hazards of their age.
            return p.get(Param.LISTED_EXIT_HAZARD);
        }
        double age = f.age(ctx.time());
        double base;
        if (age < 1) {
            base = p.get(Param.EXIT_HAZARD_YEAR1);
        } else if (age < 2) {
            base = p.get(Param.EXIT_HAZARD_YEAR2);
        } else if (age < 3) {
            base = p.get(Param.EXIT_HAZARD_YEAR3);
        } else if (age < 7) {
            base = p.get(Param.EXIT_HAZARD_YEARS4_7);
        } else {
            base = p.get(Param.EXIT_HAZARD_LATER);
        }
        // The size factor is 1 for the median member of the firm's cohort, whose reference revenue grows with age.
        double size = Math.exp(-p.get(Param.EXIT_SIZE_ELASTICITY)
                * (Math.log(f.accounts.revenue / p.get(Param.EXIT_SIZE_REF_BN)) - p.get(Param.EXIT_SIZE_REF_GROWTH) * age));
        double h = base * size;
        ZonePolicy policy = f.home.policy;
        if (f.incubated) {
            h *= p.get(Param.INCUBATED_HAZARD) * policy.incubatedHazardMultiplier;
        }
        if (f.sector == BaseSector.DIGITAL.ordinal() && policy.strictness > 0) {
            h *= 1 + (p.get(Param.STRICT_DIGITAL_HAZARD) - 1) * policy.strictness;
        }
        return h;
    }

    /** Lists a firm: it is valued on revenue at least, and its investors realise their stakes. */
    static void list(FirmContext ctx, Parameters p, Firm f) {
        f.listed = true;
        ctx.facts().listed(f.venture.rounds > 0);
        if (f.unicorn) {
            f.unicorn = false;
            ctx.log(FirmEventKind.STAGE_LEAVE, f, f.home, null, f.sector, FirmEvent.STAGE_UNICORN, 0);
        }
        ctx.log(FirmEventKind.LISTING, f, f.home, null, f.sector, f.venture.valuation, 0);
        f.venture.valueAtLeast(p.get(Param.REVENUE_MULTIPLE) * f.accounts.revenue);
        for (int i = 0; i < f.venture.investors.length; i++) {
            f.venture.investors[i].realise(p, f.venture.stakes[i] * f.venture.valuation);
        }
        // Realised stakes leave the investors' books: a later exit writes nothing off.
        f.venture.clearInvestors();
    }

    /**
     * A cross-sector partnership fuses its two sectors into a new track. The national rate of fusions
     * is kept independent of scale: the event fires at rate/scale per agent partnership, and the new
     * firm is born with probability scale.
     */
    void foundNewTrack(ZoneLabModel model, Firm a, Firm b) {
        MersenneTwisterFast rng = model.stream(Streams.Process.PARTNERS);
        int before = model.sectors().count();
        int sector = model.sectors().fuse(a.sector, b.sector);
        if (model.sectors().count() > before) {
            model.log(FirmEventKind.NEW_TRACK, a, a.home, null, sector, 0, b.id);
        }
        if (rng.nextDouble() < model.scale()) {
            Births.create(model, a.home, sector, a.id, Math.max(a.lnKnowledge, b.lnKnowledge), false, false, rng);
        }
    }
}
