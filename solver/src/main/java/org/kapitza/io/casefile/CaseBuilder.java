package org.kapitza.io.casefile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.kapitza.InputException;
import org.kapitza.Suggest;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.boundary.ScalarField;
import org.kapitza.fv.GrainBoundaryRule;
import org.kapitza.fv.InterfaceRule;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.ContactConductance;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.interfaces.OneWayFluxInterface;
import org.kapitza.interfaces.PowerLawResistance;
import org.kapitza.interfaces.ResistanceDistribution;
import org.kapitza.interfaces.SeriesResistance;
import org.kapitza.interfaces.ThinLayer;
import org.kapitza.material.AnisotropicConductivity;
import org.kapitza.material.Conductivity;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.material.PowerLawConductivity;
import org.kapitza.material.TabulatedConductivity;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.GrainStructure;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.MeshException;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.mesh.RegularGrains;
import org.kapitza.mesh.Shape;
import org.kapitza.mesh.Side;
import org.kapitza.mesh.VoronoiGrains;
import org.kapitza.mesh.stack.FloorplanBlock;
import org.kapitza.mesh.stack.Footprint;
import org.kapitza.mesh.stack.Layer;
import org.kapitza.mesh.stack.LayerStack;
import org.kapitza.phonon.SpinTwoChannel;
import org.kapitza.phonon.SpinTwoChannelInterface;
import org.kapitza.source.Source;

/**
 * Turns a bound case file into a {@link Case}: materials, mesh, problem, settings. Everything that can
 * be checked against the mesh (patch, region and material names, which regions touch) is checked here,
 * so each error carries the key path of the entry at fault.
 */
public final class CaseBuilder {
    /** Bytes per cell a solve needs, mesh included (mesh ≈ 40, matrix ≈ 100, vectors and face tables ≈ 150). */
    public static final long BYTES_PER_CELL = 300;

    private final CaseFileReader.Located<CaseFile> at;
    private final CaseFile cf;
    private final Libraries libraries;
    private final MaterialLibrary library;
    final PredictedModels predicted;
    private final long memoryLimit;
    /** Active cells of each mesh region, once the mesh is built. */
    private int[] regionCells;
    private final List<String> warnings = new ArrayList<>();
    /** The blocks of each power map (by index in sources), resolved once: listed or read from a floorplan file. */
    private final java.util.Map<Integer, List<SourceSpec.Block>> mapBlocks = new java.util.HashMap<>();

    /**
     * @param located     the bound case file
     * @param libraries   materials and acoustic data known before the case file's own (built-in and user
     *                    libraries); the case file's materials are added to them
     * @param memoryLimit bytes a solve may use; larger meshes are refused before they are built
     */
    public CaseBuilder(CaseFileReader.Located<CaseFile> located, Libraries libraries, long memoryLimit) {
        this.at = located;
        this.cf = located.caseFile();
        this.libraries = libraries;
        this.library = libraries.materials();
        this.predicted = new PredictedModels(located, libraries.acoustic());
        this.memoryLimit = memoryLimit;
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
        checkName(cf.name());
        defineMaterials();
        Mesh mesh = meshCache == null ? buildMesh() : meshCache.get(meshKey(cf), this::buildMesh);
        countRegionCells(mesh);
        ThermalProblem problem = new ThermalProblem(mesh, library);
        checkMaterialsExist(mesh);
        addInterfaces(problem, mesh);
        addGrainBoundaries(problem, mesh);
        addBoundaries(problem, mesh);
        addSources(problem, mesh);
        SolverSettings solver = solverSettings(problem);
        Case.TransientPlan plan = cf.transientRun() == null ? null
                : new TransientPlanBuilder(at).build(problem, solver, this::regionPath);
        Case.OutputSettings output = outputSettings();
        if (output.lineFrom() != null) checkLine(mesh, output.lineFrom(), output.lineTo());
        if (output.effectiveBetween() != null) {
            for (int i = 0; i < 2; i++) {
                String patch = output.effectiveBetween().get(i);
                int p = mesh.patchIndex(patch);
                if (p < 0 || mesh.patchFaceCount(p) == 0) {
                    throw at.error("output.effective_conductivity.between[" + i + "]", "no patch with faces named '" + patch + "'"
                            + Suggest.didYouMean(patch, mesh.patchNames()));
                }
            }
        }
        return new Case(cf.name(), cf.description(), mesh, problem, solver, output, at.path(), predicted.notes(), plan,
                warnings, cf.mesh().stack() != null);
    }

    /**
     * The multi-temperature problem of the case file's {@code multi_temperature} section on the problem
     * {@link #build} made, or null when there is none ({@link MultiTemperatureBuilder}).
     */
    public org.kapitza.multitemp.MultiTemperatureProblem multiTemperature(Case kase) {
        if (cf.multiTemperature() == null) return null;
        return new MultiTemperatureBuilder(at, (s, path) -> model(s, path, PredictedModels.Place.INTERFACE, true), predicted)
                .build(cf.multiTemperature(), kase);
    }

    // ---- regions without cells ---------------------------------------------------------------------

    /** Counts each region's cells and warns of every region that receives none. */
    private void countRegionCells(Mesh mesh) {
        regionCells = new int[mesh.regionCount()];
        for (int c = 0; c < mesh.cellCount(); c++) if (mesh.isActive(c)) regionCells[mesh.region(c)]++;
        for (int r = 0; r < mesh.regionCount(); r++) {
            if (regionCells[r] == 0) warnings.add(noCells(mesh, mesh.regionName(r), ", so it takes no part in the solve"));
        }
    }

    /**
     * The id of the region or layer {@code name}; an error at {@code path} naming the regions there are
     * (and the likeliest one meant) when there is none.
     */
    static int requireRegion(Mesh mesh, String name, CaseFileReader.Located<?> at, String path) {
        int id = mesh.regionId(name);
        if (id >= 0) return id;
        List<String> known = new ArrayList<>();
        for (int r = 0; r < mesh.regionCount(); r++) known.add(mesh.regionName(r));
        throw at.error(path, "no region or layer named '" + name + "'" + Suggest.didYouMean(name, known)
                + "; regions are: " + String.join(", ", known));
    }

    private boolean hasNoCells(Mesh mesh, String region) {
        int id = mesh.regionId(region);
        return id >= 0 && regionCells[id] == 0;
    }

    /**
     * Why a region has no cells: a region gets the cells whose centres lie inside its shape, unless a later
     * region paints over them, so a shape thinner than a cell between two cell centres gets none.
     */
    private String noCells(Mesh mesh, String region, String consequence) {
        String path = regionPath(region);
        String shape = "its shape";
        if (cf.mesh().grid() != null) {
            for (CaseFile.RegionSpec r : cf.mesh().grid().regions()) {
                if (!r.name().equals(region)) continue;
                if (r.box() != null) {
                    List<String> parts = new ArrayList<>();
                    String[] names = {"x", "y", "z"};
                    List<List<Double>> axes = java.util.Arrays.asList(r.box().x(), r.box().y(), r.box().z());
                    for (int a = 0; a < 3; a++) {
                        List<Double> v = axes.get(a);
                        if (v != null && v.size() == 2) {
                            parts.add(names[a] + " [" + org.kapitza.Numbers.format(v.get(0)) + ", "
                                    + org.kapitza.Numbers.format(v.get(1)) + "] m");
                        }
                    }
                    shape = "its box " + (parts.isEmpty() ? "(everywhere)" : String.join(", ", parts));
                } else if (r.sphere() != null) {
                    shape = "its sphere of radius " + org.kapitza.Numbers.format(r.sphere().radius()) + " m";
                } else if (r.cylinder() != null) {
                    shape = "its cylinder of radius " + org.kapitza.Numbers.format(r.cylinder().radius()) + " m";
                } else if (r.halfSpace() != null) {
                    shape = "its half-space";
                }
            }
        }
        List<String> sizes = new ArrayList<>();
        RectilinearGrid g = mesh.grid();
        for (int a = 0; a < g.dimension(); a++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (int i = 0; i < g.cells(a); i++) {
                lo = Math.min(lo, g.width(a, i));
                hi = Math.max(hi, g.width(a, i));
            }
            sizes.add("xyz".charAt(a) + " " + org.kapitza.Numbers.format(lo)
                    + (hi > lo * (1 + 1e-9) ? "–" + org.kapitza.Numbers.format(hi) : "") + " m");
        }
        return "region '" + region + "' (" + path + ") receives no cells: " + shape + " holds no cell centre that a later"
                + " region does not paint over (cell size " + String.join(", ", sizes) + ")" + consequence
                + "; widen the region or refine the grid";
    }

