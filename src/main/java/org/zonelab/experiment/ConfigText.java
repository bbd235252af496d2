package org.zonelab.experiment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zonelab.model.config.ModelConfig;
import org.zonelab.model.param.Param;
import org.zonelab.model.param.Parameters;

/**
 * A canonical text of a {@link ModelConfig}: every value that decides a run's numbers, written so that
 * two configurations have the same text exactly when they are equal. Records are written component by
 * component (so a component added later is covered without changing this class); every
 * {@link Param} is written by key; doubles are written exactly ({@link Double#toHexString}); sets and
 * maps, whose iteration order may differ between JVMs, are written sorted; text is length-prefixed so
 * that no value can be mistaken for a separator. A value of a type this class does not know is an
 * error rather than a silent gap.
 */
public final class ConfigText {
    private ConfigText() {
    }

    /** The canonical text of a model configuration. */
    public static String of(ModelConfig config) {
        StringBuilder b = new StringBuilder();
        write(b, config);
        return b.toString();
    }

    /** The canonical text of a part of a configuration (such as its zones). */
    static String ofValue(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Double d) {
            b.append(Double.toHexString(d));
        } else if (v instanceof Float f) {
            b.append(Double.toHexString(f));
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof String s) {
            b.append(s.length()).append('"').append(s).append('"');
        } else if (v instanceof Enum<?> e) {
            b.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name());
        } else if (v instanceof Parameters p) {
            b.append("Parameters{");
            for (Param param : Param.values()) {
                b.append(param.key()).append('=');
                write(b, p.get(param));
                b.append(';');
            }
            b.append('}');
        } else if (v instanceof Record r) {
            writeRecord(b, r);
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (Object item : l) {
                write(b, item);
                b.append(',');
            }
            b.append(']');
        } else if (v instanceof Collection<?> c) {
            // A set: its items' texts, sorted.
            List<String> items = new ArrayList<>();
            for (Object item : c) {
                StringBuilder ib = new StringBuilder();
                write(ib, item);
                items.add(ib.toString());
            }
            items.sort(null);
            b.append('{');
            items.forEach(s -> b.append(s).append(','));
            b.append('}');
        } else if (v instanceof Map<?, ?> m) {
            TreeMap<String, String> entries = new TreeMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                StringBuilder kb = new StringBuilder();
                write(kb, e.getKey());
                StringBuilder vb = new StringBuilder();
                write(vb, e.getValue());
                entries.put(kb.toString(), vb.toString());
            }
            b.append('<');
            entries.forEach((k, x) -> b.append(k).append('=').append(x).append(';'));
            b.append('>');
        } else {
            throw new IllegalStateException("ConfigText does not know how to write a " + v.getClass().getName()
                    + "; add it, so that it is part of the sweep fingerprint");
        }
    }

    private static void writeRecord(StringBuilder b, Record r) {
        b.append(r.getClass().getSimpleName()).append('{');
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + c.getName(), e);
            }
            b.append(c.getName()).append('=');
            write(b, value);
            b.append(';');
        }
        b.append('}');
    }
}
