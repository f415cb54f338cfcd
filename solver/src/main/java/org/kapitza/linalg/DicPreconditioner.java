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
 *
 * <p>Written once over {@link SparseRows}, so a stencil and a CSR matrix share it. The triangular sweeps
 * carry a dependence from each row to the next, so they are sequential.
 */
public final class DicPreconditioner implements Preconditioner {
    private final SparseRows a;
    private final double[] inverseD;
    private final int rowLength;

    public DicPreconditioner(SparseRows a) {
        this.a = a;
        int n = a.size();
        rowLength = a.maxRowLength();
        int[] cols = new int[rowLength];
        double[] vals = new double[cols.length];
        inverseD = new double[n];
        for (int i = 0; i < n; i++) {
            double di = a.diagonal(i);
            int k = a.lower(i, cols, vals);
            for (int q = 0; q < k; q++) di -= vals[q] * vals[q] * inverseD[cols[q]];
            if (!(di > 0)) {
                throw new IllegalArgumentException("DIC: pivot " + i + " is " + di + "; the matrix is not an M-matrix");
            }
            inverseD[i] = 1.0 / di;
        }
    }

    @Override
    public void apply(double[] r, double[] z) {
        final int n = a.size();
        // Row buffers of at most a few entries per call: apply stays safe to call from several threads.
        final int[] c = new int[rowLength];
        final double[] v = new double[c.length];
        // Forward: (D + L) y = r, so y_i = (r_i - Σ_{j<i} a_ij y_j) / d_i.
        for (int i = 0; i < n; i++) {
            double s = r[i];
            int k = a.lower(i, c, v);
            for (int q = 0; q < k; q++) s -= v[q] * z[c[q]];
            z[i] = s * inverseD[i];
        }
        // Backward: (I + D⁻¹U) z = y, so z_i = y_i - Σ_{j>i} a_ij z_j / d_i.
        for (int i = n - 1; i >= 0; i--) {
            double s = 0;
            int k = a.upper(i, c, v);
            for (int q = 0; q < k; q++) s += v[q] * z[c[q]];
            z[i] -= s * inverseD[i];
        }
    }

    @Override
    public String name() {
        return "dic";
    }
}
