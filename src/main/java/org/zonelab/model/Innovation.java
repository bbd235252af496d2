package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * R&D and knowledge (docs/ODD.md §7.4, phase 3). A firm sets its R&D intensity (bunched just above the
 * high-tech threshold if it seeks that status), spends, and grows its log knowledge through own R&D
 * amplified by spillovers (localisation, diversity, platforms, branches), plus catch-up toward
 * better-informed partners. Invention patents and PCT filings are Poisson draws.
 */
public final class Innovation implements Serializable {
    private static final long serialVersionUID = 1L;

    void step(FirmContext ctx, Firm f) {
        Parameters p = ctx.parameters();
        MersenneTwisterFast rng = ctx.stream(Streams.Process.INNOVATION);
        double dt = ZoneLabModel.QUARTER;
        double subsidy = f.home.policy.rdSubsidyShare;
        double base = f.hteSeeking ? seekingIntensity(p, f.accounts.revenue, f.hteMargin) : f.baseRdIntensity;
        f.innovation.rdIntensity = (base + p.get(Param.STARTUP_RD_INTENSITY) * ctx.youth(f)) * (1 + subsidy);
        double rd = f.innovation.rdIntensity * f.accounts.revenue * dt;
        f.innovation.rdQuarter = rd;
        f.innovation.rdThisYear += rd;
        ctx.flows().add(Indicator.RD_SPENDING_BN, rd);
        if (subsidy > 0) {
            // The zone reimburses the subsidised part of the firm's R&D from its budget.
            double reimbursed = rd * subsidy / (1 + subsidy);
            f.accounts.receive(reimbursed);
            f.home.spend(ctx.flows(), reimbursed / ctx.scale());
        }

        double spill = spillover(ctx, p, f);
        double partnerGap = partnerGap(ctx, f);
        double before = f.lnKnowledge;
        f.lnKnowledge += dt * (p.get(Param.RND_PRODUCTIVITY) * f.innovation.rdIntensity * (1 + spill)
                        - p.get(Param.KNOWLEDGE_DEPRECIATION)
                        - ctx.technologyShock(f.sector, f.home) * (1 - f.home.policy.decouplingCushion)
                        + p.get(Param.SPILL_PARTNER) * partnerGap)
                + p.get(Param.KNOWLEDGE_NOISE) * Math.sqrt(dt) * Draws.gaussian(rng);
        f.innovation.knowledgeGrowth = (f.lnKnowledge - before) / dt;

        double expectedPatents = p.get(Param.PATENT_YIELD_PER_BN) * rd * (1 + spill);
        int patents = Draws.poisson(rng, expectedPatents);
        int pct = Draws.poisson(rng, expectedPatents * p.get(Param.PCT_PER_PATENT)
                * (1 + p.get(Param.PCT_EXPORT_BOOST) * f.accounts.exportShare));
        f.innovation.inventionPatents += patents;
        f.innovation.otherIp += Draws.poisson(rng, p.get(Param.OTHER_IP_PER_BN) * rd * (1 + spill));
        f.innovation.pctApplications += pct;
        ctx.flows().add(Indicator.INVENTION_PATENTS, patents);
        ctx.flows().add(Indicator.PCT_APPLICATIONS, pct);
    }

    /** R&D intensity: bunched above the threshold for HTE seekers, plus a fading start-up premium. */
    static double intensity(Parameters p, Firm f, double age) {
        return intensity(p, f.hteSeeking, f.accounts.revenue, f.hteMargin, f.baseRdIntensity, age);
    }

    /** The R&D intensity of a firm (or an initial draft) with these traits, before policy. */
    static double intensity(Parameters p, boolean seeking, double revenue, double hteMargin, double baseRd, double age) {
        return (seeking ? seekingIntensity(p, revenue, hteMargin) : baseRd) + startupIntensity(p, age);
    }

    /** The R&D intensity a firm seeking high-tech status sets: just above its threshold (bunching). */
    static double seekingIntensity(Parameters p, double revenue, double hteMargin) {
        return ZoneLabModel.highTechThreshold(p, revenue) * (1 + hteMargin);
    }

    /** The extra R&D intensity of a young firm, fading over startup_years. */
    static double startupIntensity(Parameters p, double age) {
        return p.get(Param.STARTUP_RD_INTENSITY) * Math.exp(-Math.max(0, age) / p.get(Param.STARTUP_YEARS));
    }

    /** Spillover multiplier on R&D productivity from the firm's zone and branches. */
    double spillover(FirmContext ctx, Parameters p, Firm f) {
        double branchSpill = 0;
        for (int i = 0; i < f.branches.size(); i++) {
            branchSpill += ((Zone) f.branches.other(i)).policy.branchSpilloverMultiplier;
        }
        return zoneSpillover(ctx, p, f.home, f.sector) + p.get(Param.SPILL_BRANCH) * branchSpill;
    }

    // The zone's part of the spillover (localisation, diversity, platforms) is the same for all the
    // firms of a zone and sector in a quarter: it is computed once per zone, sector and quarter, and
    // again when the sector's count in the zone changed (a firm born during the firm phase).
    private double[] zoneSpill = new double[0];
    private int[] zoneSpillCount = new int[0];
    private double[] zoneSpillTime = new double[0];
    private int spillZones;
    private int spillSectors;

    private double zoneSpillover(FirmContext ctx, Parameters p, Zone zone, int sector) {
        int zones = ctx.zones().size();
        int sectors = ctx.sectors().count();
        if (zones != spillZones || sectors != spillSectors) {
            spillZones = zones;
            spillSectors = sectors;
            zoneSpill = new double[zones * sectors];
            zoneSpillCount = new int[zones * sectors];
            zoneSpillTime = new double[zones * sectors];
            java.util.Arrays.fill(zoneSpillTime, Double.NaN);
        }
        int z = zone.index();
        int cell = z * sectors + sector;
        int count = ctx.index().count(z, sector);
        double now = ctx.time();
        if (zoneSpillTime[cell] != now || zoneSpillCount[cell] != count) {
            double mass = count / ctx.scale();
            zoneSpill[cell] = p.get(Param.SPILL_LOCALISATION) * zone.policy.localisationMultiplier
                    * Math.log1p(mass / p.get(Param.SPILL_MASS_REF))
                    + p.get(Param.SPILL_DIVERSITY) * ctx.index().diversity(z)
                    + platformSpillover(p, zone.platformStrength);
            zoneSpillCount[cell] = count;
            zoneSpillTime[cell] = now;
        }
        return zoneSpill[cell];
    }

    /**
     * The spillover of a zone's R&D platforms: spill_platform per doubling of (1 + strength), so that a
     * first-tier zone's 2019 platforms (strength 1) give spill_platform and each further unit gives less
     * (issue 13: acting linearly, platforms built from growing taxes doubled patents per R&D).
     */
    static double platformSpillover(Parameters p, double strength) {
        return p.get(Param.SPILL_PLATFORM) * Math.log1p(Math.max(0, strength)) / Math.log(2);
    }

    /** Mean knowledge lead of the firm's partners over the firm (leads only; laggards teach nothing). */
    static double partnerGap(FirmContext ctx, Firm f) {
        if (f.partners.size() == 0) {
            return 0;
        }
        double gap = 0;
        int n = f.partners.size();
        for (int i = 0; i < n; i++) {
            Firm other = (Firm) f.partners.other(i);
            gap += Math.max(0, other.lnKnowledge - f.lnKnowledge);
        }
        return gap / n;
    }
}
