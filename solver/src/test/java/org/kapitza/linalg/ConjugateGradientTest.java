package org.kapitza.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;

class ConjugateGradientTest {

    /**
     * A conduction matrix on an nx x ny grid with random face conductances spanning six decades, and
     * conductance to a fixed boundary on the left column: symmetric, positive definite, an M-matrix.
     */
    static CsrMatrix conductionMatrix(int nx, int ny, long seed, double[] rowSum) {
        int n = nx * ny;
        Random rnd = new Random(seed);
        double[][] a = new double[n][n];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int c = i + nx * j;
                if (i + 1 < nx) link(a, c, c + 1, Math.pow(10, 6 * rnd.nextDouble() - 3));
                if (j + 1 < ny) link(a, c, c + nx, Math.pow(10, 6 * rnd.nextDouble() - 3));
                if (i == 0) {
                    a[c][c] += 2.0;
                    rowSum[c] = 2.0;
                }
            }
        }
        int[] rowStart = new int[n + 1];
        List<Integer> cols = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (a[r][c] != 0) {
                    cols.add(c);
                    vals.add(a[r][c]);
                }
            }
            rowStart[r + 1] = cols.size();
        }
        CsrMatrix m = new CsrMatrix(rowStart, cols.stream().mapToInt(Integer::intValue).toArray());
        for (int p = 0; p < vals.size(); p++) m.value[p] = vals.get(p);
        return m;
    }

    private static void link(double[][] a, int i, int j, double g) {
        a[i][i] += g;
        a[j][j] += g;
        a[i][j] -= g;
        a[j][i] -= g;
    }

    static DMatrixRMaj dense(CsrMatrix m) {
        DMatrixRMaj d = new DMatrixRMaj(m.size(), m.size());
        for (int i = 0; i < m.size(); i++) {
            for (int p = m.rowStart[i]; p < m.rowStart[i + 1]; p++) d.set(i, m.col[p], m.value[p]);
        }
        return d;
    }

    @Test
    void preconditionedCgMatchesADenseDirectSolve() {
        double[] rowSum = new double[12 * 9];
        CsrMatrix a = conductionMatrix(12, 9, 1, rowSum);
        double[] b = new double[a.size()];
        Random rnd = new Random(2);
        for (int i = 0; i < b.length; i++) b[i] = rnd.nextGaussian();
        DMatrixRMaj x = new DMatrixRMaj(b.length, 1);
        assertTrue(CommonOps_DDRM.solve(dense(a), new DMatrixRMaj(b.length, 1, true, b), x));
        for (Preconditioner pc : new Preconditioner[] {new JacobiPreconditioner(a), new DicPreconditioner(a), Preconditioner.NONE}) {
            double[] sol = new double[b.length];
            SolveReport r = new ConjugateGradient(1e-13, 5000).solve(a, pc, b, sol);
            assertTrue(r.converged(), pc.name());
            for (int i = 0; i < b.length; i++) assertEquals(x.get(i), sol[i], 1e-7 * Math.abs(x.get(i)) + 1e-9, pc.name());
        }
    }

    @Test
    void dicIsSymmetricPositiveDefinite() {
        double[] rowSum = new double[7 * 6];
        CsrMatrix a = conductionMatrix(7, 6, 3, rowSum);
        int n = a.size();
        DicPreconditioner dic = new DicPreconditioner(a);
        DMatrixRMaj minv = new DMatrixRMaj(n, n);
        double[] e = new double[n];
        double[] z = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            dic.apply(e, z);
            e[j] = 0;
            for (int i = 0; i < n; i++) minv.set(i, j, z[i]);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) assertEquals(minv.get(i, j), minv.get(j, i), 1e-12 * Math.abs(minv.get(i, j)) + 1e-15);
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
        assertTrue(chol.decompose(minv.copy()), "M⁻¹ has a Cholesky factor: positive definite");
    }

    @Test
    void dicIsExactOnATridiagonalMatrix() {
        double[] rowSum = new double[20];
        CsrMatrix a = conductionMatrix(20, 1, 4, rowSum);
        double[] b = new double[20];
        b[19] = 1;
        double[] x = new double[20];
        SolveReport r = new ConjugateGradient(1e-9, 10).solve(a, new DicPreconditioner(a), b, x);
        assertEquals(1, r.iterations(), "incomplete Cholesky of a tridiagonal matrix is the full factorisation");
    }

    @Test
    void fluxFormEqualsTheMatrixProduct() {
        double[] rowSum = new double[10 * 10];
        CsrMatrix a = conductionMatrix(10, 10, 5, rowSum);
        double[] x = new double[a.size()];
        Random rnd = new Random(6);
        for (int i = 0; i < x.length; i++) x[i] = 300 + rnd.nextDouble();
        double[] y1 = new double[x.length];
        double[] y2 = new double[x.length];
        a.apply(x, y1);
        new FluxFormOperator(a, rowSum).apply(x, y2);
        for (int i = 0; i < x.length; i++) assertEquals(y1[i], y2[i], 1e-9 * a.value[a.diag[i]] * x[i]);
    }

    @Test
    void listenersSeeEveryIterationAndFailureCarriesTheHistory() {
        double[] rowSum = new double[15 * 15];
        CsrMatrix a = conductionMatrix(15, 15, 7, rowSum);
        double[] b = new double[a.size()];
        b[a.size() - 1] = 1;
        List<Integer> seen = new ArrayList<>();
        SolveReport r = new ConjugateGradient(1e-14, 5).addListener((it, rel) -> seen.add(it))
                .solve(a, new JacobiPreconditioner(a), b, new double[b.length]);
        assertFalse(r.converged());
        assertEquals(5, r.iterations());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), seen);
        assertEquals(6, r.history().length);
        NotConvergedException e = new NotConvergedException("did not converge", r);
        assertTrue(e.getMessage().contains("residual history"), e.getMessage());
    }

    @Test
    void aZeroRightHandSideGivesZero() {
        double[] rowSum = new double[9];
        CsrMatrix a = conductionMatrix(3, 3, 8, rowSum);
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        SolveReport r = new ConjugateGradient(1e-10, 10).solve(a, Preconditioner.NONE, new double[9], x);
        assertTrue(r.converged());
        assertArrayEquals(new double[9], x);
    }
}
