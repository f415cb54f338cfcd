package org.kapitza.mesh.gmsh;

import java.nio.file.Path;
import java.util.Map;

/**
 * The contents of a Gmsh mesh file that a finite-volume solver needs, in primitive arrays: node
 * coordinates, the elements of one dimension with their entities, and the physical groups.
 *
 * <p>Nodes are numbered densely from 0 in file order; {@link #nodeTag} gives a node's tag in the file,
 * for messages. Elements of dimension d are stored in {@link Elements}; an element's nodes are
 * {@code nodes[start[e] .. start[e+1])} in Gmsh's order ("Node ordering", Gmsh reference manual §9.3).
 *
 * @param file          where it came from (for messages)
 * @param version       "4.1" or "2.2"
 * @param xyz           node coordinates x y z (m after {@code scale}), 3 per node
 * @param nodeTag       a node's tag in the file
 * @param physicalNames name of each physical group, keyed by {@link #key(int, int)} of (dimension, tag)
 * @param entityGroups  the physical tags of each entity, keyed by {@link #key(int, int)} of (dimension,
 *                      entity tag); version 2.2 files give them per element instead and leave this empty
 * @param elements      elements by dimension: index 0 to 3 (null when the file has none of that dimension)
 */
public record GmshFile(Path file, String version, double[] xyz, long[] nodeTag, Map<Long, String> physicalNames,
                       Map<Long, int[]> entityGroups, Elements[] elements) {

    /** A map key for (dimension, tag). */
    public static long key(int dim, int tag) {
        return ((long) dim << 32) | (tag & 0xffffffffL);
    }

    public int nodeCount() {
        return nodeTag.length;
    }

    /** The highest dimension of any element in the file (0 if none). */
    public int dimension() {
        for (int d = 3; d > 0; d--) if (elements[d] != null && elements[d].count() > 0) return d;
        return 0;
    }

    /**
     * The elements of one dimension.
     *
     * @param type     Gmsh element type of each element (4 tetrahedron, 5 hexahedron, 6 prism, 7 pyramid,
     *                 2 triangle, 3 quadrangle, 1 line)
     * @param entity   elementary entity tag of each element
     * @param physical the physical tag given per element (version 2.2), or null (version 4.1: see
     *                 {@link GmshFile#entityGroups})
     * @param tag      element tag in the file
     * @param start    start of each element's nodes in {@code nodes}, one more than the count
     * @param nodes    dense node indices
     */
    public record Elements(byte[] type, int[] entity, int[] physical, long[] tag, int[] start, int[] nodes) {
        public int count() {
            return type.length;
        }
    }
}
