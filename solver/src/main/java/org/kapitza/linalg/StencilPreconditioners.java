package org.kapitza.linalg;

/** Jacobi and incomplete-Cholesky (DIC) preconditioners for a {@link StencilMatrix}. */
public final class StencilPreconditioners {
    private StencilPreconditioners() {
    }

    /** z = r / diag(A). */
    public static Preconditioner jacobi(StencilMatrix a) {
        int n = a.size();
        double[] inv = new double[n];
        for (int c = 0; c < n; c++) {
            double d = a.diagonal(c);
            if (!(d > 0)) throw new IllegalArgumentException("Jacobi: diagonal entry " + c + " is " + d);
            inv[c] = 1 / d;
        }
        return new Preconditioner() {
            @Override
            public void apply(double[] r, double[] z) {
                Parallel.shared().forEach(n, (b, from, to) -> {
                    for (int i = from; i < to; i++) z[i] = r[i] * inv[i];
                });
            }

            @Override
            public String name() {
                return "jacobi";
            }
        };
    }

    /**
     * DIC, incomplete Cholesky with no fill on the 7-point stencil (exact IC(0) there):
     * {@code d_c = a_cc − Σ_{lower neighbours m} a_cm² / d_m}, M = (D + L) D⁻¹ (D + U). Sequential: the
     * triangular sweeps carry a dependence from each cell to the next.
     */
    public static Preconditioner dic(StencilMatrix a) {
        int nx = a.nx;
        int ny = a.ny;
        int n = a.size();
        int sy = nx;
        int sz = nx * ny;
        double[] gx = a.gx;
        double[] gy = a.gy;
        double[] gz = a.gz;
        double[] invD = new double[n];
        for (int c = 0; c < n; c++) {
            int i = c % nx;
            int j = (c / nx) % ny;
            int k = c / sz;
            double d = a.diagonal(c);
            if (i > 0) d -= gx[c - 1] * gx[c - 1] * invD[c - 1];
            if (gy.length > 0 && j > 0) d -= gy[c - sy] * gy[c - sy] * invD[c - sy];
            if (gz.length > 0 && k > 0) d -= gz[c - sz] * gz[c - sz] * invD[c - sz];
            if (!(d > 0)) throw new IllegalArgumentException("DIC: pivot " + c + " is " + d);
            invD[c] = 1 / d;
        }
        return new Preconditioner() {
            @Override
            public void apply(double[] r, double[] z) {
                for (int c = 0; c < n; c++) {
                    int i = c % nx;
                    int j = (c / nx) % ny;
                    int k = c / sz;
                    double s = r[c];
                    // Off-diagonal entries are −g: subtracting a_cm z_m adds g z_m.
                    if (i > 0) s += gx[c - 1] * z[c - 1];
                    if (gy.length > 0 && j > 0) s += gy[c - sy] * z[c - sy];
                    if (gz.length > 0 && k > 0) s += gz[c - sz] * z[c - sz];
                    z[c] = s * invD[c];
                }
                for (int c = n - 1; c >= 0; c--) {
                    int i = c % nx;
                    int j = (c / nx) % ny;
                    int k = c / sz;
                    double s = 0;
                    if (i < nx - 1) s += gx[c] * z[c + 1];
                    if (gy.length > 0 && j < ny - 1) s += gy[c] * z[c + sy];
                    if (gz.length > 0 && k < a.nz - 1) s += gz[c] * z[c + sz];
                    z[c] += s * invD[c];
                }
            }

            @Override
            public String name() {
                return "dic";
            }
        };
    }
}
