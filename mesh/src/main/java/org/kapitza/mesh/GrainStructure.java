package org.kapitza.mesh;

/**
 * A way of dividing cells into grains: a Voronoi polycrystal, a regular lattice of cubes or columns.
 * Implementations pick their target cells from the builder (active, in a region, in a box), give each a
 * grain id, and register the grain seeds so that boundary normals can be computed.
 */
public interface GrainStructure {
    /**
     * Assigns grains to this structure's target cells.
     *
     * @return number of grains created
     * @throws MeshException when the request does not fit the cells (for example more grains than cells)
     */
    int assign(MeshBuilder builder);
}
