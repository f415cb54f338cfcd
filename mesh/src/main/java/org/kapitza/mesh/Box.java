package org.kapitza.mesh;

/**
 * An axis-aligned box in metres. A cell belongs to a box when its centre lies inside it.
 */
public record Box(double x0, double x1, double y0, double y1, double z0, double z1) {
    public Box {
        check("x", x0, x1);
        check("y", y0, y1);
        check("z", z0, z1);
    }

    private static void check(String axis, double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi) || !(hi > lo)) {
            throw new MeshException("box: " + axis + " range [" + lo + ", " + hi + "] must have lower < upper");
        }
    }

    /** A box unbounded along every axis. */
    public static Box everywhere() {
        double inf = Double.POSITIVE_INFINITY;
        return new Box(-inf, inf, -inf, inf, -inf, inf);
    }

    public boolean contains(double x, double y, double z) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1 && z >= z0 && z <= z1;
    }

    public double lo(int axis) {
        return axis == 0 ? x0 : axis == 1 ? y0 : z0;
    }

    public double hi(int axis) {
        return axis == 0 ? x1 : axis == 1 ? y1 : z1;
    }
}
