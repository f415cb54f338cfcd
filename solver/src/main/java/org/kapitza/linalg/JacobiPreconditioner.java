package org.kapitza.linalg;

/** Diagonal scaling, z = r / diag(A): cheap, and enough to remove the scale of the conductances. */
public final class JacobiPreconditioner implements Preconditioner {
    private final double[] inverseDiagonal;

    public JacobiPreconditioner(CsrMatrix a) {
        double[] d = a.diagonal();
        inverseDiagonal = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            if (!(d[i] > 0)) {
                throw new IllegalArgumentException("Jacobi: diagonal entry " + i + " is " + d[i] + "; the matrix is not positive definite");
            }
            inverseDiagonal[i] = 1.0 / d[i];
        }
    }

    @Override
    public void apply(double[] r, double[] z) {
        final double[] inv = inverseDiagonal;
        for (int i = 0; i < inv.length; i++) z[i] = r[i] * inv[i];
    }

    @Override
    public String name() {
        return "jacobi";
    }
}
