package org.kapitza.io.casefile;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.mesh.Mesh;

/**
 * Turns a bound case file into a {@link Case}, section by section: materials ({@link MaterialDefinitions}),
 * mesh ({@link MeshSection}), interfaces and grain boundaries ({@link InterfaceSection}), boundaries
 * ({@link BoundarySection}), sources ({@link SourceSection}), solver and output ({@link SettingsSection}),
 * a transient run ({@link TransientPlanBuilder}). Every name an entry gives (patch, region, material,
 * which regions touch) is checked once, against the built mesh, by {@link MeshNames}, so each error
 * carries the key path and line of the entry at fault.
 */
public final class CaseBuilder {
    /** Bytes per cell a solve needs, mesh included (mesh ≈ 40, matrix ≈ 100, vectors and face tables ≈ 150). */
    public static final long BYTES_PER_CELL = 300;

    /** Longest case name: output file names add up to 30 characters, and 255 bytes is the usual limit. */
    public static final int MAX_NAME_LENGTH = 100;

    private final CaseSections sections;
    private final MeshSection meshSection;

    /**
     * @param located     the bound case file
     * @param libraries   materials and acoustic data known before the case file's own (built-in and user
     *                    libraries); the case file's materials are added to them
     * @param memoryLimit bytes a solve may use; larger meshes are refused before they are built
     */
    public CaseBuilder(CaseFileReader.Located<CaseFile> located, Libraries libraries, long memoryLimit) {
        this.sections = new CaseSections(located, libraries);
        this.meshSection = new MeshSection(sections.checks, sections.maps, memoryLimit);
    }

    /**
     * Meshes built before, by what determines them ({@link #meshKey}): the points of a parameter study
     * that change only values (R, k, h, powers, temperatures) share one mesh instead of building it again.
     */
    public interface MeshCache {
        /** The mesh for {@code key}: a cached one, or {@code build}'s (which the cache may keep). */
        Mesh get(Object key, java.util.function.Supplier<Mesh> build);
    }

    private MeshCache meshCache;

    /** Takes the mesh from a cache when an equal key was built before (a mesh is never changed once built). */
    public CaseBuilder withMeshCache(MeshCache cache) {
        this.meshCache = cache;
        return this;
    }

    /**
     * What the mesh of a case depends on, as a value with {@code equals}: the {@code mesh} section and the
     * geometry of power-map blocks (grid lines snap to their edges), not materials' values, interfaces,
     * boundaries or powers.
     */
    public static Object meshKey(CaseFile cf) {
        List<Object> blocks = new ArrayList<>();
        if (cf.sources() != null) {
            for (SourceSpec s : cf.sources()) {
                if (!(s instanceof SourceSpec.PowerMap pm)) continue;
                blocks.add(pm.surface());
                for (SourceSpec.Block b : pm.blocks()) blocks.add(List.of(String.valueOf(b.name()), String.valueOf(b.x()),
                        String.valueOf(b.y())));
            }
        }
        return List.of(cf.mesh(), blocks);
    }

    /** Builds everything; the mesh only after its size has been checked against the memory limit. */
    public Case build() {
        CaseFile cf = sections.cf;
        CaseFileReader.Located<CaseFile> at = sections.at;
        sections.settings.checkName(cf.name());
        sections.defineMaterials();
        Mesh mesh = meshCache == null ? meshSection.build() : meshCache.get(meshKey(cf), meshSection::build);
        GridMeshNames names = new GridMeshNames(at, mesh, sections.warnings);
        ThermalProblem problem = new ThermalProblem(mesh, sections.libraries.materials());
        sections.populate(problem, names);
        SolverSettings solver = sections.settings.solverSettings(problem);
        Case.TransientPlan plan = cf.transientRun() == null ? null
                : new TransientPlanBuilder(at).build(problem, solver, names::regionPath);
        Case.OutputSettings output = sections.settings.outputSettings();
        sections.settings.checkOutput(output, mesh);
        return new Case(cf.name(), cf.description(), mesh, problem, solver, output, at.path(),
                sections.interfaces.predicted.notes(), plan, sections.warnings, cf.mesh().stack() != null);
    }

    /**
     * The multi-temperature problem of the case file's {@code multi_temperature} section on the problem
     * {@link #build} made, or null when there is none ({@link MultiTemperatureBuilder}).
     */
    public org.kapitza.multitemp.MultiTemperatureProblem multiTemperature(Case kase) {
        if (sections.cf.multiTemperature() == null) return null;
        return new MultiTemperatureBuilder(sections.at, (s, path) -> sections.interfaces.model(s, path, PredictedModels.Place.INTERFACE, true),
                sections.interfaces.predicted).build(sections.cf.multiTemperature(), kase);
    }
}
