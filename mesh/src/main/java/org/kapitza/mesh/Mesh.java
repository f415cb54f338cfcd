package org.kapitza.mesh;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Cells and classified faces of a rectilinear mesh, in primitive arrays: what a finite-volume solver
 * needs and nothing else.
 *
 * <p><b>Cells</b> are the grid's cells, numbered {@code i + nx (j + ny k)}. Each carries a region id
 * (-1 when inactive, i.e. outside the geometry), the region's material id, and a grain id (0 when the
 * cell is not part of a polycrystal).
 *
 * <p><b>Faces</b> join an owner cell to a neighbour cell, or, for boundary faces, an owner cell to the
 * outside (neighbour -1). They are stored class by class ({@link FaceClass}): faces of class c are
 * those with index in {@code [faceStart(c), faceEnd(c))}. Interior faces point from owner to
 * neighbour along +x, +y or +z (the owner has the lower index); a boundary face points out of its
 * owner. Geometry (area, centroid-to-face distances) is derived from the grid coordinates, so a face
 * costs 9 bytes: owner, neighbour and direction.
 *
 * <p>Interface faces know their {@link InterfacePair}; grain-boundary faces store the unit normal of
 * the true (Voronoi bisector) boundary, oriented from the owner's grain to the neighbour's. Boundary
 * faces belong to one or more named patches.
 */
public final class Mesh implements InterfaceMesh {
    private final RectilinearGrid grid;
    private final int[] region;
    private final int[] grain;
    private final String[] regionNames;
    private final int[] regionMaterial;
    private final String[] materialNames;
    private final int[] owner;
    private final int[] neighbour;
    private final byte[] direction;
    private final int[] classStart;
    private final int[] pairOfFace;
    private final InterfacePair[] pairs;
    private final double[] ifNormal;
    private final double[] gbNormal;
    private final String[] patchNames;
    private final int[][] patchFaces;
    private final int activeCells;
    private final GrainSeeds seeds;
    private final int nx;
    private final int nxy;

    Mesh(RectilinearGrid grid, int[] region, int[] grain, String[] regionNames, int[] regionMaterial,
         String[] materialNames, int[] owner, int[] neighbour, byte[] direction, int[] classStart, int[] pairOfFace,
         InterfacePair[] pairs, double[] ifNormal, double[] gbNormal, String[] patchNames, int[][] patchFaces, int activeCells,
         GrainSeeds seeds) {
        this.grid = grid;
        this.region = region;
        this.grain = grain;
        this.regionNames = regionNames;
        this.regionMaterial = regionMaterial;
        this.materialNames = materialNames;
        this.owner = owner;
        this.neighbour = neighbour;
        this.direction = direction;
        this.classStart = classStart;
        this.pairOfFace = pairOfFace;
        this.pairs = pairs;
        this.ifNormal = ifNormal;
        this.gbNormal = gbNormal;
        this.patchNames = patchNames;
        this.patchFaces = patchFaces;
        this.activeCells = activeCells;
        this.seeds = seeds;
        this.nx = grid.nx();
        this.nxy = grid.nx() * grid.ny();
    }

    public RectilinearGrid grid() {
        return grid;
    }

    // ---- cells -------------------------------------------------------------------------------

    /** Number of grid cells, active or not. */
    public int cellCount() {
        return region.length;
    }

    /** Number of cells inside the geometry. */
    public int activeCellCount() {
        return activeCells;
    }

    public boolean isActive(int cell) {
        return region[cell] >= 0;
    }

    /** Region (layer or part) of a cell, -1 when inactive. */
    public int region(int cell) {
        return region[cell];
    }

    /** Material of a cell, -1 when inactive. */
    public int material(int cell) {
        int r = region[cell];
        return r < 0 ? -1 : regionMaterial[r];
    }

    /** Grain of a cell: 0 outside polycrystals, otherwise an id unique across the mesh. */
    public int grain(int cell) {
        return grain[cell];
    }

    /** Cell volume in m³. */
    public double volume(int cell) {
        return grid.volume(cell % nx, (cell / nx) % grid.ny(), cell / nxy);
    }

    /** Coordinate of a cell centre along an axis (m). */
    public double centre(int cell, int axis) {
        int idx = axis == 0 ? cell % nx : axis == 1 ? (cell / nx) % grid.ny() : cell / nxy;
        return grid.centre(axis, idx);
    }

    /** Index of a cell along an axis. */
    public int cellIndex(int cell, int axis) {
        return axis == 0 ? cell % nx : axis == 1 ? (cell / nx) % grid.ny() : cell / nxy;
    }

    public int regionCount() {
        return regionNames.length;
    }

    public String regionName(int r) {
        return regionNames[r];
    }

    /** Region id of a name, or -1. */
    public int regionId(String name) {
        for (int r = 0; r < regionNames.length; r++) if (regionNames[r].equals(name)) return r;
        return -1;
    }

    /** Material of a region. */
    public int regionMaterial(int r) {
        return regionMaterial[r];
    }

    public int materialCount() {
        return materialNames.length;
    }

    public String materialName(int m) {
        return materialNames[m];
    }

    /** One more than the largest grain id (grain ids run from 1; 0 is "no grain"). */
    public int grainIdCount() {
        return seeds.idCount();
    }

    /** Seed point of a grain along an axis (m): the Voronoi seed, or the lattice-cell centre. */
    public double grainSeed(int grain, int axis) {
        return seeds.seed(grain, axis);
    }

    // ---- faces -------------------------------------------------------------------------------

