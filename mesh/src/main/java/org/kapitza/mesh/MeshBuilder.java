package org.kapitza.mesh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Labels the cells of a grid (region, hence material, and grain), declares named surface regions, and
 * builds the {@link Mesh} with its classified faces.
 *
 * <p>Cells start inactive (outside the geometry). Regions are painted onto them, grains assigned by a
 * {@link GrainStructure}, and {@link #build()} classifies the faces.
 */
public final class MeshBuilder {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_\\-]+");

    private final RectilinearGrid grid;
    private final int[] region;
    private final int[] grain;
    private final List<String> regionNames = new ArrayList<>();
    private final List<Integer> regionMaterial = new ArrayList<>();
    private final Map<String, Integer> materialIds = new LinkedHashMap<>();
    private final List<SurfaceRegion> surfaces = new ArrayList<>();
    private final GrainSeeds seeds = new GrainSeeds();
    private final List<List<Shape>> regionShapes = new ArrayList<>();

    public MeshBuilder(RectilinearGrid grid) {
        this.grid = grid;
        this.region = new int[grid.cellCount()];
        this.grain = new int[grid.cellCount()];
        Arrays.fill(region, -1);
    }

    public RectilinearGrid grid() {
        return grid;
    }

    /**
     * Declares a region (a layer or part) made of one material and returns its id.
     *
     * @param name     unique name of letters, digits, '_' and '-' (it prefixes patch names)
     * @param material material name, resolved later by the solver
     */
    public int addRegion(String name, String material) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new MeshException("region name '" + name + "' must be letters, digits, '_' or '-' (it is used in patch names like '"
                    + name + ".top')");
        }
        if (regionNames.contains(name)) {
            throw new MeshException("region '" + name + "' is declared twice; region and layer names must be unique");
        }
        if (material == null || material.isBlank()) {
            throw new MeshException("region '" + name + "' has no material");
        }
        regionNames.add(name);
        regionShapes.add(new ArrayList<>());
        regionMaterial.add(materialIds.computeIfAbsent(material, m -> materialIds.size()));
        return regionNames.size() - 1;
    }

    /** Region id of a name, or -1. */
    public int regionId(String name) {
        return regionNames.indexOf(name);
    }

    /** Puts every cell whose centre lies in the box into the region (overwriting earlier labels). */
    public void fill(int regionId, Box box) {
        checkRegion(regionId);
        int nx = grid.nx();
        int ny = grid.ny();
        int nz = grid.nz();
        for (int k = 0; k < nz; k++) {
            double z = grid.centre(2, k);
            if (z < box.z0() || z > box.z1()) continue;
            for (int j = 0; j < ny; j++) {
                double y = grid.centre(1, j);
                if (y < box.y0() || y > box.y1()) continue;
                int c = grid.index(0, j, k);
                for (int i = 0; i < nx; i++, c++) {
                    double x = grid.centre(0, i);
                    if (x >= box.x0() && x <= box.x1()) region[c] = regionId;
                }
            }
        }
    }

    /**
     * Puts every cell whose centre lies inside the shape into the region. Interface faces on the
     * region's staircase surface will carry the shape's true normal.
     */
    public void fill(int regionId, Shape shape) {
        checkRegion(regionId);
        int nx = grid.nx();
        int ny = grid.ny();
        for (int c = 0; c < region.length; c++) {
            int i = c % nx;
            int j = (c / nx) % ny;
            int k = c / (nx * ny);
            if (shape.signedDistance(grid.centre(0, i), grid.centre(1, j), grid.centre(2, k)) <= 0) region[c] = regionId;
        }
        regionShapes.get(regionId).add(shape);
    }

    /** Puts one cell into a region, or makes it inactive with {@code regionId = -1}. */
    public void setRegion(int cell, int regionId) {
        if (regionId != -1) checkRegion(regionId);
        region[cell] = regionId;
    }

    /** Region of a cell, -1 when inactive. */
    public int region(int cell) {
        return region[cell];
    }

    /** Grain of a cell (0: not part of any polycrystal). */
    public int grain(int cell) {
        return grain[cell];
    }

    /** Gives a cell a grain id obtained from {@link #addGrainSeeds}. */
    public void setGrain(int cell, int grainId) {
        grain[cell] = grainId;
    }

    /**
     * Registers the seeds of a new set of grains and returns the id of the first; the others follow
     * consecutively.
     *
     * @param seedXyz x, y, z of each seed (m)
     * @param period  period of the tessellation along each axis (m), 0 where not periodic
     */
    public int addGrainSeeds(double[] seedXyz, double[] period) {
        return seeds.add(seedXyz, period);
    }

    /** Divides cells into grains. */
    public MeshBuilder grains(GrainStructure structure) {
        structure.assign(this);
        return this;
    }

    /** Declares a named rectangle on a region's top or bottom surface; it becomes a patch. */
    public void addSurfaceRegion(SurfaceRegion s) {
        checkRegion(s.region());
        if (!(s.x1() > s.x0()) || !(s.y1() > s.y0())) {
            throw new MeshException("surface region '" + s.patchName() + "': x [" + s.x0() + ", " + s.x1() + "] and y ["
                    + s.y0() + ", " + s.y1() + "] must each have lower < upper");
        }
        for (SurfaceRegion other : surfaces) {
            if (other.patchName().equals(s.patchName())) {
                throw new MeshException("surface region '" + s.patchName() + "' is declared twice");
            }
            boolean sameSurface = other.region() == s.region() && other.side() == s.side();
            if (sameSurface && Math.min(s.x1(), other.x1()) > Math.max(s.x0(), other.x0())
                    && Math.min(s.y1(), other.y1()) > Math.max(s.y0(), other.y0())) {
                throw new MeshException("surface region '" + s.patchName() + "' overlaps '" + other.patchName()
                        + "'; regions on one surface must not overlap");
            }
        }
        surfaces.add(s);
    }

    public int regionCount() {
        return regionNames.size();
    }

    public String regionName(int id) {
        return regionNames.get(id);
    }

    private void checkRegion(int id) {
        if (id < 0 || id >= regionNames.size()) {
            throw new IllegalArgumentException("no region with id " + id);
        }
    }

    /** Classifies the faces and returns the finished mesh. The builder should not be used afterwards. */
    public Mesh build() {
        String[] materials = materialIds.keySet().toArray(new String[0]);
        int[] regionMat = regionMaterial.stream().mapToInt(Integer::intValue).toArray();
        return new FaceClassifier(grid, region, grain, regionNames.toArray(new String[0]), regionMat, materials,
                surfaces, seeds, regionShapes).classify();
    }
}
