package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * The firm population of the initial state (docs/ODD.md §5): drafts whose revenues add up to each
 * zone's GDP target, young firms as large as the model's own entrants grow to at their age, and
 * all young firms kept below the fast gazelle routes; export shares and the FDI
 * intensity matched to the 2019 totals; and, once {@link InitialStages} has chosen their stages, the
 * real firms.
 */
final class InitialFirms {
    private final ZoneLabModel model;
    private final Parameters p;
    private final MersenneTwisterFast rng;
    private final double scale;
    private final double now;

    InitialFirms(ZoneLabModel model, MersenneTwisterFast rng) {
        this.model = model;
        this.p = model.parameters();
        this.rng = rng;
        this.scale = model.scale();
        this.now = model.config().startYear();
    }

    /**
     * The end-of-year rate of a yearly flow that has grown at {@code init_flow_growth}, per unit of the
     * year's flow: the 2019 figures are flows over 2019, the initial firms' revenues are rates at its end.
     */
    static double endOfYearRate(Parameters p) {
        return endOfYearRate(Math.log1p(p.get(Param.INIT_FLOW_GROWTH)));
    }

    /** The end-of-year rate of a flow growing at {@code logGrowth} a year, per unit of the year's flow. */
    static double endOfYearRate(double logGrowth) {
        return Math.abs(logGrowth) < 1e-9 ? 1 : logGrowth / -Math.expm1(-logGrowth);
    }

    List<FirmDraft> draft(double[] gdp) {
        List<Zone> zones = model.zones();
        double total = Arrays.stream(gdp).sum();
        double[] weights = new double[gdp.length];
        for (int z = 0; z < gdp.length; z++) {
            weights[z] = gdp[z] / total;
        }
        int[] counts = Sampling.apportion(ModelConfig.firmAgents(p.get(Param.INIT_FIRMS), scale), weights);
        List<FirmDraft> drafts = new ArrayList<>();
        double unplaced = 0;
        double vaRatio = p.get(Param.VALUE_ADDED_RATIO);
        // At small scale some zones get no agent; their GDP is carried by the represented zones.
        double represented = 0;
        for (int z = 0; z < gdp.length; z++) {
            represented += counts[z] > 0 ? gdp[z] : 0;
        }
        double carry = represented > 0 ? total / represented : 1;
        double rate = endOfYearRate(p);
        for (Zone zone : zones) {
            int z = zone.index();
            List<FirmDraft> local = new ArrayList<>();
            double[] youngLog = new double[counts[z]];
            double[] oldLog = new double[counts[z]];
            double[] weight = new double[counts[z]];
            for (int i = 0; i < counts[z]; i++) {
                FirmDraft d = new FirmDraft();
                d.zone = zone;
                d.sector = Draws.weighted(rng, zone.specialisation, 1.0);
                d.age = Math.min(p.get(Param.INIT_MAX_AGE_YEARS), Draws.exponential(rng, p.get(Param.INIT_AGE_MEAN_YEARS)));
                // One size rank per firm, read in both laws, so the blend keeps the firm's place.
                double rank = Draws.gaussian(rng);
                youngLog[i] = Math.log(p.get(Param.ENTRANT_REVENUE_BN)) + p.get(Param.INIT_YOUNG_GROWTH) * d.age
                        + Math.sqrt(Math.pow(p.get(Param.ENTRANT_REVENUE_SIGMA), 2) + Math.pow(p.get(Param.INIT_YOUNG_SPREAD), 2) * d.age) * rank;
                oldLog[i] = p.get(Param.INIT_SIZE_SIGMA) * rank;
                weight[i] = sizeLawWeight(p, d.age);
                local.add(d);
            }
            double zoneRevenue = gdp[z] * carry * scale * rate / vaRatio;
            double[] revenue = SizeBlend.revenues(youngLog, oldLog, weight, zoneRevenue);
            for (int i = 0; i < counts[z]; i++) {
                // The guard of Firm: under extreme parameters (a tiny GDP) the zone factor can push the
                // oldest firms' revenue to 0, where logs and size factors are not finite.
                local.get(i).revenue = Firm.boundedRevenue(revenue[i]);
            }
            unplaced += capFastRoutes(local);
            drafts.addAll(local);
        }
        spreadOverOldFirms(drafts, unplaced);
        for (FirmDraft d : drafts) {
            d.foreign = rng.nextDouble() < p.get(Param.INIT_FOREIGN_SHARE);
            d.incubated = rng.nextDouble() < p.get(Param.INCUBATED_SHARE);
        }
        return drafts;
    }

    /**
     * How far an initial firm of this age has moved from the entrants' size (and knowledge) law to the
     * initial population's: the square of its age over init_size_age_years, up to 1. Square, so that
     * firms of the first few years stay close to what the model's own entrants reach at their age.
     */
    static double sizeLawWeight(Parameters p, double age) {
        double x = Math.min(1, Math.max(0, age) / p.get(Param.INIT_SIZE_AGE_YEARS));
        return x * x;
    }

