package org.zonelab.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the end-of-year state before start_year (docs/ODD.md §5) so that it reproduces the 2019 table
 * of the digest at any scale: zone sizes from a rank-size law anchored on published zone GDP, a
 * heavy-tailed firm population matched to zone GDP, and exactly the target numbers (times scale) of
 * high-tech enterprises, gazelles, unicorns, nezha and listed firms, each satisfying the stage rules
 * of {@link Stages} by construction. Exports and FDI are matched by scaling export shares and the
 * FDI intensity of foreign-invested firms.
 */
final class InitialState {
    private final ZoneLabModel model;
    private final Parameters p;
    private final MersenneTwisterFast rng;
    private final double scale;
    private final double now;

    /** A firm being drafted, before its final fields are known. */
    private static final class Draft {
        Zone zone;
        int sector;
        double age;
        double revenue;
        boolean hte;
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
        boolean listed;
        boolean backed;
        double valuation;
        int rounds;
        double raised;
        double raisedByA;
    }

    InitialState(ZoneLabModel model) {
        this.model = model;
        this.p = model.parameters();
        this.rng = model.stream(Streams.Process.INIT);
        this.scale = model.scale();
        this.now = model.config().startYear();
    }

    void build() {
        double[] gdp = buildZones();
        List<Draft> drafts = draftFirms(gdp);
        chooseHighTech(drafts);
        writeHistories(drafts);
        chooseVentureBacked(drafts);
        chooseListed(drafts);
        matchExportsAndFdi(drafts);
        buildInvestors(gdp);
        List<Firm> firms = createFirms(drafts);
        finishNetworks(firms);
    }

    // ---- Zones -----------------------------------------------------------------------------------

    /** Creates the zones and returns each zone's 2019 GDP target (national, CNY bn/year). */
    private double[] buildZones() {
        List<ZoneSeed> seeds = model.config().zones();
        for (int i = 0; i < seeds.size(); i++) {
            model.addZone(new Zone(seeds.get(i), i));
        }
        model.finishZones();
        List<Zone> zones = model.zones();
        int n = zones.size();
        double[] gdp = zoneGdpTargets(zones);
        double total = Arrays.stream(gdp).sum();

        double[] facilityWeight = new double[n];
        for (int z = 0; z < n; z++) {
            facilityWeight[z] = Math.pow(gdp[z] / total, p.get(Param.FACILITY_SIZE_ELASTICITY));
        }
        int[] incubators = apportion(p.getInt(Param.INIT_INCUBATORS), facilityWeight);
        int[] makers = apportion(p.getInt(Param.INIT_MAKER_SPACES), facilityWeight);
        for (Zone zone : zones) {
            int z = zone.index();
            int tier = zone.seed().cityTier();
            zone.talentBase = tier == 1 ? p.get(Param.TALENT_TIER1) : tier == 2 ? p.get(Param.TALENT_TIER2) : p.get(Param.TALENT_OTHER);
            zone.platformStrength = tier == 1 ? p.get(Param.PLATFORM_INIT_TIER1)
                    : tier == 2 ? (p.get(Param.PLATFORM_INIT_TIER1) + p.get(Param.PLATFORM_INIT_OTHER)) / 2
                    : p.get(Param.PLATFORM_INIT_OTHER);
            zone.incubators = incubators[z];
            zone.makerSpaces = makers[z];
            double u = rng.nextDouble();
            if (u < p.get(Param.INIT_SHARE_STATUTORY)) {
                zone.governance = GovernanceModel.STATUTORY_BODY;
                zone.governanceEfficiency = p.get(Param.GOVERNANCE_EFFICIENCY_STATUTORY);
            } else if (u < p.get(Param.INIT_SHARE_STATUTORY) + p.get(Param.INIT_SHARE_COMPANY_MODEL)) {
                zone.governance = GovernanceModel.COMMITTEE_PLUS_COMPANY;
                zone.governanceEfficiency = p.get(Param.GOVERNANCE_EFFICIENCY_COMPANY);
            } else {
                zone.governanceEfficiency = p.get(Param.GOVERNANCE_EFFICIENCY_ADMIN);
            }
            zone.regulation = rng.nextDouble() < p.get(Param.INIT_SHARE_INCLUSIVE)
                    ? RegulatoryStance.INCLUSIVE_PRUDENT : RegulatoryStance.STRICT;
            zone.specialisation = specialisation();
            for (int s = 1; s < zone.specialisation.length; s++) {
                if (zone.specialisation[s] > zone.specialisation[zone.leadSector]) {
                    zone.leadSector = s;
                }
            }
        }
        assignCoParks(zones, gdp);
        return gdp;
    }

