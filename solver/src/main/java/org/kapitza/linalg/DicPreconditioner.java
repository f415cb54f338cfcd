package org.kapitza.linalg;

/**
 * Diagonal-based incomplete Cholesky, DIC: M = (D + L) D⁻¹ (D + U), where L and U are the strict
 * triangles of A and D is chosen so that diag(M) = diag(A):
 * {@code d_i = a_ii - Σ_{j<i} a_ij² / d_j}. On a matrix whose graph has no triangles (the 7-point
 * stencil of a rectilinear grid) this is exactly IC(0), at the cost of one extra vector.
 *
 * <p>Source: Meijerink and van der Vorst, Math. Comp. 31 (1977) 148; the storage follows OpenFOAM's
 * DICPreconditioner. Symmetric positive definite whenever all d_i are positive, which holds for
 * M-matrices such as a conduction operator.
 */
public final class DicPreconditioner implements Preconditioner {
    private final CsrMatrix a;
    private final double[] inverseD;

    public DicPreconditioner(CsrMatrix a) {
        if (!a.sorted()) throw new IllegalArgumentException("DIC needs a matrix with sorted rows");
        this.a = a;
        int n = a.size();
        double[] d = a.diagonal();
        int[] rs = a.rowStart;
        int[] col = a.col;
        double[] v = a.value;
        inverseD = new double[n];
        for (int i = 0; i < n; i++) {
            double di = d[i];
            for (int p = rs[i]; p < rs[i + 1]; p++) {
                int j = col[p];
                if (j >= i) break;
                di -= v[p] * v[p] * inverseD[j];
            }
            if (!(di > 0)) {
                throw new IllegalArgumentException("DIC: pivot " + i + " is " + di + "; the matrix is not an M-matrix");
            }
            inverseD[i] = 1.0 / di;
        }
    }

    @Override
    public void apply(double[] r, double[] z) {
        final int n = a.size();
        final int[] rs = a.rowStart;
        final int[] col = a.col;
        final double[] v = a.value;
        final int[] dg = a.diag;
        // Forward: (D + L) y = r, so y_i = (r_i - Σ_{j<i} a_ij y_j) / d_i.
        for (int i = 0; i < n; i++) {
            double s = r[i];
            for (int p = rs[i], e = dg[i]; p < e; p++) s -= v[p] * z[col[p]];
            z[i] = s * inverseD[i];
        }
        // Backward: (I + D⁻¹U) z = y, so z_i = y_i - Σ_{j>i} a_ij z_j / d_i.
        for (int i = n - 1; i >= 0; i--) {
            double s = 0;
            for (int p = dg[i] + 1, e = rs[i + 1]; p < e; p++) s += v[p] * z[col[p]];
            z[i] -= s * inverseD[i];
        }
    }

    @Override
    public String name() {
        return "dic";
    }
}
