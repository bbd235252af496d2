package org.zonelab.experiment.sensitivity;

/**
 * One step of a Morris trajectory: between two consecutive points exactly one factor moves.
 *
 * @param trajectory index of the trajectory, from 0
 * @param factor     index of the factor that moves, from 0
 * @param before     index of the point before the step in the design's run order
 * @param after      index of the point after the step ({@code before + 1})
 * @param delta      signed move of the factor in unit-cube coordinates: +Delta or -Delta
 */
public record MorrisStep(int trajectory, int factor, int before, int after, double delta) {
}
