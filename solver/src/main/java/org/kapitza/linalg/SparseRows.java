package org.kapitza.linalg;

/**
 * What a preconditioner sees of a symmetric sparse matrix: its rows. Jacobi, incomplete Cholesky and
 * the setup of the multigrid (pairwise aggregation, Galerkin products) are written once against this,
 * so the same algorithm serves the structured {@link StencilMatrix} and the general {@link CsrMatrix}
 * (PETSc's Mat interface in miniature). Hot kernels that gain from the storage (the stencil's line
 * smoother, its matrix-free product) stay with the storage.
 *
 * <p>Each matrix lists a row's entries in its own fixed order (ascending columns for CSR; −x, +x, −y,
 * +y, −z, +z, then the diagonal for the stencil), and every algorithm visits them in that order, so
 * results are reproducible to the last bit.
 */
public interface SparseRows {
    /** Number of rows (and columns). */
    int size();

    /** The diagonal entry a_ii (0 where a CSR row stores none). */
    double diagonal(int i);

    /**
     * The row sum Σ_j a_ij: for a conduction matrix the conductance from row i to fixed-temperature and
     * convective boundaries, ≥ 0 (a CSR matrix sums its row and sets round-off below zero to zero; the
     * stencil stores it).
     */
    double rowSum(int i);

    /**
     * Writes the stored entries of row i (columns and values, the diagonal included, zero couplings left
     * out) into cols and vals in the matrix's order; returns how many.
     */
    int row(int i, int[] cols, double[] vals);

    /**
     * The strict lower triangle of row i (columns j &lt; i), in the order of {@link #row}: what the forward
     * sweep of an incomplete factorisation reads, without the rest of the row.
     */
    int lower(int i, int[] cols, double[] vals);

    /** The strict upper triangle of row i (columns j &gt; i), in the order of {@link #row}. */
    int upper(int i, int[] cols, double[] vals);

    /** The most entries {@link #row} writes for any row: the length cols and vals need. */
    int maxRowLength();
}