    // ---- materials -------------------------------------------------------------------------------

    /** The materials of the case (built in, material path and case file). */
    MaterialLibrary library() {
        return library;
    }

    void defineMaterials() {
        if (cf.materials() != null) MaterialDefinitions.define(cf.materials(), at, libraries);
    }

    private void checkMaterialsExist(Mesh mesh) {
        for (int r = 0; r < mesh.regionCount(); r++) {
            String name = mesh.materialName(mesh.regionMaterial(r));
            if (library.contains(name)) continue;
            String path = regionPath(mesh.regionName(r));
            if (libraries.acoustic().contains(name)) {
                throw at.error(path + ".material", "material '" + name + "' has acoustic data but no conductivity; give it"
                        + " 'k' (or 'like') under materials to mesh it");
            }
            throw at.error(path + ".material", "unknown material '" + name + "'" + Suggest.didYouMean(name, library.all().keySet())
                    + "; define it under 'materials' or use a built-in one: " + String.join(", ", library.all().keySet()));
        }
    }

    private String regionPath(String region) {
        CaseFile.Mesh m = cf.mesh();
        if (m.stack() != null) {
            for (int i = 0; i < m.stack().layers().size(); i++) {
                if (m.stack().layers().get(i).name().equals(region)) return "mesh.stack.layers[" + i + "]";
            }
        } else if (m.grid() != null) {
            for (int i = 0; i < m.grid().regions().size(); i++) {
                if (m.grid().regions().get(i).name().equals(region)) return "mesh.grid.regions[" + i + "]";
            }
        }
        return "mesh";
    }

    // ---- mesh --------------------------------------------------------------------------------------

    private Mesh buildMesh() {
        CaseFile.Mesh m = cf.mesh();
        if (m.gmsh() != null) {
            throw at.error("mesh.gmsh", "'kapitza check' does not read Gmsh meshes yet; 'kapitza run' reads, checks and solves them");
        }
        if ((m.stack() == null) == (m.grid() == null)) {
            throw at.error("mesh", "give exactly one of 'stack' (layers on a base), 'grid' (a rectilinear grid with regions) or"
                    + " 'gmsh' (a Gmsh mesh file)");
        }
        for (String key : new String[] {"scale", "depth", "regions"}) {
            Object v = key.equals("scale") ? m.scale() : key.equals("depth") ? m.depth() : m.regions();
            if (v != null) throw at.error("mesh." + key, "belongs to a Gmsh mesh (mesh.gmsh); a grid's regions go under mesh.grid.regions");
        }
        MeshBuilder builder = m.stack() != null ? stack(m.stack()) : grid(m.grid());
        if (m.polycrystals() != null) {
            for (int i = 0; i < m.polycrystals().size(); i++) {
                String path = "mesh.polycrystals[" + i + "]";
                GrainStructure g = polycrystal(m.polycrystals().get(i), path);
                guardMesh(path, () -> builder.grains(g));
            }
        }
        return guardMesh("mesh", builder::build);
    }

    private MeshBuilder stack(CaseFile.Stack s) {
        CaseFile.Base base = s.base();
        if (s.layers().isEmpty()) throw at.error("mesh.stack.layers", "no layers; give at least one");
        LayerStack.Builder b = LayerStack.builder().base(base.x(), base.y());
        double nx;
        double ny;
        if (base.cells() != null) {
            if (base.maxCell() != null) throw at.error("mesh.stack.base", "give either 'cells' or 'max_cell', not both");
            if (base.cells().size() != 2) {
                throw at.error("mesh.stack.base.cells", "needs two values [along x, along y], got " + base.cells().size()
                        + " " + base.cells());
            }
            for (int i = 0; i < 2; i++) {
                if (base.cells().get(i) < 1) {
                    throw at.error("mesh.stack.base.cells[" + i + "]", "number of cells must be at least 1, got " + base.cells().get(i));
                }
            }
            b.baseCells(base.cells().get(0), base.cells().get(1));
            nx = base.cells().get(0);
            ny = base.cells().get(1);
        } else if (base.maxCell() != null) {
            if (!(base.maxCell() > 0)) throw at.error("mesh.stack.base.max_cell", "must be a positive length, got " + base.maxCell());
            b.baseMaxCell(base.maxCell());
            nx = Math.ceil(base.x() / base.maxCell());
            ny = Math.ceil(base.y() / base.maxCell());
        } else {
            throw at.error("mesh.stack.base", "give 'cells: [nx, ny]' or 'max_cell'");
        }
        if (base.growth() != null) b.growth(base.growth());
        double nz = 0;
        for (int i = 0; i < s.layers().size(); i++) {
            CaseFile.LayerSpec l = s.layers().get(i);
            String path = "mesh.stack.layers[" + i + "]";
            if (l.cells() != null && l.maxCell() != null) throw at.error(path, "give either 'cells' or 'max_cell', not both");
            Layer layer = l.cells() != null ? Layer.of(l.name(), l.material(), l.thickness(), l.cells())
                    : l.maxCell() != null ? Layer.withMaxCell(l.name(), l.material(), l.thickness(), l.maxCell())
                    : Layer.of(l.name(), l.material(), l.thickness(), 1);
            if (l.grading() != null) layer = layer.graded(l.grading());
            if (l.footprint() != null) {
                CaseFile.Footprint f = l.footprint();
                if (f.origin() != null) {
                    List<Double> o = pair(f.origin(), path + ".footprint.origin", "[x, y] of the lower-left corner");
                    layer = layer.on(new Footprint(f.x(), f.y(), o.get(0), o.get(1)));
                } else {
                    layer = layer.on(Footprint.centred(f.x(), f.y()));
                }
            }
            b.layer(layer);
            if (l.thickness() != null && l.thickness() > 0) {
                nz += l.cells() != null ? Math.max(0, l.cells())
                        : l.maxCell() != null && l.maxCell() > 0 ? Math.ceil(l.thickness() / l.maxCell()) : 1;
            }
        }
        if (cf.sources() != null) {
            for (int i = 0; i < cf.sources().size(); i++) {
                if (!(cf.sources().get(i) instanceof SourceSpec.PowerMap pm)) continue;
                String path = "sources[" + i + "]";
                String[] surface = surface(pm.surface(), path + ".surface");
                List<SourceSpec.Block> blocks = blocksOf(i, pm, path);
                for (int j = 0; j < blocks.size(); j++) {
                    SourceSpec.Block blk = blocks.get(j);
                    String bp = path + ".blocks[" + j + "]";
                    List<Double> x = pair(blk.x(), bp + ".x", "[from, to]");
                    List<Double> y = pair(blk.y(), bp + ".y", "[from, to]");
                    b.block(new FloorplanBlock(surface[0], surface[1].equals("top") ? Side.TOP : Side.BOTTOM, blk.name(),
                            x.get(0), x.get(1), y.get(0), y.get(1)));
                }
            }
        }
        checkSize(nx * ny * Math.max(1, nz), "mesh.stack");
        LayerStack stack = b.build();
        return guardMesh("mesh.stack", stack::meshBuilder);
    }

