package org.kapitza.fv;

/** Told about a transient run as it goes: steps (for progress) and output times (for files). */
public interface TransientObserver {
    /**
     * An accepted step.
     *
     * @param time              simulated time reached (s)
     * @param dt                the step (s)
     * @param step              accepted steps so far
     * @param newtonIterations  nonlinear iterations of this step
     * @param linearIterations  Krylov iterations of this step
     */
    default void step(double time, double dt, int step, int newtonIterations, int linearIterations) {
    }

    /** An output time was reached; the view is the field at that time. */
    default void output(double time, int index, SteadyResult view) {
    }
}
