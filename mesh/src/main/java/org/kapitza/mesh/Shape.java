package org.kapitza.mesh;

/**
 * A solid given by a signed distance: negative inside, positive outside, zero on the surface. A region
 * painted with a shape ({@link MeshBuilder#fill(int, Shape)}) is voxelised by cell centres, and the
 * interface faces on its staircase surface record the shape's true normal, so the solver can correct
 * the staircase area (docs/PHYSICS.md §1).
 */
public interface Shape {
    /** Signed distance (m) of a point from the surface: negative inside. */
    double signedDistance(double x, double y, double z);

    /** Outward unit normal of the surface nearest to the point, written into out[0..2]. */
    void normal(double x, double y, double z, double[] out);

    /** A ball. */
    static Shape sphere(double cx, double cy, double cz, double radius) {
        if (!(radius > 0) || !Double.isFinite(radius)) throw new MeshException("sphere: radius must be positive, got " + radius);
        return new Shape() {
            @Override
            public double signedDistance(double x, double y, double z) {
                return Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz)) - radius;
            }

            @Override
            public void normal(double x, double y, double z, double[] out) {
                double dx = x - cx;
                double dy = y - cy;
                double dz = z - cz;
                double r = Math.sqrt(dx * dx + dy * dy + dz * dz);
                if (r == 0) {
                    out[0] = 0;
                    out[1] = 0;
                    out[2] = 1;
                    return;
                }
                out[0] = dx / r;
                out[1] = dy / r;
                out[2] = dz / r;
            }
        };
    }

    /** The half-space behind a plane: points p with {@code n·(p − p0) <= 0}; n need not be normalised. */
    static Shape halfSpace(double px, double py, double pz, double nx, double ny, double nz) {
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(len > 0) || !Double.isFinite(len)) throw new MeshException("half-space: normal must be a non-zero vector");
        double ux = nx / len;
        double uy = ny / len;
        double uz = nz / len;
        return new Shape() {
            @Override
            public double signedDistance(double x, double y, double z) {
                return ux * (x - px) + uy * (y - py) + uz * (z - pz);
            }

            @Override
            public void normal(double x, double y, double z, double[] out) {
                out[0] = ux;
                out[1] = uy;
                out[2] = uz;
            }
        };
    }

    /** An infinite circular cylinder along z through (cx, cy). */
    static Shape cylinderZ(double cx, double cy, double radius) {
        if (!(radius > 0) || !Double.isFinite(radius)) throw new MeshException("cylinder: radius must be positive, got " + radius);
        return new Shape() {
            @Override
            public double signedDistance(double x, double y, double z) {
                return Math.hypot(x - cx, y - cy) - radius;
            }

            @Override
            public void normal(double x, double y, double z, double[] out) {
                double r = Math.hypot(x - cx, y - cy);
                out[0] = r == 0 ? 1 : (x - cx) / r;
                out[1] = r == 0 ? 0 : (y - cy) / r;
                out[2] = 0;
            }
        };
    }
}