    private String[] surface(String surface, String path) {
        int dot = surface.lastIndexOf('.');
        String side = dot < 0 ? "" : surface.substring(dot + 1);
        if (dot <= 0 || !(side.equals("top") || side.equals("bottom"))) {
            throw at.error(path, "'" + surface + "' is not a layer surface; write <layer>.top or <layer>.bottom, e.g. die.top");
        }
        String layer = surface.substring(0, dot);
        List<String> layers = new ArrayList<>();
        for (CaseFile.LayerSpec l : cf.mesh().stack().layers()) layers.add(l.name());
        if (!layers.contains(layer)) {
            throw at.error(path, "no layer '" + layer + "'" + Suggest.didYouMean(layer, layers) + "; layers are: "
                    + String.join(", ", layers));
        }
        return new String[] {layer, side};
    }

    private MeshBuilder grid(CaseFile.Grid g) {
        // Counted from the case before any grid line is allocated: 2·10⁹ cells in 1D would not fit either.
        checkSize(axisCells(g.x()) * (g.y() == null ? 1 : axisCells(g.y())) * (g.z() == null ? 1 : axisCells(g.z())),
                "mesh.grid");
        double[] x = axis(g.x(), "mesh.grid.x");
        double[] y = g.y() == null ? null : axis(g.y(), "mesh.grid.y");
        double[] z = g.z() == null ? null : axis(g.z(), "mesh.grid.z");
        if (y == null && z != null) throw at.error("mesh.grid", "a grid with z needs y too");
        if (g.crossSection() != null && y != null) {
            throw at.error("mesh.grid.cross_section", "applies to a 1D grid (only x); this grid has y"
                    + (z != null ? " and z" : "") + ", so its cross-section is given by them");
        }
        if (g.depth() != null && (y == null || z != null)) {
            throw at.error("mesh.grid.depth", "applies to a 2D grid (x and y); " + (y == null
                    ? "a 1D grid takes cross_section: [width along y, width along z]" : "this grid has z, which gives its depth"));
        }
        RectilinearGrid grid;
        if (y == null) {
            List<Double> cs = g.crossSection() == null ? List.of(1.0, 1.0)
                    : pair(g.crossSection(), "mesh.grid.cross_section", "[width along y, width along z]");
            grid = guardMesh("mesh.grid", () -> RectilinearGrid.of1D(x, cs.get(0), cs.get(1)));
        } else if (z == null) {
            grid = guardMesh("mesh.grid", () -> RectilinearGrid.of2D(x, y, g.depth() == null ? 1.0 : g.depth()));
        } else {
            grid = guardMesh("mesh.grid", () -> RectilinearGrid.of3D(x, y, z));
        }
        MeshBuilder b = new MeshBuilder(grid);
        for (int i = 0; i < g.regions().size(); i++) {
            CaseFile.RegionSpec r = g.regions().get(i);
            String path = "mesh.grid.regions[" + i + "]";
            int id = guardMesh(path, () -> b.addRegion(r.name(), r.material()));
            int shapes = (r.box() != null ? 1 : 0) + (r.sphere() != null ? 1 : 0) + (r.cylinder() != null ? 1 : 0)
                    + (r.halfSpace() != null ? 1 : 0);
            if (shapes != 1) throw at.error(path, "give exactly one shape: box, sphere, cylinder or half_space");
            if (r.box() != null) {
                Box box = box(r.box(), path + ".box");
                guardMesh(path, () -> {
                    b.fill(id, box);
                    return null;
                });
            } else {
                Shape shape = r.sphere() != null
                        ? Shape.sphere(triple(r.sphere().centre(), path + ".sphere.centre").get(0),
                        triple(r.sphere().centre(), path + ".sphere.centre").get(1),
                        triple(r.sphere().centre(), path + ".sphere.centre").get(2), r.sphere().radius())
                        : r.cylinder() != null
                        ? Shape.cylinderZ(pair(r.cylinder().centre(), path + ".cylinder.centre", "[x, y]").get(0),
                        pair(r.cylinder().centre(), path + ".cylinder.centre", "[x, y]").get(1), r.cylinder().radius())
                        : halfSpace(r.halfSpace(), path + ".half_space");
                guardMesh(path, () -> {
                    b.fill(id, shape);
                    return null;
                });
            }
        }
        return b;
    }

    private Shape halfSpace(CaseFile.HalfSpace h, String path) {
        List<Double> p = triple(h.point(), path + ".point");
        List<Double> n = triple(h.normal(), path + ".normal");
        return guardMesh(path, () -> Shape.halfSpace(p.get(0), p.get(1), p.get(2), n.get(0), n.get(1), n.get(2)));
    }

    /** Cells along an axis as the case gives them (a double: products of three counts overflow a long). */
    private static double axisCells(CaseFile.Axis a) {
        if (a.nodes() != null) return Math.max(1, a.nodes().size() - 1);
        return a.cells() == null ? 1 : Math.max(1, a.cells());
    }

    private double[] axis(CaseFile.Axis a, String path) {
        if (a.nodes() != null) {
            if (a.from() != null || a.to() != null || a.cells() != null || a.ratio() != null) {
                throw at.error(path, "give either 'nodes' or 'from', 'to' and 'cells', not both");
            }
            double[] n = a.nodes().stream().mapToDouble(Double::doubleValue).toArray();
            String what = path + ".nodes";
            try {
                return GridLines.explicit(what, n);
            } catch (MeshException e) {
                // The message starts with what it is about; the error names the key path already.
                String m = e.getMessage();
                throw at.error(what, m.startsWith(what + ": ") ? m.substring(what.length() + 2) : m);
            }
        }
        if (a.from() == null || a.to() == null || a.cells() == null) {
            throw at.error(path, "give 'nodes: [...]' or all of 'from', 'to' and 'cells'");
        }
        if (a.ratio() != null) return guardMesh(path, () -> GridLines.geometric(a.from(), a.to(), a.cells(), a.ratio()));
        return guardMesh(path, () -> GridLines.uniform(a.from(), a.to(), a.cells()));
    }

    private Box box(CaseFile.BoxSpec b, String path) {
        double inf = Double.POSITIVE_INFINITY;
        List<Double> x = b.x() == null ? List.of(-inf, inf) : pair(b.x(), path + ".x", "[from, to]");
        List<Double> y = b.y() == null ? List.of(-inf, inf) : pair(b.y(), path + ".y", "[from, to]");
        List<Double> z = b.z() == null ? List.of(-inf, inf) : pair(b.z(), path + ".z", "[from, to]");
        return guardMesh(path, () -> new Box(x.get(0), x.get(1), y.get(0), y.get(1), z.get(0), z.get(1)));
    }

