package org.kapitza.io.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requirement: every file this package writes is read by VTK's own XML readers (through Python's
 * {@code vtk} module, see {@link VtkPython}) without an error or warning, with the same cells, points,
 * arrays and values that were written; compressed and uncompressed files read back identically; and the
 * inactive cells of a rectilinear grid are hidden, so they are neither visible nor part of the surface
 * ParaView draws.
 */
class VtkReadBackTest {
    /** Doubles must come back to within this relative difference (they should be exact). */
    private static final double REL = 1e-12;

    @TempDir
    Path dir;

    @Test
    void rectilinearGridsReadBackWithInactiveCellsHidden() throws Exception {
        // 24 x 17 x 11: arrays end inside a block; 16 x 16 x 32: Float64 arrays are exactly two blocks
        for (TestGrid g : List.of(new TestGrid(24, 17, 11, 1), new TestGrid(16, 16, 32, 2))) {
            Path zlib = dir.resolve("g" + g.cells + "-zlib.vtr");
            Path raw = dir.resolve("g" + g.cells + "-raw.vtr");
            RectilinearGridWriter w = new RectilinearGridWriter(g.x, g.y, g.z).activeCells(g.active);
            w.write(zlib, g.arrays());
            w.compression(VtkCompression.NONE).write(raw, g.arrays());

            List<VtkPython.Dataset> read = VtkPython.read(dir, zlib, raw).datasets();
            assertEquals(2, read.size());
            for (VtkPython.Dataset d : read) {
                String where = d.file;
                assertEquals("vtkRectilinearGrid", d.vtkClass, where);
                assertEquals(g.cells, d.cells, where);
                assertEquals((g.nx + 1) * (g.ny + 1) * (g.nz + 1), d.points, where);
                assertValues(g.x, d.coords.get("x"), where + " x");
                assertValues(g.y, d.coords.get("y"), where + " y");
                assertValues(g.z, d.coords.get("z"), where + " z");
                List<VtkArray> want = new ArrayList<>(g.arrays());
                byte[] ghost = new byte[g.cells];
                List<Integer> inactive = new ArrayList<>();
                for (int c = 0; c < g.cells; c++) {
                    if (!g.active[c]) {
                        ghost[c] = 32;
                        inactive.add(c);
                    }
                }
                want.add(VtkArray.scalars("vtkGhostType", ghost));
                assertArrays(want, d);
                assertEquals(inactive, boxed(d.hidden), where + ": cells VTK hides");
                assertEquals(g.exposedFaces(), d.surface, where + ": faces of the drawn surface");
            }
            assertEquals(read.get(0).content, read.get(1).content, "compressed and uncompressed files read the same");
        }
    }

    @Test
    void aGridWithoutMaskShowsEveryCell() throws Exception {
        TestGrid g = new TestGrid(5, 4, 3, 6);
        Path f = dir.resolve("all.vtr");
        new RectilinearGridWriter(g.x, g.y, g.z).write(f, VtkArray.scalars("T", g.t));
        VtkPython.Dataset d = VtkPython.read(dir, f).datasets().get(0);
        assertEquals(List.of("T"), List.copyOf(d.arrays.keySet()));
        assertEquals(0, d.hidden.length);
        assertEquals(2 * (5 * 4 + 4 * 3 + 5 * 3), d.surface);
    }

