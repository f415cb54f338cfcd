package org.kapitza.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * What every preconditioner must be for conjugate gradients, on either storage: one abstract test,
 * one concrete subclass per preconditioner, each building it from a {@link StencilMatrix} and from a
 * {@link CsrMatrix}. Checked on small conduction matrices whose conductances span many decades, against
 * EJML's dense algebra:
 *
 * <ul>
 *   <li>M is a linear operator (so the dense M built column by column is the operator CG sees);</li>
 *   <li>M is symmetric and positive definite (else CG breaks down);</li>
 *   <li>M approximates A⁻¹: the condition number of M A is below that of A;</li>
 *   <li>where the algorithm has no ordering choices of its own (Jacobi, DIC), a stencil and the same
 *       matrix in CSR give the same M.</li>
 * </ul>
 */
abstract class PreconditionerContract {

    /** The preconditioner of a stencil matrix. */
    protected abstract Preconditioner create(StencilMatrix a);

    /** The preconditioner of a CSR matrix. */
    protected abstract Preconditioner create(CsrMatrix a);

    /** Whether a stencil and its CSR copy must give the same operator. */
    protected boolean storageIndependent() {
        return false;
    }

    /** Whether M must improve the conditioning (not for the identity). */
    protected boolean preconditions() {
        return true;
    }

    /** 3D grains of 2 cells, k from 0.1 to 2000 W/m/K, boundary R up to 1e-4 m²K/W, 3 % cells outside. */
    private static StencilMatrix stencil() {
        return AggregationAmgTest.grainStencil(6, 5, 4, 2, 3);
    }

    /** A 2D grid with face conductances spanning six decades. */
    private static CsrMatrix csr() {
        return ConjugateGradientTest.conductionMatrix(11, 9, 4, new double[11 * 9]);
    }

    private static double maxAbs(DMatrixRMaj m) {
        double max = 0;
        for (int i = 0; i < m.getNumElements(); i++) max = Math.max(max, Math.abs(m.get(i)));
        return max;
    }

    private static void assertLinear(Preconditioner m, DMatrixRMaj dense) {
        int n = dense.numRows;
        Random rnd = new Random(17);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = rnd.nextGaussian();
        double[] z = new double[n];
        m.apply(r, z);
        DMatrixRMaj expected = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(dense, DMatrixRMaj.wrap(n, 1, r), expected);
        double scale = 0;
        for (int i = 0; i < n; i++) scale = Math.max(scale, Math.abs(z[i]));
        for (int i = 0; i < n; i++) assertEquals(expected.get(i), z[i], 1e-10 * scale, "M r against the dense M, row " + i);
    }

    private void assertSymmetricPositiveDefinite(Preconditioner m, DMatrixRMaj a) {
        int n = a.numRows;
        DMatrixRMaj mm = AggregationAmgTest.explicit(m, n);
        assertLinear(m, mm);
        DMatrixRMaj diff = new DMatrixRMaj(n, n);
        CommonOps_DDRM.transpose(mm, diff);
        CommonOps_DDRM.subtractEquals(diff, mm);
        assertTrue(maxAbs(diff) <= 1e-12 * maxAbs(mm), m.name() + " is not symmetric: |M − Mᵀ| = " + maxAbs(diff));
        double[] ev = AggregationAmgTest.symmetricEigenvalues(mm);
        assertTrue(ev[0] > 0, m.name() + " is not positive definite: smallest eigenvalue " + ev[0]);
        if (!preconditions()) return;
        double[] evA = AggregationAmgTest.symmetricEigenvalues(a);
        double kappaA = evA[n - 1] / evA[0];
        double[] evMa = eigenvaluesOfMA(mm, a);
        double kappaMa = evMa[n - 1] / evMa[0];
        assertTrue(evMa[0] > 0, m.name() + ": M A has a non-positive eigenvalue " + evMa[0]);
        assertTrue(kappaMa < kappaA, m.name() + ": κ(M A) = " + kappaMa + " not below κ(A) = " + kappaA);
    }

    /** Eigenvalues of M A as those of the symmetric Lᵀ M L, A = L Lᵀ. */
    private static double[] eigenvaluesOfMA(DMatrixRMaj mm, DMatrixRMaj a) {
        int n = a.numRows;
        var chol = org.ejml.dense.row.factory.DecompositionFactory_DDRM.chol(n, true);
        assertTrue(chol.decompose(a.copy()), "A is positive definite");
        DMatrixRMaj l = chol.getT(null);
        DMatrixRMaj ml = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(mm, l, ml);
        DMatrixRMaj ltml = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransA(l, ml, ltml);
        DMatrixRMaj t = new DMatrixRMaj(n, n);
        CommonOps_DDRM.transpose(ltml, t);
        CommonOps_DDRM.add(0.5, ltml, 0.5, t, ltml);
        return AggregationAmgTest.symmetricEigenvalues(ltml);
    }

    @Test
    void onAStencilItIsSymmetricPositiveDefinite() {
        StencilMatrix s = stencil();
        assertSymmetricPositiveDefinite(create(s), ConjugateGradientTest.dense(s.toCsr()));
    }

    @Test
    void inCsrItIsSymmetricPositiveDefinite() {
        CsrMatrix a = csr();
        assertSymmetricPositiveDefinite(create(a), ConjugateGradientTest.dense(a));
    }

    @Test
    void theStorageDoesNotChangeTheOperator() {
        if (!storageIndependent()) return; // aggregation visits neighbours in the storage's order
        StencilMatrix s = stencil();
        int n = s.size();
        DMatrixRMaj fromStencil = AggregationAmgTest.explicit(create(s), n);
        DMatrixRMaj fromCsr = AggregationAmgTest.explicit(create(s.toCsr()), n);
        CommonOps_DDRM.subtractEquals(fromCsr, fromStencil);
        assertTrue(maxAbs(fromCsr) <= 1e-13 * maxAbs(fromStencil), "stencil and CSR differ by " + maxAbs(fromCsr));
    }
}
