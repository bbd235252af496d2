package org.zonelab.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.Moment;
import org.zonelab.model.measure.MomentValue;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * Measures the stylized-fact moments of {@link Moment} inside the run (docs/VALIDATION.md): it follows
 * the cohorts of firms born during the run for their survival, adds up the year's flows at the end of
 * each quarter, and at the end of each year reads the firms' revenue histories once. Measurement
 * state only: it never changes the firms, and it draws no random numbers, so whether it runs cannot
 * change any result.
 */
final class StylizedFacts implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Ages, in years, at which survival is measured (the keys of the survival moments say them). */
    private static final int[] SURVIVAL_AGES = {1, 3, 5};
    private static final Moment[] SURVIVAL_MOMENTS = {Moment.SURVIVAL_1Y, Moment.SURVIVAL_3Y, Moment.SURVIVAL_5Y};
    /** Size classes of the growth-shape moments. */
    private static final int DECILES = 10;
    /** Least size classes a slope over them needs. */
    private static final int MIN_CLASSES_FOR_SLOPE = 3;

    // Firms born during the run, by the step (0-based) they were born in: how many, and how many are active.
    private int[] born = new int[0];
    private int[] alive = new int[0];

    // This year's sums (agent units), reset at each year's end
    private double patents;
    private double rdBn;
    private double relocations;
    private double listings;
    private double backedListings;
    private final double[] survivors = new double[SURVIVAL_AGES.length];
    private final double[] cohortSizes = new double[SURVIVAL_AGES.length];

    private final List<MomentValue> values = new ArrayList<>();

    /** A firm born now, in step {@code step}: it joins that step's cohort. */
    void born(Firm f, int step) {
        if (step > Short.MAX_VALUE) {
            return; // beyond what a firm's cohort field holds (8,000 years of quarters): not followed
        }
        if (step >= born.length) {
            int n = Math.max(step + 1, 2 * born.length);
            born = Arrays.copyOf(born, n);
            alive = Arrays.copyOf(alive, n);
        }
        f.cohortStep = (short) step;
        born[step]++;
        alive[step]++;
    }

    /** A firm that exits: its cohort, if it has one, loses a member. */
    void exited(Firm f) {
        if (f.cohortStep >= 0) {
            alive[f.cohortStep]--;
        }
    }

    /** A firm that lists; {@code backed} if it raised venture rounds before. */
    void listed(boolean backed) {
        listings++;
        if (backed) {
            backedListings++;
        }
    }

    /**
     * Closes a quarter (after the end of the quarter, as {@link Measurement} sees it): adds its flows and
     * its survivors, and at the year's end computes the year's moments.
     *
     * @param step the step just completed (0-based)
     */
    void endOfQuarter(ZoneLabModel model, int step) {
        FlowCounters flows = model.flows();
        patents += flows.get(Indicator.INVENTION_PATENTS);
        rdBn += flows.get(Indicator.RD_SPENDING_BN);
        relocations += flows.get(Indicator.RELOCATIONS);
        for (int a = 0; a < SURVIVAL_AGES.length; a++) {
            // A firm born at the start of step c is exactly `age` years old at the end of step c + 4 age - 1.
            int c = step + 1 - 4 * SURVIVAL_AGES[a];
            if (c >= 0 && c < born.length) {
                survivors[a] += alive[c];
                cohortSizes[a] += born[c];
            }
        }
        if (model.quarterIndex() == 3) {
            closeYear(model, model.year());
        }
    }

    /** The moments of every year closed so far, by year and then in {@link Moment} order. */
    List<MomentValue> values() {
        return Collections.unmodifiableList(values);
    }

    private void closeYear(ZoneLabModel model, int year) {
        Parameters p = model.parameters();
        int minFirms = p.getInt(Param.MOMENT_MIN_FIRMS);
        YearEndSample sample = YearEndSample.of(model, p);
        int n = sample.active;
        double[] v = new double[Moment.values().length];
        Arrays.fill(v, Double.NaN);
        v[Moment.REVENUE_TAIL_HILL.ordinal()] = hill(Arrays.copyOf(sample.revenue, n), p.get(Param.MOMENT_TAIL_SHARE), minFirms);
        growthShape(sample, minFirms, v);
        v[Moment.GROWTH_SIZE_SLOPE_MATURE.ordinal()] = matureGrowthSlope(sample, minFirms);
        for (int a = 0; a < SURVIVAL_AGES.length; a++) {
            v[SURVIVAL_MOMENTS[a].ordinal()] = cohortSizes[a] > 0 ? survivors[a] / cohortSizes[a] : Double.NaN;
        }
        v[Moment.HQ_MOVE_RATE.ordinal()] = n > 0 ? relocations / n : Double.NaN;
        v[Moment.IPOS.ordinal()] = listings / model.scale();
        v[Moment.IPO_BACKED_SHARE.ordinal()] = listings > 0 ? backedListings / listings : Double.NaN;
        v[Moment.PATENTS_PER_RD_BN.ordinal()] = rdBn > 0 ? patents / rdBn : Double.NaN;
        v[Moment.HIGH_GROWTH_SHARE.ordinal()] = sample.highGrowthEligible >= minFirms
                ? (double) sample.highGrowth / sample.highGrowthEligible : Double.NaN;
        for (Moment m : Moment.values()) {
            if (Double.isFinite(v[m.ordinal()])) {
                values.add(new MomentValue(year, m, v[m.ordinal()]));
            }
        }
        patents = 0;
        rdBn = 0;
        relocations = 0;
        listings = 0;
        backedListings = 0;
        Arrays.fill(survivors, 0);
        Arrays.fill(cohortSizes, 0);
    }

    /**
     * Hill estimator of the Pareto exponent over the largest {@code share} of the values: k over the sum
     * of the logs of the k largest values against the (k+1)-th largest. NaN with fewer than
     * {@code minFirms} values in the tail.
     */
    static double hill(double[] values, double share, int minFirms) {
        int n = values.length;
        int k = (int) Math.floor(share * n);
        if (k < minFirms || k >= n) {
            return Double.NaN;
        }
        OrderStatistics.selectTop(values, k);
        double threshold = values[n - k - 1];
        double sum = 0;
        for (int i = n - k; i < n; i++) {
            sum += Math.log(values[i] / threshold);
        }
        return sum > 0 ? k / sum : Double.NaN;
    }

    /**
     * The growth-shape moments: within each decile of last year's revenue, the excess kurtosis and the
     * standard deviation of yearly log growth; their mean, and the slope of the log sd on log size.
     */
    private static void growthShape(YearEndSample g, int minFirms, double[] out) {
        int m = g.count;
        double[] lnSize = g.lnSize;
        double[] growth = g.growth;
        if (m < DECILES * minFirms) {
            return;
        }
        double[] cuts = decileCuts(Arrays.copyOf(lnSize, m));
        int[] count = new int[DECILES];
        double[] sumGrowth = new double[DECILES];
        double[] sumSize = new double[DECILES];
        int[] decile = new int[m];
        for (int i = 0; i < m; i++) {
            int d = decileOf(cuts, lnSize[i]);
            decile[i] = d;
            count[d]++;
            sumGrowth[d] += growth[i];
            sumSize[d] += lnSize[i];
        }
        double[] m2 = new double[DECILES];
        double[] m4 = new double[DECILES];
        for (int i = 0; i < m; i++) {
            int d = decile[i];
            double e = growth[i] - sumGrowth[d] / count[d];
            double e2 = e * e;
            m2[d] += e2;
            m4[d] += e2 * e2;
        }
        double kurtosisSum = 0;
        int classes = 0;
        double[] x = new double[DECILES];
        double[] y = new double[DECILES];
        for (int d = 0; d < DECILES; d++) {
            if (count[d] < minFirms || m2[d] <= 0) {
                continue;
            }
            kurtosisSum += count[d] * m4[d] / (m2[d] * m2[d]) - 3;
            x[classes] = sumSize[d] / count[d];
            y[classes] = 0.5 * Math.log(m2[d] / count[d]);
            classes++;
        }
        if (classes > 0) {
            out[Moment.GROWTH_EXCESS_KURTOSIS.ordinal()] = kurtosisSum / classes;
        }
        if (classes >= MIN_CLASSES_FOR_SLOPE) {
            out[Moment.VOLATILITY_SIZE_SLOPE.ordinal()] = slope(x, y, classes);
        }
    }

    /** The nine values that split the sorted values into ten classes of (nearly) equal count. */
    static double[] decileCuts(double[] values) {
        int[] ranks = new int[DECILES - 1];
        for (int d = 1; d < DECILES; d++) {
            ranks[d - 1] = (int) ((long) d * values.length / DECILES);
        }
        OrderStatistics.select(values, ranks);
        double[] cuts = new double[DECILES - 1];
        for (int d = 0; d < ranks.length; d++) {
            cuts[d] = values[ranks[d]];
        }
        return cuts;
    }

    /** The class (0..9) of a value: how many cuts it reaches. */
    private static int decileOf(double[] cuts, double value) {
        int d = 0;
        while (d < cuts.length && value >= cuts[d]) {
            d++;
        }
        return d;
    }

    /** Least-squares slope of yearly log growth on last year's log revenue, firms past the mature age. */
    private static double matureGrowthSlope(YearEndSample g, int minFirms) {
        double[] x = new double[g.count];
        double[] y = new double[g.count];
        int m = 0;
        for (int i = 0; i < g.count; i++) {
            if (g.mature[i]) {
                x[m] = g.lnSize[i];
                y[m] = g.growth[i];
                m++;
            }
        }
        return m >= minFirms ? slope(x, y, m) : Double.NaN;
    }

    /**
     * What the year's moments read of the firms, gathered in one pass at the year's end: the revenue of
     * every active firm; for those with two complete years, last year's log revenue, the log growth
     * since and whether the firm is past the mature age; and the OECD high-growth counts.
     */
    private static final class YearEndSample {
        final double[] revenue;
        final int active;
        final double[] lnSize;
        final double[] growth;
        final boolean[] mature;
        final int count;
        final int highGrowthEligible;
        final int highGrowth;

        private YearEndSample(double[] revenue, int active, double[] lnSize, double[] growth, boolean[] mature,
                              int count, int highGrowthEligible, int highGrowth) {
            this.revenue = revenue;
            this.active = active;
            this.lnSize = lnSize;
            this.growth = growth;
            this.mature = mature;
            this.count = count;
            this.highGrowthEligible = highGrowthEligible;
            this.highGrowth = highGrowth;
        }

        static YearEndSample of(ZoneLabModel model, Parameters p) {
            double matureAge = p.get(Param.MOMENT_MATURE_AGE_YEARS);
            double minEmployees = p.get(Param.HIGH_GROWTH_MIN_EMPLOYEES);
            double threeYearRatio = Math.pow(1 + p.get(Param.HIGH_GROWTH_RATE), 3);
            List<Firm> firms = model.firms();
            double yearEnd = model.time() + ZoneLabModel.QUARTER;
            double[] revenue = new double[firms.size()];
            double[] lnSize = new double[firms.size()];
            double[] growth = new double[firms.size()];
            boolean[] mature = new boolean[firms.size()];
            int active = 0;
            int m = 0;
            int eligible = 0;
            int high = 0;
            for (int k = 0, size = firms.size(); k < size; k++) {
                ReadAhead.atPosition(firms, k);
                Firm f = firms.get(k);
                if (!f.active) {
                    continue;
                }
                revenue[active++] = f.accounts.revenue;
                FirmAccounts a = f.accounts;
                if (a.completedYears >= 2) {
                    double last = a.annualRevenue(1);
                    double now = a.annualRevenue(0);
                    if (last > 0 && now > 0) {
                        lnSize[m] = Math.log(last);
                        growth[m] = Math.log(now / last);
                        mature[m] = f.age(yearEnd) >= matureAge;
                        m++;
                    }
                }
                if (a.completedYears >= FirmAccounts.HISTORY_YEARS) {
                    double before = a.annualRevenue(3);
                    if (before > 0 && model.employeesFor(before, f.home) >= minEmployees) {
                        eligible++;
                        if (a.annualRevenue(0) > threeYearRatio * before) {
                            high++;
                        }
                    }
                }
            }
            return new YearEndSample(revenue, active, lnSize, growth, mature, m, eligible, high);
        }
    }

    /** Least-squares slope of y on x over the first {@code n} points (NaN when x does not vary). */
    static double slope(double[] x, double[] y, int n) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx > 0 ? sxy / sxx : Double.NaN;
    }
}
