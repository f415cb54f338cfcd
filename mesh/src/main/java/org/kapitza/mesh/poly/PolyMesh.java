package org.kapitza.mesh.poly;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.FaceGeometry;
import org.kapitza.mesh.InterfacePair;

/**
 * An unstructured mesh of linear polyhedra (tetrahedra, hexahedra, prisms, pyramids) with classified
 * faces and their finite-volume geometry, in primitive arrays.
 *
 * <p>Cells carry a region (a group of physical volumes of a Gmsh file), the region's material and a
 * grain (0, or a distinct id per physical volume where a region groups several: a conforming
 * polycrystal). Faces are stored class by class ({@link FaceClass}): bulk, interface (two regions),
 * grain boundary (two grains of one region) and boundary. An interior face's normal points from owner
 * to neighbour; a boundary face's out of its owner.
 *
 * <p>Geometry (OpenFOAM's decomposition, Jasak 1996 §3.2): a face's area vector and centre from the
 * triangles joining its edges to its vertex average; a cell's volume and centroid from the tetrahedra
 * joining those triangles to the cell's vertex average. Exact for tetrahedra and planar faces.
 */
public final class PolyMesh implements org.kapitza.mesh.InterfaceMesh {
    final double[] xyz;
    final byte[] cellType;
    final int[] cellStart;
    final int[] cellNodes;
    final long[] cellTag;
    final int[] cellRegion;
    final int[] cellGrain;
    final double[] volume;
    final double[] centre;
    final String[] regionNames;
    final int[] regionMaterial;
    final String[] materialNames;
    final String[] grainNames;
    final int[] owner;
    final int[] neighbour;
    final double[] area;
    final double[] normal;
    final double[] faceCentre;
    final double[] dOwner;
    final double[] dNeighbour;
    final int[] faceStart;
    final int[] faceNodes;
    final int[] classStart;
    final int[] pairOfFace;
    final InterfacePair[] pairs;
    final String[] patchNames;
    final int[][] patchFaces;
    final double maxNonOrthogonality;
    final double meanNonOrthogonality;

    PolyMesh(double[] xyz, byte[] cellType, int[] cellStart, int[] cellNodes, long[] cellTag, int[] cellRegion,
             int[] cellGrain, double[] volume, double[] centre, String[] regionNames, int[] regionMaterial,
             String[] materialNames, String[] grainNames, int[] owner, int[] neighbour, double[] area, double[] normal,
             double[] faceCentre, double[] dOwner, double[] dNeighbour, int[] faceStart, int[] faceNodes, int[] classStart,
             int[] pairOfFace, InterfacePair[] pairs, String[] patchNames, int[][] patchFaces, double maxNonOrthogonality,
             double meanNonOrthogonality) {
        this.xyz = xyz;
        this.cellType = cellType;
        this.cellStart = cellStart;
        this.cellNodes = cellNodes;
        this.cellTag = cellTag;
        this.cellRegion = cellRegion;
        this.cellGrain = cellGrain;
        this.volume = volume;
        this.centre = centre;
        this.regionNames = regionNames;
        this.regionMaterial = regionMaterial;
        this.materialNames = materialNames;
        this.grainNames = grainNames;
        this.owner = owner;
        this.neighbour = neighbour;
        this.area = area;
        this.normal = normal;
        this.faceCentre = faceCentre;
        this.dOwner = dOwner;
        this.dNeighbour = dNeighbour;
        this.faceStart = faceStart;
        this.faceNodes = faceNodes;
        this.classStart = classStart;
        this.pairOfFace = pairOfFace;
        this.pairs = pairs;
        this.patchNames = patchNames;
        this.patchFaces = patchFaces;
        this.maxNonOrthogonality = maxNonOrthogonality;
        this.meanNonOrthogonality = meanNonOrthogonality;
    }

    // ---- nodes and cells ----------------------------------------------------------------------

    public int nodeCount() {
        return xyz.length / 3;
    }

    /** Node coordinates x y z (m), 3 per node (a copy). */
    public double[] nodeCoordinates() {
        return xyz.clone();
    }

    public int cellCount() {
        return cellType.length;
    }

    /** VTK cell type: 10 tetrahedron, 12 hexahedron, 13 wedge, 14 pyramid. */
    public byte cellType(int c) {
        return cellType[c];
    }

    /** Nodes of a cell in VTK's order (a copy of the slice). */
    public int[] cellNodes(int c) {
        return Arrays.copyOfRange(cellNodes, cellStart[c], cellStart[c + 1]);
    }