    private GrainStructure polycrystal(CaseFile.Polycrystal p, String path) {
        String[] regions = p.region() == null ? new String[0] : p.region().toArray(new String[0]);
        Box box = p.box() == null ? null : box(p.box(), path + ".box");
        int forms = (p.grains() != null ? 1 : 0) + (p.meanSize() != null ? 1 : 0) + (p.regular() != null ? 1 : 0);
        if (forms != 1) throw at.error(path, "give exactly one of 'grains' (a count), 'mean_size' or 'regular'");
        if (p.regular() != null) {
            if (p.seed() != null || p.periodic() != null) {
                throw at.error(path, "'seed' and 'periodic' apply to Voronoi polycrystals, not to regular grains");
            }
            CaseFile.Regular r = p.regular();
            int rf = (r.size() != null ? 1 : 0) + (r.sizes() != null ? 1 : 0) + (r.columns() != null ? 1 : 0);
            if (rf != 1) throw at.error(path + ".regular", "give exactly one of 'size' (cubes), 'sizes' ([x, y, z]) or 'columns' ([x, y])");
            RegularGrains g = guardMesh(path + ".regular", () -> r.size() != null ? RegularGrains.cubes(r.size())
                    : r.sizes() != null ? RegularGrains.boxes(triple(r.sizes(), path + ".regular.sizes").get(0),
                    r.sizes().get(1), r.sizes().get(2))
                    : RegularGrains.columns(pair(r.columns(), path + ".regular.columns", "[x, y]").get(0), r.columns().get(1)));
            g.inRegions(regions);
            if (box != null) g.inBox(box);
            return g;
        }
        VoronoiGrains v = guardMesh(path, () -> p.grains() != null ? VoronoiGrains.ofCount(p.grains())
                : VoronoiGrains.ofMeanSize(p.meanSize()));
        v.inRegions(regions);
        if (box != null) v.inBox(box);
        if (p.seed() != null) v.seed(p.seed());
        if (p.periodic() != null) {
            boolean[] per = new boolean[3];
            for (int i = 0; i < p.periodic().size(); i++) {
                String axis = p.periodic().get(i);
                int a = "xyz".indexOf(axis.toLowerCase(Locale.ROOT));
                if (axis.length() != 1 || a < 0) {
                    throw at.error(path + ".periodic[" + i + "]", "'" + axis + "' is not an axis; write a list such as [x, y]");
                }
                per[a] = true;
            }
            v.periodic(per[0], per[1], per[2]);
        }
        return v;
    }

    /** Refuses a mesh whose solve would not fit in memory, before anything is allocated. */
    private void checkSize(double cells, String path) {
        double bytes = cells * BYTES_PER_CELL;
        if (cells > RectilinearGrid.MAX_CELLS || bytes > memoryLimit) {
            throw at.error(path, String.format(Locale.ROOT,
                    "the mesh would have about %.3g cells and need about %s to solve (%d bytes per cell), more than the %s"
                            + " this Java process may use; use fewer cells (or raise -Xmx via KAPITZA_JAVA_OPTS)",
                    cells, bytes(bytes), BYTES_PER_CELL, bytes(memoryLimit)));
        }
    }

