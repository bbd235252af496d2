package org.zonelab.experiment.sensitivity;

/**
 * First-order and total Sobol' indices of one factor, dimensionless shares of the output's variance, with
 * their bootstrap percentile intervals.
 *
 * @param factor the factor's name
 * @param s1     first-order index: the share of the variance due to the factor alone
 * @param s1Low  lower end of the interval of {@code s1}
 * @param s1High upper end of the interval of {@code s1}
 * @param st     total index: the share due to the factor with all its interactions
 * @param stLow  lower end of the interval of {@code st}
 * @param stHigh upper end of the interval of {@code st}
 */
public record SobolIndex(String factor, double s1, double s1Low, double s1High, double st, double stLow,
        double stHigh) {
}
