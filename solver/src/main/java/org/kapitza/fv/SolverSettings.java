package org.kapitza.fv;

/**
 * Numerical settings of a steady solve.
 *
 * @param preconditioner         "amg" (aggregation multigrid, default), "dic" (incomplete Cholesky), "jacobi" or "none"
 * @param linearTolerance        relative residual ||b − Ax||/||b|| each linear solve reaches
 * @param maxLinearIterations    conjugate-gradient iterations allowed per linear solve
 * @param nonlinearTolerance     largest temperature change between Picard iterations, relative to the
 *                               temperature scale of the problem, at which the solve has converged
 * @param maxNonlinearIterations Picard iterations allowed
 * @param strictRanges           refuse (instead of warning about) temperatures outside a material
 *                               fit's validity range
 * @param energyBalanceTolerance relative global energy imbalance each converged solve reaches
 * @param nonlinearMethod        "newton" (default: exact Jacobian of every law, line search) or "picard"
 *                               (coefficients lagged one iteration)
 */
public record SolverSettings(String preconditioner, double linearTolerance, int maxLinearIterations,
                             double nonlinearTolerance, int maxNonlinearIterations, boolean strictRanges,
                             double energyBalanceTolerance, String nonlinearMethod) {

    /**
     * Multigrid-preconditioned CG to 1e-10, Newton to 1e-9, energy balance to 1e-10: a tenth of the
     * 1e-9 every converged run promises, without the iterations past the residual tolerance that
     * insisting on 1e-11 cost (17 to 25 on a plain 100³ box at a tolerance of 1e-8).
     */
    public static SolverSettings defaults() {
        return new SolverSettings("amg", 1e-10, 20000, 1e-9, 200, false, 1e-10, "newton");
    }

    public SolverSettings withNonlinearMethod(String m) {
        return new SolverSettings(preconditioner, linearTolerance, maxLinearIterations, nonlinearTolerance,
                maxNonlinearIterations, strictRanges, energyBalanceTolerance, m);
    }

    public SolverSettings withPreconditioner(String p) {
        return new SolverSettings(p, linearTolerance, maxLinearIterations, nonlinearTolerance, maxNonlinearIterations,
                strictRanges, energyBalanceTolerance, nonlinearMethod);
    }

    public SolverSettings withLinearTolerance(double t) {
        return new SolverSettings(preconditioner, t, maxLinearIterations, nonlinearTolerance, maxNonlinearIterations,
                strictRanges, energyBalanceTolerance, nonlinearMethod);
    }

    public SolverSettings withStrictRanges(boolean s) {
        return new SolverSettings(preconditioner, linearTolerance, maxLinearIterations, nonlinearTolerance,
                maxNonlinearIterations, s, energyBalanceTolerance, nonlinearMethod);
    }

    public SolverSettings withMaxNonlinearIterations(int n) {
        return new SolverSettings(preconditioner, linearTolerance, maxLinearIterations, nonlinearTolerance, n,
                strictRanges, energyBalanceTolerance, nonlinearMethod);
    }
}
