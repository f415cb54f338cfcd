package org.kapitza.zth;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Non-negative least squares, min ‖A x − b‖ subject to x ≥ 0, by the active-set method of Lawson and
 * Hanson (Solving Least Squares Problems, 1974, chapter 23, algorithm NNLS). The unconstrained
 * subproblems on the passive set are solved by QR (EJML).
 */
public final class Nnls {
    private Nnls() {
    }

    /**
     * @param a m × n matrix, row-major ({@code a[i][j]})
     * @param b m values
     * @return the n non-negative coefficients
     */
    public static double[] solve(double[][] a, double[] b) {
        int m = a.length;
        int n = a[0].length;
        double[] x = new double[n];
        boolean[] passive = new boolean[n];
        double[] w = new double[n];
        double scale = 0;
        for (double[] row : a) for (double v : row) scale = Math.max(scale, Math.abs(v));
        double tol = 1e-12 * scale * Math.max(m, n);
        for (int iter = 0; iter < 3 * n + 10; iter++) {
            gradient(a, b, x, w);
            int best = -1;
            for (int j = 0; j < n; j++) if (!passive[j] && w[j] > tol && (best < 0 || w[j] > w[best])) best = j;
            if (best < 0) break;
            passive[best] = true;
            while (true) {
                double[] z = passiveSolution(a, b, passive);
                boolean feasible = true;
                for (int j = 0; j < n; j++) if (passive[j] && z[j] <= 0) feasible = false;
                if (feasible) {
                    x = z;
                    break;
                }
                // Step from x towards z until the first passive coefficient reaches zero; drop those that do.
                double alpha = 1;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && z[j] <= 0) alpha = Math.min(alpha, x[j] / (x[j] - z[j]));
                }
                for (int j = 0; j < n; j++) {
                    x[j] += alpha * (z[j] - x[j]);
                    if (passive[j] && x[j] <= 1e-300) {
                        passive[j] = false;
                        x[j] = 0;
                    }
                }
            }
        }
        return x;
    }

    /** w = Aᵀ(b − A x). */
    private static void gradient(double[][] a, double[] b, double[] x, double[] w) {
        java.util.Arrays.fill(w, 0);
        for (int i = 0; i < a.length; i++) {
            double r = b[i];
            for (int j = 0; j < x.length; j++) r -= a[i][j] * x[j];
            for (int j = 0; j < x.length; j++) w[j] += a[i][j] * r;
        }
    }

    /** The least-squares solution on the passive columns, zero elsewhere. */
    private static double[] passiveSolution(double[][] a, double[] b, boolean[] passive) {
        int n = passive.length;
        int k = 0;
        for (boolean p : passive) if (p) k++;
        DMatrixRMaj sub = new DMatrixRMaj(a.length, k);
        for (int i = 0; i < a.length; i++) {
            int c = 0;
            for (int j = 0; j < n; j++) if (passive[j]) sub.set(i, c++, a[i][j]);
        }
        DMatrixRMaj rhs = new DMatrixRMaj(a.length, 1, true, b);
        DMatrixRMaj sol = new DMatrixRMaj(k, 1);
        if (!CommonOps_DDRM.solve(sub, rhs, sol)) throw new ArithmeticException("NNLS: singular passive set");
        double[] z = new double[n];
        int c = 0;
        for (int j = 0; j < n; j++) if (passive[j]) z[j] = sol.get(c++);
        return z;
    }
}
