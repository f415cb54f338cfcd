package org.kapitza.linalg;

/**
 * A sparse matrix in compressed sparse row form: the columns of row i are
 * {@code col[rowStart[i] .. rowStart[i+1])}, sorted ascending, with values in {@code value}.
 *
 * <p>The pattern is fixed at construction; values are public for assembly loops, which overwrite them
 * in place each nonlinear iteration. {@code diag[i]} is the position of the diagonal entry of row i.
 */
public final class CsrMatrix implements LinearOperator, SparseRows {
    private final int n;
    /** Row start positions, length n + 1. */
    public final int[] rowStart;
    /** Column of each stored entry. */
    public final int[] col;
    /** Value of each stored entry. */
    public final double[] value;
    /** Position of the diagonal entry of each row, -1 if the row has none. */
    public final int[] diag;

    /**
     * @param rowStart row pointers (n + 1); columns within each row must be sorted ascending
     * @param col      column indices
     */
    public CsrMatrix(int[] rowStart, int[] col) {
        this(rowStart, col, true);
    }

    private CsrMatrix(int[] rowStart, int[] col, boolean sorted) {
        this.n = rowStart.length - 1;
        this.rowStart = rowStart;
        this.col = col;
        this.value = new double[col.length];
        this.diag = new int[n];
        this.sorted = sorted;
        for (int i = 0; i < n; i++) {
            diag[i] = -1;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                if (sorted && p > rowStart[i] && col[p] <= col[p - 1]) {
                    throw new IllegalArgumentException("row " + i + ": columns not strictly ascending");
                }
                if (col[p] == i) diag[i] = p;
            }
        }
    }

    /**
     * A matrix whose rows may list their columns in any order (coarse multigrid levels, which are
     * multiplied and smoothed but never searched); {@link #find} searches such rows linearly.
     */
    public static CsrMatrix unsorted(int[] rowStart, int[] col) {
        return new CsrMatrix(rowStart, col, false);
    }

    private final boolean sorted;

    /** Whether the columns of every row are in ascending order. */
    public boolean sorted() {
        return sorted;
    }

    @Override
    public int size() {
        return n;
    }

    /** Number of stored entries. */
    public int nonZeros() {
        return col.length;
    }

    /** Position of entry (i, j), or -1 when it is not stored. */
    public int find(int i, int j) {
        if (!sorted) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) if (col[p] == j) return p;
            return -1;
        }
        int lo = rowStart[i];
        int hi = rowStart[i + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = col[mid];
            if (c < j) lo = mid + 1;
            else if (c > j) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** Value of entry (i, j), 0 when not stored. */
    public double get(int i, int j) {
        int p = find(i, j);
        return p < 0 ? 0.0 : value[p];
    }

    @Override
    public void apply(double[] x, double[] y) {
        Parallel.shared().forEach(n, (b, from, to) -> applyRows(x, y, from, to));
    }

    /** y = A x for rows [from, to). */
    public void applyRows(double[] x, double[] y, int from, int to) {
        final int[] rs = rowStart;
        final int[] c = col;
        final double[] v = value;
        for (int i = from; i < to; i++) {
            double s = 0;
            for (int p = rs[i], e = rs[i + 1]; p < e; p++) s += v[p] * x[c[p]];
            y[i] = s;
        }
    }

    @Override
    public double diagonal(int i) {
        return diag[i] < 0 ? 0.0 : value[diag[i]];
    }

    /** Σ_j a_ij, summed in column order; round-off below zero is zero (the row sum of an M-matrix). */
    @Override
    public double rowSum(int i) {
        double sum = 0;
        for (int p = rowStart[i]; p < rowStart[i + 1]; p++) sum += value[p];
        return Math.max(0, sum);
    }

    @Override
    public int row(int i, int[] cols, double[] vals) {
        int k = 0;
        for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
            cols[k] = col[p];
            vals[k++] = value[p];
        }
        return k;
    }

    @Override
    public int lower(int i, int[] cols, double[] vals) {
        int k = 0;
        for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
            if (col[p] >= i) continue;
            cols[k] = col[p];
            vals[k++] = value[p];
        }
        return k;
    }

    @Override
    public int upper(int i, int[] cols, double[] vals) {
        int k = 0;
        for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
            if (col[p] <= i) continue;
            cols[k] = col[p];
            vals[k++] = value[p];
        }
        return k;
    }

    @Override
    public int maxRowLength() {
        int max = 0;
        for (int i = 0; i < n; i++) max = Math.max(max, rowStart[i + 1] - rowStart[i]);
        return max;
    }

    /** Diagonal values (a copy). */
    public double[] diagonal() {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = diag[i] < 0 ? 0.0 : value[diag[i]];
        return d;
    }

    /** Bytes held by the arrays. */
    public long memoryBytes() {
        return 4L * rowStart.length + 12L * col.length + 4L * diag.length;
    }
}
