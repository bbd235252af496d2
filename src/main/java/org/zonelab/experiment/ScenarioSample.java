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
import org.zonelab.model.measure.Moment;
import org.zonelab.model.measure.MomentValue;
import org.zonelab.model.measure.RegionIndicator;
import org.zonelab.model.measure.ZoneIndicator;

/**
 * What a run's or a comparison's report keeps of one scenario's replications, in replication order:
 * the final-year summary, national indicators by year (stocks at the end of the year, flows summed
 * over its quarters), the regions' GDP in the final year and their shares of the zones' GDP by year,
 * each zone's GDP in the fourth quarter of the first and the final year (zones are recorded yearly,
 * at Q4), and the stylized-fact moments by year. Small enough to hold for many replications. Values
 * are added with {@link #add}, one replication at a time in index order.
 */
public final class ScenarioSample {
    private final String name;
    private final List<Long> seeds = new ArrayList<>();
    private final Map<Indicator, List<Double>> summary = new EnumMap<>(Indicator.class);
    private final Map<Indicator, TreeMap<Integer, List<Double>>> yearly = new EnumMap<>(Indicator.class);
    private final Map<String, List<Double>> regionGdp = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, List<Double>>> regionShareByYear = new LinkedHashMap<>();
    private final TreeMap<Integer, List<Double>> zoneGdp = new TreeMap<>();
    private final TreeMap<Integer, List<Double>> zoneGdpFirst = new TreeMap<>();
    private final Map<Moment, TreeMap<Integer, List<Double>>> moments = new EnumMap<>(Moment.class);
    private int firstYear = Integer.MAX_VALUE;
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
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (IndicatorRow row : r.timeseries()) {
            first = Math.min(first, row.year());
            last = Math.max(last, row.year());
        }
        if (seeds.isEmpty()) {
            firstYear = first;
            finalYear = last;
        } else if (last != finalYear || first != firstYear) {
            throw new IllegalArgumentException(name + ": replication " + r.replication() + " covers " + first + "-"
                    + last + ", the others " + firstYear + "-" + finalYear);
        }
        Map<String, TreeMap<Integer, Double>> regionByYear = new LinkedHashMap<>();
        Map<Integer, Double> zone = new TreeMap<>();
        Map<Integer, Double> zoneFirst = new TreeMap<>();
        for (IndicatorRow row : r.timeseries()) {
            if (row.indicator() == RegionIndicator.GDP_BN) {
                regionByYear.computeIfAbsent(row.scopeId(), x -> new TreeMap<>()).merge(row.year(), row.value(),
                        Double::sum);
            } else if (row.indicator() == ZoneIndicator.GDP_BN && row.quarter() == 4) {
                if (row.year() == finalYear) {
                    zone.put(Integer.parseInt(row.scopeId()), row.value());
                }
                if (row.year() == firstYear) {
                    zoneFirst.put(Integer.parseInt(row.scopeId()), row.value());
                }
            }
        }
        int k = seeds.size();
        append(summary, r.summary(), k, "summary indicators");
        for (Map.Entry<Indicator, TreeMap<Integer, Double>> e : YearlyValues.of(r.timeseries()).entrySet()) {
            TreeMap<Integer, List<Double>> years = yearly.computeIfAbsent(e.getKey(), x -> new TreeMap<>());
            append(years, e.getValue(), k, "years of " + e.getKey().key());
        }
        Map<String, Double> region = new LinkedHashMap<>();
        regionByYear.forEach((id, years) -> region.put(id, years.getOrDefault(finalYear, 0.0)));
        append(regionGdp, region, k, "regions");
        for (Map.Entry<String, TreeMap<Integer, Double>> e : shares(regionByYear).entrySet()) {
            append(regionShareByYear.computeIfAbsent(e.getKey(), x -> new TreeMap<>()), e.getValue(), k,
                    "years of " + e.getKey());
        }
        append(zoneGdp, zone, k, "zones");
        append(zoneGdpFirst, zoneFirst, k, "zones of the first year");
        for (MomentValue m : r.moments()) {
            // a year may lack a moment in one replication and not in another (too few firms): no check
            moments.computeIfAbsent(m.moment(), x -> new TreeMap<>()).computeIfAbsent(m.year(), x -> new ArrayList<>())
                    .add(m.value());
        }
        seeds.add(r.seed());
    }

    /** Each region's share of the regions' total, year by year (0 where the total is 0). */
    private static Map<String, TreeMap<Integer, Double>> shares(Map<String, TreeMap<Integer, Double>> gdp) {
        Map<Integer, Double> total = new TreeMap<>();
        gdp.values().forEach(years -> years.forEach((y, v) -> total.merge(y, v, Double::sum)));
        Map<String, TreeMap<Integer, Double>> out = new LinkedHashMap<>();
        gdp.forEach((region, years) -> {
            TreeMap<Integer, Double> s = new TreeMap<>();
            years.forEach((y, v) -> s.put(y, total.get(y) > 0 ? v / total.get(y) : 0));
            out.put(region, s);
        });
        return out;
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

    /** The first simulated year. */
    public int firstYear() {
        return firstYear;
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
        return regionShare(region, finalYear);
    }

    /** The years of a region's GDP share. */
    public List<Integer> regionYears(String region) {
        TreeMap<Integer, List<Double>> y = regionShareByYear.get(region);
        return y == null ? List.of() : List.copyOf(y.keySet());
    }

    /**
     * A region's share of the zones' GDP in a year (0..1; its GDP summed over the year's quarters over
     * all regions'), by replication.
     */
    public double[] regionShare(String region, int year) {
        TreeMap<Integer, List<Double>> y = regionShareByYear.get(region);
        return values(y == null ? null : y.get(year), "gdp_share of " + region + " in " + year);
    }

    /** The zone ids recorded in the final year, ascending. */
    public List<Integer> zoneIds() {
        return List.copyOf(zoneGdp.keySet());
    }

    /** A zone's GDP in the final year's fourth quarter, CNY bn per quarter, by replication. */
    public double[] zoneGdp(int zoneId) {
        return values(zoneGdp.get(zoneId), "gdp_bn of zone " + zoneId);
    }

    /** The zone ids recorded in the first year, ascending (a zone approved later is not among them). */
    public List<Integer> firstYearZoneIds() {
        return List.copyOf(zoneGdpFirst.keySet());
    }

    /** A zone's GDP in the first year's fourth quarter, CNY bn per quarter, by replication. */
    public double[] firstYearZoneGdp(int zoneId) {
        return values(zoneGdpFirst.get(zoneId), "gdp_bn of zone " + zoneId + " in " + firstYear);
    }

    /**
     * A moment's values by year: for each year with a value in at least one replication, the values
     * of the replications that have one (a statistic over too few firms is missing in some).
     */
    public TreeMap<Integer, double[]> moment(Moment moment) {
        TreeMap<Integer, double[]> out = new TreeMap<>();
        TreeMap<Integer, List<Double>> years = moments.get(moment);
        if (years != null) {
            years.forEach((y, v) -> out.put(y, values(v, moment.key() + " in " + y)));
        }
        return out;
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
