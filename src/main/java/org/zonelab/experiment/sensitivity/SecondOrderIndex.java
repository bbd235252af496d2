package org.zonelab.experiment.sensitivity;

/**
 * Second-order Sobol' index of a pair of factors: the dimensionless share of the output's variance due to
 * their interaction alone, with its bootstrap percentile interval.
 *
 * @param first  the first factor's name (the earlier one in factor order)
 * @param second the second factor's name
 * @param s2     the second-order index
 * @param s2Low  lower end of the interval of {@code s2}
 * @param s2High upper end of the interval of {@code s2}
 */
public record SecondOrderIndex(String first, String second, double s2, double s2Low, double s2High) {
}
