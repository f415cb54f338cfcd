package org.kapitza.io.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kapitza.io.AtomicFile;

/**
 * Writes chosen cells of a rectilinear grid as hexahedra in a VTK XML {@code UnstructuredGrid} file
 * ({@code .vtu}): one region, the active cells only, or a cut, without the rest of the grid.
 *
 * <p>Cells are {@code VTK_HEXAHEDRON} (type 12, {@code vtkCellType.h}) with corners in VTK's order: the
 * low-z face (i,j), (i+1,j), (i+1,j+1), (i,j+1), whose right-hand normal points to the opposite face, then
 * the same four corners of the high-z face (class documentation of {@code vtkHexahedron}; "XML File
 * Formats", https://docs.vtk.org/en/latest/vtk_file_formats/vtkxml_file_format.html). Neighbouring cells share
 * their points, and only points of chosen cells are written, numbered in grid-node order, so filters such
 * as contours see a connected mesh.
 *
 * <p>Working memory is 4 bytes per grid node (a node-to-point map) plus about 60 bytes per chosen cell.
 * To map cells back to the grid, pass the cell indices themselves as an array, e.g.
 * {@code VtkArray.scalars("cell", cells)}.
 */
public final class UnstructuredGridWriter {
    /** {@code VTK_HEXAHEDRON} in {@code vtkCellType.h}. */
    public static final byte VTK_HEXAHEDRON = 12;

    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final int nx;
    private final int ny;
    private final int nz;
    private final int cells;
    private VtkCompression compression = VtkCompression.ZLIB;
    private FieldData fieldData = new FieldData();

