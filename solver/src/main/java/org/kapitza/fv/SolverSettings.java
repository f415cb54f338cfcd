package org.kapitza.fv;

/**
 * Numerical settings of a steady solve.
 *
 * @param preconditioner         "jacobi" or "dic" (incomplete Cholesky)
 * @param linearTolerance        relative residual ||b − Ax||/||b|| each linear solve reaches
 * @param maxLinearIterations    conjugate-gradient iterations allowed per linear solve
 * @param nonlinearTolerance     largest temperature change between Picard iterations, relative to the
 *                               temperature scale of the problem, at which the solve has converged
 * @param maxNonlinearIterations Picard iterations allowed
 * @param strictRanges           refuse (instead of warning about) temperatures outside a material
 *                               fit's validity range
 * @param energyBalanceTolerance relative global energy imbalance each converged linear solve reaches
 */
public record SolverSettings(String preconditioner, double linearTolerance, int maxLinearIterations,
                             double nonlinearTolerance, int maxNonlinearIterations, boolean strictRanges,
                             double energyBalanceTolerance) {

    /** DIC-preconditioned CG to 1e-10, Picard to 1e-9, energy balance to 1e-11. */
    public static SolverSettings defaults() {
        return new SolverSettings("dic", 1e-10, 20000, 1e-9, 200, false, 1e-11);
    }

    public SolverSettings withPreconditioner(String p) {
        return new SolverSettings(p, linearTolerance, maxLinearIterations, nonlinearTolerance, maxNonlinearIterations,
                strictRanges, energyBalanceTolerance);
    }

    public SolverSettings withLinearTolerance(double t) {
        return new SolverSettings(preconditioner, t, maxLinearIterations, nonlinearTolerance, maxNonlinearIterations,
                strictRanges, energyBalanceTolerance);
    }

    public SolverSettings withStrictRanges(boolean s) {
        return new SolverSettings(preconditioner, linearTolerance, maxLinearIterations, nonlinearTolerance,
                maxNonlinearIterations, s, energyBalanceTolerance);
    }

    public SolverSettings withMaxNonlinearIterations(int n) {
        return new SolverSettings(preconditioner, linearTolerance, maxLinearIterations, nonlinearTolerance, n,
                strictRanges, energyBalanceTolerance);
    }
}
