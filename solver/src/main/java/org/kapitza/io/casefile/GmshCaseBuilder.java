package org.kapitza.io.casefile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kapitza.Suggest;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.mesh.MeshException;
import org.kapitza.mesh.gmsh.GmshFile;
import org.kapitza.mesh.gmsh.GmshReader;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.mesh.poly.PolyMeshBuilder;

/**
 * Turns a case file whose mesh is a Gmsh file ({@code mesh: {gmsh: part.msh, scale: 1e-3, regions: [...]}})
 * into a {@link GmshCase}. Materials, interface and grain-boundary models, boundary conditions, sources and
 * settings are built by the same section builders as a grid's ({@link CaseBuilder}), so every key means what
 * it means for grids; names are checked against the Gmsh mesh ({@link GmshMeshNames}): regions are groups of
 * physical volumes, patches are physical surfaces.
 */
public final class GmshCaseBuilder {
    private final CaseFileReader.Located<CaseFile> at;
    private final CaseFile cf;
    private final CaseSections sections;

    /** As {@link CaseBuilder#CaseBuilder}; a Gmsh mesh is read whole, so the memory limit is not checked before. */
    public GmshCaseBuilder(CaseFileReader.Located<CaseFile> located, Libraries libraries, long memoryLimit) {
        this.sections = new CaseSections(located, libraries);
        this.at = sections.at;
        this.cf = sections.cf;
    }

    public GmshCase build() {
        CaseFile.Mesh m = cf.mesh();
        if (m.stack() != null || m.grid() != null || m.polycrystals() != null) {
            throw at.error("mesh", "'gmsh' is the whole mesh: leave out 'stack', 'grid' and 'polycrystals' (a Gmsh polycrystal is"
                    + " a region of several physical volumes)");
        }
        if (cf.transientRun() != null) throw at.error("transient", "transient runs on Gmsh meshes are not supported yet; solve the steady state");
        sections.defineMaterials();
        long t0 = System.nanoTime();
        PolyMesh mesh = readMesh(m);
        double readSeconds = (System.nanoTime() - t0) * 1e-9;
        ThermalProblem problem = new ThermalProblem(null, sections.libraries.materials());
        sections.populate(problem, new GmshMeshNames(at, mesh));
        SolverSettings solver = sections.settings.solverSettings(problem);
        Case.OutputSettings output = sections.settings.outputSettings();
        if (output.lineFrom() != null) throw at.error("output.line", "profiles are drawn on grids only");
        if (output.effectiveBetween() != null) throw at.error("output.effective_conductivity", "is computed on grids only");
        return new GmshCase(cf.name(), cf.description(), mesh, problem, solver, output, at.path(), meshPath(m),
                sections.interfaces.predicted.notes(), sections.warnings, readSeconds);
    }

    private Path meshPath(CaseFile.Mesh m) {
        Path dir = at.path().toAbsolutePath().getParent();
        return dir == null ? Path.of(m.gmsh()) : dir.resolve(m.gmsh());
    }

    private PolyMesh readMesh(CaseFile.Mesh m) {
        double scale = m.scale() == null ? 1.0 : m.scale();
        if (!(scale > 0) || !Double.isFinite(scale)) throw at.error("mesh.scale", "must be a positive number (1e-3 for millimetres), got " + scale);
        double depth = m.depth() == null ? 1.0 : m.depth();
        if (!(depth > 0)) throw at.error("mesh.depth", "must be a positive length, got " + depth + " m");
        GmshFile file;
        try {
            file = new GmshReader(scale).read(meshPath(m));
        } catch (MeshException e) {
            throw at.error("mesh.gmsh", e.getMessage());
        }
        if (m.depth() != null && file.dimension() == 3) throw at.error("mesh.depth", "applies to 2D meshes; " + m.gmsh() + " is 3D");
        List<String> groups = new ArrayList<>();
        for (var e : file.physicalNames().entrySet()) if ((int) (e.getKey() >> 32) == file.dimension()) groups.add(e.getValue());
        String kind = file.dimension() == 3 ? "volumes" : "surfaces";
        if (m.regions() == null || m.regions().isEmpty()) {
            throw at.error("mesh.regions", "give every physical " + kind + "' region and material, e.g. regions: [{name: "
                    + (groups.isEmpty() ? "part" : groups.get(0)) + ", material: copper}]; the file's physical " + kind + " are: "
                    + (groups.isEmpty() ? "none" : String.join(", ", groups)));
        }
        List<PolyMeshBuilder.RegionSpec> specs = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < m.regions().size(); i++) {
            CaseFile.GmshRegion r = m.regions().get(i);
            if (!names.add(r.name())) throw at.error("mesh.regions[" + i + "].name", "region '" + r.name() + "' is given twice");
            List<String> vols = r.volumes() == null || r.volumes().isEmpty() ? List.of(r.name()) : r.volumes();
            for (int j = 0; j < vols.size(); j++) {
                if (!groups.contains(vols.get(j))) {
                    String key = r.volumes() == null || r.volumes().isEmpty() ? "mesh.regions[" + i + "].name"
                            : "mesh.regions[" + i + "].volumes[" + j + "]";
                    throw at.error(key, "no physical " + kind.substring(0, kind.length() - 1) + " named '" + vols.get(j) + "' in "
                            + m.gmsh() + Suggest.didYouMean(vols.get(j), groups) + "; it has: "
                            + (groups.isEmpty() ? "none" : String.join(", ", groups))
                            + (r.volumes() == null ? " (name the region's physical " + kind + " under 'volumes')" : ""));
                }
            }
            specs.add(new PolyMeshBuilder.RegionSpec(r.name(), r.material(), vols));
        }
        try {
            return new PolyMeshBuilder(file, depth).build(specs);
        } catch (MeshException e) {
            throw at.error("mesh.gmsh", e.getMessage());
        }
    }
}
