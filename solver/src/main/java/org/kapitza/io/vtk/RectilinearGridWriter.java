package org.kapitza.io.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.kapitza.io.AtomicFile;

/**
 * Writes a rectilinear grid and its cell data as a VTK XML {@code RectilinearGrid} file ({@code .vtr}),
 * for ParaView or VisIt.
 *
 * <p>Cells are numbered {@code i + nx (j + ny k)}, x fastest, which is both the mesh's and VTK's order,
 * so solver fields are written as they are. Data is appended binary, zlib-compressed unless
 * {@link #compression(VtkCompression)} says otherwise; the file is replaced atomically
 * ({@link AtomicFile}). Format: VTK file formats, "XML File Formats", RectilinearGrid
 * (https://docs.vtk.org/en/latest/vtk_file_formats/vtkxml_file_format.html).
 *
 * <p>Cells outside the body (inactive cells) can be hidden: with {@link #activeCells(boolean[])} the file
 * gets a {@code vtkGhostType} cell array, 32 ({@code vtkDataSetAttributes::HIDDENCELL}) on inactive cells
 * and 0 elsewhere, which VTK treats as blanking: ParaView draws and probes only the active cells, and
 * their fields need no placeholder values to look right.
 *
 * <pre>{@code
 * new RectilinearGridWriter(x, y, z).activeCells(active)
 *         .write(Path.of("out/T.vtr"), List.of(VtkArray.scalars("T", kelvin)));
 * }</pre>
 */
public final class RectilinearGridWriter {
    /** Name VTK gives the array of ghost and blanking flags ({@code vtkDataSetAttributes::GhostArrayName()}). */
    public static final String GHOST_ARRAY = "vtkGhostType";
    /** {@code vtkDataSetAttributes::HIDDENCELL}: the cell is blanked, not drawn. */
    public static final byte HIDDEN_CELL = 32;

    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final int nx;
    private final int ny;
    private final int nz;
    private final int cells;
    private boolean[] active;
    private VtkCompression compression = VtkCompression.ZLIB;
    private FieldData fieldData = new FieldData();

    /**
     * @param x node coordinates along x (m), nx + 1 of them, strictly increasing
     * @param y node coordinates along y (m), ny + 1
     * @param z node coordinates along z (m), nz + 1
     */
    public RectilinearGridWriter(double[] x, double[] y, double[] z) {
        this.nx = Checks.nodes("x", x);
        this.ny = Checks.nodes("y", y);
        this.nz = Checks.nodes("z", z);
        this.cells = Checks.cellCount(nx, ny, nz);
        this.x = x;
        this.y = y;
        this.z = z;
    }

    /**
     * Hides the cells whose flag is false (see the class comment); null shows every cell.
     *
     * @param active one flag per cell, in cell order
     * @return this writer
     */
    public RectilinearGridWriter activeCells(boolean[] active) {
        if (active != null && active.length != cells) {
            throw new IllegalArgumentException("active-cell mask has " + active.length + " entries, but the grid has "
                    + nx + " x " + ny + " x " + nz + " = " + cells + " cells");
        }
        this.active = active;
        return this;
    }

    /** Strings stored with the whole data set (names behind ids, units); see {@link FieldData}. */
    public RectilinearGridWriter fieldData(FieldData fieldData) {
        this.fieldData = Objects.requireNonNull(fieldData, "fieldData");
        return this;
    }

    /** zlib (the default) or none. */
    public RectilinearGridWriter compression(VtkCompression compression) {
        this.compression = Objects.requireNonNull(compression, "compression");
        return this;
    }

    /** nx · ny · nz. */
    public int cellCount() {
        return cells;
    }

    /**
     * Writes the grid with the given cell data.
     *
     * @param file     the {@code .vtr} file, created or replaced
     * @param cellData arrays of one tuple per cell, in cell order, with distinct names
     * @throws IllegalArgumentException naming the file and the array, when an array has the wrong length
     *                                  or a repeated or reserved name; nothing is written then
     * @throws IOException              naming the file, when it cannot be written
     */
    public void write(Path file, List<VtkArray> cellData) throws IOException {
        Checks.cellData(file, cellData, cells, "grid", GHOST_ARRAY);
        VtkArray ghost = active == null ? null : ghostArray(active);
        String extent = "0 " + nx + " 0 " + ny + " 0 " + nz;
        AtomicFile.writeChannel(file, channel -> {
            try (VtkXmlFile f = new VtkXmlFile(channel, compression)) {
                f.begin("RectilinearGrid");
                f.markup("  <RectilinearGrid WholeExtent=\"" + extent + "\">\n" + fieldData.markup("    ")
                        + "    <Piece Extent=\"" + extent + "\">\n"
                        + "      <PointData>\n      </PointData>\n"
                        + "      <CellData>\n");
                for (VtkArray a : cellData) f.dataArray("        ", a);
                if (ghost != null) f.dataArray("        ", ghost);
                f.markup("      </CellData>\n      <Coordinates>\n");
                f.dataArray("        ", VtkArray.scalars("x", x));
                f.dataArray("        ", VtkArray.scalars("y", y));
                f.dataArray("        ", VtkArray.scalars("z", z));
                f.markup("      </Coordinates>\n    </Piece>\n  </RectilinearGrid>\n");
                f.finish();
            }
        });
    }

    /** Writes the grid with the given cell data; see {@link #write(Path, List)}. */
    public void write(Path file, VtkArray... cellData) throws IOException {
        write(file, List.of(cellData));
    }

    private static VtkArray ghostArray(boolean[] active) {
        byte[] g = new byte[active.length];
        for (int c = 0; c < g.length; c++) g[c] = active[c] ? 0 : HIDDEN_CELL;
        return VtkArray.scalars(GHOST_ARRAY, g);
    }
}