    @Test
    void unstructuredSubsetsReadBackAsSharedHexahedra() throws Exception {
        TestGrid g = new TestGrid(9, 7, 5, 3);
        int[] chosen = g.activeCellsScrambled(4);
        List<VtkArray> arrays = List.of(VtkArray.scalars("T", g.t).select(chosen), VtkArray.vectors("q", g.q).select(chosen),
                VtkArray.scalars("region", g.region).select(chosen), VtkArray.scalars("flag", g.flag).select(chosen));
        Path zlib = dir.resolve("active-zlib.vtu");
        Path raw = dir.resolve("active-raw.vtu");
        UnstructuredGridWriter w = new UnstructuredGridWriter(g.x, g.y, g.z);
        w.write(zlib, chosen, arrays);
        w.compression(VtkCompression.NONE).write(raw, chosen, arrays);

        Set<List<Double>> corners = new HashSet<>();
        double[] want = new double[24 * chosen.length];
        for (int p = 0; p < chosen.length; p++) {
            double[] h = g.hexCorners(chosen[p]);
            System.arraycopy(h, 0, want, 24 * p, 24);
            for (int v = 0; v < 8; v++) corners.add(List.of(h[3 * v], h[3 * v + 1], h[3 * v + 2]));
        }
        List<VtkPython.Dataset> read = VtkPython.read(dir, zlib, raw).datasets();
        for (VtkPython.Dataset d : read) {
            assertEquals("vtkUnstructuredGrid", d.vtkClass, d.file);
            assertEquals(chosen.length, d.cells, d.file);
            assertEquals(corners.size(), d.points, d.file + ": points shared between cells");
            for (int t : d.types) assertEquals(12, t, d.file + ": VTK_HEXAHEDRON");
            assertValues(want, d.corners, d.file + ": corners in hexahedron order");
            assertArrays(arrays, d);
        }
        assertEquals(read.get(0).content, read.get(1).content, "compressed and uncompressed files read the same");
    }

    @Test
    void interfaceQuadsReadBackWithTheirNormals() throws Exception {
        TestGrid g = new TestGrid(6, 5, 4, 5);
        int[] axis = new int[3 * g.cells + 1];
        double[] corners = g.interfaceQuads(axis);
        int nq = corners.length / 12;
        double[] tA = new double[nq];
        double[] tB = new double[nq];
        double[] jump = new double[nq];
        double[] resistance = new double[nq];
        int[] pair = new int[nq];
        for (int q = 0; q < nq; q++) {
            tA[q] = 300 + Math.sin(q);
            tB[q] = 299 + Math.cos(q);
            jump[q] = tA[q] - tB[q];
            resistance[q] = 1e-9 * (1 + q);
            pair[q] = q % 3;
        }
        List<VtkArray> arrays = List.of(VtkArray.scalars("T_A", tA), VtkArray.scalars("T_B", tB),
                VtkArray.scalars("jump", jump), VtkArray.scalars("R", resistance), VtkArray.scalars("pair", pair));
        Path zlib = dir.resolve("faces-zlib.vtp");
        Path raw = dir.resolve("faces-raw.vtp");
        Path empty = dir.resolve("none.vtp");
        new PolyDataWriter().write(zlib, corners, arrays);
        new PolyDataWriter().compression(VtkCompression.NONE).write(raw, corners, arrays);
        new PolyDataWriter().write(empty, new double[0], VtkArray.scalars("jump", new double[0]));

        double s = 1 / Math.sqrt(1.5);
        double[] normals = new double[3 * nq];
        for (int q = 0; q < nq; q++) {
            if (axis[q] >= 0) normals[3 * q + axis[q]] = 1;
            else {
                normals[3 * q] = -0.5 * s;
                normals[3 * q + 1] = -0.5 * s;
                normals[3 * q + 2] = s;
            }
        }
        List<VtkPython.Dataset> read = VtkPython.read(dir, zlib, raw, empty).datasets();
        for (VtkPython.Dataset d : read.subList(0, 2)) {
            assertEquals("vtkPolyData", d.vtkClass, d.file);
            assertEquals(nq, d.cells, d.file);
            assertEquals(4 * nq, d.points, d.file);
            assertValues(corners, d.corners, d.file + ": corners");
            assertValues(normals, d.normals, d.file + ": normals", 1e-12);
            assertArrays(arrays, d);
        }
        assertEquals(read.get(0).content, read.get(1).content, "compressed and uncompressed files read the same");
        VtkPython.Dataset none = read.get(2);
        assertEquals(0, none.cells);
        assertEquals(0, none.points);
    }

