package org.kapitza.linalg;

/**
 * The conduction matrix of a rectilinear grid stored by faces: {@code g[a][c]} is the conductance (W/K)
 * of the face between cell c and its +a neighbour c + stride(a) (0 where there is no face), and
 * {@code rowSum[c]} the conductance from c to fixed-temperature and convective boundaries. Off-diagonal
 * entries are {@code −g}; the diagonal is the row sum plus the six face conductances.
 *
 * <p>This is OpenFOAM's "one coefficient per face plus a diagonal" in structured layout: 32 bytes per row
 * against about 100 in CSR, and no column indices to read, so the matrix-vector product and the smoother
 * of the finest multigrid level move a third of the memory. Rows are the grid's cells; a cell outside the
 * geometry is a decoupled identity row (row sum 1, no faces), which keeps the matrix positive definite
 * while its unknown stays 0.
 *
 * <p>Products are in flux form, {@code y_c = s_c x_c + Σ_f g_f (x_c − x_nb)}, so round-off scales with
 * temperature differences (see {@link FluxFormOperator}). Kernels run over segments of rows along x
 * (fixed j, k), split between threads by {@link Parallel}.
 */
public final class StencilMatrix implements LinearOperator, SparseRows {
    public final int nx;
    public final int ny;
    public final int nz;
    private final int n;
    private final int sy;
    private final int sz;
    /** Face conductances along x, y, z; an array of zeros along an axis the grid does not have. */
    public final double[] gx;
    public final double[] gy;
    public final double[] gz;
    /** Conductance to boundaries (1 for a cell outside the geometry). */
    public final double[] rowSum;
    private final Parallel par;
    private final Apply applyKernel = new Apply();

