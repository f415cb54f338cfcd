package org.kapitza.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Aggregation-based algebraic multigrid, used as the preconditioner of conjugate gradients.
 *
 * <p><b>Why aggregation, and why algebraic.</b> Conductances here jump by orders of magnitude across
 * material interfaces and grain boundaries (k from 0.1 to 2000 W/m/K, boundary conductances from 10⁴ to
 * 10¹⁰ W/m²/K). When boundaries are very resistive the grains decouple, and the error the smoother
 * cannot remove is constant per grain; a geometric 2×2×2 coarse grid straddles grain boundaries and
 * cannot represent it, so its iteration counts grow with R. Aggregates built from strong connections
 * stay inside grains and layers and keep those modes in the coarse space. Piecewise-constant
 * prolongation keeps coarse operators as sparse as the fine one (a 7-point stencil stays about 7-point),
 * so the Galerkin product is a single cheap pass.
 *
 * <p><b>Aggregation</b>: three passes of pairwise matching (Notay, ETNA 37 (2010) 123), each node paired
 * with the free neighbour that gives the pair of best quality μ, and only if μ ≤ κ = 10 (Napov and
 * Notay, SIAM J. Sci. Comput. 34 (2012) A1079): μ bounds the two-grid condition number the pair allows.
 * A relative strength test ({@code −a_ij ≥ β max_k(−a_ik)}) is not enough here: once a grain has
 * become one node, its strongest link is a grain boundary, however resistive, and aggregates that span
 * a resistive boundary made the iteration count grow ninefold from R = 0 to R = 1e-4 m²K/W on B1.
 * Three passes give aggregates of about eight nodes, a coarsening ratio like geometric 2×2×2.
 *
 * <p><b>Smoother</b>: one symmetric Gauss–Seidel sweep (forward before, backward after the coarse
 * correction), so the V-cycle is a symmetric positive definite preconditioner. For parallelism the rows
 * are split into one block per thread; rows coupled only within their block are swept in parallel, then
 * the few rows coupled to another block sequentially. That is an exact Gauss–Seidel sweep in a fixed
 * global order, so results do not depend on timing, and the backward sweep is its exact adjoint.
 *
 * <p><b>Coarsest level</b>: a dense Cholesky factorisation (EJML) once it has at most
 * {@link Options#coarsest} unknowns.
 *
 * <p>{@link #refresh} keeps the aggregates and recomputes only the values, for a matrix with the same
 * pattern and new coefficients (Newton steps, time steps).
 */
public final class AggregationAmg implements Preconditioner {

    /**
     * Setup parameters.
     *
     * @param quality   κ: the largest pair quality μ accepted ({@link #pairQuality}); Napov and Notay's
     *                  κ_TG, a bound on the two-grid condition number; 10 as in their AGMG
     * @param passes    pairwise passes per level (3: aggregates of about 8)
     * @param coarsest  largest coarsest level, solved directly
     * @param maxLevels most levels
     * @param kCycle    K-cycle (Krylov-accelerated coarse corrections) instead of a V-cycle
     */
    public record Options(double quality, int passes, int coarsest, int maxLevels, boolean kCycle) {
        public static Options defaults() {
            return new Options(10, 3, 400, 25, true);
        }
    }

    /** One level of the hierarchy with its work vectors. */
    private static final class Level {
        CsrMatrix a;
        StencilMatrix stencil;  // the finest level, when given as a stencil
        double[][] scratch;     // stencil level: one segment-long buffer per thread
        byte[] crossingSegments; // stencil level: 1 where an x-segment is coupled to another thread block
        int[] crossingSegmentList;
        int n;
        int[] aggregate;       // row → coarse row (null on the coarsest level)
        int[] memberStart;     // coarse row → its fine rows, CSR over members
        int[] members;
        byte[] crossing;       // 1 where a row is coupled to another thread block
        int[] crossingRows;    // those rows, ascending
        double[] invDiag;
        double[] b;
        double[] x;
        double[] r;
        // K-cycle work vectors (levels below the finest)
        double[] kv;
        double[] kw;
        double[] kd;
        double[] kz;
        double[] kr;
    }

    private final Options options;
    private final List<Level> levels = new ArrayList<>();
    private LinearSolverDense<DMatrixRMaj> coarseSolver;
    private DMatrixRMaj coarseB;
    private DMatrixRMaj coarseX;
    private final Parallel par = Parallel.shared();
    private final Kernels kernels = new Kernels();

    public AggregationAmg(CsrMatrix a) {
        this(a, Options.defaults());
    }

    public AggregationAmg(CsrMatrix a, Options options) {
        this.options = options;
        levels.add(level(a));
        build();
    }

    /** Multigrid whose finest level is a structured stencil: smoothed and restricted without CSR. */
    public AggregationAmg(StencilMatrix a) {
        this(a, Options.defaults());
    }

    public AggregationAmg(StencilMatrix a, Options options) {
        this.options = options;
        levels.add(stencilLevel(a));
        build();
    }

    /**
     * A hierarchy with given aggregates (from {@link #aggregates()}), for a matrix with the same pattern:
     * a restarted transient run rebuilds exactly the preconditioner it was using, so it reproduces the
     * uninterrupted run.
     */
    public AggregationAmg(StencilMatrix a, int[][] aggregates) {
        this.options = Options.defaults();
        levels.add(stencilLevel(a));
        for (int[] map : aggregates) {
            Level cur = levels.get(levels.size() - 1);
            if (map.length != cur.n) throw new IllegalArgumentException("AMG: saved aggregates do not fit this matrix");
            int nc = 0;
            for (int v : map) nc = Math.max(nc, v + 1);
            CsrMatrix coarse = cur.stencil != null ? galerkinStencil(cur.stencil, map, nc, null) : galerkin(cur.a, map, nc, null);
            setTransfer(cur, map.clone(), nc);
            levels.add(level(coarse));
        }
        factorCoarsest();
    }

    /** The aggregate map of every level but the coarsest (row → coarse row, −1 for rows left out). */
    public int[][] aggregates() {
        int[][] out = new int[levels.size() - 1][];
        for (int l = 0; l + 1 < levels.size(); l++) out[l] = levels.get(l).aggregate.clone();
        return out;
    }

    private void build() {
        while (levels.size() < options.maxLevels()) {
            Level cur = levels.get(levels.size() - 1);
            if (cur.n <= options.coarsest()) break;
            int[] map = new int[cur.n];
            CsrMatrix coarse = coarsen(cur, options.quality(), map);
            // Nodes with no good partner stay alone, and coarsening stalls: deep in the hierarchy a node
            // stands for a whole grain behind resistive boundaries, and its pairs with the neighbouring
            // grains are all poor. Accept worse pairs there, and at last any pair, rather than stop.
            for (double kappa = 4 * options.quality(); stalled(coarse, map, cur.n); kappa *= 4) {
                coarse = coarsen(cur, kappa < 1e4 * options.quality() ? kappa : Double.POSITIVE_INFINITY, map);
                if (kappa >= 1e4 * options.quality()) break;
            }
            if (coarse.size() == 0 || coarse.size() > 0.8 * activeRows(map, cur.n)) break; // no useful coarsening left
            setTransfer(cur, map, coarse.size());
            levels.add(level(coarse));
        }
        factorCoarsest();
    }

    /** Whether a coarsening kept more than half its rows (and is still above the coarsest size). */
    private boolean stalled(CsrMatrix coarse, int[] map, int n) {
        return coarse.size() > Math.max(options.coarsest(), 0.5 * activeRows(map, n));
    }

    private static int activeRows(int[] map, int n) {
        int k = 0;
        for (int i = 0; i < n; i++) if (map[i] >= 0) k++;
        return k;
    }

    /**
     * Passes of pairwise matching; map receives each row's coarse index (−1 for isolated rows of a stencil
     * level: cells outside the geometry); returns the coarse matrix.
     */
    private CsrMatrix coarsen(Level cur, double kappa, int[] map) {
        CsrMatrix coarse;
        int pass0;
        // The smoother's diagonal of this level summed over each aggregate built so far: the pair quality
        // of two aggregates is judged against what the smoother on this level sees, not against the
        // diagonal of the intermediate Galerkin matrix, which has lost the aggregates' inner couplings.
        double[] weight;
        if (cur.stencil != null) {
            double[] diag = new double[cur.n];
            for (int i = 0; i < cur.n; i++) diag[i] = cur.stencil.diagonal(i);
            int count = pairStencil(cur.stencil, kappa, map, diag);
            coarse = galerkinStencil(cur.stencil, map, count, null);
            weight = new double[count];
            for (int i = 0; i < map.length; i++) if (map[i] >= 0) weight[map[i]] += diag[i];
            pass0 = 1;
        } else {
            for (int i = 0; i < map.length; i++) map[i] = i;
            coarse = cur.a;
            weight = coarse.diagonal();
            pass0 = 0;
        }
        for (int pass = pass0; pass < options.passes() && coarse.size() > options.coarsest(); pass++) {
            int[] pairs = new int[coarse.size()];
            // Rows are left out only on a level of the hierarchy (pass 0 of a CSR level), where the smoother
            // solves them; an isolated node of an intermediate matrix is a whole aggregate and must stay.
            int count = pair(coarse, kappa, pairs, weight, pass == 0);
            for (int i = 0; i < map.length; i++) if (map[i] >= 0) map[i] = pairs[map[i]];
            double[] next = new double[count];
            for (int i = 0; i < pairs.length; i++) if (pairs[i] >= 0) next[pairs[i]] += weight[i];
            weight = next;
            coarse = galerkin(coarse, pairs, count, null);
        }
        return coarse;
    }

    /**
     * The first pairwise pass on a stencil: as {@link #pair}, with the stencil's own diagonal, and with
     * isolated rows (no off-diagonal entry) left out of the coarse levels (pairs[i] = −1); the smoother
     * solves them exactly.
     */
    static int pairStencil(StencilMatrix a, double kappa, int[] pairs, double[] diag) {
        int n = a.size();
        Arrays.fill(pairs, -1);
        int[] nb = new int[6];
        double[] w = new double[6];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (pairs[i] >= 0) continue;
            int deg = neighbours(a, i, nb, w);
            if (deg == 0) continue; // isolated: stays −1
            double aii = diag[i];
            double di = a.rowSum[i];
            int best = -1;
            double bestMu = kappa;
            for (int q = 0; q < deg; q++) {
                int j = nb[q];
                if (pairs[j] >= 0) continue;
                double mu = pairQuality(aii, diag[j], w[q], di, a.rowSum[j]);
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
     * The quality μ({i, j}) of the pair {i, j} (Napov and Notay, SIAM J. Sci. Comput. 34 (2012) A1079,
     * §4): the two-grid condition number the pair allows, sup over v of vᵀD(I − P_D)v / vᵀA_G v, with
     * A_G the pair's own block (coupling g = −a_ij, row sums δ kept on the diagonal) and D its diagonal.
     * For two cells of a uniform grain μ = 3; for two halves of a grain boundary with resistance R it
     * grows like the bulk-to-boundary conductance ratio, so such a pair is refused: piecewise-constant
     * interpolation across it could not represent the mode in which the two sides differ, the mode a
     * resistive boundary makes cheap.
     */
    static double pairQuality(double aii, double ajj, double g, double di, double dj) {
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

    /** The neighbours of row c with non-zero coupling and their conductances g (= −a_cj). */
    private static int neighbours(StencilMatrix a, int c, int[] nb, double[] w) {
        int nx = a.nx;
        int ny = a.ny;
        int sz = nx * ny;
        int i = c % nx;
        int j = (c / nx) % ny;
        int k = c / sz;
        int d = 0;
        if (i > 0 && a.gx[c - 1] != 0) { nb[d] = c - 1; w[d++] = a.gx[c - 1]; }
        if (i < nx - 1 && a.gx[c] != 0) { nb[d] = c + 1; w[d++] = a.gx[c]; }
        if (a.gy.length > 0) {
            if (j > 0 && a.gy[c - nx] != 0) { nb[d] = c - nx; w[d++] = a.gy[c - nx]; }
            if (j < ny - 1 && a.gy[c] != 0) { nb[d] = c + nx; w[d++] = a.gy[c]; }
        }
        if (a.gz.length > 0) {
            if (k > 0 && a.gz[c - sz] != 0) { nb[d] = c - sz; w[d++] = a.gz[c - sz]; }
            if (k < a.nz - 1 && a.gz[c] != 0) { nb[d] = c + sz; w[d++] = a.gz[c]; }
        }
        return d;
    }

    /** Galerkin product Pᵀ A P from a stencil; rows with map −1 are left out. */
    static CsrMatrix galerkinStencil(StencilMatrix a, int[] map, int nc, CsrMatrix into) {
        int n = a.size();
        int[] memberStart = new int[nc + 1];
        for (int i = 0; i < n; i++) if (map[i] >= 0) memberStart[map[i] + 1]++;
        for (int c = 0; c < nc; c++) memberStart[c + 1] += memberStart[c];
        int[] members = new int[memberStart[nc]];
        int[] at = Arrays.copyOf(memberStart, nc);
        for (int i = 0; i < n; i++) if (map[i] >= 0) members[at[map[i]]++] = i;
        RowSource rows = (i, cols, vals) -> {
            int nx = a.nx;
            int ny = a.ny;
            int sz = nx * ny;
            int ix = i % nx;
            int j = (i / nx) % ny;
            int k = i / sz;
            int d = 0;
            double diag = a.rowSum[i];
            if (ix > 0) d = entry(map, i - 1, a.gx[i - 1], cols, vals, d);
            if (ix < nx - 1) d = entry(map, i + 1, a.gx[i], cols, vals, d);
            if (a.gy.length > 0) {
                if (j > 0) d = entry(map, i - nx, a.gy[i - nx], cols, vals, d);
                if (j < ny - 1) d = entry(map, i + nx, a.gy[i], cols, vals, d);
            }
            if (a.gz.length > 0) {
                if (k > 0) d = entry(map, i - sz, a.gz[i - sz], cols, vals, d);
                if (k < a.nz - 1) d = entry(map, i + sz, a.gz[i], cols, vals, d);
            }
            for (int q = 0; q < d; q++) diag -= vals[q];
            cols[d] = map[i];
            vals[d] = diag;
            return d + 1;
        };
        return product(rows, 7, memberStart, members, nc, into);
    }

    /** Adds the off-diagonal entry −g towards fine row j (when the face exists). */
    private static int entry(int[] map, int j, double g, int[] cols, double[] vals, int d) {
        if (g == 0) return d;
        cols[d] = map[j];
        vals[d] = -g;
        return d + 1;
    }

    private Level level(CsrMatrix a) {
        Level l = new Level();
        l.a = a;
        l.n = a.size();
        l.b = new double[l.n];
        l.x = new double[l.n];
        l.r = new double[l.n];
        l.invDiag = new double[l.n];
        if (options.kCycle() && !levels.isEmpty()) {
            l.kv = new double[l.n];
            l.kw = new double[l.n];
            l.kd = new double[l.n];
            l.kz = new double[l.n];
            l.kr = new double[l.n];
        }
        computeSmootherData(l);
        return l;
    }

    private Level stencilLevel(StencilMatrix a) {
        Level l = new Level();
        l.stencil = a;
        l.n = a.size();
        l.b = new double[l.n];
        l.x = new double[l.n];
        l.r = new double[l.n];
        l.invDiag = a.inverseDiagonal(new double[l.n]);
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

    private void computeSmootherData(Level l) {
        CsrMatrix a = l.a;
        for (int i = 0; i < l.n; i++) {
            double d = a.diag[i] < 0 ? 0 : a.value[a.diag[i]];
            if (!(d > 0)) throw new IllegalArgumentException("AMG: diagonal entry " + i + " is " + d + "; not positive definite");
            l.invDiag[i] = 1.0 / d;
        }
        if (l.crossing == null) {
            l.crossing = new byte[l.n];
            int count = 0;
            for (int b = 0; b < par.threads(); b++) {
                int from = par.blockStart(l.n, b);
                int to = par.blockStart(l.n, b + 1);
                for (int i = from; i < to; i++) {
                    for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                        int j = a.col[p];
                        if (j < from || j >= to) {
                            l.crossing[i] = 1;
                            count++;
                            break;
                        }
                    }
                }
            }
            l.crossingRows = new int[count];
            for (int i = 0, k = 0; i < l.n; i++) if (l.crossing[i] != 0) l.crossingRows[k++] = i;
        }
    }

    private void setTransfer(Level l, int[] map, int nc) {
        l.aggregate = map;
        l.memberStart = new int[nc + 1];
        for (int i = 0; i < l.n; i++) if (map[i] >= 0) l.memberStart[map[i] + 1]++;
        for (int c = 0; c < nc; c++) l.memberStart[c + 1] += l.memberStart[c];
        l.members = new int[l.memberStart[nc]];
        int[] at = Arrays.copyOf(l.memberStart, nc);
        for (int i = 0; i < l.n; i++) if (map[i] >= 0) l.members[at[map[i]]++] = i;
    }

    /**
     * One pass of pairwise matching: each free node, in order, takes the free neighbour with which it
     * forms the pair of best quality ({@link #pairQuality}), if that quality is at most κ; a node with
     * no such neighbour stays alone. {@code diag} is the smoother's diagonal of the level summed over
     * each node's members. A lone node is deliberately not absorbed into a neighbouring pair (Vaněk,
     * Mandel and Brezina's phase 2): across a resistive grain boundary that makes an aggregate whose
     * two sides the coarse space cannot tell apart, and on B1 with R = 1e-4 m²K/W it raised the
     * iteration count from 26 to 88 (40³). With {@code dropIsolated}, rows without an off-diagonal entry
     * are left out of the coarse levels (pairs[i] = −1), as on a stencil: on a level of the hierarchy the
     * smoother solves such a row exactly, and left in they could never pair, so a level of many separate
     * bodies would stop coarsening. Returns the number of aggregates; pairs[i] is i's.
     */
    static int pair(CsrMatrix a, double kappa, int[] pairs, double[] diag, boolean dropIsolated) {
        int n = a.size();
        Arrays.fill(pairs, -1);
        double[] delta = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) sum += a.value[p];
            delta[i] = Math.max(0, sum); // the row sum of an M-matrix; round-off below zero is zero
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (pairs[i] >= 0) continue;
            if (dropIsolated && a.rowStart[i + 1] - a.rowStart[i] <= 1) continue; // only its diagonal: stays −1
            int best = -1;
            double bestMu = kappa;
            for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                int j = a.col[p];
                double g = -a.value[p];
                if (j == i || pairs[j] >= 0 || !(g > 0)) continue;
                double mu = pairQuality(diag[i], diag[j], g, delta[i], delta[j]);
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
     * entries (i, j) with i in aggregate I and j in J. With {@code into} given, its pattern is reused and
     * only the values are recomputed.
     */
    static CsrMatrix galerkin(CsrMatrix a, int[] map, int nc, CsrMatrix into) {
        int n = a.size();
        int[] memberStart = new int[nc + 1];
        for (int i = 0; i < n; i++) if (map[i] >= 0) memberStart[map[i] + 1]++;
        for (int c = 0; c < nc; c++) memberStart[c + 1] += memberStart[c];
        int[] members = new int[memberStart[nc]];
        int[] at = Arrays.copyOf(memberStart, nc);
        for (int i = 0; i < n; i++) if (map[i] >= 0) members[at[map[i]]++] = i;
        RowSource rows = (i, cols, vals) -> {
            // Rows left out (−1) have no off-diagonal entry, so no row that is kept refers to them.
            int k = 0;
            for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                cols[k] = map[a.col[p]];
                vals[k++] = a.value[p];
            }
            return k;
        };
        int maxRow = 0;
        for (int i = 0; i < n; i++) maxRow = Math.max(maxRow, a.rowStart[i + 1] - a.rowStart[i]);
        return product(rows, maxRow, memberStart, members, nc, into);
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

    /**
     * Largest coarsest level factorised densely (8 n² bytes: 128 MB at 4000). A hierarchy whose coarsening
     * stalled above it (many separate bodies, say) sweeps its coarsest level instead.
     */
    static final int DIRECT_LIMIT = 4000;

    /** Symmetric Gauss–Seidel sweeps on a coarsest level too large to factorise: still symmetric, SPD. */
    private static final int COARSEST_SWEEPS = 8;

    private void factorCoarsest() {
        Level c = levels.get(levels.size() - 1);
        if (c.n > DIRECT_LIMIT) {
            coarseSolver = null;
            return;
        }
        // A problem small enough for one level is factorised from its stencil directly.
        CsrMatrix a = c.a != null ? c.a : c.stencil.toCsr();
        DMatrixRMaj dense = new DMatrixRMaj(c.n, c.n);
        for (int i = 0; i < c.n; i++) {
            for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) dense.set(i, a.col[p], a.value[p]);
        }
        coarseSolver = LinearSolverFactory_DDRM.chol(c.n);
        if (!coarseSolver.setA(dense)) {
            throw new IllegalArgumentException("AMG: the coarsest matrix (" + c.n + " unknowns) is not positive definite");
        }
        coarseB = DMatrixRMaj.wrap(c.n, 1, c.b);
        coarseX = DMatrixRMaj.wrap(c.n, 1, c.x);
    }

    /**
     * New coefficients, same pattern: keeps the aggregates, recomputes the coarse values, the smoother's
     * diagonals and the coarsest factorisation. Much cheaper than a new setup.
     */
    public void refresh(CsrMatrix a) {
        if (a.size() != levels.get(0).n || levels.get(0).a == null || a.nonZeros() != levels.get(0).a.nonZeros()) {
            throw new IllegalArgumentException("AMG refresh: the matrix pattern changed");
        }
        levels.get(0).a = a;
        computeSmootherData(levels.get(0));
        refreshCoarse();
    }

    /** New coefficients on the same stencil (a Newton step, a time step): aggregates are kept. */
    public void refresh(StencilMatrix a) {
        Level fine = levels.get(0);
        if (fine.stencil == null || a.size() != fine.n) throw new IllegalArgumentException("AMG refresh: another grid");
        fine.stencil = a;
        a.inverseDiagonal(fine.invDiag);
        refreshCoarse();
    }

    private void refreshCoarse() {
        for (int l = 0; l + 1 < levels.size(); l++) {
            Level cur = levels.get(l);
            Level next = levels.get(l + 1);
            if (cur.stencil != null) galerkinStencil(cur.stencil, cur.aggregate, next.n, next.a);
            else galerkin(cur.a, cur.aggregate, next.n, next.a);
            computeSmootherData(next);
        }
        factorCoarsest();
    }

    /** Number of levels, the finest included. */
    public int levelCount() {
        return levels.size();
    }

    /** Unknowns on each level, finest first. */
    public int[] levelSizes() {
        int[] s = new int[levels.size()];
        for (int l = 0; l < s.length; l++) s[l] = levels.get(l).n;
        return s;
    }

    /** Σ nonzeros of all levels / nonzeros of the finest: the operator complexity. */
    public double operatorComplexity() {
        double total = 0;
        for (Level l : levels) total += nonZeros(l);
        return total / nonZeros(levels.get(0));
    }

    private static double nonZeros(Level l) {
        if (l.a != null) return l.a.nonZeros();
        StencilMatrix s = l.stencil;
        int faces = 0;
        for (double[] g : new double[][] {s.gx, s.gy, s.gz}) for (double v : g) if (v != 0) faces++;
        return s.size() + 2.0 * faces;
    }

    /** Bytes held by the hierarchy beyond the finest matrix (coarse matrices, transfers, vectors). */
    public long memoryBytes() {
        long bytes = 0;
        for (int l = 0; l < levels.size(); l++) {
            Level v = levels.get(l);
            if (l > 0) bytes += v.a.memoryBytes();
            bytes += 8L * 3 * v.n + (v.invDiag == null ? 0 : 8L * v.n) + (v.crossing == null ? 0 : v.n + 4L * v.crossingRows.length);
            if (v.kv != null) bytes += 8L * 5 * v.n;
            if (v.aggregate != null) bytes += 8L * v.n + 4L * v.memberStart.length;
        }
        Level c = levels.get(levels.size() - 1);
        return bytes + (coarseSolver == null ? 0 : 8L * c.n * c.n);
    }

    @Override
    public void apply(double[] r, double[] z) {
        vcycle(0, r, z);
    }

    private void vcycle(int l, double[] b, double[] x) {
        Level lv = levels.get(l);
        if (l == levels.size() - 1) {
            if (coarseSolver == null) {
                // From zero, forward then backward sweeps k times: the operator b → x is symmetric.
                Arrays.fill(x, 0, lv.n, 0);
                for (int s = 0; s < COARSEST_SWEEPS; s++) {
                    smooth(lv, b, x, true);
                    smooth(lv, b, x, false);
                }
                return;
            }
            if (b != lv.b) System.arraycopy(b, 0, lv.b, 0, lv.n);
            coarseSolver.solve(coarseB, coarseX);
            if (x != lv.x) System.arraycopy(lv.x, 0, x, 0, lv.n);
            return;
        }
        Kernels k = kernels;
        k.set(lv, b, x);
        if (lv.stencil != null) {
            smoothFromZero(lv, b, x);
        } else {
            par.forEach(lv.n, k.zero);
            smooth(lv, b, x, true);
        }
        Level next = levels.get(l + 1);
        k.set(lv, b, x);
        k.next = next;
        if (lv.stencil != null) par.forEach(lv.stencil.segments(), lv.stencil.nx, k.stencilResidual);
        else par.forEach(lv.n, k.residual);
        par.forEach(next.n, k.restrict);
        if (options.kCycle() && l + 2 < levels.size()) {
            kcycle(l + 1, next.b, next.x);
        } else {
            vcycle(l + 1, next.b, next.x);
        }
        k.set(lv, b, x);
        k.next = next;
        par.forEach(lv.n, k.prolong);
        smooth(lv, b, x, false);
    }

    /**
     * Coarse-level solve of the K-cycle (Notay and Vassilevski, Numer. Linear Algebra Appl. 15 (2008)
     * 473, Algorithm 3.2): up to two steps of flexible conjugate gradients on A_c x = b, preconditioned
     * by the cycle on this level; the second step only when the first did not reduce the residual
     * below t = 0.25 of its start. The result depends on b nonlinearly, so the outer iteration must be
     * flexible CG.
     */
    private void kcycle(int l, double[] b, double[] x) {
        Level lv = levels.get(l);
        int n = lv.n;
        double[] v = lv.kv;
        double[] w = lv.kw;
        vcycle(l, b, v);
        lv.a.apply(v, w);
        double rho1 = dot(v, w, n);
        double alpha1 = dot(v, b, n);
        double[] r2 = lv.kr;
        double rr0 = 0;
        double rr2 = 0;
        double c1 = alpha1 / rho1;
        for (int i = 0; i < n; i++) {
            double ri = b[i] - c1 * w[i];
            r2[i] = ri;
            rr0 += b[i] * b[i];
            rr2 += ri * ri;
        }
        if (rr2 <= 0.0625 * rr0) {
            for (int i = 0; i < n; i++) x[i] = c1 * v[i];
            return;
        }
        double[] d = lv.kd;
        double[] z = lv.kz;
        vcycle(l, r2, d);
        lv.a.apply(d, z);
        double gamma = dot(d, w, n);
        double beta = dot(d, z, n);
        double alpha2 = dot(d, r2, n);
        double rho2 = beta - gamma * gamma / rho1;
        double cv = c1 - gamma * alpha2 / (rho1 * rho2);
        double cd = alpha2 / rho2;
        for (int i = 0; i < n; i++) x[i] = cv * v[i] + cd * d[i];
    }

    private double dot(double[] a, double[] b, int n) {
        return kernels.dot(a, b, n, par);
    }

    /** Whether the preconditioner varies with its input (K-cycle): the outer iteration must be flexible. */
    public boolean variable() {
        return options.kCycle() && levels.size() > 2;
    }

    /**
     * The forward sweep of a stencil level from a zero initial guess, in the same order as
     * {@link #smooth}: crossing segments are cleared and swept last with the general kernel.
     */
    private void smoothFromZero(Level lv, double[] b, double[] x) {
        StencilMatrix st = lv.stencil;
        int nx = st.nx;
        for (int s : lv.crossingSegmentList) Arrays.fill(x, s * nx, s * nx + nx, 0);
        kernels.set(lv, b, x);
        par.forEach(st.segments(), st.nx, kernels.segmentsFromZero);
        double[] t = lv.scratch[0];
        for (int s : lv.crossingSegmentList) st.relaxSegment(b, x, lv.invDiag, s, true, t);
    }

    /** One Gauss–Seidel sweep, forward or backward, exact in the block-interior-then-crossing order. */
    private void smooth(Level lv, double[] b, double[] x, boolean forward) {
        Kernels k = kernels;
        k.set(lv, b, x);
        if (lv.stencil != null) {
            StencilMatrix st = lv.stencil;
            double[] t = lv.scratch[0];
            if (forward) {
                par.forEach(st.segments(), st.nx, k.segmentsForward);
                for (int s : lv.crossingSegmentList) st.relaxSegment(b, x, lv.invDiag, s, true, t);
            } else {
                for (int q = lv.crossingSegmentList.length - 1; q >= 0; q--) {
                    st.relaxSegment(b, x, lv.invDiag, lv.crossingSegmentList[q], false, t);
                }
                par.forEach(st.segments(), st.nx, k.segmentsBackward);
            }
            return;
        }
        if (forward) {
            par.forEach(lv.n, k.interiorForward);
            for (int i : lv.crossingRows) relax(lv.a, lv.invDiag, b, x, i);
        } else {
            for (int q = lv.crossingRows.length - 1; q >= 0; q--) relax(lv.a, lv.invDiag, b, x, lv.crossingRows[q]);
            par.forEach(lv.n, k.interiorBackward);
        }
    }

    private static void relax(CsrMatrix a, double[] invDiag, double[] b, double[] x, int i) {
        double s = b[i];
        int[] col = a.col;
        double[] v = a.value;
        for (int p = a.rowStart[i], e = a.rowStart[i + 1]; p < e; p++) s -= v[p] * x[col[p]];
        x[i] += s * invDiag[i];
    }

    /** Reusable kernels of the V-cycle: no allocation per application. */
    private static final class Kernels {
        Level lv;
        Level next;
        double[] b;
        double[] x;

        void set(Level level, double[] rhs, double[] sol) {
            lv = level;
            b = rhs;
            x = sol;
        }

        final Parallel.RangeTask zero = (blk, from, to) -> Arrays.fill(x, from, to, 0);

        double[] da;
        double[] db;
        final Parallel.RangeSum dotSum = (from, to) -> {
            double s = 0;
            for (int i = from; i < to; i++) s += da[i] * db[i];
            return s;
        };

        double dot(double[] a, double[] b, int n, Parallel par) {
            da = a;
            db = b;
            return par.sum(n, dotSum);
        }

        final Parallel.RangeTask interiorForward = (blk, from, to) -> {
            byte[] crossing = lv.crossing;
            for (int i = from; i < to; i++) if (crossing[i] == 0) relax(lv.a, lv.invDiag, b, x, i);
        };

        final Parallel.RangeTask interiorBackward = (blk, from, to) -> {
            byte[] crossing = lv.crossing;
            for (int i = to - 1; i >= from; i--) if (crossing[i] == 0) relax(lv.a, lv.invDiag, b, x, i);
        };

        final Parallel.RangeTask segmentsForward = (blk, from, to) -> {
            byte[] crossing = lv.crossingSegments;
            double[] t = lv.scratch[blk];
            for (int s = from; s < to; s++) if (crossing[s] == 0) lv.stencil.relaxSegment(b, x, lv.invDiag, s, true, t);
        };

        final Parallel.RangeTask segmentsFromZero = (blk, from, to) -> {
            byte[] crossing = lv.crossingSegments;
            double[] t = lv.scratch[blk];
            for (int s = from; s < to; s++) if (crossing[s] == 0) lv.stencil.relaxSegmentFromZero(b, x, lv.invDiag, s, t);
        };

        final Parallel.RangeTask segmentsBackward = (blk, from, to) -> {
            byte[] crossing = lv.crossingSegments;
            double[] t = lv.scratch[blk];
            for (int s = to - 1; s >= from; s--) if (crossing[s] == 0) lv.stencil.relaxSegment(b, x, lv.invDiag, s, false, t);
        };

        final Parallel.RangeTask stencilResidual = (blk, from, to) -> lv.stencil.residualSegments(b, x, lv.r, from, to);

        final Parallel.RangeTask residual = (blk, from, to) -> {
            CsrMatrix a = lv.a;
            int[] col = a.col;
            double[] v = a.value;
            double[] r = lv.r;
            for (int i = from; i < to; i++) {
                double s = b[i];
                for (int p = a.rowStart[i], e = a.rowStart[i + 1]; p < e; p++) s -= v[p] * x[col[p]];
                r[i] = s;
            }
        };

        final Parallel.RangeTask restrict = (blk, from, to) -> {
            double[] r = lv.r;
            double[] bc = next.b;
            int[] ms = lv.memberStart;
            int[] mem = lv.members;
            for (int c = from; c < to; c++) {
                double s = 0;
                for (int m = ms[c]; m < ms[c + 1]; m++) s += r[mem[m]];
                bc[c] = s;
            }
        };

        final Parallel.RangeTask prolong = (blk, from, to) -> {
            int[] agg = lv.aggregate;
            double[] xc = next.x;
            for (int i = from; i < to; i++) {
                int c = agg[i];
                if (c >= 0) x[i] += xc[c];
            }
        };
    }

    @Override
    public String name() {
        return "amg";
    }
}
