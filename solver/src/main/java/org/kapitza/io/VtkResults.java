package org.kapitza.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.SteadyResult;
import org.kapitza.io.vtk.CollectionWriter;
import org.kapitza.io.vtk.FieldData;
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
 * ({@code <name>-interfaces.vtp}), the boundary faces ({@code <name>-boundary.vtp}) and a
 * {@code <name>.pvd} collection of the three.
 *
 * <p>Volume cell data: {@code T} (K), {@code k} (W/(m·K) along x, y, z), {@code material}, {@code region},
 * {@code grain}, {@code source} (W/m³) and {@code heat_flux} (W/m², the mean of the flux densities through
 * each cell's two faces on every axis). Face cell data: {@code T_minus} and {@code T_plus}, the
 * temperatures on the −axis and +axis sides (K); {@code T_A}, {@code T_B} and {@code jump} = T_A − T_B (K),
 * the convention of every report ({@link #JUMP_CONVENTION}); {@code normal_flux} along +axis and
 * {@code flux_A_to_B} (W/m²); {@code area} (m²); {@code R} (m²K/W, staircase factor included);
 * {@code kind} (1 interface, 2 grain boundary); {@code pair} (the interface pair, −1 on grain boundaries).
 * Boundary cell data: {@code T_surface} (K), {@code heat_in} (W/m² entering the body; negative leaving),
 * {@code patch} (the smallest patch holding the face, so a power-map block shows as itself).
 *
 * <p>Every file carries field data (ParaView: Information panel, or the spreadsheet view's Field Data):
 * {@code units} ("name: unit" for every cell array), and the names behind the ids, {@code region_names},
 * {@code material_names}, {@code grain_names}, {@code pair_names}, {@code kind_names}, {@code patch_names}
 * (entry i names id i), and in the face file {@code jump_convention}.
 */
public final class VtkResults {
    /** How every jump Kapitza writes is oriented: console, interfaces.csv, summary.json, probes and VTK. */
    public static final String JUMP_CONVENTION = "jump = T_A - T_B (K): on an interface A is the first region its rule"
            + " names (between: [A, B], or the region of the first of materials: [A, B]), so the jump is positive when heat"
            + " flows from A to B; on a grain boundary A is the grain with the lower id";

    private VtkResults() {
    }

    /** Writes the three files and returns their names. */
    public static List<String> write(Path dir, String name, SteadyResult r, boolean compress) throws IOException {
        return write(dir, name, r, compress, false);
    }

    /**
     * Writes the files and returns their names.
     *
     * @param unstructured the volume as {@code .vtu} hexahedra even when every cell is active (for readers, such
     *                     as meshio, without {@code .vtr} support)
     */
    public static List<String> write(Path dir, String name, SteadyResult r, boolean compress, boolean unstructured)
            throws IOException {
        List<String> files = writeFields(dir, name, r, compress, unstructured);
        String pvd = name + ".pvd";
        CollectionWriter collection = new CollectionWriter();
        for (int part = 0; part < files.size(); part++) collection.add(0, part, dir.resolve(files.get(part)));
        collection.write(dir.resolve(pvd));
        files.add(pvd);
        return files;
    }

    /**
     * Writes the volume ({@code <name>.vtr} or {@code .vtu}), face ({@code <name>-interfaces.vtp}) and
     * boundary ({@code <name>-boundary.vtp}) files of one result, without a collection: one time of a
     * transient run.
     *
     * @return the three file names, in that order
     */
    public static List<String> writeFields(Path dir, String name, SteadyResult r, boolean compress) throws IOException {
        return writeFields(dir, name, r, compress, false);
    }

    /** As {@link #writeFields(Path, String, SteadyResult, boolean)}, the volume as {@code .vtu} when asked. */
    public static List<String> writeFields(Path dir, String name, SteadyResult r, boolean compress, boolean unstructured)
            throws IOException {
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
        FieldData names = names(r).add("units", List.of("T: K", "k: W/(m K)", "material: id, see material_names",
                "region: id, see region_names", "grain: id, see grain_names (0: no grain)", "source: W/m^3",
                "heat_flux: W/m^2"));
        List<String> files = new ArrayList<>();
        String volume;
        if (m.activeCellCount() == n && !unstructured) {
            volume = name + ".vtr";
            new RectilinearGridWriter(x, y, z).compression(c).fieldData(names).write(dir.resolve(volume), arrays);
        } else {
            volume = name + ".vtu";
            int[] active = new int[m.activeCellCount()];
            for (int cell = 0, q = 0; cell < n; cell++) if (m.isActive(cell)) active[q++] = cell;
            List<VtkArray> selected = new ArrayList<>();
            for (VtkArray a : arrays) selected.add(a.select(active));
            // meshio, the reason to ask for a .vtu, reads numeric field data only: the names as "region:<name>" = id
            new UnstructuredGridWriter(x, y, z).compression(c).fieldData(unstructured ? names.numericOnly() : names).write(dir.resolve(volume), active, selected);
        }
        files.add(volume);
        String faces = name + "-interfaces.vtp";
        writeFaces(dir.resolve(faces), r, x, y, z, c);
        files.add(faces);
        String boundary = name + "-boundary.vtp";
        writeBoundary(dir.resolve(boundary), r, x, y, z, c);
        files.add(boundary);
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
        double[] tA = new double[count];
        double[] tB = new double[count];
        double[] fluxAB = new double[count];
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
            areas[q] = m.area(f);
            normalFlux[q] = r.faceFlow(f) / areas[q];
            // +1 when the owner (the −axis side) is side A
            int sign = f < gbStart ? (m.region(owner) == r.pairSideA(m.interfacePair(f)) ? 1 : -1)
                    : (m.grain(owner) < m.grain(m.neighbour(f)) ? 1 : -1);
            tA[q] = sign > 0 ? t[0] : t[1];
            tB[q] = sign > 0 ? t[1] : t[0];
            jump[q] = tA[q] - tB[q];
            fluxAB[q] = sign * normalFlux[q];
            resistance[q] = r.faceResistance(f);
            kind[q] = f < gbStart ? 1 : 2;
            pair[q] = f < gbStart ? m.interfacePair(f) : -1;
        }
        FieldData names = names(r).add("units", List.of("T_minus: K", "T_plus: K", "T_A: K", "T_B: K", "jump: K",
                        "normal_flux: W/m^2 along +axis", "flux_A_to_B: W/m^2", "area: m^2", "R: m^2 K/W",
                        "kind: id, see kind_names", "pair: id, see pair_names (-1: grain boundary)"))
                .add("kind_names", List.of("bulk", "interface", "grain boundary"))
                .add("jump_convention", JUMP_CONVENTION);
        new PolyDataWriter().compression(c).fieldData(names).write(file, corners, List.of(VtkArray.scalars("T_minus", minus),
                VtkArray.scalars("T_plus", plus), VtkArray.scalars("T_A", tA), VtkArray.scalars("T_B", tB),
                VtkArray.scalars("jump", jump), VtkArray.scalars("normal_flux", normalFlux),
                VtkArray.scalars("flux_A_to_B", fluxAB), VtkArray.scalars("area", areas),
                VtkArray.scalars("R", resistance), VtkArray.scalars("kind", kind), VtkArray.scalars("pair", pair)));
    }

    /**
     * The boundary faces: surface temperature, heat entering, and the smallest patch holding each face
     * (a power-map block rather than the layer's top, the layer's top rather than zmax).
     */
    private static void writeBoundary(Path file, SteadyResult r, double[] x, double[] y, double[] z, VtkCompression c)
            throws IOException {
        Mesh m = r.mesh();
        int from = m.faceStart(FaceClass.BOUNDARY);
        int count = m.faceEnd(FaceClass.BOUNDARY) - from;
        int[] patch = new int[count];
        java.util.Arrays.fill(patch, -1);
        List<String> patchNames = m.patchNames();
        for (int p = 0; p < patchNames.size(); p++) {
            for (int i = 0; i < m.patchFaceCount(p); i++) {
                int b = m.patchFace(p, i) - from;
                if (patch[b] < 0 || m.patchFaceCount(p) < m.patchFaceCount(patch[b])) patch[b] = p;
            }
        }
        double[] corners = new double[12 * count];
        double[] surface = new double[count];
        double[] heatIn = new double[count];
        for (int q = 0; q < count; q++) {
            int f = from + q;
            int a = m.axis(f);
            int owner = m.owner(f);
            int[] idx = {m.cellIndex(owner, 0), m.cellIndex(owner, 1), m.cellIndex(owner, 2)};
            if (m.normalSign(f) > 0) idx[a]++; // the face on the owner's +axis side
            PolyDataWriter.gridFace(x, y, z, a, idx[0], idx[1], idx[2], corners, q);
            surface[q] = r.surfaceTemperature(f);
            heatIn[q] = -r.boundaryOutflow(f) / m.area(f);
        }
        FieldData names = new FieldData().add("units", List.of("T_surface: K", "heat_in: W/m^2 entering the body (negative: leaving)",
                "patch: id, see patch_names (-1: in no patch)")).add("patch_names", patchNames);
        new PolyDataWriter().compression(c).fieldData(names).write(file, corners, List.of(VtkArray.scalars("T_surface", surface),
                VtkArray.scalars("heat_in", heatIn), VtkArray.scalars("patch", patch)));
    }

    /** The names behind the integer ids of the cell arrays. */
    static FieldData names(SteadyResult r) {
        Mesh m = r.mesh();
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < m.regionCount(); i++) regions.add(m.regionName(i));
        List<String> materials = new ArrayList<>();
        for (int i = 0; i < m.materialCount(); i++) materials.add(m.materialName(i));
        List<String> pairs = new ArrayList<>();
        for (int p = 0; p < m.interfacePairCount(); p++) {
            int a = r.pairSideA(p);
            org.kapitza.mesh.InterfacePair info = m.interfacePairInfo(p);
            int b = a == info.regionA() ? info.regionB() : info.regionA();
            String label = r.pairLabel(p);
            String sides = m.regionName(a) + "|" + m.regionName(b);
            pairs.add(label.equals(sides) ? sides : label + " (" + sides + ")");
        }
        String[] grains = new String[m.grainIdCount()];
        if (grains.length > 0) grains[0] = "none";
        for (int cell = 0; cell < m.cellCount(); cell++) {
            int g = m.grain(cell);
            if (g > 0 && g < grains.length && grains[g] == null && m.region(cell) >= 0) grains[g] = m.regionName(m.region(cell)) + " grain " + g;
        }
        for (int g = 1; g < grains.length; g++) if (grains[g] == null) grains[g] = "grain " + g;
        FieldData out = new FieldData().add("region_names", regions).add("material_names", materials)
                .add("grain_names", List.of(grains)).add("pair_names", pairs);
        for (int i = 0; i < regions.size(); i++) out.addId("region:" + regions.get(i), i);
        for (int i = 0; i < materials.size(); i++) out.addId("material:" + materials.get(i), i);
        for (int i = 0; i < pairs.size(); i++) out.addId("pair:" + pairs.get(i), i);
        return out;
    }
}
