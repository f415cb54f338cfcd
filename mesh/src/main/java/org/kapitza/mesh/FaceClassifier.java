package org.kapitza.mesh;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks every cell once per axis, classifies each face and writes the face arrays class by class.
 * Two passes: count (to size the arrays exactly), then fill.
 */
final class FaceClassifier {
    private static final int NONE = -1;
    private static final String[] BOX_PATCHES = {"xmin", "xmax", "ymin", "ymax", "zmin", "zmax"};

    private final RectilinearGrid grid;
    private final int[] region;
    private final int[] grain;
    private final String[] regionNames;
    private final int[] regionMaterial;
    private final String[] materialNames;
    private final List<SurfaceRegion> surfaces;
    private final GrainSeeds seeds;
    private final List<List<Shape>> regionShapes;
    private final int[] stride;
    private final int[] n;

    FaceClassifier(RectilinearGrid grid, int[] region, int[] grain, String[] regionNames, int[] regionMaterial,
                   String[] materialNames, List<SurfaceRegion> surfaces, GrainSeeds seeds,
                   List<List<Shape>> regionShapes) {
        this.regionShapes = regionShapes;
        this.grid = grid;
        this.region = region;
        this.grain = grain;
        this.regionNames = regionNames;
        this.regionMaterial = regionMaterial;
        this.materialNames = materialNames;
        this.surfaces = surfaces;
        this.seeds = seeds;
        this.n = new int[] {grid.nx(), grid.ny(), grid.nz()};
        this.stride = new int[] {1, grid.nx(), grid.nx() * grid.ny()};
    }

    private int classOf(int c, int m) {
        int rc = region[c];
        int rm = region[m];
        if (rc < 0 && rm < 0) return NONE;
        if (rc < 0 || rm < 0) return FaceClass.BOUNDARY.ordinal();
        if (rc != rm) return FaceClass.INTERFACE.ordinal();
        // A grain boundary lies between two grains. Where a polycrystal restricted to a box meets the
        // grain-free rest of its region (grain 0) there is no second grain and no seed to orient a
        // boundary plane by: that face is bulk.
        if (grain[c] != grain[m] && grain[c] != 0 && grain[m] != 0) return FaceClass.GRAIN_BOUNDARY.ordinal();
        return FaceClass.BULK.ordinal();
    }

