package org.zonelab.experiment.sensitivity;

/**
 * Morris screening measures of one factor, from its r elementary effects. An elementary effect is in the
 * output's units per full range of the factor (the change of the output if the factor's step had spanned
 * its whole range at the same slope).
 *
 * @param factor       the factor's name
 * @param mu           mean elementary effect; effects of opposite signs cancel
 * @param muStar       mean absolute elementary effect (Campolongo et al. 2007), the importance measure
 * @param muStarCiLow  lower end of the bootstrap percentile interval of {@code muStar}
 * @param muStarCiHigh upper end of that interval
 * @param sigma        sample standard deviation (n - 1) of the elementary effects, 0 when r = 1: large
 *                     against {@code muStar} means interactions or a nonlinear effect
 */
public record MorrisIndex(String factor, double mu, double muStar, double muStarCiLow, double muStarCiHigh,
        double sigma) {
}
