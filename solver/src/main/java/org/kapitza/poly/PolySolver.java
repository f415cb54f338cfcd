package org.kapitza.poly;

import java.util.Locale;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.linalg.AggregationAmg;
import org.kapitza.linalg.ConjugateGradient;
import org.kapitza.linalg.NotConvergedException;
import org.kapitza.linalg.SolveReport;
import org.kapitza.mesh.poly.PolyMesh;

/**
 * Solves steady conduction on an unstructured mesh: CG preconditioned by the aggregation multigrid on
 * the assembled CSR matrix, inside one outer (Picard) iteration that lags together the nonlinear laws
 * (secant R, k(T)) and the non-orthogonal correction ({@link PolySystem}). The outer iteration stops
 * when no temperature changes by more than the nonlinear tolerance times the temperature scale.
 *
 * <p>The outer iteration is a fixed point θ ↦ Φ(θ) that converges linearly, slowly where the tetrahedra
 * are far from orthogonal (40 to 90 plain iterations on Gmsh's meshes); Anderson acceleration
 * ({@link Anderson}) mixes the last few iterates to cut that several-fold.
 *
 * <p>Newton's method of the grid solver is not used here: its Jacobian is built on the grid's stencil
 * matrix. On an orthogonal mesh with constant properties the outer iteration ends after its second
 * solve (which confirms the first).
 */
public final class PolySolver {
    /** Iterates Anderson acceleration mixes. */
    static final int HISTORY = 5;
    /** Gradient reconstructions per outer iteration. */
    static final int GRADIENT_SWEEPS = 4;
    private final SolverSettings settings;

    public PolySolver(SolverSettings settings) {
        this.settings = settings;
    }

    /**
     * @throws org.kapitza.InputException when the problem cannot be solved as stated
     * @throws NotConvergedException      when a linear or the outer iteration does not converge
     */
    public PolyResult solve(PolyMesh mesh, ThermalProblem problem) {
        long t0 = System.nanoTime();
        PolySystem s = new PolySystem(mesh, problem);
        double[] theta = new double[s.n];
        double[] next = new double[s.n];
        AggregationAmg amg = null;
        ConjugateGradient cg = new ConjugateGradient(settings.linearTolerance(), settings.maxLinearIterations());
        long setup = 0;
        int linear = 0;
        int outer = 0;
        double change;
        Anderson anderson = new Anderson(s.n, HISTORY);
        while (true) {
            outer++;
            s.assemble(theta);
            long a0 = System.nanoTime();
            if (amg == null) {
                amg = new AggregationAmg(s.matrix);
                cg.flexible(amg.variable());
            } else if (s.nonlinear) {
                amg.refresh(s.matrix); // a linear problem's matrix is the same every iteration: only the rhs changes
            }
            setup += System.nanoTime() - a0;
            System.arraycopy(theta, 0, next, 0, s.n);
            SolveReport report = cg.solve(s.matrix, amg, s.rhs, next);
            linear += report.iterations();
            if (!report.converged()) {
                throw new NotConvergedException("the linear solve did not converge in " + report.iterations()
                        + " iterations (relative residual " + report.relativeResidual() + ")", report);
            }
            change = 0;
            double scale = 0;
            for (int c = 0; c < s.n; c++) {
                change = Math.max(change, Math.abs(next[c] - theta[c]));
                scale = Math.max(scale, Math.abs(s.tRef + next[c]));
            }
            if (outer >= 2 && change <= settings.nonlinearTolerance() * scale) {
                // The solution of the last system, with the gradients and conductances it was built with:
                // the flows are those of the solved equations, so the energy balance holds to the solve.
                System.arraycopy(next, 0, theta, 0, s.n);
                s.updateFlows(theta);
                break;
            }
            if (outer >= settings.maxNonlinearIterations()) {
                throw new NotConvergedException(String.format(Locale.ROOT, "the outer (nonlinear and non-orthogonal)"
                        + " iteration did not converge in %d iterations: the last one changed a temperature by %.3g K", outer, change),
                        report);
            }
            anderson.next(theta, next); // theta becomes the accelerated iterate
            // The gradients hang on the face temperatures, which hang on the gradients: a few cheap sweeps
            // make them (nearly) a function of θ, which is what the acceleration assumes.
            for (int sweep = 0; sweep < GRADIENT_SWEEPS; sweep++) {
                s.updateFlows(theta);
                s.updateGradients(theta);
            }
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        return new PolyResult(s, theta, outer, linear, change, setup * 1e-9, seconds, amg.memoryBytes());
    }
}
