package org.kapitza.nonlinear;

import org.kapitza.linalg.SolveReport;

/**
 * What {@link NewtonKrylov} needs of a physics: its residual F(x), a linear solve of the Newton equation
 * J δ = −F to a relative tolerance η (with whatever Jacobian, preconditioner and Krylov method it likes),
 * which iterates are admissible, and when an iterate is converged. The steady, the transient and (later)
 * the frequency-domain solvers each implement it; the iteration itself is written once.
 */
public interface NonlinearSystem {
    /**
     * F(x) into f (length n); returns ||F||₂. May throw {@link org.kapitza.InputException} when a law is
     * evaluated outside its domain: the line search then takes a shorter step.
     */
    double residual(double[] x, double[] f);

    /**
     * Solves J(x) δ = rhs (rhs = −F(x), δ starting at 0) to relative tolerance eta at Newton iteration
     * {@code iteration} (from 1).
     */
    SolveReport solveNewtonStep(int iteration, double[] x, double[] rhs, double[] delta, double eta);

    /** Whether a trial iterate may be evaluated at all (temperatures positive and finite, say). */
    boolean admissible(double[] trial);

    /**
     * The convergence test after an accepted step: the iterate x with residual f, ||F|| = fNorm, the
     * largest change of any unknown in the step, and the linear solve's report.
     */
    boolean converged(int iteration, double[] x, double[] f, double fNorm, double change, SolveReport linear);
}
