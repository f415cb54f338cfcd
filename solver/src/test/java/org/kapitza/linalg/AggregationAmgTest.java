package org.kapitza.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * The multigrid preconditioner must be a symmetric positive definite operator (else CG breaks down),
 * and its V-cycle a convergent iteration, on matrices whose conductances jump by many decades as they
 * do across interfaces and grain boundaries. Checked on small matrices against EJML's dense algebra.
 */
class AggregationAmgTest {

    /**
     * A 3D conduction stencil of 1 µm cells in cubic "grains" of {@code edge} cells, each grain with its
     * own k (log-uniform from 0.1 to 2000 W/m/K) and each face between two grains with its own boundary
     * resistance (log-uniform from 1e-10 to 1e-4 m²K/W: conductances 10⁴ to 10¹⁰ W/m²/K), the ranges the
     * multigrid must be robust over; the z = 0 side held at a fixed temperature; 3 % of the cells outside
     * the geometry (decoupled identity rows, as the discretisation makes them).
     */
    static StencilMatrix grainStencil(int nx, int ny, int nz, int edge, long seed) {
        StencilMatrix a = new StencilMatrix(nx, ny, nz);
        Random rnd = new Random(seed);
        int n = a.size();
        double h = 1e-6;
        int gx = (nx + edge - 1) / edge;
        int gy = (ny + edge - 1) / edge;
        int gz = (nz + edge - 1) / edge;
        double[] k = new double[gx * gy * gz];
        for (int g = 0; g < k.length; g++) k[g] = Math.pow(10, -1 + Math.log10(2e4) * rnd.nextDouble());
        int[] grain = new int[n];
        boolean[] outside = new boolean[n];
        for (int c = 0; c < n; c++) {
            int i = c % nx;
            int j = (c / nx) % ny;
            int l = c / (nx * ny);
            grain[c] = i / edge + gx * (j / edge + gy * (l / edge));
            outside[c] = rnd.nextDouble() < 0.03;
        }
        int[] stride = {1, nx, nx * ny};
        double[][] g = {a.gx, a.gy, a.gz};
        for (int c = 0; c < n; c++) {
            if (outside[c]) {
                a.rowSum[c] = 1;
                continue;
            }
            int[] idx = {c % nx, (c / nx) % ny, c / (nx * ny)};
            int[] size = {nx, ny, nz};
            for (int axis = 0; axis < 3; axis++) {
                if (idx[axis] + 1 >= size[axis]) continue;
                int nb = c + stride[axis];
                if (outside[nb]) continue;
                double r = h / (2 * k[grain[c]]) + h / (2 * k[grain[nb]]);
                if (grain[nb] != grain[c]) r += Math.pow(10, -10 + 6 * rnd.nextDouble());
                g[axis][c] = h * h / r;
            }
            if (idx[2] == 0) a.rowSum[c] = h * h / (h / (2 * k[grain[c]]));
        }
        // A cell that lost all its faces to outside neighbours still needs a positive diagonal.
        for (int c = 0; c < n; c++) if (!outside[c] && a.isolated(c) && a.rowSum[c] == 0) a.rowSum[c] = 1;
        return a;
    }

