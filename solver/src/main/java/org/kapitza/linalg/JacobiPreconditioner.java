package org.kapitza.linalg;

/** Diagonal scaling, z = r / diag(A): cheap, and enough to remove the scale of the conductances. */
public final class JacobiPreconditioner implements Preconditioner {
    private final double[] inverseDiagonal;

    /** For a stencil or a CSR matrix alike. */
    public JacobiPreconditioner(SparseRows a) {
        int n = a.size();
        inverseDiagonal = new double[n];
        for (int i = 0; i < n; i++) {
            double d = a.diagonal(i);
            if (!(d > 0)) {
                throw new IllegalArgumentException("Jacobi: diagonal entry " + i + " is " + d + "; the matrix is not positive definite");
            }
            inverseDiagonal[i] = 1.0 / d;
        }
    }

    @Override
    public void apply(double[] r, double[] z) {
        final double[] inv = inverseDiagonal;
        Parallel.shared().forEach(inv.length, (b, from, to) -> {
            for (int i = from; i < to; i++) z[i] = r[i] * inv[i];
        });
    }

    @Override
    public String name() {
        return "jacobi";
    }
}
