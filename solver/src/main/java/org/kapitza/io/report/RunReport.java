package org.kapitza.io.report;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.SteadyResult;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshSummary;

/**
 * Everything the end-of-run table shows, as data: written to {@code summary.json} for scripts.
 * Temperatures in K, heat in W, areas in m², resistances in K/W unless named otherwise. {@code notes} say
 * what a reader must know about the models used (the cutoff convention of each predicted interface model).
 * {@code materialPairs} holds the totals of each material pair that two or more region pairs share (empty
 * when none is shared). {@code interfaces} are those the case declares (a contact no rule names is a perfect
 * contact, not listed). {@code blocks} are the floorplan blocks' temperatures; {@code budget} the resistance
 * budget of a 3D layer stack with one ambient temperature (null otherwise).
 */
public record RunReport(String name, String description, MeshInfo mesh, List<SteadyResult.RegionStats> regions,
                        List<SteadyResult.InterfaceStats> interfaces, List<SteadyResult.MaterialPairStats> materialPairs,
                        List<SteadyResult.GrainBoundaryStats> grainBoundaries, List<SteadyResult.PatchFlow> patches,
                        List<LayerReport> layers, Hotspot hotspot, SteadyResult.EnergyBalance energyBalance, Solve solve,
                        Timing timing, EffectiveConductivity effectiveConductivity, List<String> warnings, List<String> notes,
                        List<String> files, List<BlockReport> blocks, ResistanceBudget budget) {

    /** Size of the mesh and of the solve. */
    public record MeshInfo(int dimension, int[] gridCells, int cells, int activeCells, int bulkFaces, int interfaceFaces,
                           int grainBoundaryFaces, int boundaryFaces, int grains, double meshBytesPerCell,
                           double solverBytesPerActiveCell) {
    }

    /** The hottest cell: the junction temperature of a chip package. */
    public record Hotspot(double temperature, String region, double x, double y, double z) {
    }

    /** How the solve went. */
    public record Solve(String nonlinearMethod, String preconditioner, int nonlinearIterations, int linearIterations) {
    }

    /** Wall-clock seconds per phase. */
    public record Timing(double mesh, double setup, double solve, double output) {
    }

    /**
     * This report with the output phase's seconds and the final list of files: the numbers are computed once,
     * before the files that show them are written, and only these two fields are known after.
     */
    public RunReport withOutput(double outputSeconds, List<String> writtenFiles) {
        Timing t = new Timing(timing.mesh(), timing.setup(), timing.solve(), outputSeconds);
        return new RunReport(name, description, mesh, regions, interfaces, materialPairs, grainBoundaries, patches, layers,
                hotspot, energyBalance, solve, t, effectiveConductivity, warnings, notes, List.copyOf(writtenFiles), blocks,
                budget);
    }

    /**
     * Builds the report of a solved case.
     *
     * @param layerStack whether the mesh is a layer stack: only then are its regions layers with a per-layer
     *                   resistance (a grid's regions need not be stacked along z)
     */
    public static RunReport of(String name, String description, SteadyResult r, MeshSummary ms, boolean layerStack,
                               String method, String preconditioner, double meshSeconds, double outputSeconds,
                               EffectiveConductivity effective, List<String> notes, List<String> files) {
        return of(name, description, r, ms, layerStack, method, preconditioner, meshSeconds, outputSeconds, effective, notes,
                files, Double.NaN, null);
    }

    /**
     * The same with a resistance budget when the mesh is a layer stack.
     *
     * @param ambient     the one temperature of the heat sinks (K), NaN when there is none
     * @param caseSurface the case surface of θ_JC ({@code <layer>.top|bottom}), or null
     */
    public static RunReport of(String name, String description, SteadyResult r, MeshSummary ms, boolean layerStack,
                               String method, String preconditioner, double meshSeconds, double outputSeconds,
                               EffectiveConductivity effective, List<String> notes, List<String> files, double ambient,
                               String caseSurface) {
        Mesh m = r.mesh();
        MeshInfo info = new MeshInfo(ms.dimension(), ms.gridCells(), ms.cells(), ms.activeCells(), ms.faces(FaceClass.BULK),
                ms.faces(FaceClass.INTERFACE), ms.faces(FaceClass.GRAIN_BOUNDARY), ms.faces(FaceClass.BOUNDARY), ms.grains(),
                ms.bytesPerCell(), (double) r.solverMemoryBytes() / ms.activeCells());
        int hottest = -1;
        for (int c = 0; c < m.cellCount(); c++) {
            if (m.isActive(c) && (hottest < 0 || r.temperature(c) > r.temperature(hottest))) hottest = c;
        }
        Hotspot hot = new Hotspot(r.temperature(hottest), m.regionName(m.region(hottest)), m.centre(hottest, 0),
                m.centre(hottest, 1), m.centre(hottest, 2));
        List<LayerReport> layers = layerStack && m.grid().dimension() == 3 ? LayerReport.of(r) : List.of();
        List<SteadyResult.InterfaceStats> interfaces = r.interfaces();
        List<SteadyResult.InterfaceStats> declared = r.declaredInterfaces();
        java.util.Set<String> declaredPairs = new java.util.HashSet<>();
        for (SteadyResult.InterfaceStats i : declared) declaredPairs.add(i.regionA() + "|" + i.regionB());
        ResistanceBudget budget = layerStack ? ResistanceBudget.of(r, ambient, caseSurface, declaredPairs) : null;
        return new RunReport(name, description, info, r.regions(), declared, r.materialPairs(interfaces), r.grainBoundaries(), r.patches(), layers, hot,
                r.energyBalance(), new Solve(method, preconditioner, r.picardIterations(), r.linearIterations()),
                new Timing(meshSeconds, r.setupSeconds(), r.solveSeconds(), outputSeconds), effective, r.warnings(),
                List.copyOf(notes), new ArrayList<>(files), BlockReport.of(r), budget);
    }
}
