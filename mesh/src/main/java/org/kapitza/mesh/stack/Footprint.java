package org.kapitza.mesh.stack;

/**
 * The in-plane rectangle a layer occupies, smaller than or equal to the stack's base (a 12.8 mm die on
 * a 30 mm spreader on a 60 mm sink). Lengths in metres.
 *
 * @param sizeX   width along x
 * @param sizeY   width along y
 * @param originX x of the lower-left corner in base coordinates, or NaN to centre it on the base
 * @param originY y of the lower-left corner in base coordinates, or NaN to centre it on the base
 */
public record Footprint(double sizeX, double sizeY, double originX, double originY) {
    /** A footprint centred on the base. */
    public static Footprint centred(double sizeX, double sizeY) {
        return new Footprint(sizeX, sizeY, Double.NaN, Double.NaN);
    }

    double x0(double baseX) {
        return Double.isNaN(originX) ? 0.5 * (baseX - sizeX) : originX;
    }

    double y0(double baseY) {
        return Double.isNaN(originY) ? 0.5 * (baseY - sizeY) : originY;
    }
}
