package org.kapitza.linalg;

/**
 * Conjugate orthogonal conjugate gradients (COCG) for a complex symmetric system (K + iωM) x = b with K
 * real symmetric positive semi-definite and M real diagonal non-negative: the CG recurrence with the
 * unconjugated bilinear form xᵀy in place of the inner product (van der Vorst and Melissen, IEEE Trans.
 * Magn. 26, 706 (1990)). Complex vectors are kept as separate real and imaginary arrays, so the real
 * kernels (the stencil product, the multigrid) serve unchanged.
 *
 * <p>Preconditioned by a real symmetric positive definite P applied to the real and imaginary parts
 * alike; for P = K + ωM the preconditioned eigenvalues (λ + iωm)/(λ + ωm) lie on the arc between 1
 * and (1 + i)/2, so the iteration count does not grow with ω. P must be a fixed linear operator (a
 * V-cycle, not a K-cycle): the K-cycle's inner Krylov steps make it nonlinear, so applied to the real and
 * imaginary parts separately it is no longer one complex operator, and a Polak–Ribière (flexible) COCG
 * with it stalled at a residual of 0.1 on the FDTR stack (measured), where the V-cycle converges.
 */
public final class Cocg {
    private final double tolerance;
    private final int maxIterations;

    /**
     * @param tolerance     relative residual ‖b − Ax‖/‖b‖ (Hermitian norms) to reach
     * @param maxIterations iterations before giving up
     */
    public Cocg(double tolerance, int maxIterations) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** What a solve did. */
    public record Report(int iterations, double relativeResidual, boolean converged) {
    }

    /**
     * Solves (K + iω diag(m)) (xr + i xi) = br + i bi from the given start.
     *
     * @param k     the real symmetric part
     * @param omega ω (rad/s)
     * @param m     the diagonal multiplying iω (for the heat equation ρc_pV, J/K)
     * @param p     the real symmetric positive definite preconditioner
     */
    public Report solve(LinearOperator k, double omega, double[] m, Preconditioner p, double[] br, double[] bi,
                        double[] xr, double[] xi) {
        int n = br.length;
        double[] rr = new double[n];
        double[] ri = new double[n];
        double[] zr = new double[n];
        double[] zi = new double[n];
        double[] pr = new double[n];
        double[] pi = new double[n];
        double[] qr = new double[n];
        double[] qi = new double[n];
        apply(k, omega, m, xr, xi, qr, qi);
        double bnorm = 0;
        for (int i = 0; i < n; i++) {
            rr[i] = br[i] - qr[i];
            ri[i] = bi[i] - qi[i];
            bnorm += br[i] * br[i] + bi[i] * bi[i];
        }
        bnorm = Math.sqrt(bnorm);
        if (bnorm == 0) {
            java.util.Arrays.fill(xr, 0);
            java.util.Arrays.fill(xi, 0);
            return new Report(0, 0, true);
        }
        double res = norm(rr, ri) / bnorm;
        if (res <= tolerance) return new Report(0, res, true);
        precondition(p, rr, zr);
        precondition(p, ri, zi);
        System.arraycopy(zr, 0, pr, 0, n);
        System.arraycopy(zi, 0, pi, 0, n);
        // ρ = rᵀz (complex, unconjugated)
        double rhoR = 0;
        double rhoI = 0;
        for (int i = 0; i < n; i++) {
            rhoR += rr[i] * zr[i] - ri[i] * zi[i];
            rhoI += rr[i] * zi[i] + ri[i] * zr[i];
        }
        for (int it = 1; it <= maxIterations; it++) {
            apply(k, omega, m, pr, pi, qr, qi);
            double sR = 0;
            double sI = 0;
            for (int i = 0; i < n; i++) {
                sR += pr[i] * qr[i] - pi[i] * qi[i];
                sI += pr[i] * qi[i] + pi[i] * qr[i];
            }
            double s2 = sR * sR + sI * sI;
            if (s2 == 0) return new Report(it, res, false); // breakdown: pᵀAp = 0
            double aR = (rhoR * sR + rhoI * sI) / s2;
            double aI = (rhoI * sR - rhoR * sI) / s2;
            double r2 = 0;
            for (int i = 0; i < n; i++) {
                xr[i] += aR * pr[i] - aI * pi[i];
                xi[i] += aR * pi[i] + aI * pr[i];
                rr[i] -= aR * qr[i] - aI * qi[i];
                ri[i] -= aR * qi[i] + aI * qr[i];
                r2 += rr[i] * rr[i] + ri[i] * ri[i];
            }
            res = Math.sqrt(r2) / bnorm;
            if (res <= tolerance) return new Report(it, res, true);
            precondition(p, rr, zr);
            precondition(p, ri, zi);
            double nR = 0;
            double nI = 0;
            for (int i = 0; i < n; i++) {
                nR += rr[i] * zr[i] - ri[i] * zi[i];
                nI += rr[i] * zi[i] + ri[i] * zr[i];
            }
            double d2 = rhoR * rhoR + rhoI * rhoI;
            double betaR = (nR * rhoR + nI * rhoI) / d2;
            double betaI = (nI * rhoR - nR * rhoI) / d2;
            rhoR = nR;
            rhoI = nI;
            for (int i = 0; i < n; i++) {
                double tr = zr[i] + betaR * pr[i] - betaI * pi[i];
                double ti = zi[i] + betaR * pi[i] + betaI * pr[i];
                pr[i] = tr;
                pi[i] = ti;
            }
        }
        return new Report(maxIterations, res, false);
    }

    /**
     * z = P⁻¹r, and 0 for r = 0 without calling P: a heat input in phase with the reference has a zero
     * imaginary part, and a K-cycle's inner Krylov steps would divide 0 by 0 on it.
     */
    private static void precondition(Preconditioner p, double[] r, double[] z) {
        for (double v : r) {
            if (v != 0) {
                p.apply(r, z);
                return;
            }
        }
        java.util.Arrays.fill(z, 0);
    }

    /** (yr + i yi) = (K + iωM)(xr + i xi). */
    static void apply(LinearOperator k, double omega, double[] m, double[] xr, double[] xi, double[] yr, double[] yi) {
        k.apply(xr, yr);
        k.apply(xi, yi);
        for (int i = 0; i < xr.length; i++) {
            double wm = omega * m[i];
            yr[i] -= wm * xi[i];
            yi[i] += wm * xr[i];
        }
    }

    private static double norm(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * a[i] + b[i] * b[i];
        return Math.sqrt(s);
    }
}
