package org.kapitza.poly;

/**
 * Anderson acceleration of a fixed-point iteration x ↦ Φ(x) (Anderson 1965; Walker and Ni, SIAM J.
 * Numer. Anal. 49 (2011) 1715, "Anderson acceleration for fixed-point iterations", Algorithm AA with
 * the least-squares form): with residuals f_k = Φ(x_k) − x_k and the differences of the last m
 * iterates ΔX and residuals ΔF, the next iterate is Φ(x_k) − (ΔX + ΔF) γ where γ minimises
 * ‖f_k − ΔF γ‖₂. For a linear iteration this is a Krylov method on the residual; the mixing costs
 * 2m vectors.
 */
final class Anderson {
    private final int n;
    private final int m;
    private final double[][] dx;
    private final double[][] df;
    private final double[] prevX;
    private final double[] prevF;
    private int stored;
    private int head;
    private boolean started;

    Anderson(int n, int m) {
        this.n = n;
        this.m = m;
        dx = new double[m][n];
        df = new double[m][n];
        prevX = new double[n];
        prevF = new double[n];
    }

    /**
     * @param x   the current iterate; replaced by the next one
     * @param phi Φ(x)
     */
    void next(double[] x, double[] phi) {
        double[] f = new double[n];
        for (int i = 0; i < n; i++) f[i] = phi[i] - x[i];
        if (started) {
            double[] a = dx[head];
            double[] b = df[head];
            for (int i = 0; i < n; i++) {
                a[i] = x[i] - prevX[i];
                b[i] = f[i] - prevF[i];
            }
            head = (head + 1) % m;
            stored = Math.min(stored + 1, m);
        }
        started = true;
        System.arraycopy(x, 0, prevX, 0, n);
        System.arraycopy(f, 0, prevF, 0, n);
        if (stored == 0) {
            System.arraycopy(phi, 0, x, 0, n);
            return;
        }
        // Normal equations (ΔFᵀΔF) γ = ΔFᵀ f, with a relative Tikhonov term against near-dependence.
        int k = stored;
        double[][] g = new double[k][k];
        double[] r = new double[k];
        for (int p = 0; p < k; p++) {
            for (int q = p; q < k; q++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += df[p][i] * df[q][i];
                g[p][q] = s;
                g[q][p] = s;
            }
            double s = 0;
            for (int i = 0; i < n; i++) s += df[p][i] * f[i];
            r[p] = s;
        }
        double trace = 0;
        for (int p = 0; p < k; p++) trace += g[p][p];
        for (int p = 0; p < k; p++) g[p][p] += 1e-12 * trace + Double.MIN_NORMAL;
        double[] gamma = solve(g, r);
        for (int i = 0; i < n; i++) {
            double v = phi[i];
            for (int p = 0; p < k; p++) v -= (dx[p][i] + df[p][i]) * gamma[p];
            x[i] = v;
        }
    }

    /** Gaussian elimination with partial pivoting of a small system. */
    private static double[] solve(double[][] a, double[] b) {
        int k = b.length;
        for (int c = 0; c < k; c++) {
            int piv = c;
            for (int r = c + 1; r < k; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double tb = b[c];
            b[c] = b[piv];
            b[piv] = tb;
            for (int r = c + 1; r < k; r++) {
                double f = a[r][c] / a[c][c];
                for (int q = c; q < k; q++) a[r][q] -= f * a[c][q];
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double s = b[r];
            for (int q = r + 1; q < k; q++) s -= a[r][q] * x[q];
            x[r] = s / a[r][r];
        }
        return x;
    }
}
