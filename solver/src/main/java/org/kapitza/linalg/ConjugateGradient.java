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
 * <p>Work vectors are allocated once per {@link #solve} call, before the loop; the loop itself does not
 * allocate. The recurrence residual is used for stopping (Saad, Iterative Methods for Sparse Linear
 * Systems, 2nd ed., Alg. 9.1); the true residual is recomputed at the end and reported.
 */
public final class ConjugateGradient {
    private final double tolerance;
    private final int maxIterations;
    private Acceptance acceptance;
    private final List<IterationListener> listeners = new ArrayList<>();

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

    /** Also require this acceptance before stopping. */
    public ConjugateGradient acceptance(Acceptance a) {
        this.acceptance = a;
        return this;
    }

    public ConjugateGradient addListener(IterationListener l) {
        listeners.add(l);
        return this;
    }

    /**
     * Solves A x = b starting from the x given.
     *
     * @return the report; {@link SolveReport#converged()} is false when the iteration limit was reached
     */
    public SolveReport solve(LinearOperator a, Preconditioner m, double[] b, double[] x) {
        int n = a.size();
        double[] r = new double[n];
        double[] z = new double[n];
        double[] p = new double[n];
        double[] q = new double[n];
        double[] history = new double[maxIterations + 1];

        double bNorm = Math.sqrt(dot(b, b));
        if (bNorm == 0) {
            Arrays.fill(x, 0);
            notify(0, 0);
            return new SolveReport(true, 0, 0, new double[] {0}, m.name());
        }
        a.apply(x, q);
        double rr = 0;
        double rSum = 0;
        for (int i = 0; i < n; i++) {
            r[i] = b[i] - q[i];
            rr += r[i] * r[i];
            rSum += r[i];
        }
        double rel = Math.sqrt(rr) / bNorm;
        history[0] = rel;
        notify(0, rel);
        int it = 0;
        boolean accepted = rel <= tolerance && (acceptance == null || acceptance.accept(x, rSum));
        if (!accepted) {
            m.apply(r, z);
            System.arraycopy(z, 0, p, 0, n);
            double rz = dot(r, z);
            while (it < maxIterations) {
                a.apply(p, q);
                double pq = dot(p, q);
                if (!(pq > 0)) {
                    throw new IllegalStateException("conjugate gradients: p'Ap = " + pq + " at iteration " + it
                            + "; the matrix is not positive definite");
                }
                double alpha = rz / pq;
                rr = 0;
                for (int i = 0; i < n; i++) {
                    x[i] += alpha * p[i];
                    double ri = r[i] - alpha * q[i];
                    r[i] = ri;
                    rr += ri * ri;
                }
                it++;
                rel = Math.sqrt(rr) / bNorm;
                history[it] = rel;
                notify(it, rel);
                if (rel <= tolerance) {
                    if (acceptance == null) {
                        accepted = true;
                        break;
                    }
                    a.apply(x, q);
                    double trueSum = 0;
                    for (int i = 0; i < n; i++) {
                        r[i] = b[i] - q[i];
                        trueSum += r[i];
                    }
                    if (acceptance.accept(x, trueSum)) {
                        accepted = true;
                        break;
                    }
                }
                m.apply(r, z);
                double rzNew = dot(r, z);
                double beta = rzNew / rz;
                rz = rzNew;
                for (int i = 0; i < n; i++) p[i] = z[i] + beta * p[i];
            }
        }
        // The recurrence residual drifts from the true one by round-off; report the true one.
        a.apply(x, q);
        rr = 0;
        for (int i = 0; i < n; i++) {
            double ri = b[i] - q[i];
            rr += ri * ri;
        }
        double trueRel = Math.sqrt(rr) / bNorm;
        return new SolveReport(accepted, it, trueRel, Arrays.copyOf(history, it + 1), m.name());
    }

    private void notify(int it, double rel) {
        for (IterationListener l : listeners) l.iteration(it, rel);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
