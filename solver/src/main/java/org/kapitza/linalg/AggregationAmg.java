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
 * <p><b>Aggregation</b>: three passes of pairwise matching (Notay, ETNA 37 (2010) 123): each node is paired
 * with its strongest still-free neighbour among those with {@code −a_ij ≥ β max_k(−a_ik)}, β = 0.25;
 * three passes give aggregates of about eight nodes, a coarsening ratio like geometric 2×2×2.
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
     * @param strength  β of the strong-connection test
     * @param passes    pairwise passes per level (3: aggregates of about 8)
     * @param coarsest  largest coarsest level, solved directly
     * @param maxLevels most levels
     * @param kCycle    K-cycle (Krylov-accelerated coarse corrections) instead of a V-cycle
     */
    public record Options(double strength, int passes, int coarsest, int maxLevels, boolean kCycle) {
        public static Options defaults() {
            return new Options(0.25, 3, 400, 25, true);
        }
    }

    /** One level of the hierarchy with its work vectors. */
    private static final class Level {
        CsrMatrix a;
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
        Level fine = level(a);
        levels.add(fine);
        while (levels.size() < options.maxLevels()) {
            Level cur = levels.get(levels.size() - 1);
            if (cur.n <= options.coarsest()) break;
            int[] map = new int[cur.n];
            CsrMatrix coarse = coarsen(cur.a, options.strength(), map);
            if (coarse.size() > 0.5 * cur.n) {
                // Nodes with no strong neighbour stay single, and coarsening stalls: deep in the hierarchy a
                // node stands for a whole grain behind resistive boundaries. Pair by plain strength there.
                coarse = coarsen(cur.a, 0.0, map);
            }
            if (coarse.size() > 0.8 * cur.n) break; // no useful coarsening left
            setTransfer(cur, map, coarse.size());
            levels.add(level(coarse));
        }
        factorCoarsest();
    }

    /** Passes of pairwise matching; map receives each row's coarse index; returns the coarse matrix. */
    private CsrMatrix coarsen(CsrMatrix a, double beta, int[] map) {
        for (int i = 0; i < map.length; i++) map[i] = i;
        CsrMatrix coarse = a;
        for (int pass = 0; pass < options.passes(); pass++) {
            int[] pairs = new int[coarse.size()];
            int count = pair(coarse, beta, pairs);
            for (int i = 0; i < map.length; i++) map[i] = pairs[map[i]];
            coarse = galerkin(coarse, pairs, count, null);
            if (count <= options.coarsest()) break;
        }
        return coarse;
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
        for (int i = 0; i < l.n; i++) l.memberStart[map[i] + 1]++;
        for (int c = 0; c < nc; c++) l.memberStart[c + 1] += l.memberStart[c];
        l.members = new int[l.n];
        int[] at = Arrays.copyOf(l.memberStart, nc);
        for (int i = 0; i < l.n; i++) l.members[at[map[i]]++] = i;
    }

    /**
     * One pass of pairwise matching: each free node, in order, takes its strongest free neighbour among
     * the strong ones ({@code −a_ij ≥ β max_k(−a_ik)}). A node left single because all its strong
     * neighbours were taken then joins the aggregate of the strongest of them (Vaněk, Mandel and Brezina,
     * Computing 56 (1996) 179, phase 2): without that, star-shaped coarse graphs (grains around one large
     * copper aggregate) stop coarsening. Returns the number of aggregates; pairs[i] is i's.
     */
    static int pair(CsrMatrix a, double beta, int[] pairs) {
        int n = a.size();
        Arrays.fill(pairs, -1);
        int count = 0;
        boolean[] single = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (pairs[i] >= 0) continue;
            double threshold = beta * maxOffDiagonal(a, i);
            int best = -1;
            double bestValue = 0;
            for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                int j = a.col[p];
                if (j == i || pairs[j] >= 0) continue;
                double v = -a.value[p];
                if (v >= threshold && v > bestValue) {
                    bestValue = v;
                    best = j;
                }
            }
            pairs[i] = count;
            if (best >= 0) pairs[best] = count;
            else single[i] = true;
            count++;
        }
        boolean[] absorbed = new boolean[count];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (!single[i]) continue;
            double threshold = beta * maxOffDiagonal(a, i);
            int best = -1;
            double bestValue = 0;
            for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                int j = a.col[p];
                double v = -a.value[p];
                if (j == i || single[j] || v < threshold || v <= bestValue) continue;
                bestValue = v;
                best = j;
            }
            if (best >= 0) {
                absorbed[pairs[i]] = true;
                pairs[i] = pairs[best];
                any = true;
            }
        }
        if (!any) return count;
        int[] relabel = new int[count];
        int m = 0;
        for (int c = 0; c < count; c++) relabel[c] = absorbed[c] ? -1 : m++;
        for (int i = 0; i < n; i++) pairs[i] = relabel[pairs[i]];
        return m;
    }

    private static double maxOffDiagonal(CsrMatrix a, int i) {
        double max = 0;
        for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) if (a.col[p] != i) max = Math.max(max, -a.value[p]);
        return max;
    }

    /**
     * Galerkin product Pᵀ A P for piecewise-constant P: coarse entry (I, J) is the sum of the fine
     * entries (i, j) with i in aggregate I and j in J. With {@code into} given, its pattern is reused and
     * only the values are recomputed.
     */
    static CsrMatrix galerkin(CsrMatrix a, int[] map, int nc, CsrMatrix into) {
        int n = a.size();
        int[] memberStart = new int[nc + 1];
        for (int i = 0; i < n; i++) memberStart[map[i] + 1]++;
        for (int c = 0; c < nc; c++) memberStart[c + 1] += memberStart[c];
        int[] members = new int[n];
        int[] at = Arrays.copyOf(memberStart, nc);
        for (int i = 0; i < n; i++) members[at[map[i]]++] = i;
        int[] marker = new int[nc];
        Arrays.fill(marker, -1);
        if (into != null) {
            Arrays.fill(into.value, 0);
            for (int c = 0; c < nc; c++) {
                for (int p = into.rowStart[c]; p < into.rowStart[c + 1]; p++) marker[into.col[p]] = p;
                for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                    int i = members[m];
                    for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) into.value[marker[map[a.col[p]]]] += a.value[p];
                }
            }
            return into;
        }
        int[] rowStart = new int[nc + 1];
        int[] cols = new int[a.nonZeros()];
        double[] vals = new double[a.nonZeros()];
        int pos = 0;
        for (int c = 0; c < nc; c++) {
            rowStart[c] = pos;
            for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                int i = members[m];
                for (int p = a.rowStart[i]; p < a.rowStart[i + 1]; p++) {
                    int j = map[a.col[p]];
                    if (marker[j] < rowStart[c]) {
                        marker[j] = pos;
                        cols[pos] = j;
                        vals[pos] = a.value[p];
                        pos++;
                    } else {
                        vals[marker[j]] += a.value[p];
                    }
                }
            }
            // Sort the row by column (insertion sort: coarse rows hold a few dozen entries).
            for (int k = rowStart[c] + 1; k < pos; k++) {
                int cj = cols[k];
                double cv = vals[k];
                int q = k - 1;
                while (q >= rowStart[c] && cols[q] > cj) {
                    cols[q + 1] = cols[q];
                    vals[q + 1] = vals[q];
                    q--;
                }
                cols[q + 1] = cj;
                vals[q + 1] = cv;
            }
        }
        rowStart[nc] = pos;
        CsrMatrix out = new CsrMatrix(rowStart, Arrays.copyOf(cols, pos));
        System.arraycopy(vals, 0, out.value, 0, pos);
        return out;
    }

    private void factorCoarsest() {
        Level c = levels.get(levels.size() - 1);
        DMatrixRMaj dense = new DMatrixRMaj(c.n, c.n);
        for (int i = 0; i < c.n; i++) {
            for (int p = c.a.rowStart[i]; p < c.a.rowStart[i + 1]; p++) dense.set(i, c.a.col[p], c.a.value[p]);
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
        if (a.size() != levels.get(0).n || a.nonZeros() != levels.get(0).a.nonZeros()) {
            throw new IllegalArgumentException("AMG refresh: the matrix pattern changed");
        }
        levels.get(0).a = a;
        computeSmootherData(levels.get(0));
        for (int l = 0; l + 1 < levels.size(); l++) {
            Level cur = levels.get(l);
            Level next = levels.get(l + 1);
            galerkin(cur.a, cur.aggregate, next.n, next.a);
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
        for (Level l : levels) total += l.a.nonZeros();
        return total / levels.get(0).a.nonZeros();
    }

    /** Bytes held by the hierarchy beyond the finest matrix (coarse matrices, transfers, vectors). */
    public long memoryBytes() {
        long bytes = 0;
        for (int l = 0; l < levels.size(); l++) {
            Level v = levels.get(l);
            if (l > 0) bytes += v.a.memoryBytes();
            bytes += 8L * 4 * v.n + v.n + 4L * v.crossingRows.length;
            if (v.aggregate != null) bytes += 8L * v.n + 4L * v.memberStart.length;
        }
        Level c = levels.get(levels.size() - 1);
        return bytes + 8L * c.n * c.n;
    }

    @Override
    public void apply(double[] r, double[] z) {
        vcycle(0, r, z);
    }

    private void vcycle(int l, double[] b, double[] x) {
        Level lv = levels.get(l);
        if (l == levels.size() - 1) {
            if (b != lv.b) System.arraycopy(b, 0, lv.b, 0, lv.n);
            coarseSolver.solve(coarseB, coarseX);
            if (x != lv.x) System.arraycopy(lv.x, 0, x, 0, lv.n);
            return;
        }
        Kernels k = kernels;
        k.set(lv, b, x);
        par.forEach(lv.n, k.zero);
        smooth(lv, b, x, true);
        Level next = levels.get(l + 1);
        k.set(lv, b, x);
        k.next = next;
        par.forEach(lv.n, k.residual);
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

    /** One Gauss–Seidel sweep, forward or backward, exact in the block-interior-then-crossing order. */
    private void smooth(Level lv, double[] b, double[] x, boolean forward) {
        Kernels k = kernels;
        k.set(lv, b, x);
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
            for (int i = from; i < to; i++) x[i] += xc[agg[i]];
        };
    }

    @Override
    public String name() {
        return "amg";
    }
}
