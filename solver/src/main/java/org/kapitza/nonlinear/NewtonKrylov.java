package org.kapitza.nonlinear;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.InputException;
import org.kapitza.linalg.SolveReport;

/**
 * Inexact Newton's method with a Krylov inner solve, after PETSc's SNES: each iteration solves
 * J δ = −F to the {@link ForcingTerm}'s tolerance, the {@link LineSearch} picks the step length, and the
 * system's own convergence test decides when to stop. Give-up reasons are named ({@link Reason}), so each
 * caller reports them in its own words (the steady solver throws, the transient one shortens its step).
 *
 * <p>Work arrays are kept between solves: one instance per system size, used on one thread.
 */
public final class NewtonKrylov {
    /** Why an iteration stopped. */
    public enum Reason {
        CONVERGED,
        /** The line search found no acceptable step. */
        DIVERGED_LINE_SEARCH,
        /** A linear solve did not converge where the caller requires it to. */
        DIVERGED_LINEAR_SOLVE,
        /** The iteration limit was reached. */
        DIVERGED_MAX_ITERATIONS
    }

    /**
     * @param iterations       Newton iterations started
     * @param linearIterations Krylov iterations over all of them
     * @param fNorm            ||F|| at the last iterate (before the failed step for a line-search failure)
     * @param change           largest change of an unknown in the last accepted step
     * @param lastLinear       the last linear solve's report (null before any)
     * @param history          ||F|| at the start and after every accepted step
     */
    public record Result(Reason reason, int iterations, int linearIterations, double fNorm, double change,
                         SolveReport lastLinear, List<Double> history) {
        public boolean converged() {
            return reason == Reason.CONVERGED;
        }
    }

    private final int n;
    private final int[] unknowns;
    private final ForcingTerm forcing;
    private final LineSearch lineSearch;
    private final int maxIterations;
    private final boolean requireLinearConvergence;
    private final double[] rhs;
    private final double[] delta;
    private final double[] trial;
    private final double[] fTrial;

    /**
     * @param n                        vector length
     * @param unknowns                 the entries a step updates (others stay as they are), ascending
     * @param requireLinearConvergence whether an unconverged linear solve ends the iteration
     */
    public NewtonKrylov(int n, int[] unknowns, ForcingTerm forcing, LineSearch lineSearch, int maxIterations,
                        boolean requireLinearConvergence) {
        this.n = n;
        this.unknowns = unknowns;
        this.forcing = forcing;
        this.lineSearch = lineSearch;
        this.maxIterations = maxIterations;
        this.requireLinearConvergence = requireLinearConvergence;
        this.rhs = new double[n];
        this.delta = new double[n];
        this.trial = new double[n];
        this.fTrial = new double[n];
    }

    /** Every entry of an n-vector is an unknown. */
    public static int[] all(int n) {
        int[] u = new int[n];
        for (int i = 0; i < n; i++) u[i] = i;
        return u;
    }

    /**
     * Iterates from x (overwritten with the last accepted iterate); f receives F there.
     */
    public Result solve(NonlinearSystem system, double[] x, double[] f) {
        double fNorm = system.residual(x, f);
        // Entries that are not unknowns keep their values through every trial.
        System.arraycopy(x, 0, trial, 0, n);
        System.arraycopy(f, 0, fTrial, 0, n);
        double fNormPrev = Double.NaN;
        List<Double> history = new ArrayList<>();
        history.add(fNorm);
        int linear = 0;
        SolveReport last = null;
        double change = 0;
        for (int it = 1; ; it++) {
            if (it > maxIterations) return new Result(Reason.DIVERGED_MAX_ITERATIONS, it - 1, linear, fNorm, change, last, history);
            double eta = forcing.eta(it, fNorm, fNormPrev);
            for (int u = 0; u < n; u++) {
                rhs[u] = -f[u];
                delta[u] = 0;
            }
            last = system.solveNewtonStep(it, x, rhs, delta, eta);
            linear += last.iterations();
            if (requireLinearConvergence && !last.converged()) {
                return new Result(Reason.DIVERGED_LINEAR_SOLVE, it, linear, fNorm, change, last, history);
            }
            double lambda = 1;
            double trialNorm;
            while (true) {
                for (int u : unknowns) trial[u] = x[u] + lambda * delta[u];
                boolean valid = system.admissible(trial);
                trialNorm = Double.NaN;
                if (valid) {
                    try {
                        trialNorm = system.residual(trial, fTrial);
                    } catch (InputException e) {
                        valid = false; // a law evaluated outside its domain: a shorter step stays inside
                    }
                }
                if (valid && lineSearch.accepts(lambda, trialNorm, fNorm)) break;
                lambda *= 0.5;
                if (lambda < lineSearch.minLambda()) {
                    return new Result(Reason.DIVERGED_LINE_SEARCH, it, linear, fNorm, change, last, history);
                }
            }
            change = 0;
            for (int u : unknowns) change = Math.max(change, Math.abs(lambda * delta[u]));
            System.arraycopy(trial, 0, x, 0, n);
            System.arraycopy(fTrial, 0, f, 0, n);
            fNormPrev = fNorm;
            fNorm = trialNorm;
            history.add(fNorm);
            if (system.converged(it, x, f, fNorm, change, last)) {
                return new Result(Reason.CONVERGED, it, linear, fNorm, change, last, history);
            }
        }
    }
}