    /**
     * @param x node coordinates along x (m), nx + 1 of them, strictly increasing
     * @param y node coordinates along y (m), ny + 1
     * @param z node coordinates along z (m), nz + 1
     */
    public UnstructuredGridWriter(double[] x, double[] y, double[] z) {
        this.nx = Checks.nodes("x", x);
        this.ny = Checks.nodes("y", y);
        this.nz = Checks.nodes("z", z);
        this.cells = Checks.cellCount(nx, ny, nz);
        long nodes = (long) (nx + 1) * (ny + 1) * (nz + 1);
        if (nodes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid of " + nx + " x " + ny + " x " + nz + " cells has " + nodes
                    + " nodes, too many to number with int");
        }
        this.x = x;
        this.y = y;
        this.z = z;
    }

    /** Strings stored with the whole data set (names behind ids, units); see {@link FieldData}. */
    public UnstructuredGridWriter fieldData(FieldData fieldData) {
        this.fieldData = Objects.requireNonNull(fieldData, "fieldData");
        return this;
    }

    /** zlib (the default) or none. */
    public UnstructuredGridWriter compression(VtkCompression compression) {
        this.compression = Objects.requireNonNull(compression, "compression");
        return this;
    }

    /**
     * Writes the chosen cells.
     *
     * @param file     the {@code .vtu} file, created or replaced
     * @param chosen   grid cell indices {@code i + nx (j + ny k)}, each at most once; the file's cell p is
     *                 grid cell {@code chosen[p]}
     * @param cellData arrays of one tuple per chosen cell, in the order of {@code chosen} (see
     *                 {@link VtkArray#select(int[])} to pick them from whole-grid fields)
     * @throws IllegalArgumentException naming the file, for a cell outside the grid or listed twice, or an
     *                                  array of the wrong length; nothing is written then
     * @throws IOException              naming the file, when it cannot be written
     */
    public void write(Path file, int[] chosen, List<VtkArray> cellData) throws IOException {
        Objects.requireNonNull(chosen, "chosen cells");
        int m = chosen.length;
        if (m > Integer.MAX_VALUE / 8) {
            throw new IllegalArgumentException("cannot write " + file + ": " + m
                    + " cells are more than Int32 connectivity can address");
        }
        checkChosen(file, chosen);
        Checks.cellData(file, cellData, m, "subset", "connectivity", "offsets", "types");

        int sy = nx + 1;
        int sz = (nx + 1) * (ny + 1);
        int[] point = new int[sz * (nz + 1)];
        // pass 1: mark the corners in use; pass 2: number them in node order
        for (int c : chosen) {
            int n0 = firstCorner(c, sy, sz);
            point[n0] = point[n0 + 1] = point[n0 + 1 + sy] = point[n0 + sy] = 1;
            point[n0 + sz] = point[n0 + 1 + sz] = point[n0 + 1 + sy + sz] = point[n0 + sy + sz] = 1;
        }
        int np = 0;
        for (int node = 0; node < point.length; node++) {
            if (point[node] != 0) np++;
        }
        double[] xyz = new double[3 * np];
        int p = 0;
        for (int node = 0; node < point.length; node++) {
            if (point[node] == 0) {
                point[node] = -1;
                continue;
            }
            int i = node % sy;
            int j = (node / sy) % (ny + 1);
            int k = node / sz;
            xyz[3 * p] = x[i];
            xyz[3 * p + 1] = y[j];
            xyz[3 * p + 2] = z[k];
            point[node] = p++;
        }
        int[] connectivity = new int[8 * m];
        int[] offsets = new int[m];
        byte[] types = new byte[m];
        Arrays.fill(types, VTK_HEXAHEDRON);
        for (int q = 0; q < m; q++) {
            int n0 = firstCorner(chosen[q], sy, sz);
            int e = 8 * q;
            connectivity[e] = point[n0];
            connectivity[e + 1] = point[n0 + 1];
            connectivity[e + 2] = point[n0 + 1 + sy];
            connectivity[e + 3] = point[n0 + sy];
            connectivity[e + 4] = point[n0 + sz];
            connectivity[e + 5] = point[n0 + 1 + sz];
            connectivity[e + 6] = point[n0 + 1 + sy + sz];
            connectivity[e + 7] = point[n0 + sy + sz];
            offsets[q] = e + 8; // where each cell's corners end, as VTK's XML format counts them
        }
        int points = np;
        AtomicFile.writeChannel(file, channel -> {
            try (VtkXmlFile f = new VtkXmlFile(channel, compression)) {
                f.begin("UnstructuredGrid");
                f.markup("  <UnstructuredGrid>\n" + fieldData.markup("    ")
                        + "    <Piece NumberOfPoints=\"" + points + "\" NumberOfCells=\"" + m + "\">\n"
                        + "      <PointData>\n      </PointData>\n"
                        + "      <CellData>\n");
                for (VtkArray a : cellData) f.dataArray("        ", a);
                f.markup("      </CellData>\n      <Points>\n");
                f.dataArray("        ", VtkArray.vectors("Points", xyz));
                f.markup("      </Points>\n      <Cells>\n");
                f.dataArray("        ", VtkArray.scalars("connectivity", connectivity));
                f.dataArray("        ", VtkArray.scalars("offsets", offsets));
                f.dataArray("        ", VtkArray.scalars("types", types));
                f.markup("      </Cells>\n    </Piece>\n  </UnstructuredGrid>\n");
                f.finish();
            }
        });
    }

    /** Writes the chosen cells; see {@link #write(Path, int[], List)}. */
    public void write(Path file, int[] chosen, VtkArray... cellData) throws IOException {
        write(file, chosen, List.of(cellData));
    }

    /** The grid node at the low corner (i, j, k) of cell c. */
    private int firstCorner(int c, int sy, int sz) {
        int i = c % nx;
        int j = (c / nx) % ny;
        int k = c / (nx * ny);
        return i + sy * j + sz * k;
    }

    private void checkChosen(Path file, int[] chosen) {
        long[] seen = new long[(cells + 63) >>> 6];
        for (int q = 0; q < chosen.length; q++) {
            int c = chosen[q];
            if (c < 0 || c >= cells) {
                throw new IllegalArgumentException("cannot write " + file + ": chosen[" + q + "] = " + c
                        + " is not a cell of the " + nx + " x " + ny + " x " + nz + " grid");
            }
            long bit = 1L << (c & 63);
            if ((seen[c >>> 6] & bit) != 0) {
                throw new IllegalArgumentException("cannot write " + file + ": cell " + c + " is chosen twice (again at chosen["
                        + q + "])");
            }
            seen[c >>> 6] |= bit;
        }
    }
}