    static String bytes(double b) {
        if (b >= 1L << 50) return String.format(Locale.ROOT, "%.3g TB", b / (double) (1L << 40));
        if (b >= 1L << 40) return String.format(Locale.ROOT, "%.1f TB", b / (double) (1L << 40));
        if (b >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", b / (double) (1L << 30));
        return String.format(Locale.ROOT, "%.0f MB", b / (double) (1L << 20));
    }

    // ---- interfaces ---------------------------------------------------------------------------------

    private void addInterfaces(ThermalProblem problem, Mesh mesh) {
        if (cf.interfaces() == null) return;
        for (int i = 0; i < cf.interfaces().size(); i++) {
            ModelSpec s = cf.interfaces().get(i);
            String path = "interfaces[" + i + "]";
            if (s.region() != null || s.staircase() != null) {
                throw at.error(path, "'region' and 'staircase' belong to grain_boundaries entries, not to interfaces");
            }
            if (s instanceof ModelSpec.Distribution) {
                throw at.error(path + ".model", "'distribution' applies to grain boundaries only");
            }
            if ((s.between() == null) == (s.materials() == null)) {
                throw at.error(path, "give either 'between: [region, region]' or 'materials: [material, material]'");
            }
            boolean regions = s.between() != null;
            String key = regions ? "between" : "materials";
            List<String> two = regions ? s.between() : s.materials();
            if (two.size() != 2) throw at.error(path + "." + key, "needs two names, got " + two.size() + " " + two);
            checkTouching(mesh, two.get(0), two.get(1), regions, path + "." + key);
            InterfaceModel model = model(s, path, PredictedModels.Place.INTERFACE, false);
            predicted.check(s, path, List.<PredictedModels.Side[]>of(regions
                    ? new PredictedModels.Side[] {regionSide(mesh, two.get(0)), regionSide(mesh, two.get(1))}
                    : new PredictedModels.Side[] {new PredictedModels.Side(two.get(0), ""), new PredictedModels.Side(two.get(1), "")}));
            problem.interfaceRule(new InterfaceRule(regions ? InterfaceRule.Kind.REGIONS : InterfaceRule.Kind.MATERIALS,
                    two.get(0), two.get(1), model, s.name()));
        }
    }

    private void checkTouching(Mesh mesh, String a, String b, boolean regions, String path) {
        List<String> known = new ArrayList<>();
        if (regions) {
            for (int r = 0; r < mesh.regionCount(); r++) known.add(mesh.regionName(r));
        } else {
            for (int m = 0; m < mesh.materialCount(); m++) known.add(mesh.materialName(m));
        }
        for (String n : List.of(a, b)) {
            if (!known.contains(n)) {
                throw at.error(path, "no " + (regions ? "region or layer" : "material in the mesh") + " named '" + n + "'"
                        + Suggest.didYouMean(n, known) + "; " + (regions ? "regions" : "materials") + " are: " + String.join(", ", known));
            }
        }
        if (regions) {
            for (String n : List.of(a, b)) if (hasNoCells(mesh, n)) throw at.error(path, noCells(mesh, n, ", so it has no interface"));
        }
        List<String> pairs = new ArrayList<>();
        for (int p = 0; p < mesh.interfacePairCount(); p++) {
            InterfacePair ip = mesh.interfacePairInfo(p);
            String x = regions ? mesh.regionName(ip.regionA()) : mesh.materialName(mesh.regionMaterial(ip.regionA()));
            String y = regions ? mesh.regionName(ip.regionB()) : mesh.materialName(mesh.regionMaterial(ip.regionB()));
            if (x.equals(a) && y.equals(b) || x.equals(b) && y.equals(a)) return;
            pairs.add(x + "|" + y);
        }
        throw at.error(path, "'" + a + "' and '" + b + "' never touch in this mesh, so they have no interface; touching pairs are: "
                + (pairs.isEmpty() ? "none" : String.join(", ", new java.util.LinkedHashSet<>(pairs))));
    }

    private void addGrainBoundaries(ThermalProblem problem, Mesh mesh) {
        if (cf.grainBoundaries() == null) return;
        for (int i = 0; i < cf.grainBoundaries().size(); i++) {
            ModelSpec s = cf.grainBoundaries().get(i);
            String path = "grain_boundaries[" + i + "]";
            if (s.between() != null || s.materials() != null) {
                throw at.error(path, "'between' and 'materials' belong to interfaces; a grain-boundary entry names its 'region'"
                        + " (or none, for all)");
            }
            if (s.region() != null) requireRegion(mesh, s.region(), at, path + ".region");
            checkHasGrainBoundaries(mesh, s.region(), path);
            boolean staircase = s.staircase() == null || s.staircase();
            if (s instanceof ModelSpec.Distribution d) {
                problem.grainBoundaryRule(new GrainBoundaryRule(s.region(), null, distribution(d, path), staircase));
            } else if (s instanceof ModelSpec.DefectPlane dp && dp.distribution() != null) {
                InterfaceModel model = model(s, path, PredictedModels.Place.GRAIN_BOUNDARY, false);
                predicted.check(s, path, grainSides(mesh, s.region()));
                problem.grainBoundaryRule(new GrainBoundaryRule(s.region(), model, predicted.clearFractions(dp, path), staircase));
            } else {
                InterfaceModel model = model(s, path, PredictedModels.Place.GRAIN_BOUNDARY, false);
                predicted.check(s, path, grainSides(mesh, s.region()));
                problem.grainBoundaryRule(new GrainBoundaryRule(s.region(), model, null, staircase));
            }
        }
    }

    /** A grain-boundary rule needs grain boundaries to apply to, as an interface needs two touching regions. */
    private void checkHasGrainBoundaries(Mesh mesh, String region, String path) {
        Set<String> with = new java.util.LinkedHashSet<>();
        for (int f = mesh.faceStart(FaceClass.GRAIN_BOUNDARY); f < mesh.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
            with.add(mesh.regionName(mesh.region(mesh.owner(f))));
        }
        if (region == null ? !with.isEmpty() : with.contains(region)) return;
        String where = region == null ? "the mesh has no grain boundaries" : "region '" + region + "' has no grain boundaries";
        String why = cf.mesh().polycrystals() == null || cf.mesh().polycrystals().isEmpty()
                ? " (mesh.polycrystals puts no grains anywhere)"
                : with.isEmpty() ? " (the polycrystals of mesh.polycrystals hold fewer than two grains in any region)"
                : "; regions with grain boundaries are: " + String.join(", ", with);
        throw at.error(region == null ? path : path + ".region", where + why + ", so this rule applies to nothing;"
                + " add a polycrystal to mesh.polycrystals" + (region == null ? "" : " that covers '" + region + "'")
                + " or remove the rule");
    }

    ResistanceDistribution distribution(ModelSpec.Distribution d, String path) {
        long seed = d.seed() == null ? 1 : d.seed();
        String kind = d.kind().toLowerCase(Locale.ROOT);
        return guard(path, () -> {
            if (kind.equals("uniform")) {
                if (d.min() == null || d.max() == null) throw at.error(path, "a uniform distribution needs 'min' and 'max'");
                return new ResistanceDistribution(ResistanceDistribution.Kind.UNIFORM, d.min(), d.max(), seed);
            }
            if (kind.equals("lognormal") || kind.equals("normal")) {
                if (d.mean() == null || d.std() == null) throw at.error(path, "a " + kind + " distribution needs 'mean' and 'std'");
                return new ResistanceDistribution(kind.equals("normal") ? ResistanceDistribution.Kind.NORMAL
                        : ResistanceDistribution.Kind.LOGNORMAL, d.mean(), d.std(), seed);
            }
            throw at.error(path + ".kind", "unknown distribution '" + d.kind() + "'"
                    + Suggest.didYouMean(d.kind(), List.of("uniform", "lognormal", "normal")) + "; choose uniform, lognormal or normal");
        });
    }

    /**
     * An interface model; {@code nested} entries (series parts, boundary contacts, lattices) may not name
     * a place.
     */
    InterfaceModel model(ModelSpec s, String path, PredictedModels.Place place, boolean nested) {
        if (nested && (s.between() != null || s.materials() != null || s.region() != null || s.staircase() != null)) {
            throw at.error(path, "a nested model takes only its own parameters, not 'between', 'materials', 'region' or 'staircase'");
        }
        return guard(path, () -> buildModel(s, path, place));
    }

    private InterfaceModel buildModel(ModelSpec s, String path, PredictedModels.Place place) {
        if (s instanceof ModelSpec.Predicted p) return predicted.build(p, path, place);
        if (s instanceof ModelSpec.SpinTwoChannel sp) return spinTwoChannel(sp, path, place);
        if (s instanceof ModelSpec.DefectPlane dp) return predicted.defectPlane(dp, path, place);
        if (s instanceof ModelSpec.Constant c) return new ConstantResistance(c.r());
        if (s instanceof ModelSpec.PowerLaw p) return new PowerLawResistance(p.rRef(), p.tRef(), p.exponent() == null ? 3 : p.exponent());
        if (s instanceof ModelSpec.Radiative r) {
            if ((r.rt3() == null) == (r.sigma() == null)) {
                throw at.error(path, "give either 'RT3' (R·T³, for phonons at low T) or 'sigma' with 'exponent'");
            }
            return r.rt3() != null ? OneWayFluxInterface.fromRT3(r.rt3())
                    : new OneWayFluxInterface(r.sigma(), r.exponent() == null ? 4 : r.exponent());
        }
        if (s instanceof ModelSpec.Contact c) {
            List<Double> rough = pair(c.roughness(), path + ".roughness", "[σ₁, σ₂] RMS roughness of the two surfaces");
            List<Double> slope = pair(c.slope(), path + ".slope", "[m₁, m₂] mean asperity slopes");
            ContactConductance.GasGap gas = null;
            if (c.gas() != null) {
                List<Double> acc = pair(c.gas().accommodation(), path + ".gas.accommodation", "[α₁, α₂]");
                gas = new ContactConductance.GasGap(c.gas().k(), acc.get(0), acc.get(1), c.gas().gamma(),
                        c.gas().prandtl(), c.gas().meanFreePath());
            }
            return new ContactConductance(c.ks() == null ? Double.NaN : c.ks(), rough.get(0), rough.get(1), slope.get(0),
                    slope.get(1), c.hardness(), c.pressure(), gas, c.rK() == null ? 0 : c.rK());
        }
        if (s instanceof ModelSpec.Layer l) {
            if ((l.k() == null) == (l.material() == null)) {
                throw at.error(path, "give either 'k' (a conductivity) or 'material' (whose conductivity to use)");
            }
            Conductivity k;
            if (l.k() != null) {
                k = new ConstantConductivity(l.k());
            } else {
                try {
                    k = library.get(l.material()).conductivity();
                } catch (InputException e) {
                    throw at.error(path + ".material", e.getMessage());
                }
            }
            return new ThinLayer(l.thickness(), k);
        }
        if (s instanceof ModelSpec.Series sr) {
            if (sr.parts().isEmpty()) throw at.error(path + ".parts", "give at least one part");
            List<InterfaceModel> parts = new ArrayList<>();
            for (int j = 0; j < sr.parts().size(); j++) {
                parts.add(model(sr.parts().get(j), path + ".parts[" + j + "]", place, true));
            }
            return new SeriesResistance(parts);
        }
        throw at.error(path + ".model", "'distribution' applies to grain boundaries only");
    }

    private InterfaceModel spinTwoChannel(ModelSpec.SpinTwoChannel sp, String path, PredictedModels.Place place) {
        if (!(sp.ra() > 0) || !Double.isFinite(sp.ra())) {
            throw at.error(path + ".RA", "must be a positive resistance-area product A R*, e.g. 1 fOhm*m^2, got " + sp.ra() + " Ω m²");
        }
        if (!(sp.gamma() > -1 && sp.gamma() < 1)) {
            throw at.error(path + ".gamma", "the interface spin asymmetry γ must lie strictly between -1 and 1, got " + sp.gamma());
        }
        InterfaceModel lattice = sp.lattice() == null ? null : model(sp.lattice(), path + ".lattice", place, true);
        return new SpinTwoChannelInterface(new SpinTwoChannel(sp.ra(), sp.gamma()), lattice);
    }

    /** The material of a region as a side of a predicted model. */
    private static PredictedModels.Side regionSide(Mesh mesh, String region) {
        return new PredictedModels.Side(mesh.materialName(mesh.regionMaterial(mesh.regionId(region))), "region '" + region + "'");
    }

    /** Both sides of the grain boundaries of one region, or of every region holding grain boundaries. */
    private static List<PredictedModels.Side[]> grainSides(Mesh mesh, String region) {
        List<PredictedModels.Side[]> sides = new ArrayList<>();
        boolean[] seen = new boolean[mesh.regionCount()];
        for (int f = mesh.faceStart(FaceClass.GRAIN_BOUNDARY); f < mesh.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
            int r = mesh.region(mesh.owner(f));
            if (seen[r] || region != null && !mesh.regionName(r).equals(region)) continue;
            seen[r] = true;
            PredictedModels.Side side = regionSide(mesh, mesh.regionName(r));
            sides.add(new PredictedModels.Side[] {side, side});
        }
        return sides;
    }

    // ---- boundaries and sources -----------------------------------------------------------------------

    private void addBoundaries(ThermalProblem problem, Mesh mesh) {
        if (cf.boundaries() == null) return;
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < cf.boundaries().size(); i++) {
            BoundarySpec s = cf.boundaries().get(i);
            String path = "boundaries[" + i + "]";
            BoundaryCondition bc = guard(path, () -> condition(s, path));
            if (s.patch().isEmpty()) throw at.error(path + ".patch", "name at least one patch");
            ModelSpec contact = s instanceof BoundarySpec.Temperature t ? t.contact() : null;
            for (int j = 0; j < s.patch().size(); j++) {
                String patch = s.patch().get(j);
                String pp = path + ".patch" + (s.patch().size() > 1 ? "[" + j + "]" : "");
                int idx = mesh.patchIndex(patch);
                if (idx < 0) {
                    List<String> names = new ArrayList<>();
                    for (int p = 0; p < mesh.patchNames().size(); p++) if (mesh.patchFaceCount(p) > 0) names.add(mesh.patchNames().get(p));
                    throw at.error(pp, "no patch named '" + patch + "'" + Suggest.didYouMean(patch, mesh.patchNames())
                            + "; patches with faces are: " + String.join(", ", names));
                }
                int dot = patch.indexOf('.');
                if (mesh.patchFaceCount(idx) == 0 && dot > 0 && hasNoCells(mesh, patch.substring(0, dot))) {
                    throw at.error(pp, "patch '" + patch + "' has no faces: " + noCells(mesh, patch.substring(0, dot), ""));
                }
                if (mesh.patchFaceCount(idx) == 0) {
                    throw at.error(pp, "patch '" + patch + "' has no faces: " + (cf.mesh().stack() != null
                            ? "that surface is entirely covered by other layers"
                            : "no active cell touches it (no region covers the cells along that surface)"));
                }
                if (contact != null && PredictedModels.containsPredicted(contact)) {
                    predicted.check(contact, path + ".contact", List.<PredictedModels.Side[]>of(patchSides(mesh, idx, patch, pp)));
                }
                String before = given.putIfAbsent(patch, pp);
                if (before != null) {
                    throw at.error(pp, "patch '" + patch + "' already has a boundary condition (" + before + "); give each"
                            + " patch one condition");
                }
                problem.boundary(patch, bc);
            }
            TimeVarying value = drivenValue(s);
            if (value != null && value.varies()) problem.drive(bc, timeFunction(value, path + "." + drivenKey(s)));
        }
    }

