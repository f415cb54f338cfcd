package org.kapitza.io.casefile;

import java.util.List;
import java.util.Locale;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.GrainStructure;
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

/**
 * The {@code mesh} section of a grid or layer-stack case file: a layer stack (with the edges of its
 * power-map blocks) or a rectilinear grid with regions, then its polycrystals; refused before anything is
 * allocated when the solve would not fit in memory.
 */
final class MeshSection extends Section {
    private final PowerMapBlocks maps;
    private final long memoryLimit;

    MeshSection(Checks checks, PowerMapBlocks maps, long memoryLimit) {
        super(checks);
        this.maps = maps;
        this.memoryLimit = memoryLimit;
    }

    Mesh build() {
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
                checks.guardMesh(path, () -> builder.grains(g));
            }
        }
        return checks.guardMesh("mesh", builder::build);
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
                    List<Double> o = checks.pair(f.origin(), path + ".footprint.origin", "[x, y] of the lower-left corner");
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
                String[] surface = maps.surface(pm.surface(), path + ".surface");
                List<SourceSpec.Block> blocks = maps.blocksOf(i, pm, path);
                for (int j = 0; j < blocks.size(); j++) {
                    SourceSpec.Block blk = blocks.get(j);
                    String bp = path + ".blocks[" + j + "]";
                    List<Double> x = checks.pair(blk.x(), bp + ".x", "[from, to]");
                    List<Double> y = checks.pair(blk.y(), bp + ".y", "[from, to]");
                    b.block(new FloorplanBlock(surface[0], surface[1].equals("top") ? Side.TOP : Side.BOTTOM, blk.name(),
                            x.get(0), x.get(1), y.get(0), y.get(1)));
                }
            }
        }
        checkSize(nx * ny * Math.max(1, nz), "mesh.stack");
        LayerStack stack = b.build();
        return checks.guardMesh("mesh.stack", stack::meshBuilder);
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
                    : checks.pair(g.crossSection(), "mesh.grid.cross_section", "[width along y, width along z]");
            grid = checks.guardMesh("mesh.grid", () -> RectilinearGrid.of1D(x, cs.get(0), cs.get(1)));
        } else if (z == null) {
            grid = checks.guardMesh("mesh.grid", () -> RectilinearGrid.of2D(x, y, g.depth() == null ? 1.0 : g.depth()));
        } else {
            grid = checks.guardMesh("mesh.grid", () -> RectilinearGrid.of3D(x, y, z));
        }
        MeshBuilder b = new MeshBuilder(grid);
        for (int i = 0; i < g.regions().size(); i++) {
            CaseFile.RegionSpec r = g.regions().get(i);
            String path = "mesh.grid.regions[" + i + "]";
            int id = checks.guardMesh(path, () -> b.addRegion(r.name(), r.material()));
            int shapes = (r.box() != null ? 1 : 0) + (r.sphere() != null ? 1 : 0) + (r.cylinder() != null ? 1 : 0)
                    + (r.halfSpace() != null ? 1 : 0);
            if (shapes != 1) throw at.error(path, "give exactly one shape: box, sphere, cylinder or half_space");
            if (r.box() != null) {
                Box box = box(r.box(), path + ".box");
                checks.guardMesh(path, () -> {
                    b.fill(id, box);
                    return null;
                });
            } else {
                Shape shape = r.sphere() != null
                        ? Shape.sphere(checks.triple(r.sphere().centre(), path + ".sphere.centre").get(0),
                        checks.triple(r.sphere().centre(), path + ".sphere.centre").get(1),
                        checks.triple(r.sphere().centre(), path + ".sphere.centre").get(2), r.sphere().radius())
                        : r.cylinder() != null
                        ? Shape.cylinderZ(checks.pair(r.cylinder().centre(), path + ".cylinder.centre", "[x, y]").get(0),
                        checks.pair(r.cylinder().centre(), path + ".cylinder.centre", "[x, y]").get(1), r.cylinder().radius())
                        : halfSpace(r.halfSpace(), path + ".half_space");
                checks.guardMesh(path, () -> {
                    b.fill(id, shape);
                    return null;
                });
            }
        }
        return b;
    }

    private Shape halfSpace(CaseFile.HalfSpace h, String path) {
        List<Double> p = checks.triple(h.point(), path + ".point");
        List<Double> n = checks.triple(h.normal(), path + ".normal");
        return checks.guardMesh(path, () -> Shape.halfSpace(p.get(0), p.get(1), p.get(2), n.get(0), n.get(1), n.get(2)));
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
        if (a.ratio() != null) return checks.guardMesh(path, () -> GridLines.geometric(a.from(), a.to(), a.cells(), a.ratio()));
        return checks.guardMesh(path, () -> GridLines.uniform(a.from(), a.to(), a.cells()));
    }

    private Box box(CaseFile.BoxSpec b, String path) {
        double inf = Double.POSITIVE_INFINITY;
        List<Double> x = b.x() == null ? List.of(-inf, inf) : checks.pair(b.x(), path + ".x", "[from, to]");
        List<Double> y = b.y() == null ? List.of(-inf, inf) : checks.pair(b.y(), path + ".y", "[from, to]");
        List<Double> z = b.z() == null ? List.of(-inf, inf) : checks.pair(b.z(), path + ".z", "[from, to]");
        return checks.guardMesh(path, () -> new Box(x.get(0), x.get(1), y.get(0), y.get(1), z.get(0), z.get(1)));
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
            RegularGrains g = checks.guardMesh(path + ".regular", () -> r.size() != null ? RegularGrains.cubes(r.size())
                    : r.sizes() != null ? RegularGrains.boxes(checks.triple(r.sizes(), path + ".regular.sizes").get(0),
                    r.sizes().get(1), r.sizes().get(2))
                    : RegularGrains.columns(checks.pair(r.columns(), path + ".regular.columns", "[x, y]").get(0), r.columns().get(1)));
            g.inRegions(regions);
            if (box != null) g.inBox(box);
            return g;
        }
        VoronoiGrains v = checks.guardMesh(path, () -> p.grains() != null ? VoronoiGrains.ofCount(p.grains())
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
        double bytes = cells * CaseBuilder.BYTES_PER_CELL;
        if (cells > RectilinearGrid.MAX_CELLS || bytes > memoryLimit) {
            throw at.error(path, String.format(Locale.ROOT,
                    "the mesh would have about %.3g cells and need about %s to solve (%d bytes per cell), more than the %s"
                            + " this Java process may use; use fewer cells (or raise -Xmx via KAPITZA_JAVA_OPTS)",
                    cells, bytes(bytes), CaseBuilder.BYTES_PER_CELL, bytes(memoryLimit)));
        }
    }

    static String bytes(double b) {
        if (b >= 1L << 50) return String.format(Locale.ROOT, "%.3g TB", b / (double) (1L << 40));
        if (b >= 1L << 40) return String.format(Locale.ROOT, "%.1f TB", b / (double) (1L << 40));
        if (b >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", b / (double) (1L << 30));
        return String.format(Locale.ROOT, "%.0f MB", b / (double) (1L << 20));
    }
}
