package org.kapitza.fv;

/** Told about every Picard iteration of a nonlinear solve. */
@FunctionalInterface
public interface NonlinearListener {
    /**
     * @param iteration        Picard iterations done
     * @param maxChange        largest temperature change in that iteration (K)
     * @param linearIterations conjugate-gradient iterations it took
     */
    void iteration(int iteration, double maxChange, int linearIterations);
}
