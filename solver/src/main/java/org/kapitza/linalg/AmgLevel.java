package org.kapitza.linalg;

import java.util.Arrays;

/**
 * One level of {@link AggregationAmg}: its matrix, the transfer to the next coarser level, its work
 * vectors, and its smoother. The smoother is the one place where the storage shows: a stencil level
 * (the finest, usually) relaxes whole x-lines with the stencil's own kernels and reads no column
 * indices; a CSR level (every coarse level) relaxes row by row. Both are one symmetric Gauss–Seidel
 * sweep split into one block of rows per thread: rows coupled only within their block are swept in
 * parallel, then the few rows (or lines) coupled to another block sequentially. That is an exact
 * Gauss–Seidel sweep in a fixed global order, so results do not depend on timing, and the backward
 * sweep is its exact adjoint.
 */
final class AmgLevel {
    CsrMatrix a;
    StencilMatrix stencil;   // the finest level, when given as a stencil
    final int n;
    int[] aggregate;         // row → coarse row (null on the coarsest level)
    int[] memberStart;       // coarse row → its fine rows, CSR over members
    int[] members;
    final double[] invDiag;
    final double[] b;
    final double[] x;
    final double[] r;
    // K-cycle work vectors (levels below the finest)
    double[] kv;
    double[] kw;
    double[] kd;
    double[] kz;
    double[] kr;

    private double[][] scratch;        // stencil level: one segment-long buffer per thread
    private byte[] crossingSegments;   // stencil level: 1 where an x-segment is coupled to another thread block
    private int[] crossingSegmentList;
    private byte[] crossing;           // CSR level: 1 where a row is coupled to another thread block
    private int[] crossingRows;        // those rows, ascending
    private final Parallel par;
    private final Kernels kernels = new Kernels();

    private AmgLevel(int n, Parallel par) {
        this.n = n;
        this.par = par;
        this.b = new double[n];
        this.x = new double[n];
        this.r = new double[n];
        this.invDiag = new double[n];
    }

    /** A CSR level; {@code kCycle}: with the work vectors of a K-cycle. */
    static AmgLevel csr(CsrMatrix a, boolean kCycle, Parallel par) {
        AmgLevel l = new AmgLevel(a.size(), par);
        l.a = a;
        if (kCycle) {
            l.kv = new double[l.n];
            l.kw = new double[l.n];
            l.kd = new double[l.n];
            l.kz = new double[l.n];
            l.kr = new double[l.n];
        }
        l.computeSmootherData();
        return l;
    }

    /** A stencil level: smoothed line by line, restricted without CSR. */
    static AmgLevel stencil(StencilMatrix a, Parallel par) {
        AmgLevel l = new AmgLevel(a.size(), par);
        l.stencil = a;
        a.inverseDiagonal(l.invDiag);
        l.scratch = new double[par.threads()][a.nx];
        int segments = a.segments();
        int ny = a.ny;
        l.crossingSegments = new byte[segments];
        int count = 0;
        for (int b = 0; b < par.threads(); b++) {
            int from = par.blockStart(segments, b);
            int to = par.blockStart(segments, b + 1);
            for (int s = from; s < to; s++) {
                int j = s % ny;
                int k = s / ny;
                int[] nbs = {j > 0 ? s - 1 : s, j < ny - 1 ? s + 1 : s, k > 0 ? s - ny : s, k < a.nz - 1 ? s + ny : s};
                for (int t : nbs) {
                    if (t < from || t >= to) {
                        l.crossingSegments[s] = 1;
                        count++;
                        break;
                    }
                }
            }
        }
        l.crossingSegmentList = new int[count];
        for (int s = 0, k = 0; s < segments; s++) if (l.crossingSegments[s] != 0) l.crossingSegmentList[k++] = s;
        return l;
    }

    /** The level's matrix as rows, for coarsening. */
    SparseRows rows() {
        return stencil != null ? stencil : a;
    }

    /** New values on the same CSR pattern. */
    void refresh(CsrMatrix m) {
        a = m;
        computeSmootherData();
    }

    /** New coefficients on the same stencil. */
    void refresh(StencilMatrix m) {
        stencil = m;
        m.inverseDiagonal(invDiag);
    }

