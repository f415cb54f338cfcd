package org.kapitza.linalg;

/**
 * A square linear operator y = A x. Krylov solvers see only this, so assembled matrices, matrix-free
 * operators and any preconditioner plug in alike.
 */
public interface LinearOperator {
    /** Number of rows (and columns). */
    int size();

    /** Writes A x into y; x and y are distinct arrays of length {@link #size()}. */
    void apply(double[] x, double[] y);
}
