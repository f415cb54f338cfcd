package org.kapitza.io.vtk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The files are well-formed VTK XML with consistent appended data: checked by decoding them here,
 * independently of the writer. {@link VtkReadBackTest} checks that VTK itself reads them.
 */
class VtkXmlFormatTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(VtkCompression.class)
    void rectilinearGridRoundTripsThroughTheAppendedSection(VtkCompression compression) throws Exception {
        TestGrid g = new TestGrid(24, 17, 11, 1);
        Path f = dir.resolve("grid.vtr");
        new RectilinearGridWriter(g.x, g.y, g.z).activeCells(g.active).compression(compression).write(f, g.arrays());

        AppendedFile file = AppendedFile.read(f);
        assertEquals(compression == VtkCompression.ZLIB, file.compressed);
        assertEquals("RectilinearGrid", file.root.getAttribute("type"));
        assertEquals("0 24 0 17 0 11", file.element("RectilinearGrid").getAttribute("WholeExtent"));
        assertEquals("0 24 0 17 0 11", file.element("Piece").getAttribute("Extent"));
        assertArrayEquals(g.t, file.array("CellData", "T").doubles());
        assertEquals(3, file.array("CellData", "q").components());
        assertArrayEquals(g.q, file.array("CellData", "q").doubles());
        assertArrayEquals(g.region, file.array("CellData", "region").ints());
        assertArrayEquals(g.flag, file.array("CellData", "flag").bytes());
        byte[] ghost = file.array("CellData", "vtkGhostType").bytes();
        for (int c = 0; c < g.cells; c++) assertEquals(g.active[c] ? 0 : 32, ghost[c], "ghost flag of cell " + c);
        assertArrayEquals(g.x, file.array("Coordinates", "x").doubles());
        assertArrayEquals(g.y, file.array("Coordinates", "y").doubles());
        assertArrayEquals(g.z, file.array("Coordinates", "z").doubles());
    }

    @Test
    void withoutAMaskThereIsNoGhostArray() throws Exception {
        TestGrid g = new TestGrid(3, 2, 2, 2);
        Path f = dir.resolve("all.vtr");
        new RectilinearGridWriter(g.x, g.y, g.z).write(f, VtkArray.scalars("T", g.t));
        AppendedFile file = AppendedFile.read(f);
        assertEquals(List.of("T", "x", "y", "z"), file.arrays.stream().map(AppendedFile.Array::name).toList());
    }

    /**
     * The compression header is [blocks, block size, size of a partial last block or 0, compressed sizes],
     * as VTK's writer makes it: checked on arrays that end inside a block, exactly on a block boundary,
     * and are empty.
     */
    @Test
    void compressionHeadersCountBlocksAsVtkDoes() throws Exception {
        int bs = VtkXmlFile.BLOCK_BYTES;
        double[] x = new double[4097]; // 4096 cells: a Float64 array is exactly one block
        for (int i = 0; i < x.length; i++) x[i] = i;
        double[] one = {0, 1};
        Path f = dir.resolve("blocks.vtr");
        new RectilinearGridWriter(x, one, one).write(f, VtkArray.scalars("d", new double[4096]),
                VtkArray.vectors("v", new double[3 * 4096]), VtkArray.scalars("i", new int[4096]),
                VtkArray.scalars("b", new byte[4096]));
        AppendedFile file = AppendedFile.read(f);
        assertHeader(file.array("CellData", "d").blockHeader(), 1, bs, 0);
        assertHeader(file.array("CellData", "v").blockHeader(), 3, bs, 0);
        assertHeader(file.array("CellData", "i").blockHeader(), 1, bs, 16384);
        assertHeader(file.array("CellData", "b").blockHeader(), 1, bs, 4096);
        assertHeader(file.array("Coordinates", "x").blockHeader(), 2, bs, 8);
        assertHeader(file.array("Coordinates", "y").blockHeader(), 1, bs, 16);

        Path empty = dir.resolve("empty.vtp");
        new PolyDataWriter().write(empty, new double[0], VtkArray.scalars("jump", new double[0]));
        AppendedFile e = AppendedFile.read(empty);
        assertEquals("0", e.element("Piece").getAttribute("NumberOfPolys"));
        for (AppendedFile.Array a : e.arrays) assertArrayEquals(new long[] {0, bs, 0}, a.blockHeader(), a.name());
    }

    private static void assertHeader(long[] header, int blocks, int blockSize, int last) {
        assertEquals(blocks, header[0], "number of blocks");
        assertEquals(blockSize, header[1], "block size");
        assertEquals(last, header[2], "size of the last block");
        assertEquals(3 + blocks, header.length);
        for (int b = 0; b < blocks; b++) assertTrue(header[3 + b] > 0, "compressed size of block " + b);
    }

    @Test
    void uncompressedArraysArePrecededByTheirByteCount() throws Exception {
        Path f = dir.resolve("raw.vtr");
        new RectilinearGridWriter(new double[] {0, 1, 2}, new double[] {0, 1}, new double[] {0, 1})
                .compression(VtkCompression.NONE).write(f, VtkArray.scalars("T", new double[] {7, 8}));
        String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("compressor"), "no compressor attribute");
        // first array: UInt64 16, then 7.0 and 8.0 little-endian
        int start = text.indexOf('_', text.indexOf("<AppendedData")) + 1;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(Files.readAllBytes(f), start, 24).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals(16, b.getLong());
        assertEquals(7.0, b.getDouble());
        assertEquals(8.0, b.getDouble());
        assertNull(AppendedFile.read(f).array("CellData", "T").blockHeader());
    }

    @Test
    void compressionShrinksIntegerFieldsAndKeepsEveryValue() throws Exception {
        int n = 40;
        double[] c = new double[n + 1];
        for (int i = 0; i <= n; i++) c[i] = 1e-3 * i;
        int[] region = new int[n * n * n];
        for (int i = 0; i < region.length; i++) region[i] = i < region.length / 2 ? 1 : 2;
        Path zip = dir.resolve("zip.vtr");
        Path raw = dir.resolve("raw.vtr");
        new RectilinearGridWriter(c, c, c).write(zip, VtkArray.scalars("region", region));
        new RectilinearGridWriter(c, c, c).compression(VtkCompression.NONE).write(raw, VtkArray.scalars("region", region));
        assertTrue(Files.size(zip) * 20 < Files.size(raw), Files.size(zip) + " vs " + Files.size(raw) + " bytes");
        assertArrayEquals(AppendedFile.read(raw).array("CellData", "region").ints(),
                AppendedFile.read(zip).array("CellData", "region").ints());
    }

    @ParameterizedTest
    @EnumSource(VtkCompression.class)
    void hexahedraShareTheirCornersInVtkOrder(VtkCompression compression) throws Exception {
        TestGrid g = new TestGrid(9, 7, 5, 3);
        int[] chosen = g.activeCellsScrambled(4);
        Path f = dir.resolve("active.vtu");
        new UnstructuredGridWriter(g.x, g.y, g.z).compression(compression).write(f, chosen,
                VtkArray.scalars("T", g.t).select(chosen), VtkArray.vectors("q", g.q).select(chosen),
                VtkArray.scalars("cell", chosen));

        AppendedFile file = AppendedFile.read(f);
        assertEquals("UnstructuredGrid", file.root.getAttribute("type"));
        Element piece = file.element("Piece");
        assertEquals(chosen.length, Integer.parseInt(piece.getAttribute("NumberOfCells")));
        double[] points = file.array("Points", "Points").doubles();
        int[] conn = file.array("Cells", "connectivity").ints();
        int[] offsets = file.array("Cells", "offsets").ints();
        byte[] types = file.array("Cells", "types").bytes();
        int np = Integer.parseInt(piece.getAttribute("NumberOfPoints"));
        assertEquals(3 * np, points.length);

        Set<List<Double>> distinctCorners = new HashSet<>();
        Set<Integer> used = new HashSet<>();
        for (int p = 0; p < chosen.length; p++) {
            assertEquals(8 * p + 8, offsets[p]);
            assertEquals(12, types[p]);
            double[] want = g.hexCorners(chosen[p]);
            for (int v = 0; v < 8; v++) {
                int id = conn[8 * p + v];
                used.add(id);
                for (int a = 0; a < 3; a++) {
                    assertEquals(want[3 * v + a], points[3 * id + a], "cell " + chosen[p] + " corner " + v + " axis " + a);
                }
                distinctCorners.add(List.of(want[3 * v], want[3 * v + 1], want[3 * v + 2]));
            }
        }
        // shared, and nothing but the chosen cells' corners
        assertEquals(distinctCorners.size(), np);
        assertEquals(np, used.size());
        double[] t = file.array("CellData", "T").doubles();
        double[] q = file.array("CellData", "q").doubles();
        int[] cell = file.array("CellData", "cell").ints();
        for (int p = 0; p < chosen.length; p++) {
            assertEquals(g.t[chosen[p]], t[p]);
            for (int a = 0; a < 3; a++) assertEquals(g.q[3 * chosen[p] + a], q[3 * p + a]);
            assertEquals(chosen[p], cell[p]);
        }
    }

    @Test
    void quadsKeepTheirCornersAndGridFacesFaceAlongTheirAxis() throws Exception {
        TestGrid g = new TestGrid(6, 5, 4, 5);
        int[] axis = new int[3 * g.cells + 1];
        double[] corners = g.interfaceQuads(axis);
        int nq = corners.length / 12;
        double[] jump = new double[nq];
        for (int i = 0; i < nq; i++) jump[i] = 0.01 * i;
        Path f = dir.resolve("faces.vtp");
        new PolyDataWriter().write(f, corners, VtkArray.scalars("jump", jump));

        AppendedFile file = AppendedFile.read(f);
        assertEquals("PolyData", file.root.getAttribute("type"));
        assertEquals(String.valueOf(nq), file.element("Piece").getAttribute("NumberOfPolys"));
        assertArrayEquals(corners, file.array("Points", "Points").doubles());
        int[] conn = file.array("Polys", "connectivity").ints();
        int[] offsets = file.array("Polys", "offsets").ints();
        for (int v = 0; v < conn.length; v++) assertEquals(v, conn[v]);
        for (int q = 0; q < nq; q++) assertEquals(4 * q + 4, offsets[q]);
        assertArrayEquals(jump, file.array("CellData", "jump").doubles());

        for (int q = 0; q < nq; q++) {
            if (axis[q] < 0) continue;
            double[] n = normal(corners, q);
            for (int a = 0; a < 3; a++) {
                if (a == axis[q]) assertTrue(n[a] > 0, "quad " + q + " faces +" + a);
                else assertEquals(0.0, n[a], "quad " + q);
            }
        }
    }

    /** (p1 − p0) × (p2 − p1): the right-hand normal VTK takes, times twice the area. */
    static double[] normal(double[] c, int q) {
        int o = 12 * q;
        double ax = c[o + 3] - c[o], ay = c[o + 4] - c[o + 1], az = c[o + 5] - c[o + 2];
        double bx = c[o + 6] - c[o + 3], by = c[o + 7] - c[o + 4], bz = c[o + 8] - c[o + 5];
        return new double[] {ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx};
    }

    @Test
    void collectionListsDatasetsRelativeToItsOwnDirectory() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path pvd = out.resolve("result.pvd");
        new CollectionWriter()
                .add(0, 0, out.resolve("T.vtr"))
                .add(0, 1, out.resolve("faces & more.vtp"))
                .add(2.5e-3, 0, out.resolve("steps/T_1.vtr"))
                .write(pvd);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(pvd)));
        Element root = doc.getDocumentElement();
        assertEquals("Collection", root.getAttribute("type"));
        NodeList ds = doc.getElementsByTagName("DataSet");
        assertEquals(3, ds.getLength());
        String[][] want = {{"0", "0", "T.vtr"}, {"0", "1", "faces & more.vtp"}, {"0.0025", "0", "steps/T_1.vtr"}};
        for (int i = 0; i < 3; i++) {
            Element e = (Element) ds.item(i);
            assertEquals(Double.parseDouble(want[i][0]), Double.parseDouble(e.getAttribute("timestep")));
            assertEquals(want[i][1], e.getAttribute("part"));
            assertEquals(want[i][2], e.getAttribute("file"));
        }
    }

    @Test
    void namesWithXmlSpecialCharactersSurvive() throws Exception {
        String name = "T <in \"K\"> & 'more'";
        Path f = dir.resolve("names.vtr");
        new RectilinearGridWriter(new double[] {0, 1}, new double[] {0, 1}, new double[] {0, 1})
                .write(f, VtkArray.scalars(name, new double[] {4}));
        assertArrayEquals(new double[] {4}, AppendedFile.read(f).array("CellData", name).doubles());
    }

    private void assertRejected(Executable write, String... words) throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, write);
        for (String w : words) assertTrue(e.getMessage().contains(w), "\"" + e.getMessage() + "\" should mention " + w);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "nothing written");
        }
    }

    @Test
    void mistakesAreReportedByNameBeforeAnythingIsWritten() throws Exception {
        double[] c3 = {0, 1, 2, 3};
        double[] c2 = {0, 1, 2};
        Path f = dir.resolve("bad.vtr");
        RectilinearGridWriter grid = new RectilinearGridWriter(c3, c2, c2);
        assertRejected(() -> grid.write(f, VtkArray.scalars("T", new double[11])), "bad.vtr", "\"T\"", "11", "12");
        assertRejected(() -> grid.write(f, VtkArray.scalars("T", new double[12]), VtkArray.scalars("T", new int[12])),
                "bad.vtr", "two cell arrays", "\"T\"");
        assertRejected(() -> grid.activeCells(new boolean[12])
                .write(f, VtkArray.scalars("vtkGhostType", new byte[12])), "bad.vtr", "vtkGhostType");
        assertRejected(() -> grid.activeCells(new boolean[5]), "mask", "5", "12");
        assertRejected(() -> new RectilinearGridWriter(new double[] {0, 1, 1}, c2, c2), "x coordinates", "x[2]");
        assertRejected(() -> new RectilinearGridWriter(c3, new double[] {0}, c2), "y coordinates", "2 nodes");
        assertRejected(() -> new RectilinearGridWriter(c3, c2, new double[] {0, Double.NaN}), "z[1]", "NaN");

        Path u = dir.resolve("bad.vtu");
        UnstructuredGridWriter ug = new UnstructuredGridWriter(c3, c2, c2);
        assertRejected(() -> ug.write(u, new int[] {0, 12}), "bad.vtu", "chosen[1] = 12");
        assertRejected(() -> ug.write(u, new int[] {3, 5, 3}), "bad.vtu", "cell 3", "twice");
        assertRejected(() -> ug.write(u, new int[] {1, 2}, VtkArray.scalars("T", new double[12])), "bad.vtu", "\"T\"", "subset");

        Path p = dir.resolve("bad.vtp");
        assertRejected(() -> new PolyDataWriter().write(p, new double[13]), "bad.vtp", "13", "12");
        double[] nan = new double[24];
        nan[17] = Double.NaN;
        assertRejected(() -> new PolyDataWriter().write(p, nan), "bad.vtp", "quad 1", "NaN");
        assertRejected(() -> new PolyDataWriter().write(p, new double[12], VtkArray.scalars("R", new double[2])),
                "bad.vtp", "\"R\"", "2 tuples");

        assertRejected(() -> VtkArray.vectors("q", new double[10]), "\"q\"", "10");
        assertRejected(() -> VtkArray.scalars(" ", new double[1]), "name");
        assertRejected(() -> VtkArray.scalars("a\nb", new double[1]), "control character");
        assertRejected(() -> new CollectionWriter().add(Double.NaN, 0, Path.of("a.vtr")), "a.vtr", "NaN");
        assertRejected(() -> new CollectionWriter().add(0, -1, Path.of("a.vtr")), "a.vtr", "-1");
    }

    @Test
    void selectPicksTuplesInTheGivenOrder() {
        VtkArray v = VtkArray.vectors("q", new double[] {0, 1, 2, 10, 11, 12, 20, 21, 22});
        VtkArray s = v.select(new int[] {2, 0});
        assertEquals(2, s.tuples());
        assertEquals(3, s.components());
        double[] got = new double[6];
        for (int i = 0; i < 6; i++) got[i] = s.get(i);
        assertArrayEquals(new double[] {20, 21, 22, 0, 1, 2}, got);
        assertEquals(200.0, VtkArray.scalars("b", new byte[] {(byte) 200}).select(new int[] {0}).get(0));
        assertThrows(IndexOutOfBoundsException.class, () -> v.select(new int[] {3}));
    }
}
