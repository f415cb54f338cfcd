package org.kapitza.mesh.stack;

import org.kapitza.mesh.Side;

/**
 * A named rectangle on a layer's top or bottom surface: a floorplan block of a power map, a contact
 * pad. Coordinates are relative to the lower-left corner of the layer's footprint, as floorplans are
 * written; metres. It becomes the patch {@code <layer>.<side>.<name>}.
 */
public record FloorplanBlock(String layer, Side side, String name, double x0, double x1, double y0, double y1) {
    /** Patch name of this block. */
    public String patchName() {
        return layer + "." + side.label() + "." + name;
    }
}
