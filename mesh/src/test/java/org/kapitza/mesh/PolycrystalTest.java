package org.kapitza.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PolycrystalTest {

    private static MeshBuilder cube(int n) {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 1e-6, n), GridLines.uniform(0, 1e-6, n),
                GridLines.uniform(0, 1e-6, n)));
        b.fill(b.addRegion("film", "silicon"), Box.everywhere());
        return b;
    }

    private static int[] grains(Mesh m) {
        int[] g = new int[m.cellCount()];
        for (int c = 0; c < g.length; c++) g[c] = m.grain(c);
        return g;
    }

    /**
     * A polycrystal restricted to a box: cells outside the box shall have no grain, and grain-boundary
     * faces lie only between two grains inside the box. The box plane between the grains and the
     * grain-free rest of the region is bulk (there is no second grain, and no seed to orient it by).
     */
    @Test
    void aPolycrystalInABoxHasGrainsAndGrainBoundariesOnlyInsideIt() {
        double inf = Double.POSITIVE_INFINITY;
        double edge = 0.5e-6;
        for (GrainStructure g : new GrainStructure[] {VoronoiGrains.ofCount(12).seed(5).inBox(new Box(0, edge, -inf, inf, -inf, inf)),
                RegularGrains.cubes(0.25e-6).inBox(new Box(0, edge, -inf, inf, -inf, inf))}) {
            Mesh m = cube(10).grains(g).build();
            int inside = 0;
            for (int c = 0; c < m.cellCount(); c++) {
                boolean in = m.centre(c, 0) < edge;
                if (in) inside++;
                assertEquals(in, m.grain(c) > 0, "cell " + c + " at x = " + m.centre(c, 0) + " has grain " + m.grain(c));
            }
            assertEquals(500, inside);
            assertTrue(m.faceCount(FaceClass.GRAIN_BOUNDARY) > 0, "grains inside the box have boundaries");
            for (int f = m.faceStart(FaceClass.GRAIN_BOUNDARY); f < m.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
                int o = m.owner(f);
                int n = m.neighbour(f);
                assertTrue(m.grain(o) > 0 && m.grain(n) > 0 && m.grain(o) != m.grain(n), "face " + f + " between two grains");
                assertTrue(m.faceCentre(f, 0) < edge * (1 - 1e-9), "grain-boundary face " + f + " inside the box, not on its plane");
                double len = 0;
                for (int a = 0; a < 3; a++) len += m.grainBoundaryNormal(f, a) * m.grainBoundaryNormal(f, a);
                assertEquals(1, len, 1e-12, "unit normal");
            }
            int plane = 0;
            for (int f = m.faceStart(FaceClass.BULK); f < m.faceEnd(FaceClass.BULK); f++) {
                if (Math.abs(m.faceCentre(f, 0) - edge) < 1e-15 && m.axis(f) == 0) {
                    plane++;
                    assertTrue(m.grain(m.owner(f)) == 0 ^ m.grain(m.neighbour(f)) == 0, "the box plane joins a grain to grain-free cells");
                }
            }
            assertEquals(100, plane, "the box plane x = 0.5 µm is bulk, all 10 × 10 faces");
        }
    }

    @Test
    void theSameSeedGivesTheIdenticalPolycrystal() {
        Mesh a = cube(20).grains(VoronoiGrains.ofCount(50).seed(7)).build();
        Mesh b = cube(20).grains(VoronoiGrains.ofCount(50).seed(7)).build();
        Mesh c = cube(20).grains(VoronoiGrains.ofCount(50).seed(8)).build();
        assertArrayEquals(grains(a), grains(b));
        assertTrue(!java.util.Arrays.equals(grains(a), grains(c)), "another seed, another polycrystal");
        assertEquals(a.faceCount(FaceClass.GRAIN_BOUNDARY), b.faceCount(FaceClass.GRAIN_BOUNDARY));
    }

    @Test
    void everyCellBelongsToItsNearestSeed() {
        for (boolean periodic : new boolean[] {false, true}) {
            // Non-uniform spacing and grid sides of different lengths (seeds fill the whole grid), to exercise
            // the bin search.
            double[] x = GridLines.geometric(0, 1.0, 17, 1.1);
            double[] y = GridLines.uniform(0, 0.7, 13);
            double[] z = GridLines.geometric(0, 0.5, 9, 0.9);
            MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(x, y, z));
            b.fill(b.addRegion("all", "copper"), Box.everywhere());
            Mesh m = b.grains(VoronoiGrains.ofCount(40).seed(11).periodic(periodic, periodic, periodic)).build();
            double[] len = {1.0, 0.7, 0.5};
            for (int c = 0; c < m.cellCount(); c++) {
                int best = -1;
                double bestD = Double.POSITIVE_INFINITY;
                for (int g = 1; g < m.grainIdCount(); g++) {
                    double d = 0;
                    for (int a = 0; a < 3; a++) {
                        double dx = m.centre(c, a) - m.grainSeed(g, a);
                        if (periodic) dx -= len[a] * Math.rint(dx / len[a]);
                        d += dx * dx;
                    }
                    if (d < bestD) {
                        bestD = d;
                        best = g;
                    }
                }
                assertEquals(best, m.grain(c), "cell " + c + (periodic ? " (periodic)" : ""));
            }
        }
    }

    /** Fraction of (i = n-1, i = 0) cell pairs, the faces that wrap around in x, that differ in grain. */
    private static double wrappedBoundaryFraction(Mesh m) {
        RectilinearGrid g = m.grid();
        int differ = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                if (m.grain(g.index(0, j, k)) != m.grain(g.index(g.nx() - 1, j, k))) differ++;
            }
        }
        return differ / (double) (g.ny() * g.nz());
    }

    @Test
    void aPeriodicTessellationHasNoBoundaryOnWrappedFaces() {
        Mesh periodic = cube(24).grains(VoronoiGrains.ofCount(30).seed(5).periodic(true, true, true)).build();
        Mesh open = cube(24).grains(VoronoiGrains.ofCount(30).seed(5)).build();
        // Grain-boundary fraction of the interior x planes: wrapped faces of a periodic polycrystal
        // must look like those, not like two unrelated surfaces.
        RectilinearGrid g = periodic.grid();
        double maxInterior = 0;
        for (int i = 0; i + 1 < g.nx(); i++) {
            int differ = 0;
            for (int k = 0; k < g.nz(); k++) {
                for (int j = 0; j < g.ny(); j++) {
                    if (periodic.grain(g.index(i, j, k)) != periodic.grain(g.index(i + 1, j, k))) differ++;
                }
            }
            maxInterior = Math.max(maxInterior, differ / (double) (g.ny() * g.nz()));
        }
        double wrapped = wrappedBoundaryFraction(periodic);
        assertTrue(wrapped <= maxInterior, "periodic: wrapped " + wrapped + " vs interior up to " + maxInterior);
        assertTrue(wrappedBoundaryFraction(open) > 0.8, "open: opposite faces are unrelated");
        // And a grain that wraps around keeps one normal: the boundary normals use periodic images,
        // so every normal is a unit vector with a component along its face axis of the right sign.
        for (int f = periodic.faceStart(FaceClass.GRAIN_BOUNDARY); f < periodic.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
            double n0 = periodic.grainBoundaryNormal(f, 0);
            double n1 = periodic.grainBoundaryNormal(f, 1);
            double n2 = periodic.grainBoundaryNormal(f, 2);
            assertEquals(1.0, n0 * n0 + n1 * n1 + n2 * n2, 1e-12);
            assertTrue(periodic.grainBoundaryNormal(f, periodic.axis(f)) > 0,
                    "the owner's grain is on the -axis side of the bisector");
        }
    }

    @Test
    void grainBoundaryNormalsAreTheSeedBisectors() {
        Mesh m = cube(16).grains(VoronoiGrains.ofCount(12).seed(2)).build();
        assertTrue(m.faceCount(FaceClass.GRAIN_BOUNDARY) > 0);
        for (int f = m.faceStart(FaceClass.GRAIN_BOUNDARY); f < m.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
            int a = m.grain(m.owner(f));
            int b = m.grain(m.neighbour(f));
            double[] d = new double[3];
            double len = 0;
            for (int ax = 0; ax < 3; ax++) {
                d[ax] = m.grainSeed(b, ax) - m.grainSeed(a, ax);
                len += d[ax] * d[ax];
            }
            len = Math.sqrt(len);
            for (int ax = 0; ax < 3; ax++) assertEquals(d[ax] / len, m.grainBoundaryNormal(f, ax), 1e-12);
        }
    }

    @Test
    void regularCubicGrainsHaveAxisNormalsAndExactCounts() {
        // A bar of 10 x 1 x 1 cubes, 4 cells each along x: 9 grain-boundary planes.
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 10e-6, 40), GridLines.uniform(0, 1e-6, 3),
                GridLines.uniform(0, 1e-6, 3)));
        b.fill(b.addRegion("bar", "silicon"), Box.everywhere());
        Mesh m = b.grains(RegularGrains.cubes(1e-6)).build();
        MeshSummary s = m.summary();
        assertEquals(10, s.grains());
        assertEquals(9, s.grainPairs().size());
        assertEquals(9 * 9, m.faceCount(FaceClass.GRAIN_BOUNDARY));
        assertEquals(9e-12, s.grainBoundaryArea(), 1e-24);
        for (int f = m.faceStart(FaceClass.GRAIN_BOUNDARY); f < m.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
            assertEquals(0, m.axis(f));
            assertEquals(1.0, m.grainBoundaryNormal(f, 0), 1e-15);
        }
    }

    @Test
    void columnarGrainsRunThroughTheHeight() {
        MeshBuilder b = cube(12);
        Mesh m = b.grains(RegularGrains.columns(0.5e-6, 0.25e-6)).build();
        assertEquals(8, m.summary().grains());
        for (int f = m.faceStart(FaceClass.GRAIN_BOUNDARY); f < m.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
            assertTrue(m.axis(f) < 2, "no boundary across z in columns");
        }
    }

    @Test
    void aPolycrystalCanBeRestrictedToOneLayer() {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 1, 10), GridLines.uniform(0, 1, 10),
                GridLines.uniform(0, 1, 10)));
        b.fill(b.addRegion("substrate", "silicon"), new Box(0, 1, 0, 1, 0, 0.5));
        b.fill(b.addRegion("film", "copper"), new Box(0, 1, 0, 1, 0.5, 1));
        Mesh m = b.grains(VoronoiGrains.ofMeanSize(0.25).seed(1).inRegions("film")).build();
        assertEquals(Math.round(0.5 / (0.25 * 0.25 * 0.25)), m.summary().grains(), 1.0);
        for (int c = 0; c < m.cellCount(); c++) {
            assertEquals(m.region(c) == m.regionId("film"), m.grain(c) > 0);
        }
    }

    @Test
    void badPolycrystalRequestsAreRefused() {
        MeshException tooMany = assertThrows(MeshException.class,
                () -> cube(4).grains(VoronoiGrains.ofCount(65)).build());
        assertTrue(tooMany.getMessage().contains("65 grains") && tooMany.getMessage().contains("64 cells"),
                tooMany.getMessage());
        MeshException noRegion = assertThrows(MeshException.class,
                () -> cube(4).grains(VoronoiGrains.ofCount(2).inRegions("flim")).build());
        assertTrue(noRegion.getMessage().contains("'flim'") && noRegion.getMessage().contains("film"), noRegion.getMessage());
        assertThrows(MeshException.class, () -> VoronoiGrains.ofCount(0));
        assertThrows(MeshException.class, () -> VoronoiGrains.ofMeanSize(Double.NaN));
    }
}