    /** The operator z = M r of a preconditioner as a dense matrix, column by column. */
    static DMatrixRMaj explicit(Preconditioner m, int n) {
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        double[] e = new double[n];
        double[] z = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            m.apply(e, z);
            e[j] = 0;
            for (int i = 0; i < n; i++) out.set(i, j, z[i]);
        }
        return out;
    }

    /** Eigenvalues of a symmetric matrix, ascending. */
    static double[] symmetricEigenvalues(DMatrixRMaj s) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(s.numRows, false, true);
        assertTrue(eig.decompose(s.copy()), "EJML eigen decomposition");
        double[] ev = new double[s.numRows];
        for (int i = 0; i < ev.length; i++) ev[i] = eig.getEigenvalue(i).getReal();
        java.util.Arrays.sort(ev);
        return ev;
    }

    private static double maxAbs(DMatrixRMaj m) {
        double max = 0;
        for (int i = 0; i < m.getNumElements(); i++) max = Math.max(max, Math.abs(m.get(i)));
        return max;
    }

    /** Options with a tiny coarsest level, so even a few hundred unknowns get several levels. */
    private static AggregationAmg.Options vCycleOptions() {
        AggregationAmg.Options d = AggregationAmg.Options.defaults();
        return new AggregationAmg.Options(d.quality(), d.passes(), 6, d.maxLevels(), false);
    }

    /**
     * Symmetric, positive definite, and a convergent V-cycle: with A = L Lᵀ, the eigenvalues of
     * Lᵀ M L (those of M A) lie in (0, 1], because the error propagation I − M A of a V-cycle with a
     * symmetric Gauss–Seidel smoother and an exact coarsest solve is an A-orthogonal contraction.
     */
    private static void assertSpdAndConvergent(Preconditioner m, DMatrixRMaj a) {
        int n = a.numRows;
        DMatrixRMaj mm = explicit(m, n);
        DMatrixRMaj asym = new DMatrixRMaj(n, n);
        CommonOps_DDRM.transpose(mm, asym);
        CommonOps_DDRM.subtractEquals(asym, mm);
        assertTrue(maxAbs(asym) <= 1e-12 * maxAbs(mm), "M is not symmetric: |M − Mᵀ| = " + maxAbs(asym));

        double[] evM = symmetricEigenvalues(mm);
        assertTrue(evM[0] > 0, "M is not positive definite: smallest eigenvalue " + evM[0]);

        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
        assertTrue(chol.decompose(a.copy()), "A is positive definite");
        DMatrixRMaj l = chol.getT(null);
        DMatrixRMaj ml = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(mm, l, ml);
        DMatrixRMaj ltml = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransA(l, ml, ltml);
        // Symmetrise the round-off before the symmetric eigen solver.
        DMatrixRMaj t = new DMatrixRMaj(n, n);
        CommonOps_DDRM.transpose(ltml, t);
        CommonOps_DDRM.add(0.5, ltml, 0.5, t, ltml);
        double[] ev = symmetricEigenvalues(ltml);
        assertTrue(ev[0] > 0, "M A has a non-positive eigenvalue " + ev[0]);
        assertTrue(ev[n - 1] <= 1 + 1e-9, "the V-cycle diverges on some mode: largest eigenvalue of M A " + ev[n - 1]);
        // Not a vacuous bound: the preconditioner actually clusters the spectrum of a matrix whose own
        // condition number is astronomically large.
        assertTrue(ev[n - 1] / ev[0] < 1e3, "κ(M A) = " + ev[n - 1] / ev[0]);
    }

    @Test
    void theStencilVCycleIsSymmetricPositiveDefiniteAndConvergent() {
        StencilMatrix s = grainStencil(9, 8, 7, 2, 11);
        AggregationAmg amg = new AggregationAmg(s, vCycleOptions());
        assertTrue(amg.levelCount() >= 3, "several levels: " + java.util.Arrays.toString(amg.levelSizes()));
        assertFalse(amg.variable());
        DMatrixRMaj a = ConjugateGradientTest.dense(s.toCsr());
        double[] evA = symmetricEigenvalues(a);
        assertTrue(evA[evA.length - 1] / evA[0] > 1e6, "the test matrix is badly conditioned: κ(A) = " + evA[evA.length - 1] / evA[0]);
        assertSpdAndConvergent(amg, a);
    }

    @Test
    void theCsrVCycleIsSymmetricPositiveDefiniteAndConvergent() {
        double[] rowSum = new double[16 * 15];
        CsrMatrix csr = ConjugateGradientTest.conductionMatrix(16, 15, 5, rowSum);
        AggregationAmg amg = new AggregationAmg(csr, vCycleOptions());
        assertTrue(amg.levelCount() >= 3, "several levels: " + java.util.Arrays.toString(amg.levelSizes()));
        assertSpdAndConvergent(amg, ConjugateGradientTest.dense(csr));
    }

    /**
     * The default K-cycle is not a fixed linear operator, but flexible CG with it reaches the solution
     * Jacobi-preconditioned CG reaches, in far fewer iterations than Jacobi on a matrix with jumps of many decades.
     */
    @Test
    void flexibleCgWithTheKCycleAgreesWithJacobiCg() {
        StencilMatrix s = grainStencil(22, 20, 18, 4, 3);
        AggregationAmg amg = new AggregationAmg(s);
        assertTrue(amg.variable(), "the default hierarchy has more than two levels: " + java.util.Arrays.toString(amg.levelSizes()));
        int n = s.size();
        double[] b = new double[n];
        Random rnd = new Random(1);
        for (int i = 0; i < n; i++) b[i] = rnd.nextDouble() - 0.5;
        double[] x = new double[n];
        SolveReport r = new ConjugateGradient(1e-10, 200).flexible(true).solve(s, amg, b, x);
        assertTrue(r.converged(), "K-cycle CG: " + r.iterations() + " iterations, residual " + r.relativeResidual());

        double[] xj = new double[n];
        SolveReport rj = new ConjugateGradient(1e-10, 200_000).solve(s, StencilPreconditioners.jacobi(s), b, xj);
        assertTrue(rj.converged());
        assertTrue(5 * r.iterations() < rj.iterations(), "AMG " + r.iterations() + " vs Jacobi " + rj.iterations());

        // Both are within κ·1e-10 of the true solution; their difference, measured in the A-norm
        // relative to the solution's, is what the residual bound guarantees.
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = x[i] - xj[i];
        double[] ad = new double[n];
        double[] ax = new double[n];
        s.apply(d, ad);
        s.apply(x, ax);
        double dad = ConjugateGradient.dot(d, ad);
        double xax = ConjugateGradient.dot(x, ax);
        assertTrue(Math.sqrt(dad / xax) < 1e-8, "A-norm difference " + Math.sqrt(dad / xax));
    }

    /**
     * New coefficients on the same pattern (a Newton or time step): refreshing the hierarchy gives
     * exactly what a new hierarchy with the same aggregates gives, and the solve still converges fast.
     */
    @Test
    void aRefreshedHierarchyEqualsARebuiltOneWithTheSameAggregates() {
        StencilMatrix s = grainStencil(24, 22, 20, 3, 7);
        AggregationAmg amg = new AggregationAmg(s);
        int[][] aggregates = amg.aggregates();
        StencilMatrix s2 = grainStencil(24, 22, 20, 3, 7);
        for (int c = 0; c < s2.size(); c++) {
            s2.gx[c] *= 1.7;
            s2.gz[c] *= 0.3;
        }
        amg.refresh(s2);
        AggregationAmg rebuilt = new AggregationAmg(s2, aggregates);
        int n = s2.size();
        double[] r = new double[n];
        Random rnd = new Random(2);
        for (int i = 0; i < n; i++) r[i] = rnd.nextGaussian();
        double[] z1 = new double[n];
        double[] z2 = new double[n];
        amg.apply(r, z1);
        rebuilt.apply(r, z2);
        // The same sums in another order (the refresh reuses the coarse patterns): round-off apart.
        double scale = 0;
        for (double v : z2) scale = Math.max(scale, Math.abs(v));
        assertArrayEquals(z2, z1, 1e-12 * scale);
        double[] x = new double[n];
        SolveReport rep = new ConjugateGradient(1e-10, 60).flexible(amg.variable()).solve(s2, amg, r, x);
        assertTrue(rep.converged(), "refreshed hierarchy: " + rep.iterations() + " iterations");
    }

    /** The same input gives bit-identical output: the parallel sweeps run in a fixed order. */
    @Test
    void applicationsAreDeterministic() {
        StencilMatrix s = grainStencil(40, 40, 40, 5, 9); // above the serial threshold: both threads work
        AggregationAmg amg = new AggregationAmg(s);
        double[] r = new double[s.size()];
        Random rnd = new Random(4);
        for (int i = 0; i < r.length; i++) r[i] = rnd.nextGaussian();
        double[] z1 = new double[r.length];
        double[] z2 = new double[r.length];
        amg.apply(r, z1);
        for (int rep = 0; rep < 3; rep++) {
            amg.apply(r, z2);
            assertArrayEquals(z1, z2, 0.0);
        }
    }

    /**
     * The pair quality against its closed form: for the 2×2 block with coupling g and row sums δ,
     * μ = a_ii a_jj / ((a_ii + a_jj)(g + δ_i δ_j/(δ_i + δ_j))); 3 for two cells of a uniform 3D grain;
     * about 3 G/g across a boundary of conductance g between cells of bulk conductance G, so such a pair
     * is refused at κ = 10 and the cells pair inside their grains.
     */
    @Test
    void thePairQualityIsTheTwoGridBoundOfThePair() {
        double bulk = 3.7;
        assertEquals(3, AggregationAmg.pairQuality(6 * bulk, 6 * bulk, bulk, 0, 0), 1e-12);
        Random rnd = new Random(8);
        for (int t = 0; t < 1000; t++) {
            double g = Math.pow(10, 4 * rnd.nextDouble() - 2);
            double di = rnd.nextBoolean() ? 0 : g * rnd.nextDouble();
            double dj = rnd.nextBoolean() ? 0 : g * rnd.nextDouble();
            double aii = g + di + 5 * g * rnd.nextDouble();
            double ajj = g + dj + 5 * g * rnd.nextDouble();
            double harmonic = di + dj > 0 ? di * dj / (di + dj) : 0;
            double closed = aii * ajj / ((aii + ajj) * (g + harmonic));
            assertEquals(closed, AggregationAmg.pairQuality(aii, ajj, g, di, dj), 1e-10 * closed);
        }
        double boundary = 1e-3 * bulk;
        double resistive = AggregationAmg.pairQuality(5 * bulk + boundary, 5 * bulk + boundary, boundary, 0, 0);
        assertEquals(2.5 * bulk / boundary, resistive, 0.01 * resistive);
        // Two cells across that boundary, each with five bulk neighbours in its own grain (a 1D stand-in:
        // one neighbour carrying all five): the pair across the boundary is refused.
        StencilMatrix s = new StencilMatrix(4, 1, 1);
        s.gx[0] = 5 * bulk;
        s.gx[1] = boundary;
        s.gx[2] = 5 * bulk;
        s.rowSum[0] = 1e-3;
        int[] pairs = new int[4];
        double[] diag = new double[4];
        for (int c = 0; c < 4; c++) diag[c] = s.diagonal(c);
        assertEquals(2, PairwiseAggregation.pair(s, 10, pairs, diag, true));
        assertArrayEquals(new int[] {0, 0, 1, 1}, pairs, "pairs stay on their own side of the boundary");
    }

    /**
     * Ten thousand separate two-cell bodies: every body becomes one isolated coarse node. They are left to
     * the smoother (which solves a row without neighbours exactly) instead of stalling the coarsening into
     * a dense coarsest level of 10⁴ unknowns (800 MB); the hierarchy stays small and CG converges at once.
     */
    @Test
    void manySeparateBodiesDoNotMakeAHugeCoarsestLevel() {
        int bodies = 10_000;
        StencilMatrix s = new StencilMatrix(2 * bodies, 1, 1);
        Random rnd = new Random(5);
        for (int b = 0; b < bodies; b++) {
            s.gx[2 * b] = Math.pow(10, 4 * rnd.nextDouble());
            s.rowSum[2 * b] = 1e-2 * rnd.nextDouble() + 1e-4;
        }
        AggregationAmg amg = new AggregationAmg(s);
        assertTrue(amg.memoryBytes() < 64L * s.size() * 8, "hierarchy bytes " + amg.memoryBytes() + ", levels "
                + java.util.Arrays.toString(amg.levelSizes()));
        double[] b = new double[s.size()];
        for (int i = 0; i < b.length; i++) b[i] = rnd.nextDouble();
        double[] x = new double[b.length];
        SolveReport r = new ConjugateGradient(1e-10, 50).flexible(amg.variable()).solve(s, amg, b, x);
        assertTrue(r.converged() && r.iterations() <= 10, r.iterations() + " iterations, levels "
                + java.util.Arrays.toString(amg.levelSizes()));
    }
}