    /** The value of a condition that may change in time, or null (adiabatic). */
    private static TimeVarying drivenValue(BoundarySpec s) {
        if (s instanceof BoundarySpec.Temperature t) return t.t();
        if (s instanceof BoundarySpec.Convection c) return c.tInf();
        if (s instanceof BoundarySpec.Radiation r) return r.tSurroundings();
        if (s instanceof BoundarySpec.Flux f) return f.q();
        if (s instanceof BoundarySpec.Power p) return p.p();
        return null;
    }

    private static String drivenKey(BoundarySpec s) {
        if (s instanceof BoundarySpec.Temperature) return "T";
        if (s instanceof BoundarySpec.Convection) return "T_inf";
        if (s instanceof BoundarySpec.Radiation) return "T_surroundings";
        if (s instanceof BoundarySpec.Flux) return "q";
        return "P";
    }

    /** A table in time, refused in a steady case (where it would mean nothing). */
    private org.kapitza.boundary.TimeFunction timeFunction(TimeVarying v, String path) {
        if (cf.transientRun() == null) {
            throw at.error(path, "a table in time needs a 'transient' section; for a steady solve give one value");
        }
        return guard(path, v::function);
    }

    BoundaryCondition condition(BoundarySpec s, String path) {
        if (s instanceof BoundarySpec.Temperature t) {
            return new BoundaryCondition.FixedTemperature(ScalarField.constant(t.t().initial()),
                    t.contact() == null ? null : model(t.contact(), path + ".contact", PredictedModels.Place.BATH, true));
        }
        if (s instanceof BoundarySpec.Radiation r) {
            // the exact one-way-flux law to a bath at T_surroundings, solved by Newton as a bath contact is
            return new BoundaryCondition.FixedTemperature(ScalarField.constant(r.tSurroundings().initial()),
                    new org.kapitza.interfaces.OneWayFluxInterface(
                            org.kapitza.boundary.Radiation.STEFAN_BOLTZMANN * effectiveEmissivity(r.emissivity(), path), 4));
        }
        if (s instanceof BoundarySpec.Convection c) return new BoundaryCondition.Convection(c.h(), c.tInf().initial());
        if (s instanceof BoundarySpec.Flux f) return new BoundaryCondition.HeatFlux(f.q().initial());
        if (s instanceof BoundarySpec.Power p) return new BoundaryCondition.TotalPower(p.p().initial());
        return new BoundaryCondition.Adiabatic();
    }

    /** One emissivity, or two surfaces' combined as parallel grey plates; each in (0, 1]. */
    private double effectiveEmissivity(List<Double> e, String path) {
        if (e.isEmpty() || e.size() > 2) {
            throw at.error(path + ".emissivity", "give one emissivity, or two [surface, surroundings], each in (0, 1]; got " + e);
        }
        for (int i = 0; i < e.size(); i++) {
            Double v = e.get(i);
            if (v == null || !(v > 0) || v > 1) {
                throw at.error(path + ".emissivity" + (e.size() > 1 ? "[" + i + "]" : ""), v + " is not an emissivity; it must be"
                        + " in (0, 1] (polished copper about 0.02–0.05, oxidised metals and paints 0.3–0.95)");
            }
        }
        return org.kapitza.boundary.Radiation.effectiveEmissivity(e.get(0), e.size() == 2 ? e.get(1) : 1.0);
    }

    /**
     * The surface material of a patch under a bath contact. The solver binds a boundary's contact model
     * once per patch, to the material of its first face, so a predicted model on a patch that touches
     * several materials would apply one material's law to all of them: refused.
     */
    private PredictedModels.Side[] patchSides(Mesh mesh, int patchIndex, String patch, String path) {
        java.util.Set<String> materials = new java.util.LinkedHashSet<>();
        for (int q = 0; q < mesh.patchFaceCount(patchIndex); q++) {
            int f = mesh.patchFace(patchIndex, q);
            materials.add(mesh.materialName(mesh.regionMaterial(mesh.region(mesh.owner(f)))));
        }
        if (materials.size() > 1) {
            throw at.error(path, "patch '" + patch + "' touches several materials (" + String.join(", ", materials) + "), but a"
                    + " bath contact's predicted model binds to one surface material per patch; use a patch of one"
                    + " material (in a stack or a 3D grid, <region>.top, .bottom or .sides)");
        }
        PredictedModels.Side side = new PredictedModels.Side(materials.iterator().next(), "patch '" + patch + "'");
        return new PredictedModels.Side[] {side, side};
    }

