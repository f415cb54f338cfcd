package org.kapitza.io.casefile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kapitza.Suggest;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.GrainBoundaryRule;
import org.kapitza.fv.InterfaceRule;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.MeshException;
import org.kapitza.mesh.gmsh.GmshFile;
import org.kapitza.mesh.gmsh.GmshReader;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.mesh.poly.PolyMeshBuilder;
import org.kapitza.source.Source;

/**
 * Turns a case file whose mesh is a Gmsh file ({@code mesh: {gmsh: part.msh, scale: 1e-3, regions: [...]}})
 * into a {@link GmshCase}. Materials, interface and grain-boundary models, boundary conditions and
 * settings are built by {@link CaseBuilder}'s own methods, so every key means what it means for grids;
 * names are checked against the Gmsh mesh: regions are groups of physical volumes, patches are physical
 * surfaces.
 */
public final class GmshCaseBuilder {
    private final CaseFileReader.Located<CaseFile> at;
    private final CaseFile cf;
    private final CaseBuilder base;
    private final List<String> warnings = new ArrayList<>();

    public GmshCaseBuilder(CaseFileReader.Located<CaseFile> located, Libraries libraries, long memoryLimit) {
        this.at = located;
        this.cf = located.value();
        this.base = new CaseBuilder(located, libraries, memoryLimit);
    }

