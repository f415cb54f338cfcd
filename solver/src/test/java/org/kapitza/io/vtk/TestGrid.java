package org.kapitza.io.vtk;

import java.util.List;
import java.util.Random;

/**
 * A rectilinear grid with uneven spacing, an irregular set of active cells and fields of every type,
 * including the awkward values (NaN on inactive cells as the solver reports them, −0, subnormals, the
 * extremes of int, bytes above 127).
 */
final class TestGrid {
    final int nx;
    final int ny;
    final int nz;
    final int cells;
    final double[] x;
    final double[] y;
    final double[] z;
    final boolean[] active;
    /** Temperature (K), NaN on inactive cells. */
    final double[] t;
    /** Heat flux vector (W/m²), 3 per cell. */
    final double[] q;
    final int[] region;
    final byte[] flag;

    TestGrid(int nx, int ny, int nz, long seed) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.cells = nx * ny * nz;
        Random rnd = new Random(seed);
        x = nodes(nx, rnd);
        y = nodes(ny, rnd);
        z = nodes(nz, rnd);
        active = new boolean[cells];
        t = new double[cells];
        q = new double[3 * cells];
        region = new int[cells];
        flag = new byte[cells];
        for (int c = 0; c < cells; c++) {
            active[c] = rnd.nextInt(5) != 0;
            t[c] = active[c] ? 300 + 40 * rnd.nextGaussian() : Double.NaN;
            for (int a = 0; a < 3; a++) q[3 * c + a] = 1e4 * rnd.nextGaussian();
            region[c] = rnd.nextInt(7) - 3;
            flag[c] = (byte) rnd.nextInt(256);
        }
        double[] odd = {-0.0, Double.MIN_VALUE, 1e-300, Double.MAX_VALUE, -1e300, 0.1};
        for (int i = 0; i < odd.length && i < cells; i++) {
            active[i] = true;
            t[i] = odd[i];
        }
        region[0] = Integer.MIN_VALUE;
        region[cells - 1] = Integer.MAX_VALUE;
        flag[0] = (byte) 255;
    }

    private static double[] nodes(int n, Random rnd) {
        double[] c = new double[n + 1];
        c[0] = -1e-3 * rnd.nextDouble();
        for (int i = 1; i <= n; i++) c[i] = c[i - 1] + 1e-3 * (0.5 + rnd.nextDouble());
        return c;
    }

    List<VtkArray> arrays() {
        return List.of(VtkArray.scalars("T", t), VtkArray.vectors("q", q), VtkArray.scalars("region", region),
                VtkArray.scalars("flag", flag));
    }

    int cell(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    /** Faces of active cells that do not touch another active cell: what a viewer draws of the active cells. */
    int exposedFaces() {
        int n = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    if (!active[cell(i, j, k)]) continue;
                    n += open(i - 1, j, k) + open(i + 1, j, k) + open(i, j - 1, k) + open(i, j + 1, k) + open(i, j, k - 1)
                            + open(i, j, k + 1);
                }
            }
        }
        return n;
    }

    private int open(int i, int j, int k) {
        if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) return 1;
        return active[cell(i, j, k)] ? 0 : 1;
    }

    /** The 8 corners (x, y, z) of cell c in VTK hexahedron order, 24 values. */
    double[] hexCorners(int c) {
        int i = c % nx;
        int j = (c / nx) % ny;
        int k = c / (nx * ny);
        int[][] ijk = {{i, j, k}, {i + 1, j, k}, {i + 1, j + 1, k}, {i, j + 1, k},
            {i, j, k + 1}, {i + 1, j, k + 1}, {i + 1, j + 1, k + 1}, {i, j + 1, k + 1}};
        double[] out = new double[24];
        for (int p = 0; p < 8; p++) {
            out[3 * p] = x[ijk[p][0]];
            out[3 * p + 1] = y[ijk[p][1]];
            out[3 * p + 2] = z[ijk[p][2]];
        }
        return out;
    }

    /** The active cells in a scrambled order, as a subset for an unstructured grid. */
    int[] activeCellsScrambled(long seed) {
        int n = 0;
        for (boolean a : active) if (a) n++;
        int[] out = new int[n];
        n = 0;
        for (int c = 0; c < cells; c++) if (active[c]) out[n++] = c;
        Random rnd = new Random(seed);
        for (int i = out.length - 1; i > 0; i--) {
            int r = rnd.nextInt(i + 1);
            int tmp = out[i];
            out[i] = out[r];
            out[r] = tmp;
        }
        return out;
    }

    /**
     * Quads on every x, y and z face between an active and an inactive cell (normal along +axis), then
     * one tilted quad that is no grid face: 12 values each.
     */
    double[] interfaceQuads(int[] axisOut) {
        int n = 0;
        double[] buf = new double[12 * 3 * cells + 12];
        for (int axis = 0; axis < 3; axis++) {
            for (int k = 0; k < nz; k++) {
                for (int j = 0; j < ny; j++) {
                    for (int i = 0; i < nx; i++) {
                        int[] lo = {i, j, k};
                        lo[axis]--;
                        if (lo[axis] < 0) continue;
                        if (active[cell(i, j, k)] == active[cell(lo[0], lo[1], lo[2])]) continue;
                        PolyDataWriter.gridFace(x, y, z, axis, i, j, k, buf, n);
                        if (axisOut != null) axisOut[n] = axis;
                        n++;
                    }
                }
            }
        }
        double[] tilted = {0, 0, 0, 1, 0, 0.5, 1, 1, 1, 0, 1, 0.5};
        System.arraycopy(tilted, 0, buf, 12 * n, 12);
        if (axisOut != null) axisOut[n] = -1;
        return java.util.Arrays.copyOf(buf, 12 * (n + 1));
    }
}