    /**
     * Zone GDP: published anchors as given; the rest of init_gdp_bn shared by a rank-size law over a
     * score of city tier and zone age.
     */
    private double[] zoneGdpTargets(List<Zone> zones) {
        int n = zones.size();
        Integer[] order = new Integer[n];
        double[] score = new double[n];
        for (int z = 0; z < n; z++) {
            ZoneSeed s = zones.get(z).seed();
            double tierScore = s.cityTier() == 1 ? p.get(Param.ZONE_TIER1_SCORE)
                    : s.cityTier() == 2 ? p.get(Param.ZONE_TIER2_SCORE) : 0;
            score[z] = tierScore + p.get(Param.ZONE_AGE_SCORE) * Math.max(0, now - 1 - s.approvedYear()) / 10.0;
            order[z] = z;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(z -> -score[z]).thenComparingInt(z -> z));
        double[] rankWeight = new double[n];
        for (int r = 0; r < n; r++) {
            rankWeight[order[r]] = Math.pow(r + 1, -p.get(Param.ZONE_RANK_EXPONENT));
        }
        double totalGdp = p.get(Param.INIT_GDP_BN);
        double anchored = 0;
        double freeWeight = 0;
        for (int z = 0; z < n; z++) {
            double a = zones.get(z).seed().anchorGdpBn();
            if (Double.isFinite(a)) {
                anchored += a;
            } else {
                freeWeight += rankWeight[z];
            }
        }
        // Anchors beyond the total (only with synthetic or partial catalogues) are scaled down.
        double anchorScale = anchored > totalGdp * 0.9 ? totalGdp * 0.9 / anchored : 1.0;
        double rest = totalGdp - anchored * anchorScale;
        double[] gdp = new double[n];
        for (int z = 0; z < n; z++) {
            double a = zones.get(z).seed().anchorGdpBn();
            gdp[z] = Double.isFinite(a) ? a * anchorScale : (freeWeight > 0 ? rest * rankWeight[z] / freeWeight : 0);
        }
        return gdp;
    }

    private double[] specialisation() {
        BaseSector[] sectors = BaseSector.values();
        double[] w = new double[sectors.length];
        double sum = 0;
        int lead = Draws.weighted(rng, baseShares(), Arrays.stream(baseShares()).sum());
        for (int s = 0; s < sectors.length; s++) {
            w[s] = p.get(sectors[s].shareParam()) * Math.exp(p.get(Param.SPECIALISATION_SPREAD) * rng.nextGaussian());
            if (s == lead) {
                w[s] *= p.get(Param.SPECIALISATION_LEAD);
            }
            sum += w[s];
        }
        for (int s = 0; s < w.length; s++) {
            w[s] /= sum;
        }
        return w;
    }

    private double[] baseShares() {
        BaseSector[] sectors = BaseSector.values();
        double[] w = new double[sectors.length];
        for (int s = 0; s < sectors.length; s++) {
            w[s] = p.get(sectors[s].shareParam());
        }
        return w;
    }

