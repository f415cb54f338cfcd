package org.kapitza.mesh;

/**
 * What a face is, physically. Faces of a mesh are stored class by class, so iterating one class is a
 * loop over a contiguous index range ({@link Mesh#faceStart}, {@link Mesh#faceEnd}).
 */
public enum FaceClass {
    /** Between two cells of the same region and the same grain: plain conduction. */
    BULK,
    /** Between two different regions (layers, parts), which may or may not share a material. */
    INTERFACE,
    /** Between two grains of one region: carries the grain-boundary resistance and the true normal. */
    GRAIN_BOUNDARY,
    /** An active cell against the outside of the grid or an inactive cell: belongs to named patches. */
    BOUNDARY
}
