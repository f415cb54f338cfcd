package org.kapitza.mesh.gmsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.MeshException;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.mesh.poly.PolyMeshBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad meshes are refused with one line naming the file, the element and its entity: second-order
 * elements, elements in no physical group, inverted, degenerate and duplicated elements, faces that
 * coincide without sharing nodes, and region names the file does not have. A good two-tetrahedron mesh
 * is read with its faces classified and its geometry exact.
 */
class GmshRefusalTest {
    @TempDir
    Path dir;

    /** An MSH 4.1 file: the unit tetrahedron (nodes 1-4) and a second one on its face 2-3-4 (node 5). */
    private Path file(String elements, String extraNodes, int volumes, boolean groups) throws Exception {
        String nodes = "1 0 0 0\n2 1 0 0\n3 0 1 0\n4 0 0 1\n5 1 1 1\n" + extraNodes;
        int nn = (int) nodes.lines().count();
        StringBuilder s = new StringBuilder("$MeshFormat\n4.1 0 8\n$EndMeshFormat\n");
        if (groups) s.append("$PhysicalNames\n2\n3 1 \"a\"\n3 2 \"b\"\n$EndPhysicalNames\n");
        s.append("$Entities\n0 0 0 ").append(volumes).append('\n');
        for (int v = 1; v <= volumes; v++) s.append(v).append(" 0 0 0 1 1 1 ").append(groups ? "1 " + v : "0").append(" 0\n");
        s.append("$EndEntities\n$Nodes\n1 ").append(nn).append(" 1 ").append(nn).append("\n3 1 0 ").append(nn).append('\n');
        StringBuilder coords = new StringBuilder();
        for (String l : nodes.lines().toList()) {
            String[] w = l.split(" ");
            s.append(w[0]).append('\n');
            coords.append(w[1]).append(' ').append(w[2]).append(' ').append(w[3]).append('\n');
        }
        s.append(coords).append("$EndNodes\n").append(elements);
        Path p = dir.resolve("m.msh");
        Files.writeString(p, s.toString());
        return p;
    }

    private static String block(int entity, int type, String... rows) {
        StringBuilder s = new StringBuilder();
        s.append("3 ").append(entity).append(' ').append(type).append(' ').append(rows.length).append('\n');
        for (String r : rows) s.append(r).append('\n');
        return s.toString();
    }

    private static String elements(String... blocks) {
        int n = 0;
        for (String b : blocks) n += (int) b.lines().count() - 1;
        return "$Elements\n" + blocks.length + " " + n + " 1 " + n + "\n" + String.join("", blocks) + "$EndElements\n";
    }

    private PolyMesh build(Path p) {
        return new PolyMeshBuilder(new GmshReader(1).read(p), 0).build(List.of(new PolyMeshBuilder.RegionSpec("a", "m", null),
                new PolyMeshBuilder.RegionSpec("b", "m", null)));
    }

    private String refusal(Path p) {
        String m = assertThrows(MeshException.class, () -> build(p)).getMessage();
        assertTrue(m.startsWith("gmsh mesh " + p), m);
        assertEquals(1, m.lines().count(), m);
        return m;
    }

    @Test
    void twoTetrahedraMakeOneInterfaceFace() throws Exception {
        PolyMesh m = build(file(elements(block(1, 4, "1 1 2 3 4"), block(2, 4, "2 2 3 4 5")), "", 2, true));
        assertEquals(2, m.cellCount());
        assertEquals(1.0 / 6, m.volume(0), 1e-15);
        assertEquals(1, m.faceCount(FaceClass.INTERFACE));
        assertEquals(6, m.faceCount(FaceClass.BOUNDARY));
        int f = m.faceStart(FaceClass.INTERFACE);
        assertEquals(Math.sqrt(3) / 2, m.area(f), 1e-15);
        // the plane x + y + z = 1 lies 0.25/√3 from the unit tetrahedron's centroid and 0.5/√3 from the other's
        assertEquals(0.25 / Math.sqrt(3), m.ownerDistance(f), 1e-15);
        assertEquals(0.5 / Math.sqrt(3), m.neighbourDistance(f), 1e-15);
        assertEquals(1 / Math.sqrt(3), m.normal(f, 0), 1e-15);
        assertEquals(0, m.maxNonOrthogonality(), 1e-6, "both centroids lie on the face's normal through its centre");
        assertEquals(List.of(PolyMeshBuilder.UNASSIGNED), m.patchNames());
    }

    @Test
    void secondOrderElementsAreRefused() throws Exception {
        String m = refusal(file(elements(block(1, 11, "7 1 2 3 4 5 1 2 3 4 5")), "", 1, true));
        assertTrue(m.contains("element 7 of entity volume 1 is a second-order tetrahedron (Gmsh type 11)"), m);
        assertTrue(m.contains("Mesh.ElementOrder = 1"), m);
    }

    @Test
    void elementsInNoPhysicalGroupAreRefused() throws Exception {
        String m = refusal(file(elements(block(1, 4, "1 1 2 3 4")), "", 1, false));
        assertTrue(m.contains("no physical volume named 'a'"), m);
        m = refusal(file(elements(block(1, 4, "1 1 2 3 4"), block(3, 4, "2 2 3 4 5")), "", 2, true));
        assertTrue(m.contains("element 2 of entity volume 3 is in no physical volume; add Physical Volume(\"name\") = {3}"), m);
    }

    @Test
    void invertedDegenerateAndDuplicatedElementsAreRefused() throws Exception {
        assertTrue(refusal(file(elements(block(1, 4, "9 1 3 2 4")), "", 1, true)).contains("element 9 (a tetrahedron of entity volume 1) is inverted"));
        assertTrue(refusal(file(elements(block(1, 4, "9 1 2 3 6")), "6 0.5 0.5 0\n", 1, true)).contains("element 9 (a tetrahedron of entity volume 1) is degenerate"));
        assertTrue(refusal(file(elements(block(1, 4, "1 1 2 3 4", "2 2 3 1 4")), "", 1, true)).contains("elements 1 and 2 (entity volume 1) have the same nodes"));
    }

    @Test
    void facesThatCoincideWithoutSharingNodesAreRefused() throws Exception {
        // the second tetrahedron sits on copies 6, 7, 8 of nodes 2, 3, 4
        String m = refusal(file(elements(block(1, 4, "1 1 2 3 4"), block(2, 4, "2 6 7 8 5")), "6 1 0 0\n7 0 1 0\n8 0 0 1\n", 2, true));
        assertTrue(m.contains("unmatched faces") && m.contains("element 2") && m.contains("element 1"), m);
    }
}
