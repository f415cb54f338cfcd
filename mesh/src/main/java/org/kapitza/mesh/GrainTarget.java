package org.kapitza.mesh;

import java.util.Arrays;
import java.util.List;

/**
 * Which cells a grain structure covers: active cells in the named regions (all regions when none is
 * named) whose centres lie in a box (everywhere when none is given), and the box the structure fills:
 * the given box, or else the bounding box of those cells' faces.
 */
final class GrainTarget {
    final int[] cells;
    final double[] lo = new double[3];
    final double[] hi = new double[3];

    GrainTarget(MeshBuilder b, List<String> regions, Box box, String what) {
        RectilinearGrid g = b.grid();
        boolean[] wanted = new boolean[b.regionCount()];
        if (regions.isEmpty()) {
            Arrays.fill(wanted, true);
        } else {
            for (String r : regions) {
                int id = b.regionId(r);
                if (id < 0) {
                    throw new MeshException(what + ": region or layer '" + r + "' does not exist; known: "
                            + knownRegions(b));
                }
                wanted[id] = true;
            }
        }
        Box in = box == null ? Box.everywhere() : box;
        int nx = g.nx();
        int ny = g.ny();
        int n = 0;
        int[] found = new int[g.cellCount()];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int c = 0; c < found.length; c++) {
            int r = b.region(c);
            if (r < 0 || !wanted[r]) continue;
            int i = c % nx;
            int j = (c / nx) % ny;
            int k = c / (nx * ny);
            if (!in.contains(g.centre(0, i), g.centre(1, j), g.centre(2, k))) continue;
            found[n++] = c;
            int[] ijk = {i, j, k};
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], g.node(a, ijk[a]));
                hi[a] = Math.max(hi[a], g.node(a, ijk[a] + 1));
            }
        }
        if (n == 0) {
            throw new MeshException(what + ": no active cell lies in " + (regions.isEmpty() ? "the mesh" : "regions " + regions)
                    + (box == null ? "" : " inside the box " + box));
        }
        this.cells = Arrays.copyOf(found, n);
        if (box != null) {
            for (int a = 0; a < 3; a++) {
                if (Double.isFinite(box.lo(a))) lo[a] = box.lo(a);
                if (Double.isFinite(box.hi(a))) hi[a] = box.hi(a);
            }
        }
    }

    private static String knownRegions(MeshBuilder b) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < b.regionCount(); r++) s.append(r == 0 ? "" : ", ").append(b.regionName(r));
        return s.toString();
    }

    double length(int axis) {
        return hi[axis] - lo[axis];
    }
}
