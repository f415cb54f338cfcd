package org.kapitza.interfaces;

/**
 * A per-boundary multiplier of a grain-boundary model's resistance: each pair of grains gets its own
 * value, reproducibly (independent of the order in which boundaries are visited or of the threads).
 */
@FunctionalInterface
public interface BoundaryFactor {
    /** The factor (≥ 0) for the boundary between grains g1 and g2; symmetric in the two. */
    double sample(int g1, int g2);
}
