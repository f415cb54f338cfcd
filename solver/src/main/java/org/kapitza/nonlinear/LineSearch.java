package org.kapitza.nonlinear;

/**
 * How far along a Newton direction to go: λ = 1, halved until the trial is admissible, its residual can
 * be evaluated and (for a backtracking search) ||F|| has decreased enough (Armijo's condition
 * {@code ||F(x + λδ)|| ≤ (1 − 10⁻⁴ λ) ||F(x)||}, Dennis and Schnabel, Numerical Methods for Unconstrained
 * Optimization, §6.3); the search fails below a smallest λ. PETSc calls these {@code bt} and {@code basic}.
 *
 * @param requireDecrease whether the residual must decrease (false: the first admissible trial is taken,
 *                        for a linear problem whose full step is exact)
 * @param minLambda       the search fails once λ falls below this
 */
public record LineSearch(boolean requireDecrease, double minLambda) {
    /** Armijo backtracking down to minLambda. */
    public static LineSearch backtracking(double minLambda) {
        return new LineSearch(true, minLambda);
    }

    /** The full step, shortened only to stay admissible. */
    public static LineSearch basic(double minLambda) {
        return new LineSearch(false, minLambda);
    }

    /** Whether a trial at step length lambda with residual trialNorm is accepted against fNorm. */
    boolean accepts(double lambda, double trialNorm, double fNorm) {
        return trialNorm <= (1 - 1e-4 * lambda) * fNorm || !requireDecrease;
    }
}
