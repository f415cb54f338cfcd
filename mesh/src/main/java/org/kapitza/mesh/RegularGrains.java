package org.kapitza.mesh;

import java.util.ArrayList;
import java.util.List;

/**
 * Grains on a regular lattice: cubes (or boxes) of a given size, or columns through the whole height.
 * Grain boundaries are then exact planes normal to x, y or z, which makes them exact tests: N grains of
 * size d in a bar have exactly N - 1 boundaries.
 *
 * <p>The lattice starts at the lower corner of the target box; a cell belongs to lattice cell
 * {@code floor((centre - lo) / size)} along each axis. Seeds sit at the lattice-cell centres.
 */
public final class RegularGrains implements GrainStructure {
    private final double[] size;
    private final List<String> regions = new ArrayList<>();
    private Box box;

    private RegularGrains(double sx, double sy, double sz) {
        this.size = new double[] {sx, sy, sz};
        for (int a = 0; a < 3; a++) {
            if (!(size[a] > 0) || Double.isNaN(size[a])) {
                throw new MeshException("regular grains: grain size along " + "xyz".charAt(a)
                        + " must be a positive length, got " + size[a]);
            }
        }
    }

    /** Cubic grains of edge {@code d} metres. */
    public static RegularGrains cubes(double d) {
        return new RegularGrains(d, d, d);
    }

    /** Box-shaped grains. */
    public static RegularGrains boxes(double sx, double sy, double sz) {
        return new RegularGrains(sx, sy, sz);
    }

    /** Columnar grains of cross-section sx by sy, running through the whole height (z). */
    public static RegularGrains columns(double sx, double sy) {
        return new RegularGrains(sx, sy, Double.POSITIVE_INFINITY);
    }

    public RegularGrains inRegions(String... names) {
        regions.addAll(List.of(names));
        return this;
    }

    public RegularGrains inBox(Box b) {
        this.box = b;
        return this;
    }

    @Override
    public int assign(MeshBuilder builder) {
        RectilinearGrid g = builder.grid();
        GrainTarget target = new GrainTarget(builder, regions, box, "regular grains");
        int[] m = new int[3];
        for (int a = 0; a < 3; a++) {
            boolean lattice = a < g.dimension() && Double.isFinite(size[a]);
            m[a] = lattice ? Math.max(1, (int) Math.ceil(target.length(a) / size[a] - 1e-9)) : 1;
        }
        long n = (long) m[0] * m[1] * m[2];
        if (n > target.cells.length) {
            throw new MeshException("regular grains: " + n + " grains of size " + size[0] + " x " + size[1] + " x "
                    + size[2] + " m requested but only " + target.cells.length + " cells to hold them");
        }
        double[] seeds = new double[(int) (3 * n)];
        for (int k = 0; k < m[2]; k++) {
            for (int j = 0; j < m[1]; j++) {
                for (int i = 0; i < m[0]; i++) {
                    int p = i + m[0] * (j + m[1] * k);
                    int[] ijk = {i, j, k};
                    for (int a = 0; a < 3; a++) {
                        double cellSize = m[a] == 1 ? target.length(a) : size[a];
                        seeds[3 * p + a] = target.lo[a] + (ijk[a] + 0.5) * cellSize;
                    }
                }
            }
        }
        int first = builder.addGrainSeeds(seeds, new double[3]);
        int nx = g.nx();
        int ny = g.ny();
        double tol = 1e-9;
        for (int c : target.cells) {
            int[] cell = {c % nx, (c / nx) % ny, c / (nx * ny)};
            int[] q = new int[3];
            for (int a = 0; a < 3; a++) {
                if (m[a] > 1) {
                    double t = (g.centre(a, cell[a]) - target.lo[a]) / size[a];
                    q[a] = Math.min(m[a] - 1, Math.max(0, (int) Math.floor(t + tol)));
                }
            }
            builder.setGrain(c, first + q[0] + m[0] * (q[1] + m[1] * q[2]));
        }
        return (int) n;
    }
}