    @Test
    void aCollectionOpensEveryDatasetItLists() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path steps = Files.createDirectories(out.resolve("steps"));
        TestGrid g = new TestGrid(4, 3, 2, 7);
        Path grid0 = out.resolve("T.vtr");
        Path grid1 = steps.resolve("T_1.vtr");
        Path faces = out.resolve("faces.vtp");
        new RectilinearGridWriter(g.x, g.y, g.z).activeCells(g.active).write(grid0, g.arrays());
        new RectilinearGridWriter(g.x, g.y, g.z).write(grid1, VtkArray.scalars("T", g.t));
        double[] quad = new double[12];
        PolyDataWriter.gridFace(g.x, g.y, g.z, 2, 1, 1, 1, quad, 0);
        new PolyDataWriter().write(faces, quad, VtkArray.scalars("jump", new double[] {0.5}));
        Path pvd = out.resolve("result.pvd");
        new CollectionWriter().add(0, 0, grid0).add(0, 1, faces).add(10, 0, grid1).write(pvd);

        VtkPython.Output o = VtkPython.read(dir, pvd);
        assertEquals(3, o.collection().size());
        String[][] want = {{"0", "0", "T.vtr"}, {"0", "1", "faces.vtp"}, {"10", "0", "steps/T_1.vtr"}};
        for (int i = 0; i < 3; i++) {
            String[] e = o.collection().get(i);
            assertEquals(Double.parseDouble(want[i][0]), Double.parseDouble(e[0]), "timestep");
            assertEquals(want[i][1], e[1], "part");
            assertEquals(want[i][2], e[2], "file");
        }
        List<VtkPython.Dataset> ds = o.datasets();
        assertEquals(List.of("vtkRectilinearGrid", "vtkPolyData", "vtkRectilinearGrid"),
                ds.stream().map(d -> d.vtkClass).toList());
        assertEquals(List.of(g.cells, 1, g.cells), ds.stream().map(d -> d.cells).toList());
        assertTrue(ds.get(0).arrays.containsKey("vtkGhostType"));
    }

    /** The dataset has exactly these cell arrays, in this order, with the same type, shape and values. */
    private static void assertArrays(List<VtkArray> want, VtkPython.Dataset d) {
        assertEquals(want.stream().map(VtkArray::name).toList(), List.copyOf(d.arrays.keySet()), d.file + ": cell arrays");
        for (VtkArray a : want) {
            VtkPython.Array got = d.arrays.get(a.name());
            String where = d.file + " array " + a.name();
            assertEquals(a.type().xmlName, got.type(), where + ": type");
            assertEquals(a.components(), got.components(), where + ": components");
            assertEquals(a.tuples(), got.tuples(), where + ": tuples");
            assertEquals(a.length(), got.values().length, where + ": values");
            for (int i = 0; i < a.length(); i++) {
                if (a.type() == VtkArray.Type.FLOAT64) {
                    assertClose(a.get(i), VtkPython.parseDouble(got.values()[i]), REL, 0, where + "[" + i + "]");
                } else {
                    assertEquals((long) a.get(i), Long.parseLong(got.values()[i]), where + "[" + i + "]");
                }
            }
        }
    }

    private static void assertValues(double[] want, double[] got, String where) {
        assertValues(want, got, where, 0);
    }

    private static void assertValues(double[] want, double[] got, String where, double abs) {
        if (got == null) fail(where + ": not read");
        assertEquals(want.length, got.length, where + ": count");
        for (int i = 0; i < want.length; i++) assertClose(want[i], got[i], REL, abs, where + "[" + i + "]");
    }

    /**
     * Within {@code rel} relative or {@code abs} absolute difference; NaN matches only NaN. Data values
     * use rel alone; normals computed by VTK need abs for their zero components.
     */
    private static void assertClose(double want, double got, double rel, double abs, String where) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            assertEquals(Double.isNaN(want), Double.isNaN(got), where + ": wrote " + want + ", VTK read " + got);
            return;
        }
        double diff = Math.abs(want - got);
        double scale = Math.max(Math.abs(want), Math.abs(got));
        assertTrue(want == got || diff <= Math.max(rel * scale, abs), where + ": wrote " + want + ", VTK read " + got);
    }

    private static List<Integer> boxed(int[] v) {
        List<Integer> out = new ArrayList<>(v.length);
        for (int x : v) out.add(x);
        return out;
    }
}
