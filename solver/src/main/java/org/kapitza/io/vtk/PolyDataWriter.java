package org.kapitza.io.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.kapitza.io.AtomicFile;

/**
 * Writes planar quadrilaterals and their cell data as a VTK XML {@code PolyData} file ({@code .vtp}):
 * the faces of an interface or of grain boundaries, coloured by the temperature on each side, the jump,
 * the heat flux through them or their resistance.
 *
 * <p>Each quad has four points of its own, so a field that jumps across an edge shared by two quads is
 * drawn as it is. The four corners go around the quad; VTK takes its normal by the right-hand rule
 * ("XML File Formats", PolyData, https://docs.vtk.org/en/latest/vtk_file_formats/vtkxml_file_format.html).
 * {@link #gridFace} fills in the corners of a face of a rectilinear grid.
 *
 * <pre>{@code
 * double[] corners = new double[12 * faces];
 * for (int q = 0; q < faces; q++) PolyDataWriter.gridFace(x, y, z, axis[q], i[q], j[q], k[q], corners, q);
 * new PolyDataWriter().write(Path.of("out/interface.vtp"), corners, List.of(VtkArray.scalars("jump", jumpK)));
 * }</pre>
 */
public final class PolyDataWriter {
    private VtkCompression compression = VtkCompression.ZLIB;
    private FieldData fieldData = new FieldData();

    /** Strings stored with the whole data set (names behind ids, units); see {@link FieldData}. */
    public PolyDataWriter fieldData(FieldData fieldData) {
        this.fieldData = Objects.requireNonNull(fieldData, "fieldData");
        return this;
    }

    /** zlib (the default) or none. */
    public PolyDataWriter compression(VtkCompression compression) {
        this.compression = Objects.requireNonNull(compression, "compression");
        return this;
    }

    /**
     * Writes the quads.
     *
     * @param file     the {@code .vtp} file, created or replaced
     * @param corners  {@code x y z} of the four corners of each quad in turn (m): 12 values per quad
     * @param cellData arrays of one tuple per quad, in the same order, with distinct names
     * @throws IllegalArgumentException naming the file, when {@code corners} is not 12 finite values per
     *                                  quad or an array has the wrong length; nothing is written then
     * @throws IOException              naming the file, when it cannot be written
     */
    public void write(Path file, double[] corners, List<VtkArray> cellData) throws IOException {
        Objects.requireNonNull(corners, "corners");
        if (corners.length % 12 != 0) {
            throw new IllegalArgumentException("cannot write " + file + ": " + corners.length
                    + " corner coordinates is not 12 (4 corners x 3) per quad");
        }
        for (int v = 0; v < corners.length; v++) {
            if (!Double.isFinite(corners[v])) {
                throw new IllegalArgumentException("cannot write " + file + ": corner coordinate " + (v % 3) + " of quad "
                        + v / 12 + " (corner " + (v % 12) / 3 + ") is " + corners[v]);
            }
        }
        if (corners.length / 12 > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("cannot write " + file + ": too many quads for Int32 connectivity");
        }
        int quads = corners.length / 12;
        Checks.cellData(file, cellData, quads, "set of quads", "connectivity", "offsets");
        int[] connectivity = new int[4 * quads];
        int[] offsets = new int[quads];
        for (int v = 0; v < connectivity.length; v++) connectivity[v] = v;
        for (int q = 0; q < quads; q++) offsets[q] = 4 * q + 4; // where each quad's corners end
        AtomicFile.writeChannel(file, channel -> {
            try (VtkXmlFile f = new VtkXmlFile(channel, compression)) {
                f.begin("PolyData");
                f.markup("  <PolyData>\n" + fieldData.markup("    ")
                        + "    <Piece NumberOfPoints=\"" + 4 * quads + "\" NumberOfVerts=\"0\" NumberOfLines=\"0\""
                        + " NumberOfStrips=\"0\" NumberOfPolys=\"" + quads + "\">\n"
                        + "      <PointData>\n      </PointData>\n"
                        + "      <CellData>\n");
                for (VtkArray a : cellData) f.dataArray("        ", a);
                f.markup("      </CellData>\n      <Points>\n");
                f.dataArray("        ", VtkArray.vectors("Points", corners));
                f.markup("      </Points>\n      <Polys>\n");
                f.dataArray("        ", VtkArray.scalars("connectivity", connectivity));
                f.dataArray("        ", VtkArray.scalars("offsets", offsets));
                f.markup("      </Polys>\n    </Piece>\n  </PolyData>\n");
                f.finish();
            }
        });
    }

    /** Writes the quads; see {@link #write(Path, double[], List)}. */
    public void write(Path file, double[] corners, VtkArray... cellData) throws IOException {
        write(file, corners, List.of(cellData));
    }

    /**
     * Puts the corners of a face of a rectilinear grid into quad q of {@code corners}, ordered so that
     * the quad's normal points along +axis.
     *
     * <p>The face lies in the plane of node {@code i} (axis 0), {@code j} (axis 1) or {@code k} (axis 2),
     * and spans one cell along each of the other two axes, given by the other two indices. So the face
     * between cells (i−1, j, k) and (i, j, k) is {@code gridFace(x, y, z, 0, i, j, k, ...)}.
     *
     * @param x       node coordinates along x (m)
     * @param y       node coordinates along y (m)
     * @param z       node coordinates along z (m)
     * @param axis    0, 1 or 2: the axis the face is normal to
     * @param corners receives 12 values at {@code 12 q}
     */
    public static void gridFace(double[] x, double[] y, double[] z, int axis, int i, int j, int k, double[] corners, int q) {
        // corners go (u0,v0) (u1,v0) (u1,v1) (u0,v1) in the two axes that follow `axis` cyclically, so
        // that e_u x e_v = +e_axis
        int at = 12 * q;
        switch (axis) {
            case 0 -> quad(corners, at, 0, x[i], 1, y[j], y[j + 1], 2, z[k], z[k + 1]);
            case 1 -> quad(corners, at, 1, y[j], 2, z[k], z[k + 1], 0, x[i], x[i + 1]);
            case 2 -> quad(corners, at, 2, z[k], 0, x[i], x[i + 1], 1, y[j], y[j + 1]);
            default -> throw new IllegalArgumentException("axis must be 0, 1 or 2, got " + axis);
        }
    }

    private static void quad(double[] c, int at, int a, double w, int u, double u0, double u1, int v, double v0,
                             double v1) {
        c[at + a] = w;
        c[at + u] = u0;
        c[at + v] = v0;
        c[at + 3 + a] = w;
        c[at + 3 + u] = u1;
        c[at + 3 + v] = v0;
        c[at + 6 + a] = w;
        c[at + 6 + u] = u1;
        c[at + 6 + v] = v1;
        c[at + 9 + a] = w;
        c[at + 9 + u] = u0;
        c[at + 9 + v] = v1;
    }
}
