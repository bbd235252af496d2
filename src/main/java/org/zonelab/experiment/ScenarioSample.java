package org.zonelab.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zonelab.model.geo.Region;
import org.zonelab.model.measure.Indicator;
import org.zonelab.model.measure.RegionIndicator;
import org.zonelab.model.measure.ZoneIndicator;

/**
 * What a comparison keeps of one scenario's replications, in replication order: the final-year
 * summary, national indicators by year (stocks at the end of the year, flows summed over its
 * quarters), the regions' GDP in the final year, and each zone's GDP in the final year's fourth
 * quarter (zones are recorded yearly, at Q4). Small enough to hold for many replications. Values
 * are added with {@link #add}, one replication at a time in index order.
 */
public final class ScenarioSample {
    private final String name;
    private final List<Long> seeds = new ArrayList<>();
    private final Map<Indicator, List<Double>> summary = new EnumMap<>(Indicator.class);
    private final Map<Indicator, TreeMap<Integer, List<Double>>> yearly = new EnumMap<>(Indicator.class);
    private final Map<String, List<Double>> regionGdp = new LinkedHashMap<>();
    private final Map<String, List<Double>> regionShare = new LinkedHashMap<>();
    private final TreeMap<Integer, List<Double>> zoneGdp = new TreeMap<>();
    private int finalYear = Integer.MIN_VALUE;

    /** @param name the scenario's name */
    public ScenarioSample(String name) {
        this.name = name;
    }

    /** The scenario's name. */
    public String name() {
        return name;
    }

    /** Replications added so far. */
    public int size() {
        return seeds.size();
    }

    /** The seeds of the replications, by index. */
    public List<Long> seeds() {
        return Collections.unmodifiableList(seeds);
    }

    /**
     * Adds the next replication.
     *
     * @throws IllegalArgumentException when it is not the next index, or has other indicators or years
     *                                  than the ones before it
     */
    public void add(ReplicationResult r) {
        if (r.replication() != seeds.size()) {
            throw new IllegalArgumentException(name + ": expected replication " + seeds.size() + ", got "
                    + r.replication());
        }
        int last = Integer.MIN_VALUE;
        for (IndicatorRow row : r.timeseries()) {
            last = Math.max(last, row.year());
        }
        if (seeds.isEmpty()) {
            finalYear = last;
        } else if (last != finalYear) {
            throw new IllegalArgumentException(name + ": replication " + r.replication() + " ends in " + last
                    + ", the others in " + finalYear);
        }
        Map<String, Double> region = new LinkedHashMap<>();
        Map<Integer, Double> zone = new TreeMap<>();
        for (IndicatorRow row : r.timeseries()) {
            if (row.year() != finalYear) {
                continue;
            }
            if (row.indicator() == RegionIndicator.GDP_BN) {
                region.merge(row.scopeId(), row.value(), Double::sum);
            } else if (row.indicator() == ZoneIndicator.GDP_BN && row.quarter() == 4) {
                zone.put(Integer.parseInt(row.scopeId()), row.value());
            }
        }
        int k = seeds.size();
        append(summary, r.summary(), k, "summary indicators");
        for (Map.Entry<Indicator, TreeMap<Integer, Double>> e : YearlyValues.of(r.timeseries()).entrySet()) {
            TreeMap<Integer, List<Double>> years = yearly.computeIfAbsent(e.getKey(), x -> new TreeMap<>());
            append(years, e.getValue(), k, "years of " + e.getKey().key());
        }
        double total = 0;
        for (double v : region.values()) {
            total += v;
        }
        Map<String, Double> share = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : region.entrySet()) {
            share.put(e.getKey(), total > 0 ? e.getValue() / total : 0);
        }
        append(regionGdp, region, k, "regions");
        append(regionShare, share, k, "regions");
        append(zoneGdp, zone, k, "zones");
        seeds.add(r.seed());
    }

    private <K> void append(Map<K, List<Double>> into, Map<K, Double> values, int k, String what) {
        if (k > 0 && !into.keySet().equals(values.keySet())) {
            // zones approved during a run are the same in every replication; anything else is a bug
            throw new IllegalArgumentException(name + ": replication " + k + " has other " + what + " than "
                    + "replication 0");
        }
        for (Map.Entry<K, Double> e : values.entrySet()) {
            into.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(e.getValue());
        }
    }

    /** The last simulated year. */
    public int finalYear() {
        return finalYear;
    }

    /** The summary indicators, in contract order. */
    public List<Indicator> indicators() {
        return List.copyOf(summary.keySet());
    }

    /** An indicator's final-year summary values, by replication. */
    public double[] summary(Indicator indicator) {
        return values(summary.get(indicator), indicator.key());
    }

    /** The years of the national series. */
    public List<Integer> years(Indicator indicator) {
        TreeMap<Integer, List<Double>> y = yearly.get(indicator);
        return y == null ? List.of() : List.copyOf(y.keySet());
    }

    /** A national indicator's yearly value (year-end stock or yearly sum of a flow), by replication. */
    public double[] yearly(Indicator indicator, int year) {
        TreeMap<Integer, List<Double>> y = yearly.get(indicator);
        return values(y == null ? null : y.get(year), indicator.key() + " in " + year);
    }

    /** The macro-regions present, in the order of {@link Region}. */
    public List<String> regions() {
        List<String> out = new ArrayList<>();
        for (Region r : Region.values()) {
            if (regionGdp.containsKey(r.label())) {
                out.add(r.label());
            }
        }
        return out;
    }

    /** A region's GDP summed over the final year's quarters, CNY bn, by replication. */
    public double[] regionGdp(String region) {
        return values(regionGdp.get(region), "gdp_bn of " + region);
    }

    /** A region's share of the zones' GDP in the final year (0..1), by replication. */
    public double[] regionShare(String region) {
        return values(regionShare.get(region), "gdp_share of " + region);
    }

    /** The zone ids recorded in the final year, ascending. */
    public List<Integer> zoneIds() {
        return List.copyOf(zoneGdp.keySet());
    }

    /** A zone's GDP in the final year's fourth quarter, CNY bn per quarter, by replication. */
    public double[] zoneGdp(int zoneId) {
        return values(zoneGdp.get(zoneId), "gdp_bn of zone " + zoneId);
    }

    private static double[] values(List<Double> list, String what) {
        if (list == null) {
            throw new IllegalArgumentException("no values for " + what);
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
