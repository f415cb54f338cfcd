package org.kapitza.mesh;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A Voronoi polycrystal voxelised on the grid: seeds uniformly random in a box (reproducible from a
 * seed: {@link SplittableRandom}'s sequence is fixed by its specification), each target cell given the
 * grain of the seed nearest to its centre. Optionally periodic along chosen axes, so that the
 * tessellation tiles space (a grain leaving through xmax re-enters through xmin).
 *
 * <p>The number of grains is given directly or through a mean grain size d: N = round(V / d³) in 3D
 * (area / d² in 2D), so d is the edge of a cube with the mean grain volume.
 *
 * <p>Nearest seeds are found with a bin grid ({@link SeedIndex}), in parallel over z-slices: the result
 * does not depend on the number of threads.
 */
public final class VoronoiGrains implements GrainStructure {
    private final int count;
    private final double meanSize;
    private final double[] givenSeeds;
    private long seed = 1;
    private final boolean[] periodic = new boolean[3];
    private final List<String> regions = new ArrayList<>();
    private Box box;

    private VoronoiGrains(int count, double meanSize, double[] givenSeeds) {
        this.count = count;
        this.meanSize = meanSize;
        this.givenSeeds = givenSeeds;
    }

    /**
     * A polycrystal with given seed points (x, y, z per seed, m): a bicrystal with a boundary of known
     * orientation, or grains measured by EBSD. Seeds outside the target box are allowed.
     */
    public static VoronoiGrains ofSeeds(double... xyz) {
        if (xyz.length == 0 || xyz.length % 3 != 0) {
            throw new MeshException("polycrystal: seeds need x, y, z for each seed; got " + xyz.length + " numbers");
        }
        for (int i = 0; i < xyz.length; i++) {
            if (!Double.isFinite(xyz[i])) throw new MeshException("polycrystal: seed coordinate [" + i + "] is " + xyz[i]);
        }
        return new VoronoiGrains(xyz.length / 3, 0, xyz.clone());
    }

    /** A polycrystal of {@code n} grains. */
    public static VoronoiGrains ofCount(int n) {
        if (n < 1) throw new MeshException("polycrystal: number of grains must be at least 1, got " + n);
        return new VoronoiGrains(n, 0, null);
    }

    /** A polycrystal with mean grain size {@code d} metres (edge of the cube of mean grain volume). */
    public static VoronoiGrains ofMeanSize(double d) {
        if (!(d > 0) || !Double.isFinite(d)) {
            throw new MeshException("polycrystal: mean grain size must be a positive length, got " + d);
        }
        return new VoronoiGrains(0, d, null);
    }

    /** Random seed: the same value gives the identical polycrystal. */
    public VoronoiGrains seed(long s) {
        this.seed = s;
        return this;
    }

    /** Periodic along x, y, z. */
    public VoronoiGrains periodic(boolean x, boolean y, boolean z) {
        periodic[0] = x;
        periodic[1] = y;
        periodic[2] = z;
        return this;
    }

    /** Restricts the polycrystal to these regions (layers). */
    public VoronoiGrains inRegions(String... names) {
        regions.addAll(List.of(names));
        return this;
    }

    /** Restricts the polycrystal to cells whose centres lie in the box, and fills the box with seeds. */
    public VoronoiGrains inBox(Box b) {
        this.box = b;
        return this;
    }

    @Override
    public int assign(MeshBuilder builder) {
        RectilinearGrid g = builder.grid();
        int dim = g.dimension();
        GrainTarget target = new GrainTarget(builder, regions, box, "polycrystal");
        double measure = 1;
        for (int a = 0; a < dim; a++) measure *= target.length(a);
        // In double until compared: a tiny mean size asks for more grains than an int holds.
        double wanted = count > 0 ? count : Math.max(1, Math.rint(measure / Math.pow(meanSize, dim)));
        if (!(wanted <= target.cells.length)) {
            throw new MeshException("polycrystal: " + (wanted < 1e15 ? String.valueOf((long) wanted)
                    : String.format(java.util.Locale.ROOT, "%.3g", wanted)) + " grains"
                    + (count > 0 ? "" : " (mean size " + meanSize + " m)") + " requested but only "
                    + target.cells.length + " cells to hold them; use fewer grains or a finer grid");
        }
        int n = (int) wanted;
        double[] lo = target.lo.clone();
        double[] len = new double[3];
        for (int a = 0; a < 3; a++) len[a] = target.length(a);
        double[] seeds = givenSeeds != null ? givenSeeds.clone() : new double[3 * n];
        if (givenSeeds == null) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int p = 0; p < n; p++) {
                for (int a = 0; a < 3; a++) {
                    double u = random.nextDouble();
                    // Collapsed axes of 1D/2D grids: seeds in the mid-plane, so the tessellation is 2D (1D).
                    seeds[3 * p + a] = a < dim ? lo[a] + u * len[a] : 0.5 * (lo[a] + target.hi[a]);
                }
            }
        } else {
            // Given seeds: wrapped into the box along periodic axes; elsewhere they may lie outside it,
            // so the index's box is widened to hold them all.
            for (int p = 0; p < n; p++) {
                for (int a = 0; a < 3; a++) {
                    double v = seeds[3 * p + a];
                    if (a < dim && periodic[a]) {
                        double l = target.length(a);
                        seeds[3 * p + a] = target.lo[a] + (v - target.lo[a] - l * Math.floor((v - target.lo[a]) / l));
                        continue;
                    }
                    if (v < lo[a]) {
                        len[a] += lo[a] - v;
                        lo[a] = v;
                    }
                    if (v > lo[a] + len[a]) len[a] = v - lo[a];
                }
            }
        }
        boolean[] per = new boolean[3];
        double[] period = new double[3];
        for (int a = 0; a < dim; a++) {
            per[a] = periodic[a];
            period[a] = periodic[a] ? target.length(a) : 0;
        }
        SeedIndex index = new SeedIndex(seeds, lo, len, per, dim);
        int first = builder.addGrainSeeds(seeds, period);
        int[] cells = target.cells;
        int nx = g.nx();
        int ny = g.ny();
        IntStream.range(0, (cells.length + 4095) / 4096).parallel().forEach(block -> {
            int end = Math.min(cells.length, (block + 1) * 4096);
            for (int q = block * 4096; q < end; q++) {
                int c = cells[q];
                int i = c % nx;
                int j = (c / nx) % ny;
                int k = c / (nx * ny);
                builder.setGrain(c, first + index.nearest(g.centre(0, i), g.centre(1, j), g.centre(2, k)));
            }
        });
        return n;
    }
}
