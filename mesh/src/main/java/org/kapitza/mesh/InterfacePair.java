package org.kapitza.mesh;

/**
 * A pair of regions that touch: the material interface between them. {@code regionA < regionB}.
 *
 * @param id      index of the pair in the mesh
 * @param regionA lower region id
 * @param regionB higher region id
 */
public record InterfacePair(int id, int regionA, int regionB) {
}
