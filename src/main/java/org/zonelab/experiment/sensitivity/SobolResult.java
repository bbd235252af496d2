package org.zonelab.experiment.sensitivity;

import java.util.List;

/**
 * The Sobol' indices of one output from one {@link SaltelliDesign}.
 *
 * @param samples      number of base samples N the indices were computed on
 * @param variance     population variance of f(A) and f(B) together, in squared output units; the
 *                     denominator of every index
 * @param zeroVariance true when every f(A_j) and f(B_j) was the same value: the indices are then undefined
 *                     and reported as 0, intervals included, rather than NaN
 * @param indices      first-order and total indices, one per factor in factor order
 * @param secondOrder  second-order indices of the pairs (0,1), (0,2) .. (k-2,k-1); empty when the design
 *                     has no second order
 */
public record SobolResult(int samples, double variance, boolean zeroVariance, List<SobolIndex> indices,
        List<SecondOrderIndex> secondOrder) {
    /** Copies the lists, so that a result cannot change after it is made. */
    public SobolResult {
        indices = List.copyOf(indices);
        secondOrder = List.copyOf(secondOrder);
    }
}
