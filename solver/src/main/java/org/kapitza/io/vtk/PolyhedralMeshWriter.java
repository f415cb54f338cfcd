package org.kapitza.io.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.kapitza.io.AtomicFile;

/**
 * Writes cells of any linear VTK type (tetrahedra 10, hexahedra 12, wedges 13, pyramids 14) as a VTK
 * XML {@code UnstructuredGrid} ({@code .vtu}), and polygons of any number of corners as a
 * {@code PolyData} file ({@code .vtp}) ("XML File Formats",
 * https://docs.vtk.org/en/latest/vtk_file_formats/vtkxml_file_format.html): the cells of a Gmsh mesh
 * with their original types, and its interface and grain-boundary faces.
 */
public final class PolyhedralMeshWriter {
    private VtkCompression compression = VtkCompression.ZLIB;

    public PolyhedralMeshWriter compression(VtkCompression compression) {
        this.compression = Objects.requireNonNull(compression, "compression");
        return this;
    }

    /**
     * Writes cells.
     *
     * @param points       x y z per point (m)
     * @param connectivity the points of every cell in turn, in VTK's order for its type
     * @param offsets      where each cell's points end in {@code connectivity}
     * @param types        VTK cell type of each cell
     * @param cellData     one tuple per cell each
     */
    public void writeCells(Path file, double[] points, int[] connectivity, int[] offsets, byte[] types, List<VtkArray> cellData)
            throws IOException {
        int cells = types.length;
        Checks.cellData(file, cellData, cells, "mesh", "connectivity", "offsets", "types");
        AtomicFile.writeChannel(file, channel -> {
            try (VtkXmlFile f = new VtkXmlFile(channel, compression)) {
                f.begin("UnstructuredGrid");
                f.markup("  <UnstructuredGrid>\n"
                        + "    <Piece NumberOfPoints=\"" + points.length / 3 + "\" NumberOfCells=\"" + cells + "\">\n"
                        + "      <PointData>\n      </PointData>\n"
                        + "      <CellData>\n");
                for (VtkArray a : cellData) f.dataArray("        ", a);
                f.markup("      </CellData>\n      <Points>\n");
                f.dataArray("        ", VtkArray.vectors("Points", points));
                f.markup("      </Points>\n      <Cells>\n");
                f.dataArray("        ", VtkArray.scalars("connectivity", connectivity));
                f.dataArray("        ", VtkArray.scalars("offsets", offsets));
                f.dataArray("        ", VtkArray.scalars("types", types));
                f.markup("      </Cells>\n    </Piece>\n  </UnstructuredGrid>\n");
                f.finish();
            }
        });
    }

    /**
     * Writes polygons, each with points of its own (so a field that jumps between neighbouring polygons
     * is drawn as it is).
     *
     * @param corners x y z of every polygon's corners in turn, going round it (the right-hand rule gives
     *                its normal)
     * @param offsets where each polygon's corners end (in corners, not coordinates)
     */
    public void writePolygons(Path file, double[] corners, int[] offsets, List<VtkArray> cellData) throws IOException {
        int polys = offsets.length;
        int points = corners.length / 3;
        Checks.cellData(file, cellData, polys, "set of polygons", "connectivity", "offsets");
        int[] connectivity = new int[points];
        for (int v = 0; v < points; v++) connectivity[v] = v;
        AtomicFile.writeChannel(file, channel -> {
            try (VtkXmlFile f = new VtkXmlFile(channel, compression)) {
                f.begin("PolyData");
                f.markup("  <PolyData>\n"
                        + "    <Piece NumberOfPoints=\"" + points + "\" NumberOfVerts=\"0\" NumberOfLines=\"0\""
                        + " NumberOfStrips=\"0\" NumberOfPolys=\"" + polys + "\">\n"
                        + "      <PointData>\n      </PointData>\n"
                        + "      <CellData>\n");
                for (VtkArray a : cellData) f.dataArray("        ", a);
                f.markup("      </CellData>\n      <Points>\n");
                f.dataArray("        ", VtkArray.vectors("Points", corners.length == 0 ? new double[0] : corners));
                f.markup("      </Points>\n      <Polys>\n");
                f.dataArray("        ", VtkArray.scalars("connectivity", connectivity));
                f.dataArray("        ", VtkArray.scalars("offsets", offsets));
                f.markup("      </Polys>\n    </Piece>\n  </PolyData>\n");
                f.finish();
            }
        });
    }
}
