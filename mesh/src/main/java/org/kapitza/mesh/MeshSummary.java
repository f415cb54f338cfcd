package org.kapitza.mesh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts, areas and memory of a mesh, as data and as text.
 *
 * @param dimension       1, 2 or 3
 * @param gridCells       cells along x, y, z
 * @param cells           grid cells, active or not
 * @param activeCells     cells inside the geometry
 * @param facesByClass    number of faces of each {@link FaceClass}, by ordinal
 * @param interfaces      each pair of touching regions with its area
 * @param grains          number of distinct grains present in active cells
 * @param grainPairs      each pair of touching grains with its boundary area (staircase area, m²)
 * @param patches         each patch with its face count and area
 * @param memoryBytes     bytes held by the mesh arrays
 * @param bytesPerCell    memoryBytes / cells
 * @param boundsMin       lower corner of the active cells (m)
 * @param boundsMax       upper corner of the active cells (m)
 */
public record MeshSummary(int dimension, int[] gridCells, int cells, int activeCells, int[] facesByClass,
                          List<InterfaceArea> interfaces, int grains, List<GrainPairArea> grainPairs,
                          List<PatchInfo> patches, long memoryBytes, double bytesPerCell, double[] boundsMin,
                          double[] boundsMax) {

    /** Area of the interface between two regions. */
    public record InterfaceArea(String regionA, String regionB, String materialA, String materialB, int faces,
                                double area) {
    }

    /** Area of the boundary between two grains (grainA &lt; grainB). */
    public record GrainPairArea(int grainA, int grainB, double area) {
    }

    /** A boundary patch. */
    public record PatchInfo(String name, int faces, double area) {
    }

    /** Total grain-boundary area (m², staircase faces as they are). */
    public double grainBoundaryArea() {
        double s = 0;
        for (GrainPairArea g : grainPairs) s += g.area();
        return s;
    }

    public int faces(FaceClass c) {
        return facesByClass[c.ordinal()];
    }

    static MeshSummary of(Mesh mesh) {
        int[] byClass = new int[4];
        for (FaceClass c : FaceClass.values()) byClass[c.ordinal()] = mesh.faceCount(c);

        int np = mesh.interfacePairCount();
        double[] pairArea = new double[np];
        int[] pairFaces = new int[np];
        for (int f = mesh.faceStart(FaceClass.INTERFACE); f < mesh.faceEnd(FaceClass.INTERFACE); f++) {
            int p = mesh.interfacePair(f);
            pairArea[p] += mesh.area(f);
            pairFaces[p]++;
        }
        List<InterfaceArea> interfaces = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            InterfacePair ip = mesh.interfacePairInfo(p);
            interfaces.add(new InterfaceArea(mesh.regionName(ip.regionA()), mesh.regionName(ip.regionB()),
                    mesh.materialName(mesh.regionMaterial(ip.regionA())),
                    mesh.materialName(mesh.regionMaterial(ip.regionB())), pairFaces[p], pairArea[p]));
        }

        Map<Long, double[]> gb = new HashMap<>();
        for (int f = mesh.faceStart(FaceClass.GRAIN_BOUNDARY); f < mesh.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
            int a = mesh.grain(mesh.owner(f));
            int b = mesh.grain(mesh.neighbour(f));
            long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
            gb.computeIfAbsent(key, k -> new double[1])[0] += mesh.area(f);
        }
        List<GrainPairArea> grainPairs = new ArrayList<>(gb.size());
        gb.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> grainPairs.add(
                new GrainPairArea((int) (e.getKey() >>> 32), (int) (e.getKey() & 0xffffffffL), e.getValue()[0])));

        boolean[] seen = new boolean[mesh.grainIdCount()];
        int grains = 0;
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        RectilinearGrid g = mesh.grid();
        for (int c = 0; c < mesh.cellCount(); c++) {
            if (!mesh.isActive(c)) continue;
            int gr = mesh.grain(c);
            if (gr > 0 && !seen[gr]) {
                seen[gr] = true;
                grains++;
            }
            for (int a = 0; a < 3; a++) {
                int idx = mesh.cellIndex(c, a);
                lo[a] = Math.min(lo[a], g.node(a, idx));
                hi[a] = Math.max(hi[a], g.node(a, idx + 1));
            }
        }
        List<PatchInfo> patches = new ArrayList<>();
        List<String> names = mesh.patchNames();
        for (int p = 0; p < names.size(); p++) {
            patches.add(new PatchInfo(names.get(p), mesh.patchFaceCount(p), mesh.patchArea(p)));
        }
        return new MeshSummary(g.dimension(), new int[] {g.nx(), g.ny(), g.nz()}, mesh.cellCount(),
                mesh.activeCellCount(), byClass, List.copyOf(interfaces), grains, List.copyOf(grainPairs),
                List.copyOf(patches), mesh.memoryBytes(), mesh.bytesPerCell(), lo, hi);
    }

    /** A human-readable summary: counts, interface areas, patches, memory. */
    public String format() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Mesh: %dD grid %d x %d x %d = %,d cells, %,d active%n", dimension,
                gridCells[0], gridCells[1], gridCells[2], cells, activeCells));
        s.append(String.format(Locale.ROOT, "  bounding box  [%s, %s] x [%s, %s] x [%s, %s] m%n",
                num(boundsMin[0]), num(boundsMax[0]), num(boundsMin[1]), num(boundsMax[1]), num(boundsMin[2]),
                num(boundsMax[2])));
        s.append(String.format(Locale.ROOT, "  faces         %,d bulk, %,d interface, %,d grain boundary, %,d boundary%n",
                facesByClass[0], facesByClass[1], facesByClass[2], facesByClass[3]));
        s.append(String.format(Locale.ROOT, "  memory        %,d bytes, %.1f bytes/cell%n", memoryBytes, bytesPerCell));
        if (!interfaces.isEmpty()) {
            s.append("  interfaces\n");
            for (InterfaceArea i : interfaces) {
                s.append(String.format(Locale.ROOT, "    %-32s %-24s %,10d faces  %s m²%n",
                        i.regionA() + " | " + i.regionB(), i.materialA() + " | " + i.materialB(), i.faces(),
                        num(i.area())));
            }
        }
        if (grains > 0) {
            s.append(String.format(Locale.ROOT, "  grains        %,d grains, %,d touching pairs, boundary area %s m²%n",
                    grains, grainPairs.size(), num(grainBoundaryArea())));
        }
        s.append("  patches\n");
        for (PatchInfo p : patches) {
            if (p.faces() == 0) continue;
            s.append(String.format(Locale.ROOT, "    %-32s %,10d faces  %s m²%n", p.name(), p.faces(), num(p.area())));
        }
        return s.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
