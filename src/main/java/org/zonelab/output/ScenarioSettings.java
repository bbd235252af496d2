package org.zonelab.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zonelab.model.config.EventSetting;
import org.zonelab.model.config.PolicySetting;
import org.zonelab.model.config.ZoneTarget;
import org.zonelab.model.geo.Region;
import org.zonelab.scenario.Scenario;

/**
 * A scenario's settings as flat {@code key -> text} pairs (dotted keys as in scenario files), so that
 * a report can list the keys in which scenarios differ.
 */
public final class ScenarioSettings {
    /** The text of a key that a scenario does not set. */
    public static final String ABSENT = "(not set)";

    private ScenarioSettings() {
    }

    /** The settings of one scenario, in a stable order. */
    public static Map<String, String> flatten(Scenario s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("start_year", Integer.toString(s.startYear()));
        m.put("years", Integer.toString(s.years()));
        m.put("scale", Numbers.format(s.scale()));
        m.put("zones", s.zones().size() + " zones");
        for (Map.Entry<String, Double> e : s.parameters().overrides().entrySet()) {
            m.put("parameters." + e.getKey(), Numbers.format(e.getValue()));
        }
        for (PolicySetting p : s.policies()) {
            String k = "policies." + p.lever();
            m.put(k + ".intensity", Numbers.format(p.intensity()));
            m.put(k + ".from", Integer.toString(p.fromYear()));
            m.put(k + ".to", Integer.toString(p.toYear()));
            m.put(k + ".zones", target(p.target()));
            for (Map.Entry<String, Double> e : new java.util.TreeMap<>(p.settings()).entrySet()) {
                m.put(k + "." + e.getKey(), Numbers.format(e.getValue()));
            }
        }
        List<String> events = new ArrayList<>();
        for (EventSetting e : s.events()) {
            events.add(e.type() + " in " + e.year() + ", severity " + Numbers.format(e.severity()) + ", "
                    + Numbers.format(e.durationYears()) + " years, " + target(e.target()));
        }
        m.put("events", events.isEmpty() ? "none" : String.join("; ", events));
        return m;
    }

    /** Which zones a target covers, in words. */
    public static String target(ZoneTarget t) {
        if (t.all()) {
            return "all zones";
        }
        List<String> parts = new ArrayList<>();
        if (!t.regions().isEmpty()) {
            List<String> regions = new ArrayList<>();
            for (Region r : Region.values()) {
                if (t.regions().contains(r)) {
                    regions.add(r.label());
                }
            }
            parts.add("regions " + String.join(", ", regions));
        }
        if (!t.zoneIds().isEmpty()) {
            parts.add("zones " + String.join(", ", new TreeSet<>(t.zoneIds()).stream().map(String::valueOf).toList()));
        }
        return parts.isEmpty() ? "no zones" : String.join("; ", parts);
    }

    /**
     * The keys whose text differs between any two scenarios, in first-seen order, with each scenario's
     * text ({@link #ABSENT} where a scenario does not set the key).
     */
    public static Map<String, List<String>> differences(List<Scenario> scenarios) {
        List<Map<String, String>> flat = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Scenario s : scenarios) {
            Map<String, String> f = flatten(s);
            flat.add(f);
            keys.addAll(f.keySet());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String k : keys) {
            List<String> values = new ArrayList<>();
            for (Map<String, String> f : flat) {
                values.add(f.getOrDefault(k, ABSENT));
            }
            if (new LinkedHashSet<>(values).size() > 1) {
                out.put(k, values);
            }
        }
        return out;
    }
}