    /** The element tag in the Gmsh file a cell came from. */
    public long elementTag(int c) {
        return cellTag[c];
    }

    public int region(int c) {
        return cellRegion[c];
    }

    public int material(int c) {
        return regionMaterial[cellRegion[c]];
    }

    /** 0 outside polycrystals, else the id of the cell's physical volume among the grains (from 1). */
    public int grain(int c) {
        return cellGrain[c];
    }

    /** Cell volume (m³). */
    public double volume(int c) {
        return volume[c];
    }

    /** Coordinate of a cell centroid (m). */
    public double centre(int c, int axis) {
        return centre[3 * c + axis];
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

    public List<String> regionNames() {
        return Collections.unmodifiableList(Arrays.asList(regionNames));
    }

    public int regionMaterial(int r) {
        return regionMaterial[r];
    }

    public int materialCount() {
        return materialNames.length;
    }

    public String materialName(int m) {
        return materialNames[m];
    }

    /** Number of grains (physical volumes inside polycrystal regions). */
    public int grainCount() {
        return grainNames.length;
    }

    /** Name of the physical volume of grain g (1-based). */
    public String grainName(int g) {
        return grainNames[g - 1];
    }

    // ---- faces -----------------------------------------------------------------------------------

    public int faceCount() {
        return owner.length;
    }

    public int faceStart(FaceClass c) {
        return classStart[c.ordinal()];
    }

    public int faceEnd(FaceClass c) {
        return classStart[c.ordinal() + 1];
    }

    public int faceCount(FaceClass c) {
        return faceEnd(c) - faceStart(c);
    }

    public int owner(int f) {
        return owner[f];
    }

    /** Neighbour cell, or -1 for a boundary face. */
    public int neighbour(int f) {
        return neighbour[f];
    }

    @Override
    public double area(int f) {
        return area[f];
    }

    @Override
    public double normal(int f, int i) {
        return normal[3 * f + i];
    }

    @Override
    public double ownerDistance(int f) {
        return dOwner[f];
    }

    @Override
    public double neighbourDistance(int f) {
        return dNeighbour[f];
    }

    /** Coordinate of the face centre (m). */
    public double faceCentre(int f, int axis) {
        return faceCentre[3 * f + axis];
    }

    /** Number of vertices of a face. */
    public int faceVertexCount(int f) {
        return faceStart[f + 1] - faceStart[f];
    }

    /** Vertex {@code i} of a face, going round it so that the right-hand rule gives the normal. */
    public int faceVertex(int f, int i) {
        return faceNodes[faceStart[f] + i];
    }

    public int interfacePair(int f) {
        return pairOfFace[f - classStart[FaceClass.INTERFACE.ordinal()]];
    }

    public int interfacePairCount() {
        return pairs.length;
    }

    public InterfacePair interfacePairInfo(int id) {
        return pairs[id];
    }

    /** Largest angle between a face normal and the line joining the two cell centroids (degrees). */
    public double maxNonOrthogonality() {
        return maxNonOrthogonality;
    }

    /** Area-weighted mean of that angle over interior faces (degrees). */
    public double meanNonOrthogonality() {
        return meanNonOrthogonality;
    }

    // ---- patches ---------------------------------------------------------------------------------

    public List<String> patchNames() {
        return Collections.unmodifiableList(Arrays.asList(patchNames));
    }

    public int patchIndex(String name) {
        for (int p = 0; p < patchNames.length; p++) if (patchNames[p].equals(name)) return p;
        return -1;
    }

    public int patchFaceCount(int p) {
        return patchFaces[p].length;
    }

    public int patchFace(int p, int i) {
        return patchFaces[p][i];
    }

    public double patchArea(int p) {
        double s = 0;
        for (int f : patchFaces[p]) s += area[f];
        return s;
    }

    // ---- memory ----------------------------------------------------------------------------------

    /** Bytes held by this mesh's arrays (headers excluded). */
    public long memoryBytes() {
        long b = 8L * xyz.length + cellType.length + 4L * cellStart.length + 4L * cellNodes.length + 8L * cellTag.length
                + 4L * cellRegion.length + 4L * cellGrain.length + 8L * volume.length + 8L * centre.length;
        b += 4L * owner.length + 4L * neighbour.length + 8L * area.length + 8L * normal.length + 8L * faceCentre.length
                + 8L * dOwner.length + 8L * dNeighbour.length + 4L * faceStart.length + 4L * faceNodes.length
                + 4L * pairOfFace.length;
        for (int[] p : patchFaces) b += 4L * p.length;
        return b;
    }
}