    public GmshCase build() {
        CaseFile.Mesh m = cf.mesh();
        if (m.stack() != null || m.grid() != null || m.polycrystals() != null) {
            throw at.error("mesh", "'gmsh' is the whole mesh: leave out 'stack', 'grid' and 'polycrystals' (a Gmsh polycrystal is"
                    + " a region of several physical volumes)");
        }
        if (cf.transientRun() != null) throw at.error("transient", "transient runs on Gmsh meshes are not supported yet; solve the steady state");
        base.defineMaterials();
        long t0 = System.nanoTime();
        PolyMesh mesh = readMesh(m);
        double readSeconds = (System.nanoTime() - t0) * 1e-9;
        ThermalProblem problem = new ThermalProblem(null, base.library());
        for (int r = 0; r < mesh.regionCount(); r++) {
            String mat = mesh.materialName(mesh.regionMaterial(r));
            if (!base.library().contains(mat)) {
                throw at.error("mesh.regions[" + r + "].material", "no material named '" + mat + "'"
                        + Suggest.didYouMean(mat, base.library().all().keySet()) + "; define it under materials or use a built-in one");
            }
        }
        addInterfaces(problem, mesh);
        addGrainBoundaries(problem, mesh);
        addBoundaries(problem, mesh);
        addSources(problem, mesh);
        SolverSettings solver = base.solverSettings(problem);
        Case.OutputSettings output = base.outputSettings();
        if (output.lineFrom() != null) throw at.error("output.line", "profiles are drawn on grids only");
        if (output.effectiveBetween() != null) throw at.error("output.effective_conductivity", "is computed on grids only");
        return new GmshCase(cf.name(), cf.description(), mesh, problem, solver, output, at.path(), meshPath(m),
                base.predicted.notes(), warnings, readSeconds);
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

    private void addInterfaces(ThermalProblem problem, PolyMesh mesh) {
        if (cf.interfaces() == null) return;
        for (int i = 0; i < cf.interfaces().size(); i++) {
            ModelSpec s = cf.interfaces().get(i);
            String path = "interfaces[" + i + "]";
            if (s.region() != null || s.staircase() != null) {
                throw at.error(path, "'region' and 'staircase' belong to grain_boundaries entries, not to interfaces");
            }
            if (s instanceof ModelSpec.Distribution) throw at.error(path + ".model", "'distribution' applies to grain boundaries only");
            if ((s.between() == null) == (s.materials() == null)) {
                throw at.error(path, "give either 'between: [region, region]' or 'materials: [material, material]'");
            }
            boolean regions = s.between() != null;
            String key = regions ? "between" : "materials";
            List<String> two = regions ? s.between() : s.materials();
            if (two.size() != 2) throw at.error(path + "." + key, "needs two names, got " + two.size() + " " + two);
            checkTouching(mesh, two.get(0), two.get(1), regions, path + "." + key);
            InterfaceModel model = base.model(s, path, PredictedModels.Place.INTERFACE, false);
            base.predicted.check(s, path, List.<PredictedModels.Side[]>of(regions
                    ? new PredictedModels.Side[] {regionSide(mesh, two.get(0)), regionSide(mesh, two.get(1))}
                    : new PredictedModels.Side[] {new PredictedModels.Side(two.get(0), ""), new PredictedModels.Side(two.get(1), "")}));
            problem.interfaceRule(new InterfaceRule(regions ? InterfaceRule.Kind.REGIONS : InterfaceRule.Kind.MATERIALS,
                    two.get(0), two.get(1), model, s.name()));
        }
    }

    private static PredictedModels.Side regionSide(PolyMesh mesh, String region) {
        return new PredictedModels.Side(mesh.materialName(mesh.regionMaterial(mesh.regionId(region))), "region '" + region + "'");
    }

    private void checkTouching(PolyMesh mesh, String a, String b, boolean regions, String path) {
        List<String> known = new ArrayList<>();
        if (regions) known.addAll(mesh.regionNames());
        else for (int m = 0; m < mesh.materialCount(); m++) known.add(mesh.materialName(m));
        for (String n : List.of(a, b)) {
            if (!known.contains(n)) {
                throw at.error(path, "no " + (regions ? "region" : "material in the mesh") + " named '" + n + "'"
                        + Suggest.didYouMean(n, known) + "; " + (regions ? "regions" : "materials") + " are: " + String.join(", ", known));
            }
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int p = 0; p < mesh.interfacePairCount(); p++) {
            InterfacePair ip = mesh.interfacePairInfo(p);
            String x = regions ? mesh.regionName(ip.regionA()) : mesh.materialName(mesh.regionMaterial(ip.regionA()));
            String y = regions ? mesh.regionName(ip.regionB()) : mesh.materialName(mesh.regionMaterial(ip.regionB()));
            if (x.equals(a) && y.equals(b) || x.equals(b) && y.equals(a)) return;
            pairs.add(x + "|" + y);
        }
        throw at.error(path, "'" + a + "' and '" + b + "' never touch in this mesh, so they have no interface; touching pairs are: "
                + (pairs.isEmpty() ? "none" : String.join(", ", pairs)));
    }

    private void addGrainBoundaries(ThermalProblem problem, PolyMesh mesh) {
        if (cf.grainBoundaries() == null) return;
        Set<String> withGrains = new LinkedHashSet<>();
        for (int f = mesh.faceStart(FaceClass.GRAIN_BOUNDARY); f < mesh.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
            withGrains.add(mesh.regionName(mesh.region(mesh.owner(f))));
        }
        for (int i = 0; i < cf.grainBoundaries().size(); i++) {
            ModelSpec s = cf.grainBoundaries().get(i);
            String path = "grain_boundaries[" + i + "]";
            if (s.between() != null || s.materials() != null) {
                throw at.error(path, "'between' and 'materials' belong to interfaces; a grain-boundary entry names its 'region' (or none, for all)");
            }
            if (s.staircase() != null) {
                throw at.error(path + ".staircase", "conforming grain boundaries of a Gmsh mesh are the true planes; there is no staircase to correct");
            }
            if (s.region() != null && !withGrains.contains(s.region())) {
                throw at.error(path + ".region", (mesh.regionId(s.region()) < 0 ? "no region named '" + s.region() + "'"
                        + Suggest.didYouMean(s.region(), mesh.regionNames()) : "region '" + s.region() + "' has no grain boundaries")
                        + "; regions with grains (several physical volumes under 'volumes') are: "
                        + (withGrains.isEmpty() ? "none" : String.join(", ", withGrains)));
            }
            if (s.region() == null && withGrains.isEmpty()) {
                throw at.error(path, "the mesh has no grain boundaries; give a region several physical volumes under 'volumes'");
            }
            if (s instanceof ModelSpec.Distribution d) {
                problem.grainBoundaryRule(new GrainBoundaryRule(s.region(), null, base.distribution(d, path), false));
            } else {
                InterfaceModel model = base.model(s, path, PredictedModels.Place.GRAIN_BOUNDARY, false);
                List<PredictedModels.Side[]> sides = new ArrayList<>();
                for (String r : withGrains) {
                    if (s.region() != null && !s.region().equals(r)) continue;
                    sides.add(new PredictedModels.Side[] {regionSide(mesh, r), regionSide(mesh, r)});
                }
                base.predicted.check(s, path, sides);
                problem.grainBoundaryRule(new GrainBoundaryRule(s.region(), model, null, false));
            }
        }
    }

    private void addBoundaries(ThermalProblem problem, PolyMesh mesh) {
        if (cf.boundaries() == null) return;
        for (int i = 0; i < cf.boundaries().size(); i++) {
            BoundarySpec s = cf.boundaries().get(i);
            String path = "boundaries[" + i + "]";
            BoundaryCondition bc = base.guard(path, () -> base.condition(s, path));
            if (s.patch().isEmpty()) throw at.error(path + ".patch", "name at least one patch");
            for (int j = 0; j < s.patch().size(); j++) {
                String patch = s.patch().get(j);
                String pp = path + ".patch" + (s.patch().size() > 1 ? "[" + j + "]" : "");
                if (mesh.patchIndex(patch) < 0) {
                    throw at.error(pp, "no patch named '" + patch + "'" + Suggest.didYouMean(patch, mesh.patchNames())
                            + "; the patches (physical surfaces on the boundary) are: " + String.join(", ", mesh.patchNames()));
                }
                problem.boundary(patch, bc);
            }
        }
    }

    private void addSources(ThermalProblem problem, PolyMesh mesh) {
        if (cf.sources() == null) return;
        for (int i = 0; i < cf.sources().size(); i++) {
            SourceSpec s = cf.sources().get(i);
            String path = "sources[" + i + "]";
            if (!(s instanceof SourceSpec.Volumetric v)) throw at.error(path, "a power map needs a layer stack (mesh.stack)");
            if (mesh.regionId(v.region()) < 0) {
                throw at.error(path + ".region", "no region named '" + v.region() + "'" + Suggest.didYouMean(v.region(), mesh.regionNames())
                        + "; regions are: " + String.join(", ", mesh.regionNames()));
            }
            if ((v.density() == null) == (v.power() == null)) throw at.error(path, "give either 'density' (W/m^3) or 'power' (W)");
            problem.source(v.density() != null ? new Source.Density(v.region(), v.density().initial())
                    : new Source.Total(v.region(), v.power().initial()));
        }
    }
}
