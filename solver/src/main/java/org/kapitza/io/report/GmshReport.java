package org.kapitza.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kapitza.fv.SteadyResult;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.poly.PolyResult;

/**
 * What a steady run on a Gmsh mesh reports, in the table and in {@code summary.json}: the grid report's
 * region, interface and patch records, and the unstructured mesh's own figures (cell types,
 * non-orthogonality).
 */
public record GmshReport(String name, String description, MeshInfo mesh, List<SteadyResult.RegionStats> regions,
                         List<SteadyResult.InterfaceStats> interfaces, GrainBoundaries grainBoundaries,
                         List<SteadyResult.PatchFlow> patches, Hotspot hotspot, EnergyBalance energyBalance, Solve solve,
                         Timing timing, List<String> warnings, List<String> notes, List<String> files) {

    /**
     * @param file                 the Gmsh file
     * @param cellTypes            count of each cell type
     * @param maxNonOrthogonality  largest angle between a face normal and the line joining its two centroids (degrees)
     * @param meanNonOrthogonality its area-weighted mean (degrees)
     */
    public record MeshInfo(String file, int cells, int nodes, List<String> cellTypes, int bulkFaces, int interfaceFaces,
                           int grainBoundaryFaces, int boundaryFaces, int grains, double maxNonOrthogonality,
                           double meanNonOrthogonality, double meshBytesPerCell, double solverBytesPerCell) {
    }

    /** All grain-boundary faces: count, area (m²), heat crossing them (W, Σ|Q|), area-mean |jump| (K). */
    public record GrainBoundaries(int faces, double area, double heatCrossing, double meanJump) {
    }

    /** The hottest cell. */
    public record Hotspot(double temperature, String region, double x, double y, double z) {
    }

    /** Heat in through boundaries and from sources (W), and |their sum| relative to the heat through the body. */
    public record EnergyBalance(double heatIn, double sources, double relativeImbalance) {
    }

    /** Outer (Picard and non-orthogonal correction) and CG iterations. */
    public record Solve(String method, String preconditioner, int outerIterations, int linearIterations, double lastChange) {
    }

    public record Timing(double readSeconds, double solveSeconds, double multigridSetupSeconds, double outputSeconds) {
    }

    public static GmshReport of(String name, String description, String file, PolyResult r, String preconditioner,
                                double readSeconds, double outputSeconds, List<String> warnings, List<String> notes, List<String> files) {
        PolyMesh m = r.mesh();
        int[] types = new int[16];
        for (int c = 0; c < m.cellCount(); c++) types[m.cellType(c)]++;
        List<String> typeList = new ArrayList<>();
        String[] names = new String[16];
        names[10] = "tetrahedra";
        names[12] = "hexahedra";
        names[13] = "prisms";
        names[14] = "pyramids";
        for (int t = 0; t < 16; t++) if (types[t] > 0) typeList.add(types[t] + " " + names[t]);
        MeshInfo info = new MeshInfo(file, m.cellCount(), m.nodeCount(), typeList, m.faceCount(FaceClass.BULK),
                m.faceCount(FaceClass.INTERFACE), m.faceCount(FaceClass.GRAIN_BOUNDARY), m.faceCount(FaceClass.BOUNDARY),
                m.grainCount(), m.maxNonOrthogonality(), m.meanNonOrthogonality(), (double) m.memoryBytes() / m.cellCount(),
                (double) r.solverBytes() / m.cellCount());
        double[] g = r.grainBoundaries();
        int h = r.hottestCell();
        double[] e = r.energy();
        double src = 0;
        for (int c = 0; c < m.cellCount(); c++) src += r.source(c);
        return new GmshReport(name, description, info, r.regions(), r.interfaces(),
                new GrainBoundaries((int) g[0], g[1], g[2], g[3]), r.patches(),
                new Hotspot(r.temperature(h), m.regionName(m.region(h)), m.centre(h, 0), m.centre(h, 1), m.centre(h, 2)),
                new EnergyBalance(e[0] - src, src, r.energyImbalance()),
                new Solve("picard with deferred non-orthogonal correction, Anderson-accelerated", preconditioner,
                        r.outerIterations(), r.linearIterations(), r.lastChange()),
                new Timing(readSeconds, r.seconds(), r.setupSeconds(), outputSeconds), warnings, notes, files);
    }

    /** The end-of-run table. */
    public String format() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%n%s — Gmsh mesh %s: %,d cells (%s), %,d nodes%n", name, mesh.file(), mesh.cells(),
                String.join(", ", mesh.cellTypes()), mesh.nodes()));
        s.append(String.format(Locale.ROOT, "  faces: %,d bulk, %,d interface, %,d grain boundary, %,d boundary; non-orthogonality"
                + " max %.1f°, mean %.1f°%n", mesh.bulkFaces(), mesh.interfaceFaces(), mesh.grainBoundaryFaces(), mesh.boundaryFaces(),
                mesh.maxNonOrthogonality(), mesh.meanNonOrthogonality()));
        s.append(String.format(Locale.ROOT, "  %d outer and %d CG iterations (%s), read %.2f s, solve %.2f s%n",
                solve.outerIterations(), solve.linearIterations(), solve.preconditioner(), timing.readSeconds(), timing.solveSeconds()));
        s.append(String.format(Locale.ROOT, "  energy balance: %.4g W in, %.4g W from sources, imbalance %.1e%n",
                energyBalance.heatIn(), energyBalance.sources(), energyBalance.relativeImbalance()));
        s.append(String.format(Locale.ROOT, "%nTemperatures (K)%n  %-20s %-18s %10s %10s %10s%n", "region", "material", "min", "mean", "max"));
        for (SteadyResult.RegionStats g : regions) {
            s.append(String.format(Locale.ROOT, "  %-20s %-18s %10.4f %10.4f %10.4f%n", g.region(), g.material(), g.min(), g.mean(), g.max()));
        }
        s.append(String.format(Locale.ROOT, "  hottest %.4f K in %s at (%.4g, %.4g, %.4g) m%n", hotspot.temperature(), hotspot.region(),
                hotspot.x(), hotspot.y(), hotspot.z()));
        if (!interfaces.isEmpty()) {
            s.append(String.format(Locale.ROOT, "%nInterfaces%n  %-30s %11s %11s %10s %10s %11s%n", "interface", "area m²", "Q W",
                    "mean ΔT K", "max ΔT K", "R·A m²K/W"));
            for (SteadyResult.InterfaceStats i : interfaces) {
                s.append(String.format(Locale.ROOT, "  %-30s %11.4g %11.4g %10.4g %10.4g %11s%n", i.name(), i.area(), i.heatFlow(),
                        i.meanJump(), i.maxJump(), ReportTable.cell(i.resistanceArea(), "%.4g")));
            }
        }
        if (grainBoundaries.faces() > 0) {
            s.append(String.format(Locale.ROOT, "%nGrain boundaries: %d faces, %.4g m², %.4g W crossing, mean |ΔT| %.4g K%n",
                    grainBoundaries.faces(), grainBoundaries.area(), grainBoundaries.heatCrossing(), grainBoundaries.meanJump()));
        }
        s.append(String.format(Locale.ROOT, "%nPatches%n  %-20s %11s %12s%n", "patch", "area m²", "Q out W"));
        for (SteadyResult.PatchFlow p : patches) {
            s.append(String.format(Locale.ROOT, "  %-20s %11.4g %12.5g%n", p.patch(), p.area(), p.outflow()));
        }
        for (String w : warnings) s.append("warning: ").append(w).append(System.lineSeparator());
        for (String n : notes) s.append("note: ").append(n).append(System.lineSeparator());
        return s.toString();
    }
}
