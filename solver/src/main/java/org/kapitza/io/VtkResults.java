package org.kapitza.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.vtk.CollectionWriter;
import org.kapitza.io.vtk.PolyDataWriter;
import org.kapitza.io.vtk.RectilinearGridWriter;
import org.kapitza.io.vtk.UnstructuredGridWriter;
import org.kapitza.io.vtk.VtkArray;
import org.kapitza.io.vtk.VtkCompression;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.RectilinearGrid;

/**
 * Writes a steady result for ParaView: the volume field ({@code <name>.vtr}, or {@code <name>.vtu} with
 * only the active cells when the geometry leaves some out), the interface and grain-boundary faces
 * ({@code <name>-interfaces.vtp}) and a {@code <name>.pvd} collection of both.
 *
 * <p>Volume cell data: {@code T} (K), {@code k} (W/(m·K) along x, y, z), {@code material}, {@code region},
 * {@code grain}, {@code source} (W/m³) and {@code heat_flux} (W/m², the mean of the flux densities through
 * each cell's two faces on every axis). Face cell data: {@code T_minus} and {@code T_plus}, the
 * temperatures on the −axis and +axis sides (K); {@code jump} = T_minus − T_plus (K); {@code normal_flux}
 * along +axis (W/m²); {@code area} (m²); {@code R} (m²K/W, staircase factor included); {@code kind} (1 interface,
 * 2 grain boundary); {@code pair} (the interface pair, −1 on grain boundaries).
 */
public final class VtkResults {
    private VtkResults() {
    }

    /** Writes the three files and returns their names. */
    public static List<String> write(Path dir, String name, SteadyResult r, boolean compress) throws IOException {
        List<String> files = writeFields(dir, name, r, compress);
        String pvd = name + ".pvd";
        new CollectionWriter().add(0, 0, dir.resolve(files.get(0))).add(0, 1, dir.resolve(files.get(1))).write(dir.resolve(pvd));
        files.add(pvd);
        return files;
    }

    /**
     * Writes the volume ({@code <name>.vtr} or {@code .vtu}) and face ({@code <name>-interfaces.vtp}) files
     * of one result, without a collection: one time of a transient run.
     *
     * @return the two file names, volume first
     */
    public static List<String> writeFields(Path dir, String name, SteadyResult r, boolean compress) throws IOException {
        VtkCompression c = compress ? VtkCompression.ZLIB : VtkCompression.NONE;
        Mesh m = r.mesh();
        RectilinearGrid g = m.grid();
        double[] x = g.nodes(0);
        double[] y = g.nodes(1);
        double[] z = g.nodes(2);
        int n = m.cellCount();
        double[] t = new double[n];
        double[] k = new double[3 * n];
        int[] material = new int[n];
        int[] region = new int[n];
        int[] grain = new int[n];
        double[] source = new double[n];
        double[] flux = cellFlux(r);
        for (int cell = 0; cell < n; cell++) {
            t[cell] = r.temperature(cell);
            for (int a = 0; a < 3; a++) k[3 * cell + a] = r.conductivity(cell, a);
            material[cell] = m.material(cell);
            region[cell] = m.region(cell);
            grain[cell] = m.grain(cell);
            source[cell] = r.sourceDensity(cell);
        }
        List<VtkArray> arrays = List.of(VtkArray.scalars("T", t), VtkArray.vectors("k", k), VtkArray.scalars("material", material),
                VtkArray.scalars("region", region), VtkArray.scalars("grain", grain), VtkArray.scalars("source", source),
                VtkArray.vectors("heat_flux", flux));
        List<String> files = new ArrayList<>();
        String volume;
        if (m.activeCellCount() == n) {
            volume = name + ".vtr";
            new RectilinearGridWriter(x, y, z).compression(c).write(dir.resolve(volume), arrays);
        } else {
            volume = name + ".vtu";
            int[] active = new int[m.activeCellCount()];
            for (int cell = 0, q = 0; cell < n; cell++) if (m.isActive(cell)) active[q++] = cell;
            List<VtkArray> selected = new ArrayList<>();
            for (VtkArray a : arrays) selected.add(a.select(active));
            new UnstructuredGridWriter(x, y, z).compression(c).write(dir.resolve(volume), active, selected);
        }
        files.add(volume);
        String faces = name + "-interfaces.vtp";
        writeFaces(dir.resolve(faces), r, x, y, z, c);
        files.add(faces);
        return files;
    }

    /** Cell-centre heat flux vector: the mean of the flux densities through the two faces on each axis. */
    static double[] cellFlux(SteadyResult r) {
        Mesh m = r.mesh();
        double[] q = new double[3 * m.cellCount()];
        int bStart = m.faceStart(FaceClass.BOUNDARY);
        for (int f = 0; f < m.faceCount(); f++) {
            int a = m.axis(f);
            double area = m.area(f);
            if (f < bStart) {
                double density = r.faceFlow(f) / area; // along +axis, from owner to neighbour
                q[3 * m.owner(f) + a] += 0.5 * density;
                q[3 * m.neighbour(f) + a] += 0.5 * density;
            } else {
                q[3 * m.owner(f) + a] += 0.5 * m.normalSign(f) * r.boundaryOutflow(f) / area;
            }
        }
        return q;
    }

    private static void writeFaces(Path file, SteadyResult r, double[] x, double[] y, double[] z, VtkCompression c)
            throws IOException {
        Mesh m = r.mesh();
        int from = m.faceStart(FaceClass.INTERFACE);
        int to = m.faceEnd(FaceClass.GRAIN_BOUNDARY);
        int count = to - from;
        double[] corners = new double[12 * count];
        double[] minus = new double[count];
        double[] plus = new double[count];
        double[] jump = new double[count];
        double[] normalFlux = new double[count];
        double[] resistance = new double[count];
        double[] areas = new double[count];
        int[] kind = new int[count];
        int[] pair = new int[count];
        int gbStart = m.faceStart(FaceClass.GRAIN_BOUNDARY);
        for (int f = from, q = 0; f < to; f++, q++) {
            int a = m.axis(f);
            int owner = m.owner(f);
            int[] idx = {m.cellIndex(owner, 0), m.cellIndex(owner, 1), m.cellIndex(owner, 2)};
            idx[a]++; // the face lies on the owner's +axis side
            PolyDataWriter.gridFace(x, y, z, a, idx[0], idx[1], idx[2], corners, q);
            double[] t = r.sideTemperatures(f);
            minus[q] = t[0];
            plus[q] = t[1];
            jump[q] = t[0] - t[1];
            areas[q] = m.area(f);
            normalFlux[q] = r.faceFlow(f) / areas[q];
            resistance[q] = r.faceResistance(f);
            kind[q] = f < gbStart ? 1 : 2;
            pair[q] = f < gbStart ? m.interfacePair(f) : -1;
        }
        new PolyDataWriter().compression(c).write(file, corners, List.of(VtkArray.scalars("T_minus", minus),
                VtkArray.scalars("T_plus", plus), VtkArray.scalars("jump", jump), VtkArray.scalars("normal_flux", normalFlux),
                VtkArray.scalars("area", areas),
                VtkArray.scalars("R", resistance), VtkArray.scalars("kind", kind), VtkArray.scalars("pair", pair)));
    }
}
