package org.kapitza.linalg;

import java.util.Arrays;

/**
 * The coarsening of {@link AggregationAmg}, written once for every matrix that gives its rows
 * ({@link SparseRows}): pairwise matching by pair quality and the Galerkin product Pᵀ A P for
 * piecewise-constant P. The finest level is usually a {@link StencilMatrix}, the coarse levels CSR.
 */
final class PairwiseAggregation {
    private PairwiseAggregation() {
    }

    /**
     * The quality μ({i, j}) of the pair {i, j} (Napov and Notay, SIAM J. Sci. Comput. 34 (2012) A1079,
     * §4): the two-grid condition number the pair allows, sup over v of vᵀD(I − P_D)v / vᵀA_G v, with
     * A_G the pair's own block (coupling g = −a_ij, row sums δ kept on the diagonal) and D its diagonal.
     * For two cells of a uniform grain μ = 3; for two halves of a grain boundary with resistance R it
     * grows like the bulk-to-boundary conductance ratio, so such a pair is refused: piecewise-constant
     * interpolation across it could not represent the mode in which the two sides differ, the mode a
     * resistive boundary makes cheap.
     */
    static double quality(double aii, double ajj, double g, double di, double dj) {
        double num = aii * ajj * (aii + ajj);
        double sum = aii + ajj;
        double den = g * sum * sum + di * ajj * ajj + dj * aii * aii;
        double dd = di + dj;
        if (dd > 0) {
            double c = di * ajj - dj * aii;
            den -= c * c / dd;
        }
        return den > 0 ? num / den : Double.POSITIVE_INFINITY;
    }

