package org.kapitza.mesh;

/**
 * What the two-point face law needs of a face, whatever the mesh: the heat flow through an interior
 * face f between cells P and N is {@code A (T'_P − T'_N) / (d_P/k_P + R + d_N/k_N)} (docs/PHYSICS.md §1),
 * with A the area, d_P and d_N the distances of the two cell centroids from the face along its unit
 * normal n (owner to neighbour), and T' the cell temperatures carried along the face's tangent to the
 * normal line through the face centre (on an orthogonal mesh T' = T).
 *
 * <p>Rectilinear grids have the normal along an axis; unstructured meshes ({@link org.kapitza.mesh.poly.PolyMesh})
 * any direction. A boundary face has only the owner's side: {@link #neighbourDistance} is 0.
 */
public interface FaceGeometry {
    /** Face area (m²). */
    double area(int f);

    /** Distance from the owner's centroid to the face plane along the normal (m), positive. */
    double ownerDistance(int f);

    /** Distance from the face plane to the neighbour's centroid along the normal (m); 0 for a boundary face. */
    double neighbourDistance(int f);

    /** Component {@code i} of the unit normal, pointing out of the owner. */
    double normal(int f, int i);
}
