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
 * correction), so the V-cycle is a symmetric positive definite preconditioner; parallel in blocks of
 * rows, and exact in a fixed global order ({@link AmgLevel}).
 *
 * <p><b>One algorithm, two storages.</b> Aggregation and the Galerkin product are written once over
 * {@link SparseRows} ({@link PairwiseAggregation}), so a finest level given as a {@link StencilMatrix}
 * and one given in CSR are coarsened alike; only the smoother of a stencil level uses the stencil's own
 * line kernels. This class holds the hierarchy and the cycles.
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

    private final Options options;
    private final List<AmgLevel> levels = new ArrayList<>();
    private LinearSolverDense<DMatrixRMaj> coarseSolver;
    private DMatrixRMaj coarseB;
    private DMatrixRMaj coarseX;
    private final Parallel par = Parallel.shared();
    private double[] dotA;
    private double[] dotB;
    private final Parallel.RangeSum dotSum = (from, to) -> {
        double s = 0;
        for (int i = from; i < to; i++) s += dotA[i] * dotB[i];
        return s;
    };

    public AggregationAmg(CsrMatrix a) {
        this(a, Options.defaults());
    }

    public AggregationAmg(CsrMatrix a, Options options) {
        this.options = options;
        levels.add(AmgLevel.csr(a, false, par));
        build();
    }

    /** Multigrid whose finest level is a structured stencil: smoothed and restricted without CSR. */
    public AggregationAmg(StencilMatrix a) {
        this(a, Options.defaults());
    }

    public AggregationAmg(StencilMatrix a, Options options) {
        this.options = options;
        levels.add(AmgLevel.stencil(a, par));
        build();
    }

    /**
     * A hierarchy with given aggregates (from {@link #aggregates()}), for a matrix with the same pattern:
     * a restarted transient run rebuilds exactly the preconditioner it was using, so it reproduces the
     * uninterrupted run.
     */
    public AggregationAmg(StencilMatrix a, int[][] aggregates) {
        this.options = Options.defaults();
        levels.add(AmgLevel.stencil(a, par));
        for (int[] map : aggregates) {
            AmgLevel cur = levels.get(levels.size() - 1);
            if (map.length != cur.n) throw new IllegalArgumentException("AMG: saved aggregates do not fit this matrix");
            int nc = 0;
            for (int v : map) nc = Math.max(nc, v + 1);
            CsrMatrix coarse = PairwiseAggregation.galerkin(cur.rows(), map, nc, null);
            cur.setTransfer(map.clone(), nc);
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

    private AmgLevel level(CsrMatrix a) {
        return AmgLevel.csr(a, options.kCycle() && !levels.isEmpty(), par);
    }

    private void build() {
        while (levels.size() < options.maxLevels()) {
            AmgLevel cur = levels.get(levels.size() - 1);
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
            cur.setTransfer(map, coarse.size());
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
     * Passes of pairwise matching; map receives each row's coarse index (−1 for isolated rows: cells
     * outside the geometry); returns the coarse matrix.
     */
    private CsrMatrix coarsen(AmgLevel cur, double kappa, int[] map) {
        // The smoother's diagonal of this level summed over each aggregate built so far: the pair quality
        // of two aggregates is judged against what the smoother on this level sees, not against the
        // diagonal of the intermediate Galerkin matrix, which has lost the aggregates' inner couplings.
        SparseRows rows = cur.rows();
        double[] diag = new double[cur.n];
        for (int i = 0; i < cur.n; i++) diag[i] = rows.diagonal(i);
        // Rows are left out only in the first pass, on a level of the hierarchy, where the smoother solves
        // them; an isolated node of an intermediate matrix is a whole aggregate and must stay.
        int count = PairwiseAggregation.pair(rows, kappa, map, diag, true);
        CsrMatrix coarse = PairwiseAggregation.galerkin(rows, map, count, null);
        double[] weight = new double[count];
        for (int i = 0; i < map.length; i++) if (map[i] >= 0) weight[map[i]] += diag[i];
        for (int pass = 1; pass < options.passes() && coarse.size() > options.coarsest(); pass++) {
            int[] pairs = new int[coarse.size()];
            count = PairwiseAggregation.pair(coarse, kappa, pairs, weight, false);
            for (int i = 0; i < map.length; i++) if (map[i] >= 0) map[i] = pairs[map[i]];
            double[] next = new double[count];
            for (int i = 0; i < pairs.length; i++) if (pairs[i] >= 0) next[pairs[i]] += weight[i];
            weight = next;
            coarse = PairwiseAggregation.galerkin(coarse, pairs, count, null);
        }
        return coarse;
    }

    /** The quality of a pair: {@link PairwiseAggregation#quality}. */
    static double pairQuality(double aii, double ajj, double g, double di, double dj) {
        return PairwiseAggregation.quality(aii, ajj, g, di, dj);
    }

    /**
     * Largest coarsest level factorised densely (8 n² bytes: 128 MB at 4000). A hierarchy whose coarsening
     * stalled above it (many separate bodies, say) sweeps its coarsest level instead.
     */
    static final int DIRECT_LIMIT = 4000;

    /** Symmetric Gauss–Seidel sweeps on a coarsest level too large to factorise: still symmetric, SPD. */
    private static final int COARSEST_SWEEPS = 8;

    private void factorCoarsest() {
        AmgLevel c = levels.get(levels.size() - 1);
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
        AmgLevel fine = levels.get(0);
        if (a.size() != fine.n || fine.a == null || a.nonZeros() != fine.a.nonZeros()) {
            throw new IllegalArgumentException("AMG refresh: the matrix pattern changed");
        }
        fine.refresh(a);
        refreshCoarse();
    }

    /** New coefficients on the same stencil (a Newton step, a time step): aggregates are kept. */
    public void refresh(StencilMatrix a) {
        AmgLevel fine = levels.get(0);
        if (fine.stencil == null || a.size() != fine.n) throw new IllegalArgumentException("AMG refresh: another grid");
        fine.refresh(a);
        refreshCoarse();
    }

    private void refreshCoarse() {
        for (int l = 0; l + 1 < levels.size(); l++) {
            AmgLevel cur = levels.get(l);
            AmgLevel next = levels.get(l + 1);
            PairwiseAggregation.galerkin(cur.rows(), cur.aggregate, next.n, next.a);
            next.computeSmootherData();
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
        for (AmgLevel l : levels) total += l.nonZeros();
        return total / levels.get(0).nonZeros();
    }

    /** Bytes held by the hierarchy beyond the finest matrix (coarse matrices, transfers, vectors). */
    public long memoryBytes() {
        long bytes = 0;
        for (int l = 0; l < levels.size(); l++) {
            AmgLevel v = levels.get(l);
            if (l > 0) bytes += v.a.memoryBytes();
            bytes += v.workBytes();
        }
        AmgLevel c = levels.get(levels.size() - 1);
        return bytes + (coarseSolver == null ? 0 : 8L * c.n * c.n);
    }

    @Override
    public void apply(double[] r, double[] z) {
        vcycle(0, r, z);
    }

    private void vcycle(int l, double[] b, double[] x) {
        AmgLevel lv = levels.get(l);
        if (l == levels.size() - 1) {
            if (coarseSolver == null) {
                // From zero, forward then backward sweeps k times: the operator b → x is symmetric.
                Arrays.fill(x, 0, lv.n, 0);
                for (int s = 0; s < COARSEST_SWEEPS; s++) {
                    lv.smooth(b, x, true);
                    lv.smooth(b, x, false);
                }
                return;
            }
            if (b != lv.b) System.arraycopy(b, 0, lv.b, 0, lv.n);
            coarseSolver.solve(coarseB, coarseX);
            if (x != lv.x) System.arraycopy(lv.x, 0, x, 0, lv.n);
            return;
        }
        lv.preSmooth(b, x);
        AmgLevel next = levels.get(l + 1);
        lv.restrictResidual(b, x, next);
        if (options.kCycle() && l + 2 < levels.size()) {
            kcycle(l + 1, next.b, next.x);
        } else {
            vcycle(l + 1, next.b, next.x);
        }
        lv.prolongate(next, x);
        lv.smooth(b, x, false);
    }

    /**
     * Coarse-level solve of the K-cycle (Notay and Vassilevski, Numer. Linear Algebra Appl. 15 (2008)
     * 473, Algorithm 3.2): up to two steps of flexible conjugate gradients on A_c x = b, preconditioned
     * by the cycle on this level; the second step only when the first did not reduce the residual
     * below t = 0.25 of its start. The result depends on b nonlinearly, so the outer iteration must be
     * flexible CG.
     */
    private void kcycle(int l, double[] b, double[] x) {
        AmgLevel lv = levels.get(l);
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
        dotA = a;
        dotB = b;
        return par.sum(n, dotSum);
    }

    /** Whether the preconditioner varies with its input (K-cycle): the outer iteration must be flexible. */
    public boolean variable() {
        return options.kCycle() && levels.size() > 2;
    }

    @Override
    public String name() {
        return "amg";
    }
}
