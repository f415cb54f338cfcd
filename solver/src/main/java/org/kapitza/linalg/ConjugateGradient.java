package org.kapitza.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Preconditioned conjugate gradients for symmetric positive definite systems.
 *
 * <p>Stops when {@code ||b - A x||₂ <= tolerance ||b||₂} and, when an {@link Acceptance} is set, it
 * accepts the true residual: for a conservative finite-volume operator the sum of the residual is
 * exactly the global energy imbalance, so the solver can insist on the energy balance it reports,
 * independently of the norm criterion. A rejected candidate continues from the true residual
 * (residual replacement), which also removes the drift of the recurrence.
 *
 * <p>The recurrences follow Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., Alg. 9.1; with
 * a variable preconditioner (a K-cycle) set {@link #flexible} and β uses the Polak–Ribière form of
 * flexible CG (Notay, SIAM J. Sci. Comput. 22 (2000) 1444). Work vectors and kernels are created once
 * per {@link #solve} call, before the loop; the loop allocates nothing. Vector kernels run on
 * {@link Parallel#shared()}.
 */
public final class ConjugateGradient {
    private final double tolerance;
    private final int maxIterations;
    private Acceptance acceptance;
    /** Iterations past the tolerance that an acceptance may refuse before the solve gives up. */
    private static final int MAX_REFUSALS = 50;
    private boolean flexible;
    private final List<IterationListener> listeners = new ArrayList<>();

    /** A further condition on a candidate solution, checked with its true residual. */
    @FunctionalInterface
    public interface Acceptance {
        /**
         * @param x           the candidate solution
         * @param residualSum Σ_i (b − A x)_i, computed from the true residual
         * @return whether to stop here
         */
        boolean accept(double[] x, double residualSum);
    }

    /**
     * @param tolerance     relative residual to reach, for example 1e-8
     * @param maxIterations iterations allowed before giving up
     */
    public ConjugateGradient(double tolerance, int maxIterations) {
        if (!(tolerance > 0 && tolerance < 1)) throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
        if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be positive, got " + maxIterations);
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** Also require this acceptance before stopping. */
    public ConjugateGradient acceptance(Acceptance a) {
        this.acceptance = a;
        return this;
    }

    /** Flexible CG, for preconditioners that change from one application to the next. */
    public ConjugateGradient flexible(boolean f) {
        this.flexible = f;
        return this;
    }

    public ConjugateGradient addListener(IterationListener l) {
        listeners.add(l);
        return this;
    }

    /** The vector kernels of one solve, reused across iterations. */
    private static final class Kernels {
        // Not final: the kernels below are field initialisers, which run before the constructor body.
        double[] b;
        double[] x;
        double[] r;
        double[] z;
        double[] p;
        double[] q;
        double[] rOld;
        double alpha;
        double beta;

        Kernels(double[] b, double[] x, int n, boolean flexible) {
            this.b = b;
            this.x = x;
            r = new double[n];
            z = new double[n];
            p = new double[n];
            q = new double[n];
            rOld = flexible ? new double[n] : null;
        }

        /** r = b − q; returns |r|². */
        final Parallel.RangeSum residual = (from, to) -> {
            double s = 0;
            for (int i = from; i < to; i++) {
                double ri = b[i] - q[i];
                r[i] = ri;
                s += ri * ri;
            }
            return s;
        };
        /** Σ (b − q). */
        final Parallel.RangeSum residualSum = (from, to) -> {
            double s = 0;
            for (int i = from; i < to; i++) s += b[i] - q[i];
            return s;
        };
        /** x += α p, r −= α q; returns |r|². */
        final Parallel.RangeSum update = (from, to) -> {
            double a = alpha;
            double s = 0;
            for (int i = from; i < to; i++) {
                x[i] += a * p[i];
                double ri = r[i] - a * q[i];
                r[i] = ri;
                s += ri * ri;
            }
            return s;
        };
        /** Flexible variant: keep the old residual for the Polak–Ribière β. */
        final Parallel.RangeSum updateKeep = (from, to) -> {
            double a = alpha;
            double s = 0;
            for (int i = from; i < to; i++) {
                x[i] += a * p[i];
                rOld[i] = r[i];
                double ri = r[i] - a * q[i];
                r[i] = ri;
                s += ri * ri;
            }
            return s;
        };
        final Parallel.RangeSum rz = (from, to) -> dot(r, z, from, to);
        final Parallel.RangeSum pq = (from, to) -> dot(p, q, from, to);
        /** z · (r − r_old), the Polak–Ribière numerator. */
        final Parallel.RangeSum zdr = (from, to) -> {
            double s = 0;
            for (int i = from; i < to; i++) s += z[i] * (r[i] - rOld[i]);
            return s;
        };
        /** p = z + β p. */
        final Parallel.RangeTask direction = (blk, from, to) -> {
            double bt = beta;
            for (int i = from; i < to; i++) p[i] = z[i] + bt * p[i];
        };
        final Parallel.RangeTask copyZ = (blk, from, to) -> System.arraycopy(z, from, p, from, to - from);
    }

    static double dot(double[] a, double[] b, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += a[i] * b[i];
        return s;
    }

    /**
     * Solves A x = b starting from the x given.
     *
     * @return the report; {@link SolveReport#converged()} is false when the iteration limit was reached
     */
    public SolveReport solve(LinearOperator a, Preconditioner m, double[] b, double[] x) {
        int n = a.size();
        Parallel par = Parallel.shared();
        Kernels k = new Kernels(b, x, n, flexible);
        double[] history = new double[maxIterations + 1];

        double bNorm = Math.sqrt(par.sum(n, (from, to) -> dot(b, b, from, to)));
        if (bNorm == 0) {
            Arrays.fill(x, 0);
            notify(0, 0);
            return new SolveReport(true, 0, 0, new double[] {0}, m.name());
        }
        a.apply(x, k.q);
        double rel = Math.sqrt(par.sum(n, k.residual)) / bNorm;
        history[0] = rel;
        notify(0, rel);
        int it = 0;
        boolean accepted = rel <= tolerance && (acceptance == null || acceptance.accept(x, par.sum(n, k.residualSum)));
        if (!accepted) {
            m.apply(k.r, k.z);
            par.forEach(n, k.copyZ);
            double rz = par.sum(n, k.rz);
            int refusals = 0;
            while (it < maxIterations) {
                a.apply(k.p, k.q);
                double pq = par.sum(n, k.pq);
                if (!(pq > 0)) {
                    throw new IllegalStateException("conjugate gradients: p'Ap = " + pq + " at iteration " + it
                            + "; the matrix is not positive definite");
                }
                k.alpha = rz / pq;
                double rr = par.sum(n, flexible ? k.updateKeep : k.update);
                it++;
                rel = Math.sqrt(rr) / bNorm;
                history[it] = rel;
                notify(it, rel);
                if (rel <= tolerance) {
                    if (acceptance == null) {
                        accepted = true;
                        break;
                    }
                    a.apply(x, k.q);
                    par.sum(n, k.residual);
                    if (acceptance.accept(x, par.sum(n, k.residualSum))) {
                        accepted = true;
                        break;
                    }
                    // Below the tolerance the residual is at round-off within a few iterations; if the
                    // acceptance still fails after many more, it cannot be met: report, do not spin.
                    if (++refusals > MAX_REFUSALS) break;
                }
                m.apply(k.r, k.z);
                double rzNew = par.sum(n, k.rz);
                k.beta = (flexible ? par.sum(n, k.zdr) : rzNew) / rz;
                rz = rzNew;
                par.forEach(n, k.direction);
            }
        }
        // The recurrence residual drifts from the true one by round-off; report the true one.
        a.apply(x, k.q);
        double trueRel = Math.sqrt(par.sum(n, k.residual)) / bNorm;
        return new SolveReport(accepted, it, trueRel, Arrays.copyOf(history, it + 1), m.name());
    }

    private void notify(int it, double rel) {
        for (IterationListener l : listeners) l.iteration(it, rel);
    }

    static double dot(double[] a, double[] b) {
        return dot(a, b, 0, a.length);
    }
}