    public int faceCount() {
        return owner.length;
    }

    /** First face of a class. */
    public int faceStart(FaceClass c) {
        return classStart[c.ordinal()];
    }

    /** One past the last face of a class. */
    public int faceEnd(FaceClass c) {
        return classStart[c.ordinal() + 1];
    }

    /** Number of faces of a class. */
    public int faceCount(FaceClass c) {
        return classStart[c.ordinal() + 1] - classStart[c.ordinal()];
    }

    public FaceClass faceClass(int f) {
        for (int c = 3; c >= 0; c--) if (f >= classStart[c]) return FaceClass.values()[c];
        throw new IndexOutOfBoundsException(f);
    }

    public int owner(int f) {
        return owner[f];
    }

    /** Neighbour cell, or -1 for a boundary face. */
    public int neighbour(int f) {
        return neighbour[f];
    }

    /** Axis of the face normal: 0, 1 or 2. */
    public int axis(int f) {
        return Math.abs(direction[f]) - 1;
    }

    /** +1 when the normal (out of the owner) points along +axis, -1 along -axis. */
    public int normalSign(int f) {
        return direction[f] > 0 ? 1 : -1;
    }

    /** Component i of the unit normal, out of the owner: the face's axis, with its sign. */
    @Override
    public double normal(int f, int i) {
        return i == axis(f) ? normalSign(f) : 0.0;
    }

    /** Face area in m². */
    public double area(int f) {
        int c = owner[f];
        switch (Math.abs(direction[f])) {
            case 1:
                return grid.width(1, (c / nx) % grid.ny()) * grid.width(2, c / nxy);
            case 2:
                return grid.width(0, c % nx) * grid.width(2, c / nxy);
            default:
                return grid.width(0, c % nx) * grid.width(1, (c / nx) % grid.ny());
        }
    }

    /** Distance from the owner's centroid to the face (m). */
    public double ownerDistance(int f) {
        int a = Math.abs(direction[f]) - 1;
        return 0.5 * grid.width(a, cellIndex(owner[f], a));
    }

    /** Distance from the neighbour's centroid to the face (m); 0 for a boundary face. */
    public double neighbourDistance(int f) {
        int m = neighbour[f];
        if (m < 0) return 0.0;
        int a = direction[f] - 1;
        return 0.5 * grid.width(a, cellIndex(m, a));
    }

    /** Coordinate of the face centre along an axis (m). */
    public double faceCentre(int f, int axis) {
        int c = owner[f];
        int a = Math.abs(direction[f]) - 1;
        double x = centre(c, axis);
        if (axis == a) x += (direction[f] > 0 ? 0.5 : -0.5) * grid.width(a, cellIndex(c, a));
        return x;
    }

    /** Interface pair of an interface face. */
    public int interfacePair(int f) {
        return pairOfFace[f - classStart[1]];
    }

    public int interfacePairCount() {
        return pairs.length;
    }

    public InterfacePair interfacePairInfo(int id) {
        return pairs[id];
    }

    /**
     * Component of the true normal of an interface face, oriented from owner to neighbour: the normal of
     * the shape that painted one of the regions, or the face axis for regions painted with boxes.
     */
    public double interfaceNormal(int f, int component) {
        if (ifNormal == null) return component == Math.abs(direction[f]) - 1 ? 1.0 : 0.0;
        return ifNormal[3 * (f - classStart[1]) + component];
    }

    /** Whether interface faces carry normals other than their axes (some region was painted with a shape). */
    public boolean hasShapedInterfaces() {
        return ifNormal != null;
    }

    /** Component of the true boundary normal of a grain-boundary face (owner grain to neighbour grain). */
    public double grainBoundaryNormal(int f, int component) {
        return gbNormal[3 * (f - classStart[2]) + component];
    }

    // ---- patches -----------------------------------------------------------------------------

    /** Names of all patches, in a fixed order. */
    public List<String> patchNames() {
        return Collections.unmodifiableList(Arrays.asList(patchNames));
    }

    /** Index of a patch, or -1. */
    public int patchIndex(String name) {
        for (int p = 0; p < patchNames.length; p++) if (patchNames[p].equals(name)) return p;
        return -1;
    }

    /** Boundary faces of a patch (a copy). */
    public int[] patchFaces(int patch) {
        return patchFaces[patch].clone();
    }

    public int patchFaceCount(int patch) {
        return patchFaces[patch].length;
    }

    /** Face {@code i} of a patch. */
    public int patchFace(int patch, int i) {
        return patchFaces[patch][i];
    }

    /** Total area of a patch (m²). */
    public double patchArea(int patch) {
        double s = 0;
        for (int f : patchFaces[patch]) s += area(f);
        return s;
    }

    // ---- memory and summary ------------------------------------------------------------------

    /** Bytes held by this mesh's arrays (headers excluded). */
    public long memoryBytes() {
        long bytes = 4L * region.length + 4L * grain.length;
        bytes += 4L * owner.length + 4L * neighbour.length + direction.length;
        bytes += 4L * pairOfFace.length + 8L * gbNormal.length + (ifNormal == null ? 0 : 8L * ifNormal.length);
        for (int[] p : patchFaces) bytes += 4L * p.length;
        bytes += grid.memoryBytes();
        return bytes;
    }

    /** {@link #memoryBytes()} per grid cell. */
    public double bytesPerCell() {
        return (double) memoryBytes() / cellCount();
    }

    /** Counts, areas and memory of this mesh. */
    public MeshSummary summary() {
        return MeshSummary.of(this);
    }
}