    public StencilMatrix(int nx, int ny, int nz) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.n = nx * ny * nz;
        this.sy = nx;
        this.sz = nx * ny;
        this.gx = new double[n];
        this.gy = new double[ny > 1 ? n : 0];
        this.gz = new double[nz > 1 ? n : 0];
        this.rowSum = new double[n];
        this.par = Parallel.shared();
    }

    @Override
    public int size() {
        return n;
    }

    /** Number of x-segments (rows of cells along x): the unit of work division. */
    public int segments() {
        return ny * nz;
    }

    /** Diagonal entry of row c. */
    @Override
    public double diagonal(int c) {
        int i = c % nx;
        int j = (c / nx) % ny;
        int k = c / sz;
        double d = rowSum[c] + gx[c] + (i > 0 ? gx[c - 1] : 0);
        if (gy.length > 0) d += gy[c] + (j > 0 ? gy[c - sy] : 0);
        if (gz.length > 0) d += gz[c] + (k > 0 ? gz[c - sz] : 0);
        return d;
    }

    @Override
    public double rowSum(int c) {
        return rowSum[c];
    }

    /**
     * Row c: the faces with non-zero conductance (−x, +x, −y, +y, −z, +z; entry −g), then the diagonal,
     * accumulated from the row sum in that order.
     */
    @Override
    public int row(int c, int[] cols, double[] vals) {
        int i = c % nx;
        int j = (c / nx) % ny;
        int k = c / sz;
        int d = 0;
        if (i > 0) d = face(c - 1, gx[c - 1], cols, vals, d);
        if (i < nx - 1) d = face(c + 1, gx[c], cols, vals, d);
        if (gy.length > 0) {
            if (j > 0) d = face(c - sy, gy[c - sy], cols, vals, d);
            if (j < ny - 1) d = face(c + sy, gy[c], cols, vals, d);
        }
        if (gz.length > 0) {
            if (k > 0) d = face(c - sz, gz[c - sz], cols, vals, d);
            if (k < nz - 1) d = face(c + sz, gz[c], cols, vals, d);
        }
        double diag = rowSum[c];
        for (int q = 0; q < d; q++) diag -= vals[q];
        cols[d] = c;
        vals[d] = diag;
        return d + 1;
    }

    /** The −x, −y, −z faces of row c. */
    @Override
    public int lower(int c, int[] cols, double[] vals) {
        int d = 0;
        if (c % nx > 0) d = face(c - 1, gx[c - 1], cols, vals, d);
        if (gy.length > 0 && (c / nx) % ny > 0) d = face(c - sy, gy[c - sy], cols, vals, d);
        if (gz.length > 0 && c >= sz) d = face(c - sz, gz[c - sz], cols, vals, d);
        return d;
    }

    /** The +x, +y, +z faces of row c. */
    @Override
    public int upper(int c, int[] cols, double[] vals) {
        int d = 0;
        if (c % nx < nx - 1) d = face(c + 1, gx[c], cols, vals, d);
        if (gy.length > 0 && (c / nx) % ny < ny - 1) d = face(c + sy, gy[c], cols, vals, d);
        if (gz.length > 0 && c / sz < nz - 1) d = face(c + sz, gz[c], cols, vals, d);
        return d;
    }

    /** Adds the off-diagonal entry −g towards row j when the face conducts. */
    private static int face(int j, double g, int[] cols, double[] vals, int d) {
        if (g == 0) return d;
        cols[d] = j;
        vals[d] = -g;
        return d + 1;
    }

    @Override
    public int maxRowLength() {
        return 7;
    }

    /** Whether row c has no off-diagonal entry (a cell outside the geometry, or an isolated cell). */
    public boolean isolated(int c) {
        int i = c % nx;
        int j = (c / nx) % ny;
        int k = c / sz;
        if (gx[c] != 0 || i > 0 && gx[c - 1] != 0) return false;
        if (gy.length > 0 && (gy[c] != 0 || j > 0 && gy[c - sy] != 0)) return false;
        return !(gz.length > 0 && (gz[c] != 0 || k > 0 && gz[c - sz] != 0));
    }

    /** Bytes held by the coefficient arrays. */
    public long memoryBytes() {
        return 8L * (gx.length + gy.length + gz.length + rowSum.length);
    }

    @Override
    public void apply(double[] x, double[] y) {
        applyKernel.x = x;
        applyKernel.y = y;
        par.forEach(segments(), nx, applyKernel); // segments, of nx cells each
    }

    /** y = A x over x-segments [from, to). */
    public void applySegments(double[] x, double[] y, int from, int to) {
        for (int s = from; s < to; s++) {
            int j = s % ny;
            int k = s / ny;
            if (interior(j, k)) applyInterior(x, y, s * nx);
            else applyGeneral(x, y, s, j, k);
        }
    }

    /** Whether an x-segment has neighbours in ±y and ±z (the common case: branch-free loops). */
    private boolean interior(int j, int k) {
        return gy.length > 0 && gz.length > 0 && j > 0 && j < ny - 1 && k > 0 && k < nz - 1;
    }

    private void applyInterior(double[] x, double[] y, int c0) {
        // One pass with all six faces: gx is zero at every segment's last cell (there is no +x face), so
        // the -x term of the first cell and the +x term of the last multiply a neighbour that exists
        // (interior segments have cells before and after them) by exactly zero. Each y is written once;
        // the two-pass form read y back for the x faces.
        int c1 = c0 + nx;
        for (int c = c0; c < c1; c++) {
            double xc = x[c];
            y[c] = rowSum[c] * xc + gx[c] * (xc - x[c + 1]) + gx[c - 1] * (xc - x[c - 1])
                    + gy[c] * (xc - x[c + sy]) + gy[c - sy] * (xc - x[c - sy])
                    + gz[c] * (xc - x[c + sz]) + gz[c - sz] * (xc - x[c - sz]);
        }
    }

    private void applyGeneral(double[] x, double[] y, int s, int j, int k) {
        boolean hasY = gy.length > 0;
        boolean hasZ = gz.length > 0;
        int c0 = s * nx;
        boolean down = j > 0;
        boolean up = j < ny - 1;
        boolean back = k > 0;
        boolean front = k < nz - 1;
        for (int i = 0; i < nx; i++) {
            int c = c0 + i;
            double xc = x[c];
            double v = rowSum[c] * xc;
            if (i < nx - 1) v += gx[c] * (xc - x[c + 1]);
            if (i > 0) v += gx[c - 1] * (xc - x[c - 1]);
            if (hasY) {
                if (up) v += gy[c] * (xc - x[c + sy]);
                if (down) v += gy[c - sy] * (xc - x[c - sy]);
            }
            if (hasZ) {
                if (front) v += gz[c] * (xc - x[c + sz]);
                if (back) v += gz[c - sz] * (xc - x[c - sz]);
            }
            y[c] = v;
        }
    }

    /** r = b − A x over x-segments [from, to). */
    public void residualSegments(double[] b, double[] x, double[] r, int from, int to) {
        applySegments(x, r, from, to);
        for (int c = from * nx, e = to * nx; c < e; c++) r[c] = b[c] - r[c];
    }

    /** 1 / diagonal, for {@link #relaxSegment}. */
    public double[] inverseDiagonal(double[] out) {
        for (int c = 0; c < n; c++) out[c] = 1.0 / diagonal(c);
        return out;
    }

    /**
     * Gauss–Seidel over one x-segment, in increasing (forward) or decreasing i:
     * {@code x_c = (b_c + Σ g x_nb) / diag_c}. A first, vectorisable pass gathers b and every neighbour
     * except the one just updated into {@code t}; the sweep along x is then one multiply-add per cell,
     * so the dependence from cell to cell no longer runs through a division.
     *
     * @param inv 1/diagonal ({@link #inverseDiagonal})
     * @param t   scratch of length nx
     */
    public void relaxSegment(double[] b, double[] x, double[] inv, int s, boolean forward, double[] t) {
        int j = s % ny;
        int k = s / ny;
        int c0 = s * nx;
        if (interior(j, k)) {
            for (int i = 0; i < nx; i++) {
                int c = c0 + i;
                t[i] = b[c] + gy[c] * x[c + sy] + gy[c - sy] * x[c - sy] + gz[c] * x[c + sz] + gz[c - sz] * x[c - sz];
            }
        } else {
            boolean hasY = gy.length > 0;
            boolean hasZ = gz.length > 0;
            for (int i = 0; i < nx; i++) {
                int c = c0 + i;
                double v = b[c];
                if (hasY) {
                    if (j < ny - 1) v += gy[c] * x[c + sy];
                    if (j > 0) v += gy[c - sy] * x[c - sy];
                }
                if (hasZ) {
                    if (k < nz - 1) v += gz[c] * x[c + sz];
                    if (k > 0) v += gz[c - sz] * x[c - sz];
                }
                t[i] = v;
            }
        }
        int last = nx - 1;
        if (forward) {
            // The +x neighbour still holds its old value; the −x one is updated in the recurrence.
            for (int i = 0; i < last; i++) t[i] += gx[c0 + i] * x[c0 + i + 1];
            double prev = 0;
            for (int i = 0; i < nx; i++) {
                int c = c0 + i;
                double left = i > 0 ? gx[c - 1] * prev : 0;
                prev = (t[i] + left) * inv[c];
                x[c] = prev;
            }
        } else {
            for (int i = 1; i < nx; i++) t[i] += gx[c0 + i - 1] * x[c0 + i - 1];
            double next = 0;
            for (int i = last; i >= 0; i--) {
                int c = c0 + i;
                double right = i < last ? gx[c] * next : 0;
                next = (t[i] + right) * inv[c];
                x[c] = next;
            }
        }
    }

    /**
     * A forward Gauss–Seidel sweep of one x-segment from a zero initial guess: neighbours not yet visited
     * (+x, +y, +z in the sweep's order) are zero and are not read. Only valid for segments whose +y and
     * +z neighbours come later in the sweep.
     */
    public void relaxSegmentFromZero(double[] b, double[] x, double[] inv, int s, double[] t) {
        int j = s % ny;
        int k = s / ny;
        int c0 = s * nx;
        boolean hasDown = gy.length > 0 && j > 0;
        boolean hasBack = gz.length > 0 && k > 0;
        if (hasDown && hasBack) {
            for (int i = 0; i < nx; i++) {
                int c = c0 + i;
                t[i] = b[c] + gy[c - sy] * x[c - sy] + gz[c - sz] * x[c - sz];
            }
        } else {
            for (int i = 0; i < nx; i++) {
                int c = c0 + i;
                double v = b[c];
                if (hasDown) v += gy[c - sy] * x[c - sy];
                if (hasBack) v += gz[c - sz] * x[c - sz];
                t[i] = v;
            }
        }
        double prev = 0;
        for (int i = 0; i < nx; i++) {
            int c = c0 + i;
            double left = i > 0 ? gx[c - 1] * prev : 0;
            prev = (t[i] + left) * inv[c];
            x[c] = prev;
        }
    }

    /** The same matrix in CSR form (for multigrid setup, direct solves in tests, and EJML checks). */
    public CsrMatrix toCsr() {
        int[] rowStart = new int[n + 1];
        int[] cols = new int[7 * n];
        double[] vals = new double[7 * n];
        int pos = 0;
        for (int c = 0; c < n; c++) {
            rowStart[c] = pos;
            int i = c % nx;
            int j = (c / nx) % ny;
            int k = c / sz;
            if (gz.length > 0 && k > 0 && gz[c - sz] != 0) {
                cols[pos] = c - sz;
                vals[pos++] = -gz[c - sz];
            }
            if (gy.length > 0 && j > 0 && gy[c - sy] != 0) {
                cols[pos] = c - sy;
                vals[pos++] = -gy[c - sy];
            }
            if (i > 0 && gx[c - 1] != 0) {
                cols[pos] = c - 1;
                vals[pos++] = -gx[c - 1];
            }
            cols[pos] = c;
            vals[pos++] = diagonal(c);
            if (i < nx - 1 && gx[c] != 0) {
                cols[pos] = c + 1;
                vals[pos++] = -gx[c];
            }
            if (gy.length > 0 && j < ny - 1 && gy[c] != 0) {
                cols[pos] = c + sy;
                vals[pos++] = -gy[c];
            }
            if (gz.length > 0 && k < nz - 1 && gz[c] != 0) {
                cols[pos] = c + sz;
                vals[pos++] = -gz[c];
            }
        }
        rowStart[n] = pos;
        CsrMatrix m = new CsrMatrix(rowStart, java.util.Arrays.copyOf(cols, pos));
        System.arraycopy(vals, 0, m.value, 0, pos);
        return m;
    }

    private final class Apply implements Parallel.RangeTask {
        double[] x;
        double[] y;

        @Override
        public void run(int block, int from, int to) {
            applySegments(x, y, from, to);
        }
    }
}
