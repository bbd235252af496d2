package org.zonelab.model.measure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an indicator is, declared once beside its constant (docs/ODD.md §8): its contract key, a
 * plain-language label, its unit, whether it is a stock or a flow, the scope it is recorded at, and how
 * it is computed. Output files, charts, reports and the ODD's indicator tables all read these, so an
 * indicator's name and unit are written in one place.
 */
public interface IndicatorDefinition {

    /** Stocks are read at the end of a period; flows are summed over it. */
    enum Kind { STOCK, FLOW }

    /** Where an indicator is recorded, spelt as in the CSV contract. */
    enum Scope {
        NATIONAL("national"), REGION("region"), ZONE("zone");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        /** The contract spelling, e.g. {@code national}. */
        public String label() {
            return label;
        }

        /** The indicators recorded at this scope, in contract order. */
        public List<IndicatorDefinition> indicators() {
            return List.of(switch (this) {
                case NATIONAL -> Indicator.values();
                case REGION -> RegionIndicator.values();
                case ZONE -> ZoneIndicator.values();
            });
        }

        /** The indicator of this scope with this contract key, e.g. {@code gdp_bn}. */
        public Optional<IndicatorDefinition> indicator(String key) {
            return indicators().stream().filter(i -> i.key().equals(key)).findFirst();
        }
    }

    /**
     * What a constant declares, in one value: its kind, label, unit and definition.
     *
     * @param kind       stock or flow
     * @param label      what it measures, capitalised
     * @param unit       a stock's unit, or a flow's amount without its period
     * @param definition how it is computed, one phrase
     */
    record Declaration(Kind kind, String label, String unit, String definition) {
    }

    /** The enum constant's name, as the interface's implementations are enums. */
    String name();

    /** This indicator's declaration. */
    Declaration declaration();

    /** The contract name, e.g. {@code high_tech_enterprises}; never changes. */
    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What it measures, capitalised, e.g. {@code GDP of the zones}. */
    default String label() {
        return declaration().label();
    }

    /** The unit of a stock, or of a flow's amount without its period, e.g. {@code CNY bn} or {@code firms}. */
    default String unit() {
        return declaration().unit();
    }

    /** Stock or flow. */
    default Kind kind() {
        return declaration().kind();
    }

    Scope scope();

    /** How it is computed, one phrase for the ODD's tables. */
    default String definition() {
        return declaration().definition();
    }

    /** The unit of a yearly value: a stock's unit, or a flow's per year, e.g. {@code CNY bn per year}. */
    default String yearlyUnit() {
        return kind() == Kind.FLOW ? unit() + " per year" : unit();
    }

    /** The unit of a quarterly value, as in the time series: a stock's unit, or a flow's per quarter. */
    default String quarterlyUnit() {
        return kind() == Kind.FLOW ? unit() + " per quarter" : unit();
    }

    /** {@code label (yearly unit)}, e.g. {@code GDP of the zones (CNY bn per year)}, for axes and tables. */
    default String labelWithUnit() {
        return label() + " (" + yearlyUnit() + ")";
    }
}
