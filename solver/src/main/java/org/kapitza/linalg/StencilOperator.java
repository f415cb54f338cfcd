package org.kapitza.linalg;

import java.util.Arrays;

/**
 * A general (not necessarily symmetric) 7-point operator on a rectilinear grid: the Jacobian of a
 * problem whose conductivities depend on temperature, where the derivative of a face's flux with
 * respect to its two cells differ. {@code up[a][c]} is entry (c, c + stride(a)), {@code down[a][c]} entry
 * (c + stride(a), c), {@code diag[c]} entry (c, c).
 */
public final class StencilOperator implements LinearOperator {
    private final int nx;
    private final int ny;
    private final int nz;
    private final int n;
    private final int[] stride;
    public final double[][] up;
    public final double[][] down;
    public final double[] diag;
    private final Kernel kernel = new Kernel();

    public StencilOperator(int nx, int ny, int nz) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.n = nx * ny * nz;
        this.stride = new int[] {1, nx, nx * ny};
        int[] cells = {nx, ny, nz};
        this.up = new double[3][];
        this.down = new double[3][];
        for (int a = 0; a < 3; a++) {
            up[a] = new double[cells[a] > 1 ? n : 0];
            down[a] = new double[cells[a] > 1 ? n : 0];
        }
        this.diag = new double[n];
    }

    @Override
    public int size() {
        return n;
    }

    public void clear() {
        for (int a = 0; a < 3; a++) {
            Arrays.fill(up[a], 0);
            Arrays.fill(down[a], 0);
        }
        Arrays.fill(diag, 0);
    }

    @Override
    public void apply(double[] x, double[] y) {
        kernel.x = x;
        kernel.y = y;
        Parallel.shared().forEach(ny * nz, kernel);
    }

    private final class Kernel implements Parallel.RangeTask {
        double[] x;
        double[] y;

        @Override
        public void run(int block, int from, int to) {
            double[] ux = up[0];
            double[] dx = down[0];
            double[] uy = up[1];
            double[] dy = down[1];
            double[] uz = up[2];
            double[] dz = down[2];
            int sy = stride[1];
            int sz = stride[2];
            for (int s = from; s < to; s++) {
                int j = s % ny;
                int k = s / ny;
                int c0 = s * nx;
                for (int i = 0; i < nx; i++) {
                    int c = c0 + i;
                    double v = diag[c] * x[c];
                    if (ux.length > 0) {
                        if (i < nx - 1) v += ux[c] * x[c + 1];
                        if (i > 0) v += dx[c - 1] * x[c - 1];
                    }
                    if (uy.length > 0) {
                        if (j < ny - 1) v += uy[c] * x[c + sy];
                        if (j > 0) v += dy[c - sy] * x[c - sy];
                    }
                    if (uz.length > 0) {
                        if (k < nz - 1) v += uz[c] * x[c + sz];
                        if (k > 0) v += dz[c - sz] * x[c - sz];
                    }
                    y[c] = v;
                }
            }
        }
    }
}