    /**
     * Keeps young firms below the fast-to-scale gazelle routes, moving the excess to the zone's firms
     * older than those routes; returns what the zone had no such firm to take.
     */
    private double capFastRoutes(List<FirmDraft> local) {
        double excess = 0;
        double cap = p.get(Param.INIT_FAST_ROUTE_CAP);
        for (FirmDraft d : local) {
            double limit = d.age <= p.get(Param.GAZELLE_FAST_AGE_1) ? cap * p.get(Param.GAZELLE_FAST_REVENUE_1_BN)
                    : d.age <= p.get(Param.GAZELLE_FAST_AGE_2) ? cap * p.get(Param.GAZELLE_FAST_REVENUE_2_BN)
                    : Double.POSITIVE_INFINITY;
            // A route whose revenue threshold is 0 admits every young firm: none can be kept below it.
            if (limit > 0 && d.revenue > limit) {
                // Spread the capped firms below the limit rather than piling them up at it.
                double capped = limit * Math.exp(-Draws.exponential(rng, 1.0));
                excess += d.revenue - capped;
                d.revenue = capped;
            }
        }
        return excess - spreadOverOldFirms(local, excess);
    }

    /** Adds revenue to firms older than the fast routes, in proportion to size; returns what was placed. */
    private double spreadOverOldFirms(List<FirmDraft> firms, double amount) {
        double old = 0;
        for (FirmDraft d : firms) {
            if (d.age > p.get(Param.GAZELLE_FAST_AGE_2)) {
                old += d.revenue;
            }
        }
        if (amount <= 0 || old <= 0) {
            return 0;
        }
        for (FirmDraft d : firms) {
            if (d.age > p.get(Param.GAZELLE_FAST_AGE_2)) {
                d.revenue += amount * d.revenue / old;
            }
        }
        return amount;
    }

    /** Export shares are scaled, and foreign firms' FDI intensity set, to match the 2019 totals. */
    void matchExportsAndFdi(List<FirmDraft> drafts) {
        List<FirmDraft> exporters = new ArrayList<>();
        double[] u = new double[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            if (rng.nextDouble() < p.get(Param.INIT_EXPORTER_SHARE)) {
                exporters.add(drafts.get(i));
                u[exporters.size() - 1] = rng.nextDouble();
            }
        }
        double target = p.get(Param.INIT_EXPORTS_BN) * scale * endOfYearRate(p);
        double lo = 0;
        double hi = 1e6;
        for (int iter = 0; iter < 100; iter++) {
            double k = (lo + hi) / 2;
            double sum = 0;
            for (int i = 0; i < exporters.size(); i++) {
                sum += exporters.get(i).revenue * Math.min(1, k * u[i]);
            }
            if (sum < target) {
                lo = k;
            } else {
                hi = k;
            }
        }
        double shareSum = 0;
        for (int i = 0; i < exporters.size(); i++) {
            exporters.get(i).exportShare = Math.min(1, lo * u[i]);
            shareSum += exporters.get(i).exportShare;
        }
        model.exportShareMean = exporters.isEmpty() ? 0 : shareSum / exporters.size();
        double foreignRevenue = 0;
        for (FirmDraft x : drafts) {
            if (x.foreign) {
                foreignRevenue += x.revenue;
            }
        }
        model.fdiPerRevenue = foreignRevenue > 0 ? p.get(Param.INIT_FDI_BN) * scale * endOfYearRate(p) / foreignRevenue : 0;
    }

    List<Firm> create(List<FirmDraft> drafts) {
        List<Firm> firms = new ArrayList<>();
        List<Investor> investors = model.investors();
        for (FirmDraft d : drafts) {
            Firm f = new Firm(model.nextFirmId(), d.sector, d.zone, now - d.age, 0, d.foreign, d.incubated,
                    d.hteEligible, d.hteSeeking, d.margin, d.baseRd);
            f.accounts.revenue = d.revenue;
            f.accounts.employees = model.employeesFor(d.revenue, d.zone);
            f.lnKnowledge = d.lnK;
            f.innovation.rdIntensity = Innovation.intensity(p, f, d.age);
            f.innovation.inventionPatents = d.patents;
            f.accounts.exportShare = d.exportShare;
            f.accounts.cash = p.get(Param.INIT_CASH_YEARS) * d.revenue
                    + (d.age < p.get(Param.STARTUP_YEARS) ? p.get(Param.ENTRANT_CASH_BN) : 0);
            f.accounts.setHistory(d.history, d.years);
            f.listed = d.listed;
            f.venture.valuation = d.backed || d.listed ? d.valuation : p.get(Param.REVENUE_MULTIPLE) * d.revenue;
            if (d.backed) {
                f.venture.rounds = d.rounds;
                f.venture.raised = d.raised;
                f.venture.raisedByA = d.raisedByA;
                f.venture.last = new VentureRecord.LastRound(d.valuation,
                        now - rng.nextDouble() * p.get(Param.ROUND_INTERVAL_YEARS), Math.log(d.revenue), d.lnK);
                int k = Math.min(investors.size(), p.getInt(Param.INIT_INVESTORS_PER_BACKED_FIRM));
                for (int i = 0; i < k; i++) {
                    Investor investor = investors.get(rng.nextInt(investors.size()));
                    f.venture.addStake(investor, p.get(Param.INIT_RAISED_SHARE) / k);
                }
            }
            f.highTech = Stages.isHighTech(p, d.age, (long) f.innovation.inventionPatents + f.innovation.otherIp, f.accounts.revenue, f.innovation.rdIntensity);
            // Certified at the end of one of the last hte_certificate_years years, evenly.
            f.highTechUntil = f.highTech ? now + 1 + rng.nextInt(p.getInt(Param.HTE_CERTIFICATE_YEARS)) : 0;
            f.gazelle = Stages.isGazelle(p, d.age, f.accounts);
            Stages.classifyQuarterly(p, f, now);
            model.addFirm(f);
            firms.add(f);
        }
        return firms;
    }
}
