package org.kapitza.fv;

import org.hipparchus.special.Erf;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.RectilinearGrid;

/**
 * A Gaussian laser spot on the top surface (z = max) of a grid: intensity (2P/πw²) exp(−2r²/w²) about
 * (x₀, y₀), w the 1/e² radius. Each top cell gets the spot's exact integral over its top face,
 * P·F_x·F_y with F = ½[erf(√2(b − x₀)/w) − erf(√2(a − x₀)/w)] over the face's extent [a, b] — so a spot
 * centred on a corner of a quarter-symmetric domain puts P/4 into it, and the total is exact however
 * coarse the cells. The same weights, normalised, are the probe's average.
 *
 * @param x      centre x, m
 * @param y      centre y, m
 * @param radius 1/e² intensity radius, m
 */
public record GaussianSpot(double x, double y, double radius) {

    /**
     * The fraction of the spot's power falling on the top face of each top-layer cell (0 elsewhere and where
     * the top cell is outside the geometry); index by cell.
     */
    public double[] weights(Mesh mesh) {
        RectilinearGrid g = mesh.grid();
        double[] w = new double[g.cellCount()];
        int k = g.nz() - 1;
        double[] fy = new double[g.ny()];
        for (int j = 0; j < g.ny(); j++) {
            fy[j] = g.dimension() < 2 ? 1 : fraction(g.node(1, j), g.node(1, j + 1), y);
        }
        for (int i = 0; i < g.nx(); i++) {
            double fx = fraction(g.node(0, i), g.node(0, i + 1), x);
            for (int j = 0; j < g.ny(); j++) {
                int c = g.index(i, j, k);
                if (mesh.isActive(c)) w[c] = fx * fy[j];
            }
        }
        return w;
    }

    private double fraction(double a, double b, double centre) {
        double s = Math.sqrt(2) / radius;
        return 0.5 * Erf.erf(s * (a - centre), s * (b - centre));
    }
}
