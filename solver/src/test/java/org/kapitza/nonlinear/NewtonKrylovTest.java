package org.kapitza.nonlinear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.kapitza.linalg.SolveReport;
import org.junit.jupiter.api.Test;

/** The shared Newton–Krylov iteration on small systems whose answers are known. */
class NewtonKrylovTest {
    /**
     * F(x) = (x₀² − 4, x₁³ − 27) with an exact 2×2 (diagonal) Jacobian solve: converges to (2, 3)
     * quadratically from (1, 1).
     */
    private static final class Roots implements NonlinearSystem {
        double tolerance = 1e-12;
        double lowest = Double.NEGATIVE_INFINITY;
        int tests;

        @Override
        public double residual(double[] x, double[] f) {
            f[0] = x[0] * x[0] - 4;
            f[1] = x[1] * x[1] * x[1] - 27;
            return Math.hypot(f[0], f[1]);
        }

        @Override
        public SolveReport solveNewtonStep(int iteration, double[] x, double[] rhs, double[] delta, double eta) {
            delta[0] = rhs[0] / (2 * x[0]);
            delta[1] = rhs[1] / (3 * x[1] * x[1]);
            return new SolveReport(true, 1, 0, new double[] {1, 0}, "exact");
        }

        @Override
        public boolean admissible(double[] trial) {
            return trial[0] > lowest && trial[1] > lowest;
        }

        @Override
        public boolean converged(int iteration, double[] x, double[] f, double fNorm, double change, SolveReport linear) {
            tests++;
            return change <= tolerance;
        }
    }

    @Test
    void newtonFindsTheRootsWithBacktracking() {
        Roots system = new Roots();
        double[] x = {1, 1};
        NewtonKrylov nk = new NewtonKrylov(2, NewtonKrylov.all(2), ForcingTerm.eisenstatWalker(0.1, 1e-12),
                LineSearch.backtracking(1e-8), 50, false);
        NewtonKrylov.Result r = nk.solve(system, x, new double[2]);
        assertTrue(r.converged(), r.toString());
        assertArrayEquals(new double[] {2, 3}, x, 1e-12);
        assertEquals(r.iterations(), system.tests, "the convergence test is asked after every accepted step");
        assertEquals(r.iterations(), r.linearIterations());
        assertEquals(r.iterations() + 1, r.history().size(), "||F|| at the start and after every step");
        for (int i = 1; i < r.history().size(); i++) {
            assertTrue(r.history().get(i) <= r.history().get(i - 1), "backtracking only accepts decrease: " + r.history());
        }
    }

    @Test
    void theIterationLimitIsNamed() {
        Roots system = new Roots();
        system.tolerance = -1; // never converged
        NewtonKrylov nk = new NewtonKrylov(2, NewtonKrylov.all(2), ForcingTerm.constant(0.1), LineSearch.backtracking(1e-8), 4, false);
        NewtonKrylov.Result r = nk.solve(system, new double[] {1, 1}, new double[2]);
        assertEquals(NewtonKrylov.Reason.DIVERGED_MAX_ITERATIONS, r.reason());
        assertEquals(4, r.iterations());
    }

    @Test
    void aLineSearchThatFindsNoAdmissibleStepIsNamed() {
        Roots system = new Roots();
        system.lowest = Double.POSITIVE_INFINITY; // no trial is admissible: λ is halved below its floor
        double[] x = {3, 1};
        NewtonKrylov nk = new NewtonKrylov(2, NewtonKrylov.all(2), ForcingTerm.constant(0.1), LineSearch.backtracking(1e-3), 50, false);
        NewtonKrylov.Result r = nk.solve(system, x, new double[2]);
        assertEquals(NewtonKrylov.Reason.DIVERGED_LINE_SEARCH, r.reason());
        assertEquals(1, r.iterations());
        assertArrayEquals(new double[] {3, 1}, x, 0, "a failed search leaves the iterate where it was");
        assertEquals(Math.hypot(5, 26), r.fNorm(), 1e-12);
    }

    @Test
    void onlyTheUnknownsMove() {
        Roots system = new Roots();
        double[] x = {1, 5};
        NewtonKrylov nk = new NewtonKrylov(2, new int[] {0}, ForcingTerm.constant(0.1), LineSearch.basic(1e-8), 30, false);
        system.tolerance = 1e-14;
        nk.solve(system, x, new double[2]);
        assertEquals(2, x[0], 1e-12);
        assertEquals(5, x[1], 0, "an entry that is not an unknown keeps its value");
    }

    @Test
    void eisenstatWalkerTightensAsTheResidualFalls() {
        ForcingTerm ew = ForcingTerm.eisenstatWalker(0.1, 1e-12);
        assertEquals(0.1, ew.eta(1, 5, Double.NaN), 0);
        assertEquals(0.9 * 0.01, ew.eta(2, 1, 10), 1e-15);
        assertEquals(1e-12, ew.eta(3, 1e-20, 1), 0);
        assertEquals(0.1, ew.eta(3, 10, 1), 0);
    }
}