    Mesh classify() {
        int dim = grid.dimension();
        int nx = n[0];
        int ny = n[1];
        int nz = n[2];
        long[] count = new long[4];
        int active = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                int c = grid.index(0, j, k);
                int[] ijk = {0, j, k};
                for (int i = 0; i < nx; i++, c++) {
                    ijk[0] = i;
                    boolean act = region[c] >= 0;
                    if (act) active++;
                    for (int a = 0; a < dim; a++) {
                        if (ijk[a] == 0 && act) count[3]++;
                        if (ijk[a] < n[a] - 1) {
                            int cls = classOf(c, c + stride[a]);
                            if (cls != NONE) count[cls]++;
                        } else if (act) {
                            count[3]++;
                        }
                    }
                }
            }
        }
        long total = count[0] + count[1] + count[2] + count[3];
        if (total > Integer.MAX_VALUE - 8) {
            throw new MeshException("mesh would have " + total + " faces, more than the " + Integer.MAX_VALUE + " an index can address");
        }
        int nf = (int) total;
        int[] start = new int[5];
        for (int cl = 0; cl < 4; cl++) start[cl + 1] = start[cl] + (int) count[cl];
        int[] owner = new int[nf];
        int[] neighbour = new int[nf];
        byte[] direction = new byte[nf];
        int nInterface = (int) count[1];
        int nGrain = (int) count[2];
        int[] pairOfFace = new int[nInterface];
        boolean shaped = false;
        for (List<Shape> l : regionShapes) shaped |= !l.isEmpty();
        double[] ifNormal = shaped ? new double[3 * nInterface] : null;
        double[] gbNormal = new double[3 * nGrain];

        int nr = regionNames.length;
        int[] pairId = new int[nr * nr];
        java.util.Arrays.fill(pairId, -1);
        List<InterfacePair> pairs = new ArrayList<>();

        int[] cursor = start.clone();
        double[] pa = new double[3];
        double[] pb = new double[3];
        double[] nrm = new double[3];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                int c = grid.index(0, j, k);
                int[] ijk = {0, j, k};
                for (int i = 0; i < nx; i++, c++) {
                    ijk[0] = i;
                    boolean act = region[c] >= 0;
                    for (int a = 0; a < dim; a++) {
                        if (ijk[a] == 0 && act) {
                            int f = cursor[3]++;
                            owner[f] = c;
                            neighbour[f] = -1;
                            direction[f] = (byte) -(a + 1);
                        }
                        if (ijk[a] < n[a] - 1) {
                            int m = c + stride[a];
                            int cls = classOf(c, m);
                            if (cls == NONE) continue;
                            int f = cursor[cls]++;
                            if (cls == 3) {
                                // The active cell owns the face; the normal points out of it.
                                owner[f] = act ? c : m;
                                neighbour[f] = -1;
                                direction[f] = (byte) (act ? a + 1 : -(a + 1));
                                continue;
                            }
                            owner[f] = c;
                            neighbour[f] = m;
                            direction[f] = (byte) (a + 1);
                            if (cls == 1) {
                                int ra = Math.min(region[c], region[m]);
                                int rb = Math.max(region[c], region[m]);
                                int key = ra * nr + rb;
                                if (pairId[key] < 0) {
                                    pairId[key] = pairs.size();
                                    pairs.add(new InterfacePair(pairs.size(), ra, rb));
                                }
                                pairOfFace[f - start[1]] = pairId[key];
                                if (shaped) interfaceNormal(c, m, a, ifNormal, 3 * (f - start[1]), pa, nrm);
                            } else if (cls == 2) {
                                centre(c, pa);
                                centre(m, pb);
                                seeds.normal(grain[c], grain[m], pa, pb, nrm);
                                int g = 3 * (f - start[2]);
                                gbNormal[g] = nrm[0];
                                gbNormal[g + 1] = nrm[1];
                                gbNormal[g + 2] = nrm[2];
                            }
                        } else if (act) {
                            int f = cursor[3]++;
                            owner[f] = c;
                            neighbour[f] = -1;
                            direction[f] = (byte) (a + 1);
                        }
                    }
                }
            }
        }
        Patches patches = patches(owner, direction, start[3], start[4]);
        return new Mesh(grid, region, grain, regionNames, regionMaterial, materialNames, owner, neighbour, direction,
                start, pairOfFace, pairs.toArray(new InterfacePair[0]), ifNormal, gbNormal, patches.names, patches.faces, active,
                seeds);
    }

    /**
     * True normal of an interface face from owner c to neighbour m: the normal of the shape, among those
     * that painted either region, whose surface passes closest to the face centre; the axis when no
     * shape painted them.
     */
    private void interfaceNormal(int c, int m, int axis, double[] out, int at, double[] p, double[] nrm) {
        centre(c, p);
        p[axis] += 0.5 * grid.width(axis, axis == 0 ? c % n[0] : axis == 1 ? (c / n[0]) % n[1] : c / (n[0] * n[1]));
        Shape best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (int r : new int[] {region[c], region[m]}) {
            for (Shape s : regionShapes.get(r)) {
                double d = Math.abs(s.signedDistance(p[0], p[1], p[2]));
                if (d < bestD) {
                    bestD = d;
                    best = s;
                }
            }
        }
        if (best == null) {
            out[at] = axis == 0 ? 1 : 0;
            out[at + 1] = axis == 1 ? 1 : 0;
            out[at + 2] = axis == 2 ? 1 : 0;
            return;
        }
        best.normal(p[0], p[1], p[2], nrm);
        // Orient from owner to neighbour: the shape's outward normal points away from its inside.
        double[] oc = new double[3];
        centre(c, oc);
        double sign = best.signedDistance(oc[0], oc[1], oc[2]) <= 0 ? 1 : -1;
        out[at] = sign * nrm[0];
        out[at + 1] = sign * nrm[1];
        out[at + 2] = sign * nrm[2];
    }

    private void centre(int c, double[] out) {
        int i = c % n[0];
        int j = (c / n[0]) % n[1];
        int k = c / (n[0] * n[1]);
        out[0] = grid.centre(0, i);
        out[1] = grid.centre(1, j);
        out[2] = grid.centre(2, k);
    }

    private record Patches(String[] names, int[][] faces) {
    }

    /**
     * Patch order: the box sides of the grid's axes, "void" (against inactive cells), then
     * {@code <region>.top/.bottom/.sides} for each region of a 3D grid, then surface regions.
     */
    private Patches patches(int[] owner, byte[] direction, int from, int to) {
        int dim = grid.dimension();
        List<String> names = new ArrayList<>();
        for (int p = 0; p < 2 * dim; p++) names.add(BOX_PATCHES[p]);
        int voidPatch = names.size();
        names.add("void");
        int regionBase = names.size();
        boolean regionPatches = dim == 3;
        if (regionPatches) {
            for (String r : regionNames) {
                names.add(r + ".top");
                names.add(r + ".bottom");
                names.add(r + ".sides");
            }
        }
        int surfaceBase = names.size();
        for (SurfaceRegion s : surfaces) {
            if (names.contains(s.patchName())) {
                throw new MeshException("surface region '" + s.patchName() + "' has the name of an automatic patch; choose another name");
            }
            names.add(s.patchName());
        }
        int np = names.size();
        int[] size = new int[np];
        int[] member = new int[3];
        for (int pass = 0; pass < 2; pass++) {
            int[][] faces = pass == 1 ? new int[np][] : null;
            if (pass == 1) {
                for (int p = 0; p < np; p++) faces[p] = new int[size[p]];
                java.util.Arrays.fill(size, 0);
            }
            for (int f = from; f < to; f++) {
                int m = membership(owner[f], direction[f], voidPatch, regionBase, regionPatches, surfaceBase, member);
                for (int q = 0; q < m; q++) {
                    int p = member[q];
                    if (pass == 1) faces[p][size[p]] = f;
                    size[p]++;
                }
            }
            if (pass == 1) {
                checkSurfacesNotEmpty(faces, surfaceBase);
                return new Patches(names.toArray(new String[0]), faces);
            }
        }
        throw new AssertionError();
    }

    private int membership(int c, int dir, int voidPatch, int regionBase, boolean regionPatches, int surfaceBase,
                           int[] member) {
        int a = Math.abs(dir) - 1;
        int[] ijk = {c % n[0], (c / n[0]) % n[1], c / (n[0] * n[1])};
        int m = 0;
        if (dir < 0 && ijk[a] == 0) {
            member[m++] = 2 * a;
        } else if (dir > 0 && ijk[a] == n[a] - 1) {
            member[m++] = 2 * a + 1;
        } else {
            member[m++] = voidPatch;
        }
        int r = region[c];
        if (regionPatches) {
            member[m++] = regionBase + 3 * r + (dir == 3 ? 0 : dir == -3 ? 1 : 2);
        }
        if (a == 2) {
            double x = grid.centre(0, ijk[0]);
            double y = grid.centre(1, ijk[1]);
            for (int s = 0; s < surfaces.size(); s++) {
                SurfaceRegion sr = surfaces.get(s);
                if (sr.region() == r && sr.side().direction() == dir && sr.containsCentre(x, y)) {
                    member[m++] = surfaceBase + s;
                    break; // surface regions on one side do not overlap
                }
            }
        }
        return m;
    }

    private void checkSurfacesNotEmpty(int[][] faces, int surfaceBase) {
        for (int s = 0; s < surfaces.size(); s++) {
            if (faces[surfaceBase + s].length == 0) {
                SurfaceRegion sr = surfaces.get(s);
                throw new MeshException("surface region '" + sr.patchName() + "' on " + regionNames[sr.region()] + "."
                        + sr.side().label() + " covers no exposed face: the surface there is covered by another layer"
                        + " or the rectangle is smaller than one cell");
            }
        }
    }
}
