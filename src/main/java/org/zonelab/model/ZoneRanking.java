package org.zonelab.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * The zones valued for each sector once a year (docs/ODD.md §7.8: rank the zones once per year, not once
 * per firm-step), two ways. For headquarters, the expected profit of a yuan of revenue: the zone's
 * margin (Growth#zoneMargin at its productivity, wages, rent and governance) averaged over
 * location_horizon_years of the growth the zone gives the sector (Growth#zoneDrift), a share of
 * revenue. For branches, an attractiveness in utility units: a weighted sum of standardised talent,
 * rent (negative), same-sector cluster mass and market access (zone GDP).
 */
final class ZoneRanking implements Serializable {
    private static final long serialVersionUID = 1L;

    private double[][] attractiveness = new double[0][0];
    private int[][] top = new int[0][0];
    private double[][] profitValue = new double[0][0];
    private int[][] profitTop = new int[0][0];

    void update(ZoneLabModel model) {
        Parameters p = model.parameters();
        List<Zone> zones = model.zones();
        int n = zones.size();
        int sectors = model.sectors().count();
        double[] talent = new double[n];
        double[] rent = new double[n];
        double[] market = new double[n];
        for (int z = 0; z < n; z++) {
            Zone zone = zones.get(z);
            talent[z] = zone.getTalent();
            rent[z] = zone.rentIndex;
            market[z] = Math.log1p(zone.gdpQuarterBn * 4);
        }
        standardise(talent);
        standardise(rent);
        standardise(market);
        attractiveness = new double[sectors][n];
        top = new int[sectors][];
        int candidates = Math.min(n, p.getInt(Param.LOCATION_CANDIDATES));
        double[] mass = new double[n];
        for (int s = 0; s < sectors; s++) {
            for (int z = 0; z < n; z++) {
                mass[z] = Math.log1p(model.index().count(z, s) / model.scale());
            }
            standardise(mass);
            for (int z = 0; z < n; z++) {
                attractiveness[s][z] = p.get(Param.ATTRACT_TALENT) * talent[z]
                        - p.get(Param.ATTRACT_RENT) * rent[z]
                        + p.get(Param.ATTRACT_MASS) * mass[z]
                        + p.get(Param.ATTRACT_MARKET) * market[z];
            }
            // Candidates are chosen with the zones' location incentives (regional coordination), so
            // that a supported zone can enter the lists; firms then value it with the incentive once.
            double[] withIncentive = attractiveness[s].clone();
            for (int z = 0; z < n; z++) {
                withIncentive[z] += zones.get(z).policy.branchIncentive;
            }
            top[s] = topIndices(withIncentive, candidates);
        }
        rankByProfit(model, candidates);
    }

    private void rankByProfit(ZoneLabModel model, int candidates) {
        Parameters p = model.parameters();
        List<Zone> zones = model.zones();
        int n = zones.size();
        int sectors = model.sectors().count();
        int horizon = p.getInt(Param.LOCATION_HORIZON_YEARS);
        double[] margin = new double[n];
        for (int z = 0; z < n; z++) {
            margin[z] = Growth.zoneMargin(p, model.wageIndex, model.employeesFor(1.0, zones.get(z)), zones.get(z));
        }
        profitValue = new double[sectors][n];
        profitTop = new int[sectors][];
        for (int s = 0; s < sectors; s++) {
            double[] withIncentive = new double[n];
            for (int z = 0; z < n; z++) {
                Zone zone = zones.get(z);
                double growth = Growth.zoneDrift(p, model.demandGrowth(s, zone), s, zone);
                profitValue[s][z] = margin[z] * meanGrowthFactor(growth, horizon);
                withIncentive[z] = profitValue[s][z] / p.get(Param.LOCATION_PROFIT_SCALE) + zone.policy.branchIncentive;
            }
            profitTop[s] = topIndices(withIncentive, candidates);
        }
    }

    /** The mean over years 1..horizon of exp(growth * t): revenue relative to today's, averaged. */
    static double meanGrowthFactor(double growth, int horizon) {
        double sum = 0;
        for (int t = 1; t <= horizon; t++) {
            sum += Math.exp(growth * t);
        }
        return sum / horizon;
    }

    /**
     * Expected pre-tax profit per yuan of today's revenue in a zone for a sector, averaged over the
     * horizon; 0 for a sector founded since the ranking.
     */
    double profitValue(int sector, int zone) {
        return sector < profitValue.length && zone < profitValue[sector].length ? profitValue[sector][zone] : 0;
    }

    /** The zones of highest expected profit for a sector, with location incentives, best first. */
    int[] profitTop(int sector) {
        return sector < profitTop.length ? profitTop[sector] : new int[0];
    }

    /** Attractiveness of a zone for a sector; 0 (the mean) for a sector founded since the ranking. */
    double attractiveness(int sector, int zone) {
        return sector < attractiveness.length && zone < attractiveness[sector].length ? attractiveness[sector][zone] : 0;
    }

    /** The most attractive zones for a sector, best first (empty for a sector founded since). */
    int[] top(int sector) {
        return sector < top.length ? top[sector] : new int[0];
    }

    private static void standardise(double[] v) {
        double mean = Arrays.stream(v).average().orElse(0);
        double var = 0;
        for (double x : v) {
            var += (x - mean) * (x - mean);
        }
        double sd = v.length > 1 ? Math.sqrt(var / (v.length - 1)) : 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = sd > 0 ? (v[i] - mean) / sd : 0;
        }
    }

    private static int[] topIndices(double[] score, int k) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(score[b], score[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
