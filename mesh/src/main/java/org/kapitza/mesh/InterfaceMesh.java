package org.kapitza.mesh;

import java.util.List;

/**
 * What binding a case's rules to faces needs of a mesh, whatever its cells: cells in named regions made
 * of named materials (and, in polycrystals, grains), faces classed bulk, interface, grain boundary and
 * boundary ({@link FaceClass}, contiguous ranges), regions meeting in {@link InterfacePair}s, and
 * boundary faces in named patches. The grid {@link Mesh} and the unstructured
 * {@link org.kapitza.mesh.poly.PolyMesh} both are one, so one binder serves both.
 */
public interface InterfaceMesh extends FaceGeometry {
    int cellCount();

    /** Whether a cell is inside the geometry (a grid's cells outside it are not). */
    default boolean isActive(int cell) {
        return true;
    }

    int region(int cell);

    /** Grain of a cell (-1 outside polycrystals). */
    int grain(int cell);

    /** Cell volume (m³). */
    double volume(int cell);

    /** Cell centroid coordinate along an axis (m). */
    double centre(int cell, int axis);

    int regionCount();

    String regionName(int r);

    /** Region id of a name, or -1. */
    int regionId(String name);

    /** Material id of region r. */
    int regionMaterial(int r);

    int materialCount();

    String materialName(int m);

    /** First face of a class. */
    int faceStart(FaceClass c);

    /** One past the last face of a class. */
    int faceEnd(FaceClass c);

    int owner(int f);

    /** Neighbour cell of an interior face; -1 for a boundary face. */
    int neighbour(int f);

    /** Coordinate of the face centre along an axis (m). */
    double faceCentre(int f, int axis);

    /** Interface pair of an interface face. */
    int interfacePair(int f);

    int interfacePairCount();

    InterfacePair interfacePairInfo(int id);

    List<String> patchNames();

    /** Patch id of a name, or -1. */
    int patchIndex(String name);

    int patchFaceCount(int patch);

    int patchFace(int patch, int i);

    /** Total area of a patch's faces (m²). */
    double patchArea(int patch);
}
