package org.kapitza.linalg;

/**
 * A conduction matrix applied in flux form: {@code y_i = s_i x_i + Σ_{j≠i} a_ij (x_j − x_i)}, where
 * s_i is the row sum (the conductance from cell i to fixed-temperature and convective boundaries).
 * Mathematically this is A x; numerically, round-off scales with the temperature differences across
 * faces instead of with the temperatures themselves, which on fine grids is the difference between
 * fluxes exact to 1e-13 and to 1e-10. The pairwise terms of two neighbours are exact negatives, so
 * the sum of a residual is the energy imbalance without cancellation error.
 *
 * <p>It reads the off-diagonal entries of a {@link CsrMatrix} (whose diagonal is ignored here and kept
 * for preconditioners) and one extra vector.
 */
public final class FluxFormOperator implements LinearOperator {
    private final CsrMatrix a;
    private final double[] rowSum;

    /**
     * @param a      the matrix; its off-diagonal entries are used
     * @param rowSum Σ_j a_ij of each row, given exactly (not computed from the stored values)
     */
    public FluxFormOperator(CsrMatrix a, double[] rowSum) {
        this.a = a;
        this.rowSum = rowSum;
    }

    @Override
    public int size() {
        return a.size();
    }

    @Override
    public void apply(double[] x, double[] y) {
        Parallel.shared().forEach(a.size(), (b, from, to) -> applyRows(x, y, from, to));
    }

    private void applyRows(double[] x, double[] y, int from, int to) {
        final int[] rs = a.rowStart;
        final int[] col = a.col;
        final double[] v = a.value;
        final int[] dg = a.diag;
        for (int i = from; i < to; i++) {
            double xi = x[i];
            double s = rowSum[i] * xi;
            for (int p = rs[i], e = dg[i]; p < e; p++) s += v[p] * (x[col[p]] - xi);
            for (int p = dg[i] + 1, e = rs[i + 1]; p < e; p++) s += v[p] * (x[col[p]] - xi);
            y[i] = s;
        }
    }
}
