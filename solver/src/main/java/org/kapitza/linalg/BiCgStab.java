package org.kapitza.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * BiCGStab for nonsymmetric systems (the Newton Jacobian of a problem with temperature-dependent
 * conductivities), right-preconditioned so that the residual it monitors is the true one:
 * solves A M⁻¹ y = b, x = M⁻¹ y.
 *
 * <p>Source: H. A. van der Vorst, SIAM J. Sci. Stat. Comput. 13 (1992) 631; Saad, Iterative Methods
 * for Sparse Linear Systems, 2nd ed., Alg. 7.7. Eight work vectors, allocated once per solve.
 */
public final class BiCgStab {
    private final double tolerance;
    private final int maxIterations;
    private final List<IterationListener> listeners = new ArrayList<>();

    public BiCgStab(double tolerance, int maxIterations) {
        if (!(tolerance > 0 && tolerance < 1)) throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    public BiCgStab addListener(IterationListener l) {
        listeners.add(l);
        return this;
    }

    /** Solves A x = b from the x given; stops at ||b − A x|| <= tolerance ||b||. */
    public SolveReport solve(LinearOperator a, Preconditioner m, double[] b, double[] x) {
        int n = a.size();
        double[] r = new double[n];
        double[] rHat = new double[n];
        double[] p = new double[n];
        double[] v = new double[n];
        double[] pHat = new double[n];
        double[] s = new double[n];
        double[] sHat = new double[n];
        double[] t = new double[n];
        double[] history = new double[maxIterations + 1];
        double bNorm = Math.sqrt(ConjugateGradient.dot(b, b));
        if (bNorm == 0) {
            Arrays.fill(x, 0);
            return new SolveReport(true, 0, 0, new double[] {0}, m.name());
        }
        a.apply(x, t);
        for (int i = 0; i < n; i++) {
            r[i] = b[i] - t[i];
            rHat[i] = r[i];
        }
        double rel = Math.sqrt(ConjugateGradient.dot(r, r)) / bNorm;
        history[0] = rel;
        notify(0, rel);
        double rho = 1;
        double alpha = 1;
        double omega = 1;
        int it = 0;
        while (rel > tolerance && it < maxIterations) {
            double rhoNew = ConjugateGradient.dot(rHat, r);
            if (rhoNew == 0) {
                // Breakdown: restart with the current residual as the shadow vector.
                System.arraycopy(r, 0, rHat, 0, n);
                rhoNew = ConjugateGradient.dot(rHat, r);
                Arrays.fill(p, 0);
                Arrays.fill(v, 0);
                rho = alpha = omega = 1;
            }
            double beta = (rhoNew / rho) * (alpha / omega);
            rho = rhoNew;
            for (int i = 0; i < n; i++) p[i] = r[i] + beta * (p[i] - omega * v[i]);
            m.apply(p, pHat);
            a.apply(pHat, v);
            alpha = rho / ConjugateGradient.dot(rHat, v);
            for (int i = 0; i < n; i++) s[i] = r[i] - alpha * v[i];
            it++;
            double sNorm = Math.sqrt(ConjugateGradient.dot(s, s)) / bNorm;
            if (sNorm <= tolerance) {
                for (int i = 0; i < n; i++) {
                    x[i] += alpha * pHat[i];
                    r[i] = s[i];
                }
                rel = sNorm;
                history[it] = rel;
                notify(it, rel);
                break;
            }
            m.apply(s, sHat);
            a.apply(sHat, t);
            double tt = ConjugateGradient.dot(t, t);
            omega = tt == 0 ? 0 : ConjugateGradient.dot(t, s) / tt;
            double rr = 0;
            for (int i = 0; i < n; i++) {
                x[i] += alpha * pHat[i] + omega * sHat[i];
                double ri = s[i] - omega * t[i];
                r[i] = ri;
                rr += ri * ri;
            }
            rel = Math.sqrt(rr) / bNorm;
            history[it] = rel;
            notify(it, rel);
            if (omega == 0) break;
        }
        a.apply(x, t);
        double rr = 0;
        for (int i = 0; i < n; i++) {
            double ri = b[i] - t[i];
            rr += ri * ri;
        }
        double trueRel = Math.sqrt(rr) / bNorm;
        return new SolveReport(trueRel <= 10 * tolerance, it, trueRel, Arrays.copyOf(history, it + 1), m.name());
    }

    private void notify(int it, double rel) {
        for (IterationListener l : listeners) l.iteration(it, rel);
    }
}
