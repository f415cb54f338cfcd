package org.kapitza.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RectilinearMeshTest {

    /** A 3D box with non-uniform spacing, two regions side by side and a hole of inactive cells. */
    private static Mesh twoBlocksWithHole() {
        double[] x = GridLines.explicit("x", 0, 0.2, 0.5, 0.7, 0.85, 1.0, 1.3, 1.7, 2.0);
        double[] y = GridLines.uniform(0, 1.0, 4);
        double[] z = GridLines.explicit("z", 0, 0.1, 0.35, 0.5);
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(x, y, z));
        int left = b.addRegion("left", "copper");
        int right = b.addRegion("right", "silicon");
        b.fill(left, new Box(0, 1.0, 0, 1, 0, 0.5));
        b.fill(right, new Box(1.0, 2.0, 0, 1, 0, 0.5));
        b.setRegion(b.grid().index(3, 2, 1), -1); // a hole
        return b.build();
    }

    @Test
    void volumesOfAllCellsSumToTheBox() {
        Mesh m = twoBlocksWithHole();
        double v = 0;
        for (int c = 0; c < m.cellCount(); c++) v += m.volume(c);
        assertEquals(2.0 * 1.0 * 0.5, v, 1e-14);
    }

    @Test
    void everyInteriorFaceIsCountedOnceAndJoinsAdjacentActiveCells() {
        Mesh m = twoBlocksWithHole();
        RectilinearGrid g = m.grid();
        Set<Long> seen = new HashSet<>();
        for (int f = 0; f < m.faceStart(FaceClass.BOUNDARY); f++) {
            int o = m.owner(f);
            int n = m.neighbour(f);
            assertTrue(m.isActive(o) && m.isActive(n));
            int a = m.axis(f);
            int stride = a == 0 ? 1 : a == 1 ? g.nx() : g.nx() * g.ny();
            assertEquals(o + stride, n, "faces join neighbours along their axis");
            assertTrue(seen.add((long) o * m.cellCount() + n), "face " + o + "-" + n + " appears twice");
        }
        // Brute force: every adjacent pair of active cells has a face.
        int expected = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    int c = g.index(i, j, k);
                    if (!m.isActive(c)) continue;
                    if (i + 1 < g.nx() && m.isActive(c + 1)) expected++;
                    if (j + 1 < g.ny() && m.isActive(c + g.nx())) expected++;
                    if (k + 1 < g.nz() && m.isActive(c + g.nx() * g.ny())) expected++;
                }
            }
        }
        assertEquals(expected, seen.size());
    }

    @Test
    void facesAreClassifiedByRegion() {
        Mesh m = twoBlocksWithHole();
        for (int f = m.faceStart(FaceClass.BULK); f < m.faceEnd(FaceClass.BULK); f++) {
            assertEquals(m.region(m.owner(f)), m.region(m.neighbour(f)));
        }
        for (int f = m.faceStart(FaceClass.INTERFACE); f < m.faceEnd(FaceClass.INTERFACE); f++) {
            assertTrue(m.region(m.owner(f)) != m.region(m.neighbour(f)));
            assertEquals(0, m.axis(f), "the two blocks meet on an x plane");
            assertEquals(1.0, m.faceCentre(f, 0), 1e-15);
        }
        assertEquals(1, m.interfacePairCount());
        MeshSummary s = m.summary();
        assertEquals(1.0 * 0.5, s.interfaces().get(0).area(), 1e-14, "interface plane 1 m x 0.5 m");
        assertEquals("copper", s.interfaces().get(0).materialA());
    }

    @Test
    void patchAreasSumToTheAnalyticAreas() {
        Mesh m = twoBlocksWithHole();
        assertEquals(1.0 * 0.5, m.patchArea(m.patchIndex("xmin")), 1e-14);
        assertEquals(1.0 * 0.5, m.patchArea(m.patchIndex("xmax")), 1e-14);
        assertEquals(2.0 * 0.5, m.patchArea(m.patchIndex("ymin")), 1e-14);
        assertEquals(2.0 * 1.0, m.patchArea(m.patchIndex("zmax")), 1e-14);
        // The hole is one cell of the left block: its six faces are the "void" patch.
        RectilinearGrid g = m.grid();
        double dx = g.width(0, 3);
        double dy = g.width(1, 2);
        double dz = g.width(2, 1);
        assertEquals(2 * (dx * dy + dx * dz + dy * dz), m.patchArea(m.patchIndex("void")), 1e-14);
        // Region patches: top of the left block plus the hole's bottom-facing neighbour face.
        assertEquals(1.0 * 1.0 + dx * dy, m.patchArea(m.patchIndex("left.top")), 1e-14);
        // Every boundary face has an outward normal whose neighbour is outside or inactive.
        for (int f = m.faceStart(FaceClass.BOUNDARY); f < m.faceEnd(FaceClass.BOUNDARY); f++) {
            assertEquals(-1, m.neighbour(f));
        }
    }

    @Test
    void oneDimensionalGridHasOnlyXFacesAndUnitCrossSection() {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 1, 10)));
        int a = b.addRegion("a", "steel");
        int c = b.addRegion("b", "copper");
        b.fill(a, new Box(0, 0.5, -1, 2, -1, 2));
        b.fill(c, new Box(0.5, 1, -1, 2, -1, 2));
        Mesh m = b.build();
        assertEquals(11, m.faceCount());
        assertEquals(1, m.faceCount(FaceClass.INTERFACE));
        assertEquals(2, m.faceCount(FaceClass.BOUNDARY));
        for (int f = 0; f < m.faceCount(); f++) {
            assertEquals(0, m.axis(f));
            assertEquals(1.0, m.area(f), 0.0);
        }
        assertEquals(java.util.List.of("xmin", "xmax", "void"), m.patchNames());
        assertEquals(0.05, m.ownerDistance(m.faceStart(FaceClass.INTERFACE)), 1e-15);
    }

    @Test
    void twoDimensionalGridHasNoZFaces() {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of2D(GridLines.uniform(0, 2, 4), GridLines.uniform(0, 1, 3), 0.01));
        b.fill(b.addRegion("plate", "aluminium"), Box.everywhere());
        Mesh m = b.build();
        for (int f = 0; f < m.faceCount(); f++) assertTrue(m.axis(f) < 2);
        assertEquals(3 * 3 + 4 * 2, m.faceCount(FaceClass.BULK));
        assertEquals(2 * 0.01, m.patchArea(m.patchIndex("xmax")) + m.patchArea(m.patchIndex("xmin")), 1e-15);
        assertFalse(m.patchNames().contains("zmin"));
    }

    @Test
    void regionNamesMustBeUsableInPatchNames() {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 1, 2)));
        MeshException e = assertThrows(MeshException.class, () -> b.addRegion("die.top", "silicon"));
        assertTrue(e.getMessage().contains("die.top"), e.getMessage());
        b.addRegion("die", "silicon");
        assertThrows(MeshException.class, () -> b.addRegion("die", "copper"));
    }

    @Test
    void threeDimensionalMeshStaysUnderTheMemoryBudget() {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 1, 40), GridLines.uniform(0, 1, 40),
                GridLines.uniform(0, 1, 20)));
        b.fill(b.addRegion("bottom", "copper"), new Box(0, 1, 0, 1, 0, 0.5));
        b.fill(b.addRegion("top", "silicon"), new Box(0, 1, 0, 1, 0.5, 1));
        b.grains(VoronoiGrains.ofCount(200).seed(3).inRegions("top"));
        Mesh m = b.build();
        assertTrue(m.bytesPerCell() <= 120, "bytes per cell " + m.bytesPerCell());
        assertTrue(m.bytesPerCell() > 12 + 3 * 9, "the count includes faces: " + m.bytesPerCell());
    }
}
