package org.zonelab.model.measure;

import java.io.Serializable;

/**
 * One year's value of a stylized-fact moment.
 *
 * @param year   the calendar year it describes (stocks at its end, flows over it)
 * @param moment the moment
 * @param value  its value, in the moment's unit (always finite)
 */
public record MomentValue(int year, Moment moment, double value) implements Serializable {
    public MomentValue {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(moment.key() + " " + year + " is " + value);
        }
    }
}
