package org.kapitza.multitemp;

import java.util.Locale;
import org.kapitza.fv.SolverSettings;
import org.kapitza.linalg.AggregationAmg;
import org.kapitza.linalg.ConjugateGradient;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.linalg.SolveReport;

/**
 * Solves steady multi-temperature conduction monolithically: every carrier's temperature in one
 * symmetric positive definite system ({@link MultiTemperatureSystem}), solved by the project's
 * conjugate gradients preconditioned with its aggregation multigrid on the whole (cell, carrier) matrix.
 * Aggregation sees the strong couplings as they are, so where the exchange g V dominates a cell's
 * carriers fall into one aggregate and where it is weak each carrier's field coarsens on its own.
 * Temperature-dependent laws (interface models, k(T) of phonon-only materials) are met by Picard
 * iteration, each law at its face temperatures, with the multigrid's aggregates kept between
 * iterations.
 */
public final class MultiTemperatureSolver {
    private final SolverSettings settings;

    public MultiTemperatureSolver(SolverSettings settings) {
        this.settings = settings;
    }

    public MultiTemperatureSolver() {
        this(SolverSettings.defaults());
    }

    /**
     * Accepts a solution only when every carrier's energy balance holds: |Σ_{carrier} (b − A x)| within the
     * energy-balance tolerance of the heat the system moves (Σ|b|), or of what round-off allows. The
     * relative residual alone bounds only the sum over all carriers' squares.
     */
    private ConjugateGradient.Acceptance balanced(MultiTemperatureSystem s) {
        double eps = Math.ulp(1.0);
        double[] ax = new double[s.unknowns];
        int nc = Carrier.values().length;
        return (x, residualSum) -> {
            s.matrix.apply(x, ax);
            double[] sum = new double[nc];
            double through = 0;
            double roundOff = 0;
            for (int u = 0; u < s.unknowns; u++) {
                sum[s.unknownCarrier[u].ordinal()] += s.rhs[u] - ax[u];
                through += Math.abs(s.rhs[u]);
                roundOff = Math.max(roundOff, Math.abs(s.matrix.value[s.matrix.diag[u]] * x[u]));
            }
            double allowed = Math.max(settings.energyBalanceTolerance() * through, 16 * eps * Math.sqrt(s.unknowns) * roundOff);
            for (double v : sum) if (Math.abs(v) > allowed) return false;
            return true;
        };
    }

    /**
     * Every check a solve makes before solving (carriers' materials, interface paths, boundary and source
     * carriers, every carrier's temperature determined), without solving: for {@code kapitza check}.
     *
     * @return the number of unknowns
     */
    public static int check(MultiTemperatureProblem problem) {
        return new MultiTemperatureSystem(problem).unknowns;
    }

    /**
     * @throws org.kapitza.InputException when the problem cannot be solved as stated
     * @throws NotConvergedException      when a linear or the Picard iteration does not converge
     */
    public MultiTemperatureResult solve(MultiTemperatureProblem problem) {
        long t0 = System.nanoTime();
        MultiTemperatureSystem s = new MultiTemperatureSystem(problem);
        double[] theta = new double[s.unknowns];
        double[] next = new double[s.unknowns];
        AggregationAmg amg = null;
        ConjugateGradient cg = new ConjugateGradient(settings.linearTolerance(), settings.maxLinearIterations());
        cg.acceptance(balanced(s));
        int linear = 0;
        int picard = 0;
        while (true) {
            picard++;
            s.assemble(theta);
            if (amg == null) {
                amg = new AggregationAmg(s.matrix);
                cg.flexible(amg.variable());
            } else {
                amg.refresh(s.matrix);
            }
            System.arraycopy(theta, 0, next, 0, theta.length);
            SolveReport report = cg.solve(s.matrix, amg, s.rhs, next);
            linear += report.iterations();
            if (!report.converged()) {
                throw new NotConvergedException("multi-temperature: the linear solve did not converge in "
                        + report.iterations() + " iterations (relative residual " + report.relativeResidual() + ")", report);
            }
            double change = 0;
            double scale = 0;
            for (int u = 0; u < theta.length; u++) {
                change = Math.max(change, Math.abs(next[u] - theta[u]));
                scale = Math.max(scale, Math.abs(s.tRef + next[u]));
            }
            System.arraycopy(next, 0, theta, 0, theta.length);
            // A linear problem needs the second assembly only for the face temperatures of the report.
            if (!s.nonlinear && picard >= 1 || change <= settings.nonlinearTolerance() * scale) break;
            if (picard >= settings.maxNonlinearIterations()) {
                throw new NotConvergedException(String.format(Locale.ROOT, "multi-temperature: the Picard iteration did not"
                        + " converge in %d iterations: the last one changed a temperature by %.3g K", picard, change), report);
            }
        }
        // The conductances stay those the last solve used: with them the fields balance every carrier to the
        // linear tolerance, and each law holds at its face temperatures to the Picard tolerance.
        return new MultiTemperatureResult(s, theta, picard, linear, (System.nanoTime() - t0) * 1e-9);
    }
}
