package org.kapitza.linalg;

/**
 * Told about every iteration of an iterative solver: attach logs, residual histories or progress bars
 * without touching the algorithm.
 */
@FunctionalInterface
public interface IterationListener {
    /**
     * @param iteration        iterations done so far (0 before the first)
     * @param relativeResidual ||b - A x|| / ||b|| after that iteration
     */
    void iteration(int iteration, double relativeResidual);
}
