package org.zonelab.gui;

import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import sim.util.Properties;

/**
 * MASON properties from a list of rows, each with its name, tooltip, slider domain, getter and setter,
 * shown in list order. The model inspector builds its sliders from the lever and parameter
 * declarations this way instead of from one hand-written bean method per slider.
 */
final class ControlProperties extends Properties {
    private static final long serialVersionUID = 1L;

    /**
     * One property.
     *
     * @param name        the name shown
     * @param description the tooltip (null for none)
     * @param domain      the slider's domain (null for none)
     * @param type        the value's type
     * @param getter      reads the value
     * @param setter      sets a number (null for a read-out)
     */
    record Row(String name, String description, Object domain, Class<?> type, Supplier<Object> getter,
               DoubleConsumer setter) {

        /** A number that can be set. */
        Row(String name, String description, Object domain, Supplier<Double> getter, DoubleConsumer setter) {
            this(name, description, domain, double.class, getter::get, setter);
        }

        /** A value that can only be read. */
        static Row readOut(String name, String description, Class<?> type, Supplier<Object> getter) {
            return new Row(name, description, null, type, getter, null);
        }
    }

    private final transient List<Row> rows;

    ControlProperties(Object object, List<Row> rows) {
        this.object = object;
        this.rows = List.copyOf(rows);
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return rows.size();
    }

    @Override
    public Object getValue(int i) {
        return rows.get(i).getter().get();
    }

    @Override
    public Object getDomain(int i) {
        return rows.get(i).domain();
    }

    @Override
    public String getDescription(int i) {
        return rows.get(i).description();
    }

    @Override
    public boolean isReadWrite(int i) {
        return rows.get(i).setter() != null;
    }

    @Override
    public String getName(int i) {
        return rows.get(i).name();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getType(int i) {
        return rows.get(i).type();
    }

    @Override
    protected Object _setValue(int i, Object value) {
        Row row = rows.get(i);
        if (row.setter() != null && value instanceof Number n) {
            row.setter().accept(n.doubleValue());
        }
        return getValue(i);
    }
}
