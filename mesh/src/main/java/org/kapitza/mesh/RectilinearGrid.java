package org.kapitza.mesh;

/**
 * A 1D, 2D or 3D rectilinear grid: node coordinates along x, y and z (metres), cells numbered
 * {@code i + nx (j + ny k)}.
 *
 * <p>A grid of dimension 1 or 2 is still stored as 3D, with one cell across each collapsed axis whose
 * width is the cross-section (1 m unless given): a 1D bar of cross-section 1 m² or a 2D plate 1 m deep.
 * Collapsed axes carry no faces, so heat flows only along the grid's own axes.
 */
public final class RectilinearGrid {
    /** Largest grid the mesh module builds: faces are indexed by {@code int}, about 3 per cell. */
    public static final long MAX_CELLS = 600_000_000L;

    private final int dimension;
    private final double[][] nodes;
    private final double[][] widths;
    private final double[][] centres;
    private final int nx;
    private final int ny;
    private final int nz;

    private RectilinearGrid(int dimension, double[] x, double[] y, double[] z) {
        this.dimension = dimension;
        this.nodes = new double[][] {x, y, z};
        this.widths = new double[3][];
        this.centres = new double[3][];
        for (int a = 0; a < 3; a++) {
            double[] n = nodes[a];
            widths[a] = new double[n.length - 1];
            centres[a] = new double[n.length - 1];
            for (int i = 0; i < n.length - 1; i++) {
                widths[a][i] = n[i + 1] - n[i];
                centres[a][i] = 0.5 * (n[i] + n[i + 1]);
            }
        }
        this.nx = x.length - 1;
        this.ny = y.length - 1;
        this.nz = z.length - 1;
        long cells = (long) nx * ny * nz;
        if (cells > MAX_CELLS) {
            throw new MeshException("grid of " + nx + " x " + ny + " x " + nz + " = " + cells
                    + " cells is larger than the " + MAX_CELLS + " cells a mesh can hold");
        }
    }

    /** A 1D grid along x with the given cross-section (m, m). */
    public static RectilinearGrid of1D(double[] x, double depthY, double depthZ) {
        return new RectilinearGrid(1, GridLines.explicit("x coordinates", x),
                depth("cross-section y", depthY), depth("cross-section z", depthZ));
    }

    /** A 1D grid along x, cross-section 1 m². */
    public static RectilinearGrid of1D(double[] x) {
        return of1D(x, 1.0, 1.0);
    }

    /** A 2D grid in x and y, {@code depthZ} metres deep. */
    public static RectilinearGrid of2D(double[] x, double[] y, double depthZ) {
        return new RectilinearGrid(2, GridLines.explicit("x coordinates", x), GridLines.explicit("y coordinates", y),
                depth("depth z", depthZ));
    }

    /** A 3D grid. */
    public static RectilinearGrid of3D(double[] x, double[] y, double[] z) {
        return new RectilinearGrid(3, GridLines.explicit("x coordinates", x), GridLines.explicit("y coordinates", y),
                GridLines.explicit("z coordinates", z));
    }

    private static double[] depth(String what, double d) {
        if (!(d > 0) || !Double.isFinite(d)) {
            throw new MeshException(what + " must be a positive length, got " + d);
        }
        return new double[] {0.0, d};
    }

    /** 1, 2 or 3: the number of axes along which the grid has faces. */
    public int dimension() {
        return dimension;
    }

    /** Number of cells along axis 0 (x), 1 (y) or 2 (z). */
    public int cells(int axis) {
        return axis == 0 ? nx : axis == 1 ? ny : nz;
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int nz() {
        return nz;
    }

    public int cellCount() {
        return nx * ny * nz;
    }

    /** Cell index of (i, j, k). */
    public int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    /** Copy of the node coordinates along an axis (m). */
    public double[] nodes(int axis) {
        return nodes[axis].clone();
    }

    /** Node coordinate {@code n} along an axis (m). */
    public double node(int axis, int n) {
        return nodes[axis][n];
    }

    /** Width of cell layer {@code i} along an axis (m). */
    public double width(int axis, int i) {
        return widths[axis][i];
    }

    /** Centre of cell layer {@code i} along an axis (m). */
    public double centre(int axis, int i) {
        return centres[axis][i];
    }

    /** Volume of cell (i, j, k) in m³. */
    public double volume(int i, int j, int k) {
        return widths[0][i] * widths[1][j] * widths[2][k];
    }

    /** Lower corner of the grid along an axis (m). */
    public double min(int axis) {
        return nodes[axis][0];
    }

    /** Upper corner of the grid along an axis (m). */
    public double max(int axis) {
        double[] n = nodes[axis];
        return n[n.length - 1];
    }

    /** Bytes held by the coordinate arrays. */
    long memoryBytes() {
        long doubles = 0;
        for (int a = 0; a < 3; a++) doubles += nodes[a].length + widths[a].length + centres[a].length;
        return 8 * doubles;
    }
}
