package org.kapitza.io.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kapitza.Suggest;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.RectilinearGrid;

/**
 * The names of a grid or layer-stack mesh checked against the case file: a region may receive no cells
 * (thinner than a cell, or painted over), a patch may have no faces, and each region's entry is at
 * {@code mesh.grid.regions[i]} or {@code mesh.stack.layers[i]}.
 */
final class GridMeshNames extends MeshNames {
    private final Mesh mesh;
    private final CaseFile cf;
    /** Active cells of each mesh region. */
    private final int[] regionCells;

    /** Counts each region's cells and adds a warning for every region that receives none. */
    GridMeshNames(CaseFileReader.Located<CaseFile> at, Mesh mesh, List<String> warnings) {
        super(at, mesh);
        this.mesh = mesh;
        this.cf = at.value();
        regionCells = new int[mesh.regionCount()];
        for (int c = 0; c < mesh.cellCount(); c++) if (mesh.isActive(c)) regionCells[mesh.region(c)]++;
        for (int r = 0; r < mesh.regionCount(); r++) {
            if (regionCells[r] == 0) warnings.add(noCells(mesh.regionName(r), ", so it takes no part in the solve"));
        }
    }

    /**
     * The id of the region or layer {@code name} of a grid mesh; an error at {@code path} naming the
     * regions there are (and the likeliest one meant) when there is none.
     */
    static int requireRegion(Mesh mesh, String name, CaseFileReader.Located<?> at, String path) {
        int id = mesh.regionId(name);
        if (id >= 0) return id;
        List<String> known = new ArrayList<>();
        for (int r = 0; r < mesh.regionCount(); r++) known.add(mesh.regionName(r));
        throw at.error(path, "no region or layer named '" + name + "'" + Suggest.didYouMean(name, known)
                + "; regions are: " + String.join(", ", known));
    }

    @Override String regionWord() { return "region or layer"; }

    @Override
    boolean hasNoCells(String region) {
        int id = mesh.regionId(region);
        return id >= 0 && regionCells[id] == 0;
    }

    /**
     * Why a region has no cells: a region gets the cells whose centres lie inside its shape, unless a later
     * region paints over them, so a shape thinner than a cell between two cell centres gets none.
     */
    @Override
    String noCells(String region, String consequence) {
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

    /** The key path of a region's entry: its layer or grid region, or the mesh. */
    String regionPath(String region) {
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

    @Override
    void checkMaterials(Libraries libraries) {
        MaterialLibrary library = libraries.materials();
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

    @Override
    int requirePatch(String patch, String pp) {
        int idx = mesh.patchIndex(patch);
        if (idx < 0) {
            List<String> names = new ArrayList<>();
            for (int p = 0; p < mesh.patchNames().size(); p++) if (mesh.patchFaceCount(p) > 0) names.add(mesh.patchNames().get(p));
            throw at.error(pp, "no patch named '" + patch + "'" + Suggest.didYouMean(patch, mesh.patchNames())
                    + "; patches with faces are: " + String.join(", ", names));
        }
        int dot = patch.indexOf('.');
        if (mesh.patchFaceCount(idx) == 0 && dot > 0 && hasNoCells(patch.substring(0, dot))) {
            throw at.error(pp, "patch '" + patch + "' has no faces: " + noCells(patch.substring(0, dot), ""));
        }
        if (mesh.patchFaceCount(idx) == 0) {
            throw at.error(pp, "patch '" + patch + "' has no faces: " + (cf.mesh().stack() != null
                    ? "that surface is entirely covered by other layers"
                    : "no active cell touches it (no region covers the cells along that surface)"));
        }
        return idx;
    }

    /** A grain-boundary rule needs grain boundaries to apply to, as an interface needs two touching regions. */
    @Override
    boolean grainRule(ModelSpec s, String path) {
        String region = s.region();
        if (region != null) requireRegion(region, path + ".region");
        Set<String> with = regionsWithGrainBoundaries();
        if (!(region == null ? !with.isEmpty() : with.contains(region))) {
            String where = region == null ? "the mesh has no grain boundaries" : "region '" + region + "' has no grain boundaries";
            String why = cf.mesh().polycrystals() == null || cf.mesh().polycrystals().isEmpty()
                    ? " (mesh.polycrystals puts no grains anywhere)"
                    : with.isEmpty() ? " (the polycrystals of mesh.polycrystals hold fewer than two grains in any region)"
                    : "; regions with grain boundaries are: " + String.join(", ", with);
            throw at.error(region == null ? path : path + ".region", where + why + ", so this rule applies to nothing;"
                    + " add a polycrystal to mesh.polycrystals" + (region == null ? "" : " that covers '" + region + "'")
                    + " or remove the rule");
        }
        return s.staircase() == null || s.staircase();
    }
}
