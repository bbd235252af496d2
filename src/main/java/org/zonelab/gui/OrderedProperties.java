package org.zonelab.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sim.util.Properties;

/**
 * Another {@link Properties} in a fixed order. Java's reflection lists methods in no set order, so
 * MASON's {@link sim.util.SimpleProperties} would show the inspector's sliders shuffled; this shows
 * them in the order of a list of property names (names not in the list come last, as they were).
 */
final class OrderedProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private final Properties inner;
    private final int[] index;

    OrderedProperties(Properties inner, List<String> order) {
        this.inner = inner;
        this.object = inner.getObject();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < inner.numProperties(); i++) {
            all.add(i);
        }
        all.sort(Comparator.comparingInt(i -> {
            int at = order.indexOf(inner.getName(i));
            return at >= 0 ? at : order.size() + i;
        }));
        index = all.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public boolean isVolatile() {
        return inner.isVolatile();
    }

    @Override
    public int numProperties() {
        return index.length;
    }

    @Override
    public Object getValue(int i) {
        return inner.getValue(index[i]);
    }

    @Override
    public Object getDomain(int i) {
        return inner.getDomain(index[i]);
    }

    @Override
    public String getDescription(int i) {
        return inner.getDescription(index[i]);
    }

    @Override
    public boolean isReadWrite(int i) {
        return inner.isReadWrite(index[i]);
    }

    @Override
    public boolean isHidden(int i) {
        return inner.isHidden(index[i]);
    }

    @Override
    public String getName(int i) {
        return inner.getName(index[i]);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getType(int i) {
        return inner.getType(index[i]);
    }

    @Override
    protected Object _setValue(int i, Object value) {
        return inner.setValue(index[i], value);
    }
}