    /** The largest zones start with co-built parks in smaller zones, both ways. */
    private void assignCoParks(List<Zone> zones, double[] gdp) {
        int n = zones.size();
        Integer[] bySize = new Integer[n];
        for (int z = 0; z < n; z++) {
            bySize[z] = z;
        }
        Arrays.sort(bySize, Comparator.<Integer>comparingDouble(z -> -gdp[z]).thenComparingInt(z -> z));
        int top = Math.min(n, p.getInt(Param.COPARKS_TOP_ZONES));
        List<List<Integer>> partners = new ArrayList<>();
        for (int z = 0; z < n; z++) {
            partners.add(new ArrayList<>());
        }
        for (int t = 0; t < top && n > top; t++) {
            int big = bySize[t];
            for (int k = 0; k < p.getInt(Param.COPARKS_PER_ZONE); k++) {
                int small = bySize[top + rng.nextInt(n - top)];
                if (!partners.get(big).contains(small)) {
                    partners.get(big).add(small);
                    partners.get(small).add(big);
                }
            }
        }
        for (int z = 0; z < n; z++) {
            zones.get(z).partnerZones = partners.get(z).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    // ---- Firms -------------------------------------------------------------------------------------

    private List<Draft> draftFirms(double[] gdp) {
        List<Zone> zones = model.zones();
        double total = Arrays.stream(gdp).sum();
        double[] weights = new double[gdp.length];
        for (int z = 0; z < gdp.length; z++) {
            weights[z] = gdp[z] / total;
        }
        int[] counts = apportion(ModelConfig.firmAgents(p.get(Param.INIT_FIRMS), scale), weights);
        List<Draft> drafts = new ArrayList<>();
        double unplaced = 0;
        double vaRatio = p.get(Param.VALUE_ADDED_RATIO);
        // At small scale some zones get no agent; their GDP is carried by the represented zones.
        double represented = 0;
        for (int z = 0; z < gdp.length; z++) {
            represented += counts[z] > 0 ? gdp[z] : 0;
        }
        double carry = represented > 0 ? total / represented : 1;
        for (Zone zone : zones) {
            int z = zone.index();
            List<Draft> local = new ArrayList<>();
            double raw = 0;
            for (int i = 0; i < counts[z]; i++) {
                Draft d = new Draft();
                d.zone = zone;
                d.sector = Draws.weighted(rng, zone.specialisation, 1.0);
                d.age = Math.min(30, Draws.exponential(rng, p.get(Param.INIT_AGE_MEAN_YEARS)));
                d.revenue = Math.exp(p.get(Param.INIT_SIZE_SIGMA) * rng.nextGaussian())
                        * Math.min(1, (d.age + ZoneLabModel.QUARTER) / p.get(Param.INIT_SIZE_AGE_YEARS));
                raw += d.revenue;
                local.add(d);
            }
            double zoneRevenue = gdp[z] * carry * scale / vaRatio;
            for (Draft d : local) {
                d.revenue *= zoneRevenue / raw;
            }
            unplaced += capFastRoutes(local);
            drafts.addAll(local);
        }
        spreadOverOldFirms(drafts, unplaced);
        for (Draft d : drafts) {
            d.foreign = rng.nextDouble() < p.get(Param.INIT_FOREIGN_SHARE);
            d.incubated = rng.nextDouble() < p.get(Param.INCUBATED_SHARE);
        }
        return drafts;
    }

    /**
     * Keeps young firms below the fast-to-scale gazelle routes, moving the excess to the zone's firms
     * older than those routes; returns what the zone had no such firm to take.
     */
    private double capFastRoutes(List<Draft> local) {
        double excess = 0;
        double cap = p.get(Param.INIT_FAST_ROUTE_CAP);
        for (Draft d : local) {
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
    private double spreadOverOldFirms(List<Draft> firms, double amount) {
        double old = 0;
        for (Draft d : firms) {
            if (d.age > p.get(Param.GAZELLE_FAST_AGE_2)) {
                old += d.revenue;
            }
        }
        if (amount <= 0 || old <= 0) {
            return 0;
        }
        for (Draft d : firms) {
            if (d.age > p.get(Param.GAZELLE_FAST_AGE_2)) {
                d.revenue += amount * d.revenue / old;
            }
        }
        return amount;
    }

    /** Exactly init_high_tech_enterprises x scale firms meet the rule; the rest stay below it. */
    private void chooseHighTech(List<Draft> drafts) {
        List<Draft> eligible = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.age >= p.get(Param.HTE_MIN_AGE_YEARS)) {
                eligible.add(d);
            }
        }
        double bias = p.get(Param.INIT_HTE_SIZE_BIAS);
        for (Draft d : pickWeighted(eligible, target(Param.INIT_HIGH_TECH_ENTERPRISES), x -> Math.pow(x.revenue, -bias))) {
            d.hte = true;
        }
        for (Draft d : drafts) {
            d.margin = rng.nextDouble() * p.get(Param.HTE_BUNCHING_MARGIN);
            d.baseRd = Births.drawOtherRdIntensity(p, rng);
            d.lnK = p.get(Param.INIT_KNOWLEDGE_SD) * rng.nextGaussian() + (d.hte ? p.get(Param.INIT_HTE_KNOWLEDGE) : 0);
            if (d.hte) {
                d.hteSeeking = true;
                d.patents = 1 + Draws.poisson(rng, p.get(Param.INIT_HTE_PATENTS_MEAN));
            } else if (d.age < p.get(Param.HTE_MIN_AGE_YEARS)) {
                d.hteSeeking = rng.nextDouble() < p.get(Param.HTE_SEEKING_SHARE);
                d.patents = Draws.poisson(rng, p.get(Param.INIT_OTHER_PATENTS_MEAN));
            } else {
                double threshold = ZoneLabModel.highTechThreshold(p, d.revenue);
                d.baseRd = Math.min(d.baseRd, p.get(Param.INIT_OTHER_RD_CAP) * threshold);
                boolean aboveAnyway = intensity(d) >= threshold;
                d.patents = aboveAnyway ? 0 : Draws.poisson(rng, p.get(Param.INIT_OTHER_PATENTS_MEAN));
            }
        }
        centreKnowledge(drafts);
    }

    private double intensity(Draft d) {
        double base = d.hteSeeking ? ZoneLabModel.highTechThreshold(p, d.revenue) * (1 + d.margin) : d.baseRd;
        return base + p.get(Param.STARTUP_RD_INTENSITY) * Math.exp(-d.age / p.get(Param.STARTUP_YEARS));
    }

    /** Knowledge is measured relative to the 2019 sector mean. */
    private void centreKnowledge(List<Draft> drafts) {
        int n = Sectors.BASE_COUNT;
        double[] sum = new double[n];
        int[] count = new int[n];
        for (Draft d : drafts) {
            sum[d.sector] += d.lnK;
            count[d.sector]++;
        }
        for (Draft d : drafts) {
            d.lnK -= sum[d.sector] / count[d.sector];
        }
    }

    /**
     * Four years of revenue history. Exactly init_gazelles x scale firms get a path that meets the
     * CAGR rule; every other path is checked against the rule and made to fail it.
     */
    private void writeHistories(List<Draft> drafts) {
        double minBase = p.get(Param.GAZELLE_MIN_BASE_REVENUE_BN);
        double minCagr = p.get(Param.GAZELLE_MIN_CAGR);
        int window = p.getInt(Param.GAZELLE_WINDOW_YEARS);
        List<Draft> eligible = new ArrayList<>();
        for (Draft d : drafts) {
            d.years = (int) Math.min(FirmAccounts.HISTORY_YEARS, 1 + Math.floor(d.age));
            if (d.years > window && d.revenue >= minBase * Math.pow(1 + minCagr, window) * 1.01) {
                eligible.add(d);
            }
        }
        for (Draft d : pick(eligible, target(Param.INIT_GAZELLES))) {
            double maxCagr = Math.pow(d.revenue / minBase, 1.0 / window) - 1;
            double cagr = minCagr + rng.nextDouble() * Math.min(p.get(Param.INIT_GAZELLE_CAGR_SPREAD), maxCagr - minCagr);
            for (int k = 0; k < FirmAccounts.HISTORY_YEARS; k++) {
                d.history[k] = d.revenue / Math.pow(1 + cagr, k);
            }
            d.gazelle = true;
        }
        for (Draft d : drafts) {
            if (d.gazelle) {
                continue;
            }
            d.history[0] = d.revenue;
            for (int k = 1; k < d.years; k++) {
                double g = p.get(Param.HIST_GROWTH_MEAN) + p.get(Param.HIST_GROWTH_SD) * rng.nextGaussian();
                d.history[k] = d.history[k - 1] / Math.exp(g);
            }
            if (Stages.isGazelle(p, d.age, d.history, d.years)) {
                // A last-year dip takes the path out of the CAGR route.
                d.history[1] = d.revenue * Math.exp(p.get(Param.HIST_GROWTH_SD) * rng.nextDouble());
            }
        }
    }

    /** Unicorns, nezha and other venture-backed firms. */
    private void chooseVentureBacked(List<Draft> drafts) {
        double unicornLine = p.get(Param.UNICORN_MIN_VALUATION_USD_BN) * p.get(Param.CNY_PER_USD);
        double d = p.get(Param.ROUND_DILUTION);
        List<Draft> unicornPool = new ArrayList<>();
        for (Draft x : drafts) {
            if (x.age >= 1 && x.age < p.get(Param.UNICORN_MAX_AGE) - 1
                    && x.revenue >= p.get(Param.INIT_UNICORN_MIN_REVENUE_BN)) {
                unicornPool.add(x);
            }
        }
        for (Draft x : pick(unicornPool, target(Param.INIT_UNICORNS))) {
            x.unicorn = true;
            x.backed = true;
            x.rounds = 3;
            x.valuation = unicornLine * Math.pow(1 - rng.nextDouble(), -1 / p.get(Param.INIT_UNICORN_PARETO));
            x.raised = p.get(Param.INIT_RAISED_SHARE) * x.valuation;
            x.raisedByA = Math.min(x.raised, p.get(Param.NEZHA_MIN_RAISED_BN));
        }
        List<Draft> nezhaPool = new ArrayList<>();
        for (Draft x : drafts) {
            if (!x.unicorn && x.age < p.get(Param.NEZHA_MAX_AGE)) {
                nezhaPool.add(x);
            }
        }
        for (Draft x : pick(nezhaPool, target(Param.INIT_NEZHA))) {
            x.nezha = true;
            x.backed = true;
            x.rounds = 1 + rng.nextInt(2);
            x.raisedByA = p.get(Param.NEZHA_MIN_RAISED_BN) * (1.05 + rng.nextDouble());
            x.raised = x.raisedByA;
            x.valuation = Math.min(0.9 * unicornLine, Math.max(x.raised / d, p.get(Param.REVENUE_MULTIPLE) * x.revenue));
        }
        for (Draft x : drafts) {
            if (x.backed || x.age > p.get(Param.UNICORN_MAX_AGE)
                    || rng.nextDouble() >= p.get(Param.INIT_VENTURE_BACKED_SHARE)) {
                continue;
            }
            x.backed = true;
            x.rounds = 1 + rng.nextInt(3);
            double floor = Math.max(p.get(Param.REVENUE_MULTIPLE) * x.revenue, p.get(Param.ROUND_SEED_BN) / d);
            x.valuation = Math.min(0.9 * unicornLine, floor * (1 + rng.nextDouble()));
            x.raised = p.get(Param.INIT_RAISED_SHARE) * x.valuation;
            // Only the chosen nezha firms raised more than the nezha line by Series A.
            x.raisedByA = Math.min(x.raised, 0.9 * p.get(Param.NEZHA_MIN_RAISED_BN));
        }
    }

    private void chooseListed(List<Draft> drafts) {
        List<Draft> pool = new ArrayList<>();
        for (Draft x : drafts) {
            if (!x.unicorn && !x.nezha && x.revenue >= p.get(Param.LISTING_MIN_REVENUE_BN)) {
                pool.add(x);
            }
        }
        for (Draft x : pick(pool, target(Param.INIT_LISTED_FIRMS))) {
            x.listed = true;
            x.valuation = Math.max(x.valuation, p.get(Param.REVENUE_MULTIPLE) * x.revenue);
        }
    }

    /** Export shares are scaled, and foreign firms' FDI intensity set, to match the 2019 totals. */
    private void matchExportsAndFdi(List<Draft> drafts) {
        List<Draft> exporters = new ArrayList<>();
        double[] u = new double[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            if (rng.nextDouble() < p.get(Param.INIT_EXPORTER_SHARE)) {
                exporters.add(drafts.get(i));
                u[exporters.size() - 1] = rng.nextDouble();
            }
        }
        double target = p.get(Param.INIT_EXPORTS_BN) * scale;
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
        for (Draft x : drafts) {
            if (x.foreign) {
                foreignRevenue += x.revenue;
            }
        }
        model.fdiPerRevenue = foreignRevenue > 0 ? p.get(Param.INIT_FDI_BN) * scale / foreignRevenue : 0;
    }

    // ---- Investors ---------------------------------------------------------------------------------

    private void buildInvestors(double[] gdp) {
        List<Zone> zones = model.zones();
        double[] w = new double[gdp.length];
        double sum = 0;
        for (int z = 0; z < gdp.length; z++) {
            w[z] = Math.pow(gdp[z], p.get(Param.INVESTOR_CONCENTRATION));
            sum += w[z];
        }
        int count = (int) Math.round(p.get(Param.INVESTORS) * scale);
        double[] typeShares = {
            Math.max(0, 1 - p.get(Param.SHARE_GOVERNMENT_FUNDS) - p.get(Param.SHARE_CORPORATE_VC) - p.get(Param.SHARE_FOREIGN_VC)),
            p.get(Param.SHARE_GOVERNMENT_FUNDS), p.get(Param.SHARE_CORPORATE_VC), p.get(Param.SHARE_FOREIGN_VC)};
        double typeTotal = Arrays.stream(typeShares).sum();
        double[] shares = baseShares();
        double shareTotal = Arrays.stream(shares).sum();
        for (int i = 0; i < count; i++) {
            InvestorType type = InvestorType.values()[Draws.weighted(rng, typeShares, typeTotal)];
            Zone home = zones.get(Draws.weighted(rng, w, sum));
            boolean[] focus = new boolean[Sectors.BASE_COUNT];
            int focusCount = type == InvestorType.CORPORATE_VC ? 1 : p.getInt(Param.INVESTOR_FOCUS_SECTORS);
            for (int k = 0; k < focusCount; k++) {
                focus[Draws.weighted(rng, shares, shareTotal)] = true;
            }
            double inflow = Draws.logNormal(rng, p.get(Param.FUND_SIZE_BN), p.get(Param.FUND_SIZE_SIGMA));
            model.addInvestor(new Investor(i + 1, type, home, inflow, focus, rng.nextDouble()));
        }
    }

    // ---- Firms, for real -------------------------------------------------------------------------

    private List<Firm> createFirms(List<Draft> drafts) {
        List<Firm> firms = new ArrayList<>();
        List<Investor> investors = model.investors();
        for (Draft d : drafts) {
            Firm f = new Firm(model.nextFirmId(), d.sector, d.zone, now - d.age, 0, d.foreign, d.incubated,
                    d.hteSeeking, d.margin, d.baseRd);
            f.accounts.revenue = d.revenue;
            f.accounts.employees = model.employeesFor(d.revenue);
            f.innovation.lnKnowledge = d.lnK;
            f.innovation.rdIntensity = Innovation.intensity(p, f, d.age);
            f.innovation.inventionPatents = d.patents;
            f.accounts.exportShare = d.exportShare;
            f.accounts.cash = p.get(Param.INIT_CASH_YEARS) * d.revenue
                    + (d.age < p.get(Param.STARTUP_YEARS) ? p.get(Param.ENTRANT_CASH_BN) : 0);
            System.arraycopy(d.history, 0, f.accounts.annualRevenue, 0, FirmAccounts.HISTORY_YEARS);
            f.accounts.completedYears = d.years;
            f.listed = d.listed;
            f.venture.valuation = d.backed || d.listed ? d.valuation : p.get(Param.REVENUE_MULTIPLE) * d.revenue;
            if (d.backed) {
                f.venture.rounds = d.rounds;
                f.venture.raised = d.raised;
                f.venture.raisedByA = d.raisedByA;
                f.venture.lastRoundPost = d.valuation;
                f.venture.lastRoundTime = now - rng.nextDouble() * p.get(Param.ROUND_INTERVAL_YEARS);
                f.venture.lnRevenueAtRound = Math.log(d.revenue);
                f.venture.lnKnowledgeAtRound = d.lnK;
                int k = Math.min(investors.size(), p.getInt(Param.INIT_INVESTORS_PER_BACKED_FIRM));
                for (int i = 0; i < k; i++) {
                    Investor investor = investors.get(rng.nextInt(investors.size()));
                    f.venture.addStake(investor, p.get(Param.INIT_RAISED_SHARE) / k);
                }
            }
            f.highTech = Stages.isHighTech(p, d.age, (long) f.innovation.inventionPatents + f.innovation.otherIp, f.accounts.revenue, f.innovation.rdIntensity);
            f.gazelle = Stages.isGazelle(p, d.age, f.accounts.annualRevenue, f.accounts.completedYears);
            Stages.classifyQuarterly(p, f, now);
            model.addFirm(f);
            firms.add(f);
        }
        return firms;
    }

    /** Land, rent and ranking from the initial accounts; then the starting branches and partnerships. */
    private void finishNetworks(List<Firm> firms) {
        model.index().rebuild(model, firms);
        EndOfQuarter.closeInitialState(model);
        double totalLand = 0;
        double[] drawn = new double[model.zones().size()];
        for (Zone zone : model.zones()) {
            double share = p.get(Param.INIT_LAND_USED_MIN)
                    + rng.nextDouble() * Math.max(0, p.get(Param.INIT_LAND_USED_MAX) - p.get(Param.INIT_LAND_USED_MIN));
            drawn[zone.index()] = zone.landUsedHa / Math.max(1e-9, share);
            totalLand += drawn[zone.index()];
        }
        for (Zone zone : model.zones()) {
            zone.landTotalHa = totalLand > 0 ? drawn[zone.index()] * p.get(Param.INIT_LAND_HA) / totalLand : 0;
            zone.updateRent(p);
        }
        model.ranking().update(model);
        if (p.isOn(Param.PARTNERSHIPS_ENABLED)) {
            for (int a = 0; a < p.getInt(Param.INIT_PARTNER_ATTEMPTS); a++) {
                for (Firm f : firms) {
                    if (f.partners.size() < p.getInt(Param.PARTNER_MAX_DEGREE)) {
                        Firm c = Collaboration.findCandidate(model.firmContext(), p, f, rng);
                        if (c != null) {
                            model.addPartnership(f, c);
                        }
                    }
                }
            }
        }
        for (Firm f : firms) {
            if (f.accounts.revenue >= p.get(Param.BRANCH_MIN_REVENUE_BN)) {
                int k = Math.min(p.getInt(Param.BRANCH_MAX), Draws.poisson(rng, p.get(Param.INIT_BRANCHES_PER_ELIGIBLE)));
                for (int i = 0; i < k; i++) {
                    Zone best = Location.bestBranchZone(model.firmContext(), p, f);
                    if (best != null) {
                        model.openBranch(f, best);
                    }
                }
            }
        }
        model.clearQuarterAccumulators();
        EndOfQuarter.closeInitialState(model);
        model.setInitialSnapshot(Measurement.measure(model, model.config().startYear() - 1, 4));
        model.clearQuarterAccumulators();
        model.flows().reset();
    }

    // ---- Helpers -----------------------------------------------------------------------------------

    private int target(Param count) {
        return (int) Math.round(p.get(count) * scale);
    }

    /** Up to k items chosen uniformly without replacement (partial Fisher-Yates). */
    private <T> List<T> pick(List<T> pool, int k) {
        List<T> copy = new ArrayList<>(pool);
        int m = Math.min(k, copy.size());
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(copy.size() - i);
            T tmp = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, tmp);
        }
        return copy.subList(0, m);
    }

    /**
     * Up to k items chosen without replacement with probability proportional to weight
     * (Efraimidis-Spirakis keys).
     */
    private <T> List<T> pickWeighted(List<T> pool, int k, java.util.function.ToDoubleFunction<T> weight) {
        int n = pool.size();
        double[] key = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            key[i] = Math.log(rng.nextDouble()) / weight.applyAsDouble(pool.get(i));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -key[i]).thenComparingInt(i -> i));
        List<T> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, n); i++) {
            out.add(pool.get(order[i]));
        }
        return out;
    }

    /** Splits a whole number in proportion to weights, by largest remainders (deterministic). */
    static int[] apportion(int total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] out = new int[weights.length];
        if (sum <= 0 || total <= 0) {
            return out;
        }
        double[] remainder = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            remainder[i] = exact - out[i];
            assigned += out[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -remainder[i]).thenComparingInt(i -> i));
        for (int r = 0; r < total - assigned; r++) {
            out[order[r % order.length]]++;
        }
        return out;
    }
}
