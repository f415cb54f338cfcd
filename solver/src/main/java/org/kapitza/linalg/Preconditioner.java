package org.kapitza.linalg;

/**
 * An approximation M of A whose inverse is cheap: z = M⁻¹ r. For conjugate gradients M must be
 * symmetric positive definite.
 */
public interface Preconditioner {
    /** Writes M⁻¹ r into z; r and z are distinct arrays. */
    void apply(double[] r, double[] z);

    /** Short name for logs and reports, e.g. "jacobi". */
    String name();

    /** The identity: no preconditioning. */
    Preconditioner NONE = new Preconditioner() {
        @Override
        public void apply(double[] r, double[] z) {
            System.arraycopy(r, 0, z, 0, r.length);
        }

        @Override
        public String name() {
            return "none";
        }
    };
}
