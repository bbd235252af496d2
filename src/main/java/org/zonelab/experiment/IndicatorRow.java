package org.zonelab.experiment;

/**
 * One value of the time series: an indicator at a scope at the end of a quarter.
 *
 * @param year      calendar year
 * @param quarter   1..4
 * @param scope     national, region or zone
 * @param scopeId   empty for national, the region label, or the zone id
 * @param indicator indicator name (docs/ODD.md §8)
 * @param value     value, in the indicator's unit, at national scale
 */
public record IndicatorRow(int year, int quarter, Scope scope, String scopeId, String indicator, double value) {

    /** The scope of a row, spelt as in the CSV contract. */
    public enum Scope {
        NATIONAL("national"), REGION("region"), ZONE("zone");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
