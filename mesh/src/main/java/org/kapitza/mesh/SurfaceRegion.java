package org.kapitza.mesh;

/**
 * A named rectangle on the top or bottom surface of a region (a floorplan block of a power map, a
 * cold-finger contact): the boundary faces of that region on that side whose centres lie inside the
 * rectangle form the patch {@code patchName}. Coordinates are absolute, in metres.
 */
public record SurfaceRegion(String patchName, int region, Side side, double x0, double x1, double y0, double y1) {
    boolean containsCentre(double x, double y) {
        return x > x0 && x < x1 && y > y0 && y < y1;
    }
}