    private void addSources(ThermalProblem problem, Mesh mesh) {
        if (cf.sources() == null) return;
        for (int i = 0; i < cf.sources().size(); i++) {
            SourceSpec s = cf.sources().get(i);
            String path = "sources[" + i + "]";
            if (s instanceof SourceSpec.PowerMap pm) {
                if (cf.mesh().stack() == null) {
                    throw at.error(path, "a power map needs a layer stack (mesh.stack): its blocks sit on a layer's surface");
                }
                List<SourceSpec.Block> blocks = blocksOf(i, pm, path);
                List<String> names = blocks.stream().map(SourceSpec.Block::name).toList();
                boolean steady = cf.transientRun() == null;
                java.util.Map<String, org.kapitza.boundary.TimeFunction> traced = pm.trace() == null || steady ? java.util.Map.of()
                        : PowerTrace.read(pm.trace(), names, path + ".trace", at);
                // A steady run takes one power per block from the trace: a row, or each column's mean or peak.
                java.util.Map<String, Double> steadyTrace = pm.trace() == null || !steady ? java.util.Map.of()
                        : PowerTrace.steady(pm.trace(), names, path + ".trace", at);
                for (int j = 0; j < blocks.size(); j++) {
                    SourceSpec.Block b = blocks.get(j);
                    double p0 = steadyTrace.containsKey(b.name()) ? steadyTrace.get(b.name()) : b.power().initial();
                    BoundaryCondition.TotalPower bc = new BoundaryCondition.TotalPower(p0);
                    problem.boundary(pm.surface() + "." + b.name(), bc);
                    if (steadyTrace.containsKey(b.name()) && b.power().varies()) {
                        throw at.error(powerPath(pm, path, j, b.name()), "block '" + b.name() + "' is in the power trace"
                                + " too; give its power in one place");
                    }
                    if (traced.containsKey(b.name())) {
                        if (b.power().varies()) {
                            throw at.error(powerPath(pm, path, j, b.name()), "block '" + b.name() + "' is in the power trace"
                                    + " too; give its power in one place");
                        }
                        problem.drive(bc, traced.get(b.name()));
                    } else if (b.power().varies()) {
                        problem.drive(bc, timeFunction(b.power(), powerPath(pm, path, j, b.name())));
                    }
                }
            } else {
                SourceSpec.Volumetric v = (SourceSpec.Volumetric) s;
                requireRegion(mesh, v.region(), at, path + ".region");
                if ((v.density() == null) == (v.power() == null)) {
                    throw at.error(path, "give either 'density' (W/m^3) or 'power' (W)");
                }
                if (hasNoCells(mesh, v.region())) {
                    throw at.error(path + ".region", noCells(mesh, v.region(), ", so its source would be lost"));
                }
                TimeVarying value = v.density() != null ? v.density() : v.power();
                Source src = v.density() != null ? new Source.Density(v.region(), value.initial())
                        : new Source.Total(v.region(), value.initial());
                problem.source(src);
                if (value.varies()) {
                    problem.drive(src, timeFunction(value, path + (v.density() != null ? ".density" : ".power")));
                }
            }
        }
    }

