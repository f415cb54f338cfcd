package org.kapitza.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kapitza.io.vtk.CollectionWriter;
import org.kapitza.io.vtk.PolyhedralMeshWriter;
import org.kapitza.io.vtk.VtkArray;
import org.kapitza.io.vtk.VtkCompression;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.poly.PolyResult;

/**
 * Writes a steady result on a Gmsh mesh for ParaView, as {@link VtkResults} does for grids:
 * {@code <name>.vtu} with the original cell types (tetrahedra, hexahedra, wedges, pyramids) and cell
 * data {@code T}, {@code k}, {@code material}, {@code region}, {@code grain}, {@code source} (W/m³),
 * {@code heat_flux} (−k∇T, W/m², from each cell's reconstructed gradient); {@code <name>-interfaces.vtp}
 * with every interface and grain-boundary face as a polygon and {@code T_minus} (the side the polygon's
 * normal points away from, the owner), {@code T_plus}, {@code jump} = T_minus − T_plus, {@code normal_flux}
 * along the normal (W/m²), {@code area}, {@code R}, {@code kind} (1 interface, 2 grain boundary) and
 * {@code pair}; and {@code <name>.pvd}.
 */
public final class GmshVtkResults {
    private GmshVtkResults() {
    }

    public static List<String> write(Path dir, String name, PolyResult r, boolean compress) throws IOException {
        PolyhedralMeshWriter w = new PolyhedralMeshWriter().compression(compress ? VtkCompression.ZLIB : VtkCompression.NONE);
        PolyMesh m = r.mesh();
        int n = m.cellCount();
        double[] t = new double[n];
        double[] k = new double[n];
        int[] material = new int[n];
        int[] region = new int[n];
        int[] grain = new int[n];
        double[] source = new double[n];
        double[] flux = new double[3 * n];
        byte[] types = new byte[n];
        int[] offsets = new int[n];
        int total = 0;
        for (int c = 0; c < n; c++) total += m.cellNodes(c).length;
        int[] connectivity = new int[total];
        int at = 0;
        for (int c = 0; c < n; c++) {
            t[c] = r.temperature(c);
            k[c] = r.conductivity(c);
            material[c] = m.material(c);
            region[c] = m.region(c);
            grain[c] = m.grain(c);
            source[c] = r.source(c) / m.volume(c);
            for (int a = 0; a < 3; a++) flux[3 * c + a] = -k[c] * r.gradient(c, a);
            types[c] = m.cellType(c);
            for (int v : m.cellNodes(c)) connectivity[at++] = v;
            offsets[c] = at;
        }
        List<String> files = new ArrayList<>();
        String volume = name + ".vtu";
        w.writeCells(dir.resolve(volume), m.nodeCoordinates(), connectivity, offsets, types, List.of(VtkArray.scalars("T", t),
                VtkArray.scalars("k", k), VtkArray.scalars("material", material), VtkArray.scalars("region", region),
                VtkArray.scalars("grain", grain), VtkArray.scalars("source", source), VtkArray.vectors("heat_flux", flux)));
        files.add(volume);

        int from = m.faceStart(FaceClass.INTERFACE);
        int to = m.faceEnd(FaceClass.GRAIN_BOUNDARY);
        int gb = m.faceStart(FaceClass.GRAIN_BOUNDARY);
        int count = to - from;
        int corners = 0;
        for (int f = from; f < to; f++) corners += m.faceVertexCount(f);
        double[] xyz = m.nodeCoordinates();
        double[] pts = new double[3 * corners];
        int[] off = new int[count];
        double[] minus = new double[count];
        double[] plus = new double[count];
        double[] jump = new double[count];
        double[] normalFlux = new double[count];
        double[] area = new double[count];
        double[] resistance = new double[count];
        int[] kind = new int[count];
        int[] pair = new int[count];
        int p = 0;
        for (int f = from, q = 0; f < to; f++, q++) {
            for (int i = 0; i < m.faceVertexCount(f); i++) {
                int v = m.faceVertex(f, i);
                for (int a = 0; a < 3; a++) pts[3 * p + a] = xyz[3 * v + a];
                p++;
            }
            off[q] = p;
            minus[q] = r.ownerSideTemperature(f);
            plus[q] = r.neighbourSideTemperature(f);
            jump[q] = minus[q] - plus[q];
            area[q] = m.area(f);
            normalFlux[q] = r.flow(f) / area[q];
            resistance[q] = r.resistance(f);
            kind[q] = f < gb ? 1 : 2;
            pair[q] = f < gb ? m.interfacePair(f) : -1;
        }
        String faces = name + "-interfaces.vtp";
        w.writePolygons(dir.resolve(faces), pts, off, List.of(VtkArray.scalars("T_minus", minus), VtkArray.scalars("T_plus", plus),
                VtkArray.scalars("jump", jump), VtkArray.scalars("normal_flux", normalFlux), VtkArray.scalars("area", area),
                VtkArray.scalars("R", resistance), VtkArray.scalars("kind", kind), VtkArray.scalars("pair", pair)));
        files.add(faces);
        String pvd = name + ".pvd";
        new CollectionWriter().add(0, 0, dir.resolve(volume)).add(0, 1, dir.resolve(faces)).write(dir.resolve(pvd));
        files.add(pvd);
        return files;
    }
}