    /**
     * One pass of pairwise matching: each free node, in order, takes the free neighbour with which it
     * forms the pair of best quality ({@link #quality}), if that quality is at most κ; a node with
     * no such neighbour stays alone. {@code diag} is the smoother's diagonal of the level summed over
     * each node's members. A lone node is deliberately not absorbed into a neighbouring pair (Vaněk,
     * Mandel and Brezina's phase 2): across a resistive grain boundary that makes an aggregate whose
     * two sides the coarse space cannot tell apart, and on B1 with R = 1e-4 m²K/W it raised the
     * iteration count from 26 to 88 (40³). With {@code dropIsolated}, rows without an off-diagonal entry
     * are left out of the coarse levels (pairs[i] = −1; cells outside the geometry, on a stencil): on a
     * level of the hierarchy the smoother solves such a row exactly, and left in they could never pair, so a level of many separate
     * bodies would stop coarsening. Returns the number of aggregates; pairs[i] is i's.
     */
    static int pair(SparseRows a, double kappa, int[] pairs, double[] diag, boolean dropIsolated) {
        int n = a.size();
        Arrays.fill(pairs, -1);
        double[] delta = new double[n];
        for (int i = 0; i < n; i++) delta[i] = a.rowSum(i);
        int[] cols = new int[a.maxRowLength()];
        double[] vals = new double[cols.length];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (pairs[i] >= 0) continue;
            int len = a.row(i, cols, vals);
            if (dropIsolated && len <= 1) continue; // only its diagonal: stays −1
            int best = -1;
            double bestMu = kappa;
            for (int q = 0; q < len; q++) {
                int j = cols[q];
                double g = -vals[q];
                if (j == i || pairs[j] >= 0 || !(g > 0)) continue;
                double mu = quality(diag[i], diag[j], g, delta[i], delta[j]);
                if (mu <= bestMu) {
                    bestMu = mu;
                    best = j;
                }
            }
            pairs[i] = count;
            if (best >= 0) pairs[best] = count;
            count++;
        }
        return count;
    }

    /**
     * Galerkin product Pᵀ A P for piecewise-constant P: coarse entry (I, J) is the sum of the fine
     * entries (i, j) with i in aggregate I and j in J; rows with map −1 are left out. With {@code into}
     * given, its pattern is reused and only the values are recomputed.
     */
    static CsrMatrix galerkin(SparseRows a, int[] map, int nc, CsrMatrix into) {
        int n = a.size();
        int[] memberStart = new int[nc + 1];
        for (int i = 0; i < n; i++) if (map[i] >= 0) memberStart[map[i] + 1]++;
        for (int c = 0; c < nc; c++) memberStart[c + 1] += memberStart[c];
        int[] members = new int[memberStart[nc]];
        int[] at = Arrays.copyOf(memberStart, nc);
        for (int i = 0; i < n; i++) if (map[i] >= 0) members[at[map[i]]++] = i;
        RowSource rows = (i, cols, vals) -> {
            // Rows left out (−1) have no off-diagonal entry, so no row that is kept refers to them.
            int k = a.row(i, cols, vals);
            for (int q = 0; q < k; q++) cols[q] = map[cols[q]];
            return k;
        };
        return product(rows, a.maxRowLength(), memberStart, members, nc, into);
    }

    /** The fine rows of a Galerkin product, with their columns already mapped to coarse rows. */
    @FunctionalInterface
    private interface RowSource {
        /** Writes row i's mapped columns and values; returns how many. */
        int row(int i, int[] cols, double[] vals);
    }

    /**
     * Accumulates the coarse matrix row by row, coarse rows split between threads; each thread has its
     * own marker and buffers and the blocks are concatenated in order, so the result does not depend on
     * the thread count. Coarse rows are left unsorted (nothing searches them).
     */
    private static CsrMatrix product(RowSource rows, int maxRow, int[] memberStart, int[] members, int nc, CsrMatrix into) {
        Parallel par = Parallel.shared();
        int blocks = par.threads();
        int[][] blockCols = new int[blocks][];
        double[][] blockVals = new double[blocks][];
        int[][] blockRowLen = new int[blocks][];
        par.forEach(nc, (b, from, to) -> {
            int[] marker = new int[nc];
            Arrays.fill(marker, -1);
            int[] rc = new int[maxRow];
            double[] rv = new double[maxRow];
            if (into != null) {
                for (int c = from; c < to; c++) {
                    for (int p = into.rowStart[c]; p < into.rowStart[c + 1]; p++) {
                        marker[into.col[p]] = p;
                        into.value[p] = 0;
                    }
                    for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                        int k = rows.row(members[m], rc, rv);
                        for (int q = 0; q < k; q++) into.value[marker[rc[q]]] += rv[q];
                    }
                }
                return;
            }
            int cap = Math.max(16, 8 * (memberStart[to] - memberStart[from]) + 16);
            int[] cols = new int[cap];
            double[] vals = new double[cap];
            int[] rowLen = new int[to - from];
            int pos = 0;
            for (int c = from; c < to; c++) {
                int rowStart = pos;
                for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                    int k = rows.row(members[m], rc, rv);
                    if (pos + k > cols.length) {
                        cols = Arrays.copyOf(cols, 2 * cols.length + k);
                        vals = Arrays.copyOf(vals, cols.length);
                    }
                    for (int q = 0; q < k; q++) {
                        int j = rc[q];
                        if (marker[j] < rowStart) {
                            marker[j] = pos;
                            cols[pos] = j;
                            vals[pos++] = rv[q];
                        } else {
                            vals[marker[j]] += rv[q];
                        }
                    }
                }
                rowLen[c - from] = pos - rowStart;
            }
            blockCols[b] = cols;
            blockVals[b] = vals;
            blockRowLen[b] = rowLen;
        });
        if (into != null) return into;
        int[] rowStart = new int[nc + 1];
        int total = 0;
        for (int b = 0; b < blocks; b++) {
            if (blockRowLen[b] == null) continue;
            int from = par.blockStart(nc, b);
            for (int r = 0; r < blockRowLen[b].length; r++) {
                rowStart[from + r] = total;
                total += blockRowLen[b][r];
            }
        }
        rowStart[nc] = total;
        int[] cols = new int[total];
        double[] vals = new double[total];
        for (int b = 0; b < blocks; b++) {
            if (blockRowLen[b] == null) continue;
            int from = par.blockStart(nc, b);
            int len = 0;
            for (int r : blockRowLen[b]) len += r;
            System.arraycopy(blockCols[b], 0, cols, rowStart[from], len);
            System.arraycopy(blockVals[b], 0, vals, rowStart[from], len);
        }
        CsrMatrix out = CsrMatrix.unsorted(rowStart, cols);
        System.arraycopy(vals, 0, out.value, 0, total);
        return out;
    }
}
