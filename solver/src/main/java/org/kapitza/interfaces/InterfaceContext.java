package org.kapitza.interfaces;

import org.kapitza.material.Material;

/**
 * What an interface model may need to know about where it sits.
 *
 * @param side1 material on side 1
 * @param side2 material on side 2
 * @param axis  axis of the faces it is applied to (0, 1, 2), for anisotropic materials
 */
public record InterfaceContext(Material side1, Material side2, int axis) {
}
