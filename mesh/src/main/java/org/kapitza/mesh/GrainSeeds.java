package org.kapitza.mesh;

import java.util.Arrays;

/**
 * Seed points of all grains in a mesh, by grain id (id 0 is "no grain"), and the periodicity of the
 * tessellation each grain came from. The normal of a grain boundary is the bisector-plane normal of the
 * two seeds, using the periodic images nearest to the two cells concerned (docs/PHYSICS.md §1).
 */
public final class GrainSeeds {
    private double[] xyz = new double[3 * 16];
    private int[] tessellationOf = new int[16];
    private double[][] periods = new double[4][];
    private int grains;
    private int tessellations;

    GrainSeeds() {
        grains = 1; // id 0 is reserved for "no grain"
    }

    /**
     * Registers a tessellation's seeds and returns the grain id of its first seed.
     *
     * @param seeds  x, y, z of each seed (m), 3 per seed
     * @param period period along each axis (m), 0 where not periodic
     */
    int add(double[] seeds, double[] period) {
        int n = seeds.length / 3;
        int first = grains;
        ensure(grains + n);
        System.arraycopy(seeds, 0, xyz, 3 * first, seeds.length);
        if (tessellations == periods.length) periods = Arrays.copyOf(periods, 2 * tessellations);
        periods[tessellations] = period.clone();
        Arrays.fill(tessellationOf, first, first + n, tessellations);
        tessellations++;
        grains += n;
        return first;
    }

    private void ensure(int capacity) {
        if (tessellationOf.length < capacity) {
            int c = Math.max(capacity, 2 * tessellationOf.length);
            tessellationOf = Arrays.copyOf(tessellationOf, c);
            xyz = Arrays.copyOf(xyz, 3 * c);
        }
    }

    /** Number of grain ids handed out, including the reserved id 0. */
    int idCount() {
        return grains;
    }

    /** Seed coordinate of a grain along an axis (m). */
    public double seed(int grain, int axis) {
        return xyz[3 * grain + axis];
    }

    /**
     * Unit normal of the boundary between grain {@code a} (at point pa) and grain {@code b} (at pb),
     * pointing from a to b: {@code (s_b - s_a)/|s_b - s_a|} with each seed replaced by its periodic image
     * nearest to its point.
     */
    void normal(int a, int b, double[] pa, double[] pb, double[] out) {
        double[] pA = periods[tessellationOf[a]];
        double[] pB = periods[tessellationOf[b]];
        double len2 = 0;
        for (int ax = 0; ax < 3; ax++) {
            double sa = image(xyz[3 * a + ax], pa[ax], pA[ax]);
            double sb = image(xyz[3 * b + ax], pb[ax], pB[ax]);
            out[ax] = sb - sa;
            len2 += out[ax] * out[ax];
        }
        double inv = 1.0 / Math.sqrt(len2);
        for (int ax = 0; ax < 3; ax++) out[ax] *= inv;
    }

    private static double image(double s, double near, double period) {
        if (period <= 0) return s;
        return s + period * Math.rint((near - s) / period);
    }
}