    /** The smoother's inverse diagonal and, once, which rows are coupled across thread blocks. */
    void computeSmootherData() {
        for (int i = 0; i < n; i++) {
            double d = a.diag[i] < 0 ? 0 : a.value[a.diag[i]];
            if (!(d > 0)) throw new IllegalArgumentException("AMG: diagonal entry " + i + " is " + d + "; not positive definite");
            invDiag[i] = 1.0 / d;
        }
        if (crossing == null) {
            crossing = new byte[n];
            int count = 0;
            for (int b = 0; b < par.threads(); b++) {
                int from = par.blockStart(n, b);
                int to = par.blockStart(n, b + 1);
                for (int i = from; i < to; i++) {
                    for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                        int j = a.col[p];
                        if (j < from || j >= to) {
                            crossing[i] = 1;
                            count++;
                            break;
                        }
                    }
                }
            }
            crossingRows = new int[count];
            for (int i = 0, k = 0; i < n; i++) if (crossing[i] != 0) crossingRows[k++] = i;
        }
    }

    /** Sets the aggregates (row → coarse row, −1 for rows left out) and their member lists. */
    void setTransfer(int[] map, int nc) {
        aggregate = map;
        memberStart = new int[nc + 1];
        for (int i = 0; i < n; i++) if (map[i] >= 0) memberStart[map[i] + 1]++;
        for (int c = 0; c < nc; c++) memberStart[c + 1] += memberStart[c];
        members = new int[memberStart[nc]];
        int[] at = Arrays.copyOf(memberStart, nc);
        for (int i = 0; i < n; i++) if (map[i] >= 0) members[at[map[i]]++] = i;
    }

    /** The pre-smoothing: one forward sweep from x = 0. */
    void preSmooth(double[] rhs, double[] sol) {
        if (stencil != null) {
            smoothFromZero(rhs, sol);
        } else {
            kernels.set(rhs, sol, null);
            par.forEach(n, kernels.zero);
            smooth(rhs, sol, true);
        }
    }

    /** The residual b − A x restricted to the next level's right-hand side (sum over each aggregate). */
    void restrictResidual(double[] rhs, double[] sol, AmgLevel next) {
        Kernels k = kernels;
        k.set(rhs, sol, next);
        if (stencil != null) par.forEach(stencil.segments(), stencil.nx, k.stencilResidual);
        else par.forEach(n, k.residual);
        par.forEach(next.n, k.restrict);
    }

    /** x += P x_c: each row takes its aggregate's correction. */
    void prolongate(AmgLevel next, double[] sol) {
        kernels.set(null, sol, next);
        par.forEach(n, kernels.prolong);
    }

    /**
     * The forward sweep of a stencil level from a zero initial guess, in the same order as
     * {@link #smooth}: crossing segments are cleared and swept last with the general kernel.
     */
    private void smoothFromZero(double[] rhs, double[] sol) {
        StencilMatrix st = stencil;
        int nx = st.nx;
        for (int s : crossingSegmentList) Arrays.fill(sol, s * nx, s * nx + nx, 0);
        kernels.set(rhs, sol, null);
        par.forEach(st.segments(), st.nx, kernels.segmentsFromZero);
        double[] t = scratch[0];
        for (int s : crossingSegmentList) st.relaxSegment(rhs, sol, invDiag, s, true, t);
    }

    /** One Gauss–Seidel sweep, forward or backward, exact in the block-interior-then-crossing order. */
    void smooth(double[] rhs, double[] sol, boolean forward) {
        Kernels k = kernels;
        k.set(rhs, sol, null);
        if (stencil != null) {
            StencilMatrix st = stencil;
            double[] t = scratch[0];
            if (forward) {
                par.forEach(st.segments(), st.nx, k.segmentsForward);
                for (int s : crossingSegmentList) st.relaxSegment(rhs, sol, invDiag, s, true, t);
            } else {
                for (int q = crossingSegmentList.length - 1; q >= 0; q--) {
                    st.relaxSegment(rhs, sol, invDiag, crossingSegmentList[q], false, t);
                }
                par.forEach(st.segments(), st.nx, k.segmentsBackward);
            }
            return;
        }
        if (forward) {
            par.forEach(n, k.interiorForward);
            for (int i : crossingRows) relax(a, invDiag, rhs, sol, i);
        } else {
            for (int q = crossingRows.length - 1; q >= 0; q--) relax(a, invDiag, rhs, sol, crossingRows[q]);
            par.forEach(n, k.interiorBackward);
        }
    }

    private static void relax(CsrMatrix a, double[] invDiag, double[] b, double[] x, int i) {
        double s = b[i];
        int[] col = a.col;
        double[] v = a.value;
        for (int p = a.rowStart[i], e = a.rowStart[i + 1]; p < e; p++) s -= v[p] * x[col[p]];
        x[i] += s * invDiag[i];
    }

    /** Stored entries of the level's matrix (a stencil counts its diagonal and both sides of each face). */
    double nonZeros() {
        if (a != null) return a.nonZeros();
        int faces = 0;
        for (double[] g : new double[][] {stencil.gx, stencil.gy, stencil.gz}) for (double v : g) if (v != 0) faces++;
        return stencil.size() + 2.0 * faces;
    }

    /** Bytes held by the level beyond its matrix: vectors, smoother data, transfer. */
    long workBytes() {
        long bytes = 8L * 3 * n + 8L * n + (crossing == null ? 0 : n + 4L * crossingRows.length);
        if (kv != null) bytes += 8L * 5 * n;
        if (aggregate != null) bytes += 8L * n + 4L * memberStart.length;
        return bytes;
    }

    /** Reusable kernels of the V-cycle on this level: no allocation per application. */
    private final class Kernels {
        double[] rhs;
        double[] sol;
        AmgLevel next;

        void set(double[] b, double[] x, AmgLevel coarse) {
            rhs = b;
            sol = x;
            next = coarse;
        }

        final Parallel.RangeTask zero = (blk, from, to) -> Arrays.fill(sol, from, to, 0);

        final Parallel.RangeTask interiorForward = (blk, from, to) -> {
            for (int i = from; i < to; i++) if (crossing[i] == 0) relax(a, invDiag, rhs, sol, i);
        };

        final Parallel.RangeTask interiorBackward = (blk, from, to) -> {
            for (int i = to - 1; i >= from; i--) if (crossing[i] == 0) relax(a, invDiag, rhs, sol, i);
        };

        final Parallel.RangeTask segmentsForward = (blk, from, to) -> {
            double[] t = scratch[blk];
            for (int s = from; s < to; s++) if (crossingSegments[s] == 0) stencil.relaxSegment(rhs, sol, invDiag, s, true, t);
        };

        final Parallel.RangeTask segmentsFromZero = (blk, from, to) -> {
            double[] t = scratch[blk];
            for (int s = from; s < to; s++) if (crossingSegments[s] == 0) stencil.relaxSegmentFromZero(rhs, sol, invDiag, s, t);
        };

        final Parallel.RangeTask segmentsBackward = (blk, from, to) -> {
            double[] t = scratch[blk];
            for (int s = to - 1; s >= from; s--) if (crossingSegments[s] == 0) stencil.relaxSegment(rhs, sol, invDiag, s, false, t);
        };

        final Parallel.RangeTask stencilResidual = (blk, from, to) -> stencil.residualSegments(rhs, sol, r, from, to);

        final Parallel.RangeTask residual = (blk, from, to) -> {
            int[] col = a.col;
            double[] v = a.value;
            for (int i = from; i < to; i++) {
                double s = rhs[i];
                for (int p = a.rowStart[i], e = a.rowStart[i + 1]; p < e; p++) s -= v[p] * sol[col[p]];
                r[i] = s;
            }
        };

        final Parallel.RangeTask restrict = (blk, from, to) -> {
            double[] bc = next.b;
            for (int c = from; c < to; c++) {
                double s = 0;
                for (int m = memberStart[c]; m < memberStart[c + 1]; m++) s += r[members[m]];
                bc[c] = s;
            }
        };

        final Parallel.RangeTask prolong = (blk, from, to) -> {
            double[] xc = next.x;
            for (int i = from; i < to; i++) {
                int c = aggregate[i];
                if (c >= 0) sol[i] += xc[c];
            }
        };
    }
}