    /**
     * The blocks of power map {@code index}: those listed, or those of its HotSpot floorplan file (read once),
     * each with the power its listed entry gives (0 W for a floorplan block not listed). A floorplan must tile
     * the footprint of the map's layer without overlaps; a listed block must then be one of its blocks and
     * give only its name and power.
     */
    private List<SourceSpec.Block> blocksOf(int index, SourceSpec.PowerMap pm, String path) {
        List<SourceSpec.Block> cached = mapBlocks.get(index);
        if (cached != null) return cached;
        List<SourceSpec.Block> listed = pm.blocks() == null ? List.of() : pm.blocks();
        List<SourceSpec.Block> out = new ArrayList<>();
        if (pm.floorplan() == null) {
            if (pm.blocks() == null) {
                throw at.error(path, "give the power map's 'blocks' (name, x, y, power) or a HotSpot 'floorplan' file");
            }
            for (int j = 0; j < listed.size(); j++) {
                SourceSpec.Block b = listed.get(j);
                if (b.x() == null || b.y() == null) {
                    throw at.error(path + ".blocks[" + j + "]", "block '" + b.name() + "' needs 'x' and 'y' ([from, to] on the"
                            + " layer's footprint), or the map a 'floorplan' file that places it");
                }
                out.add(b);
            }
        } else {
            java.nio.file.Path file = at.directory().resolve(pm.floorplan());
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw at.error(path + ".floorplan", "no floorplan at " + file + " (relative paths start at the case file's directory)");
            }
            HotSpotFloorplan flp = HotSpotFloorplan.read(file);
            String layer = surface(pm.surface(), path + ".surface")[0];
            double[] die = footprintSize(layer);
            String problem = flp.tilingProblem(die[0], die[1]);
            if (problem != null) throw at.error(path + ".floorplan", file + " does not fit layer '" + layer + "': " + problem);
            if (!flp.ownMaterials().isEmpty()) {
                warnings.add(path + ".floorplan: " + file + " gives blocks their own heat capacity and resistivity (HotSpot 6's"
                        + " heterogeneous layers), which a power map cannot honour; layer '" + layer + "' is of one material: "
                        + String.join("; ", flp.ownMaterials()));
            }
            java.util.Map<String, SourceSpec.Block> byName = new java.util.HashMap<>();
            for (int j = 0; j < listed.size(); j++) {
                SourceSpec.Block b = listed.get(j);
                String bp = path + ".blocks[" + j + "]";
                if (!flp.names().contains(b.name())) {
                    throw at.error(bp + ".name", "block '" + b.name() + "' is not in " + file + Suggest.didYouMean(b.name(), flp.names())
                            + "; its blocks are: " + String.join(", ", flp.names()));
                }
                if (b.x() != null || b.y() != null) {
                    throw at.error(bp + "." + (b.x() != null ? "x" : "y"), "block '" + b.name() + "' is placed by the floorplan "
                            + file + "; give only its name and power");
                }
                if (byName.put(b.name(), b) != null) throw at.error(bp + ".name", "block '" + b.name() + "' is listed twice");
            }
            for (HotSpotFloorplan.Unit u : flp.units()) {
                SourceSpec.Block b = byName.get(u.name());
                out.add(new SourceSpec.Block(u.name(), List.of(u.left(), u.right()), List.of(u.bottom(), u.top()),
                        b == null ? TimeVarying.of(0) : b.power()));
            }
        }
        mapBlocks.put(index, out);
        return out;
    }

    /**
     * The key path of block {@code j}'s power: its entry under {@code blocks}, which for a floorplan map is the
     * listed entry of that name (the blocks are then in the floorplan's order).
     */
    private static String powerPath(SourceSpec.PowerMap pm, String path, int j, String name) {
        if (pm.floorplan() == null) return path + ".blocks[" + j + "].power";
        for (int k = 0; pm.blocks() != null && k < pm.blocks().size(); k++) {
            if (pm.blocks().get(k).name().equals(name)) return path + ".blocks[" + k + "].power";
        }
        return path + ".floorplan";
    }

    /** The in-plane size (m) of a stack layer's footprint, the base's when it has none. */
    private double[] footprintSize(String layer) {
        CaseFile.Stack st = cf.mesh().stack();
        for (CaseFile.LayerSpec l : st.layers()) {
            if (l.name().equals(layer) && l.footprint() != null) return new double[] {l.footprint().x(), l.footprint().y()};
        }
        return new double[] {st.base().x(), st.base().y()};
    }

    // ---- settings ---------------------------------------------------------------------------------------

    SolverSettings solverSettings(ThermalProblem problem) {
        SolverSettings s = SolverSettings.defaults();
        CaseFile.Solver sv = cf.solver();
        if (sv == null) return s;
        if (sv.preconditioner() != null) {
            List<String> names = List.of("amg", "dic", "jacobi", "none");
            if (!names.contains(sv.preconditioner())) {
                throw at.error("solver.preconditioner", "unknown preconditioner '" + sv.preconditioner() + "'"
                        + Suggest.didYouMean(sv.preconditioner(), names) + "; choose one of: " + String.join(", ", names));
            }
            s = s.withPreconditioner(sv.preconditioner());
        }
        if (sv.tolerance() != null) {
            if (!(sv.tolerance() > 0 && sv.tolerance() < 1)) throw at.error("solver.tolerance", "must be between 0 and 1, got " + sv.tolerance());
            s = s.withLinearTolerance(sv.tolerance());
        }
        if (sv.nonlinear() != null) {
            if (!List.of("newton", "picard").contains(sv.nonlinear())) {
                throw at.error("solver.nonlinear", "unknown method '" + sv.nonlinear() + "'; choose newton or picard");
            }
            s = s.withNonlinearMethod(sv.nonlinear());
        }
        if (sv.maxIterations() != null) {
            if (sv.maxIterations() < 1) throw at.error("solver.max_iterations", "must be at least 1, got " + sv.maxIterations());
            s = new SolverSettings(s.preconditioner(), s.linearTolerance(), sv.maxIterations(), s.nonlinearTolerance(),
                    s.maxNonlinearIterations(), s.strictRanges(), s.energyBalanceTolerance(), s.nonlinearMethod());
        }
        if (sv.nonlinearTolerance() != null) {
            if (!(sv.nonlinearTolerance() > 0 && sv.nonlinearTolerance() < 1)) {
                throw at.error("solver.nonlinear_tolerance", "must be between 0 and 1, got " + sv.nonlinearTolerance());
            }
            s = new SolverSettings(s.preconditioner(), s.linearTolerance(), s.maxLinearIterations(), sv.nonlinearTolerance(),
                    s.maxNonlinearIterations(), s.strictRanges(), s.energyBalanceTolerance(), s.nonlinearMethod());
        }
        if (sv.maxNonlinearIterations() != null) {
            if (sv.maxNonlinearIterations() < 1) {
                throw at.error("solver.max_nonlinear_iterations", "must be at least 1, got " + sv.maxNonlinearIterations());
            }
            s = s.withMaxNonlinearIterations(sv.maxNonlinearIterations());
        }
        if (sv.strictRanges() != null) s = s.withStrictRanges(sv.strictRanges());
        if (sv.initialTemperature() != null) {
            if (!(sv.initialTemperature() > 0)) {
                throw at.error("solver.initial_temperature", "must be a positive temperature, got " + sv.initialTemperature() + " K");
            }
            problem.initialTemperature(sv.initialTemperature());
        }
        return s;
    }

    Case.OutputSettings outputSettings() {
        CaseFile.Output o = cf.output();
        Path dir = Path.of("results", cf.name());
        boolean vtk = true;
        boolean compress = true;
        boolean unstructured = false;
        List<Double> from = null;
        List<Double> to = null;
        List<String> effective = null;
        if (o != null) {
            if (o.effectiveConductivity() != null) {
                effective = o.effectiveConductivity().between();
                if (effective.size() != 2) {
                    throw at.error("output.effective_conductivity.between", "needs two patches [hot, cold], got " + effective);
                }
            }
            if (o.directory() != null) dir = Path.of(o.directory());
            if (o.vtk() != null) vtk = o.vtk();
            if (o.compress() != null) compress = o.compress();
            if (o.format() != null) {
                if (!o.format().equals("vtr") && !o.format().equals("vtu")) {
                    throw at.error("output.format", "'" + o.format() + "' is not a volume format; 'vtr' (rectilinear grid,"
                            + " the default) or 'vtu' (hexahedra: meshio and other readers without .vtr support)");
                }
                unstructured = o.format().equals("vtu");
            }
            if (o.line() != null) {
                from = triple(o.line().from(), "output.line.from");
                to = triple(o.line().to(), "output.line.to");
            }
        }
        String caseSurface = null;
        if (o != null && o.caseSurface() != null) {
            if (cf.mesh().stack() == null) {
                throw at.error("output.case_surface", "names a layer surface for θ_JC; it needs a layer stack (mesh.stack)");
            }
            caseSurface = o.caseSurface();
            surface(caseSurface, "output.case_surface");
        }
        return new Case.OutputSettings(dir, vtk, compress, from, to, effective, caseSurface, unstructured);
    }

    /**
     * A profile line runs along one axis and lies inside the mesh's bounding box, end points included: a
     * line outside would be drawn through the nearest cells, somewhere no one asked for.
     */
    private void checkLine(Mesh mesh, List<Double> from, List<Double> to) {
        int axes = 0;
        for (int a = 0; a < 3; a++) if (!from.get(a).equals(to.get(a))) axes++;
        if (axes != 1) {
            throw at.error("output.line", axes == 0 ? "from and to are the same point " + from
                    : "from " + from + " and to " + to + " must differ along one axis only (x, y or z)");
        }
        RectilinearGrid g = mesh.grid();
        for (String end : List.of("from", "to")) {
            List<Double> p = end.equals("from") ? from : to;
            for (int a = 0; a < 3; a++) {
                double lo = g.min(a);
                double hi = g.max(a);
                double slack = 1e-9 * (hi - lo);
                if (!(p.get(a) >= lo - slack && p.get(a) <= hi + slack)) {
                    throw at.error("output.line." + end, String.format(Locale.ROOT, "%s = %s m lies outside the mesh, which"
                            + " spans [%s, %s] m along %s; the profile line must lie inside it", "xyz".charAt(a),
                            org.kapitza.Numbers.format(p.get(a)), org.kapitza.Numbers.format(lo), org.kapitza.Numbers.format(hi),
                            "xyz".charAt(a)));
                }
            }
        }
    }

    /** Longest case name: output file names add up to 30 characters, and 255 bytes is the usual limit. */
    public static final int MAX_NAME_LENGTH = 100;

    /** The case name names the output files: no hidden files, no path separators, no overlong names. */
    private void checkName(String name) {
        if (!name.matches("[\\p{L}\\p{N}_.\\-]+") || name.startsWith(".")) {
            throw at.error("name", "'" + name + "' must be letters, digits, '.', '_' or '-', not starting with '.' (it names"
                    + " the output files)");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw at.error("name", "'" + name.substring(0, 20) + "...' has " + name.length() + " characters; at most "
                    + MAX_NAME_LENGTH + " (it names the output files)");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private List<Double> pair(List<Double> v, String path, String what) {
        if (v == null || v.size() != 2) {
            throw at.error(path, "needs two values " + what + ", got " + (v == null ? "none" : v.size() + " " + v));
        }
        return v;
    }

    private List<Double> triple(List<Double> v, String path) {
        if (v == null || v.size() != 3) {
            throw at.error(path, "needs three values [x, y, z], got " + (v == null ? "none" : v.size() + " " + v));
        }
        return v;
    }

    /** Runs a constructor that validates its values; its complaint becomes an error at the path. */
    <T> T guard(String path, Supplier<T> s) {
        try {
            return s.get();
        } catch (CaseFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw at.error(path, e.getMessage());
        }
    }

    private <T> T guardMesh(String path, Supplier<T> s) {
        try {
            return s.get();
        } catch (MeshException e) {
            throw at.error(path, e.getMessage());
        }
    }
}
