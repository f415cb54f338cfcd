package org.kapitza.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The two storages describe their rows alike: what the shared preconditioner code relies on. */
class SparseRowsTest {

    /** row(i) lists every stored entry once; lower and upper are its parts j &lt; i and j &gt; i, in its order. */
    private static void assertConsistent(SparseRows a, CsrMatrix reference) {
        int m = a.maxRowLength();
        int[] rc = new int[m];
        double[] rv = new double[m];
        int[] tc = new int[m];
        double[] tv = new double[m];
        for (int i = 0; i < a.size(); i++) {
            int k = a.row(i, rc, rv);
            assertTrue(k <= m);
            double sum = 0;
            int lo = 0;
            int up = 0;
            for (int q = 0; q < k; q++) {
                assertEquals(reference.get(i, rc[q]), rv[q], 1e-12 * Math.abs(reference.get(i, i)), "entry " + i + ", " + rc[q]);
                sum += rv[q];
                if (rc[q] < i) lo++;
                if (rc[q] > i) up++;
            }
            assertEquals(reference.get(i, i), a.diagonal(i), 1e-12 * Math.abs(reference.get(i, i)));
            assertEquals(Math.max(0, sum), a.rowSum(i), 1e-9 * Math.abs(reference.get(i, i)), "row sum " + i);
            int kl = a.lower(i, tc, tv);
            assertEquals(lo, kl);
            for (int q = 0, p = 0; q < k; q++) {
                if (rc[q] >= i) continue;
                assertEquals(rc[q], tc[p]);
                assertEquals(rv[q], tv[p++], 0.0);
            }
            int ku = a.upper(i, tc, tv);
            assertEquals(up, ku);
            for (int q = 0, p = 0; q < k; q++) {
                if (rc[q] <= i) continue;
                assertEquals(rc[q], tc[p]);
                assertEquals(rv[q], tv[p++], 0.0);
            }
        }
    }

    @Test
    void aStencilListsTheRowsOfItsCsrCopy() {
        StencilMatrix s = AggregationAmgTest.grainStencil(5, 4, 3, 2, 9);
        assertConsistent(s, s.toCsr());
        StencilMatrix flat = AggregationAmgTest.grainStencil(7, 1, 1, 2, 2); // a 1D grid: no y or z faces
        assertConsistent(flat, flat.toCsr());
    }

    @Test
    void aCsrMatrixListsItsOwnRows() {
        CsrMatrix a = ConjugateGradientTest.conductionMatrix(6, 5, 7, new double[30]);
        assertConsistent(a, a);
    }
}
