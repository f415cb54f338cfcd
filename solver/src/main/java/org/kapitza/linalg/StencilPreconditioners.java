package org.kapitza.linalg;

/**
 * Jacobi and incomplete-Cholesky (DIC) preconditioners for a {@link StencilMatrix}: the same classes a
 * CSR matrix uses, through {@link SparseRows}; kept as the names the solvers ask for.
 */
public final class StencilPreconditioners {
    private StencilPreconditioners() {
    }

    /** z = r / diag(A). */
    public static Preconditioner jacobi(StencilMatrix a) {
        return new JacobiPreconditioner(a);
    }

    /** DIC, incomplete Cholesky with no fill on the 7-point stencil (exact IC(0) there). */
    public static Preconditioner dic(StencilMatrix a) {
        return new DicPreconditioner(a);
    }
}
