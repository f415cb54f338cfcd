package org.kapitza.mesh;

/**
 * Nearest-seed queries on a uniform bin grid (about one seed per bin), with optional periodic images.
 *
 * <p>A query scans rings of bins around its own bin, nearest first, and stops as soon as the best
 * distance found is no larger than the distance to any bin not yet scanned. With about one seed per
 * bin this visits 27 bins on average, so assigning V voxels to N grains costs O(V), not O(V N).
 */
final class SeedIndex {
    private final double[] s;
    private final double[] lo;
    private final double[] len;
    private final boolean[] periodic;
    private final int[] nb = new int[3];
    private final double[] bw = new double[3];
    private final int[] binStart;
    private final int[] binSeed;

    /**
     * @param seeds    x, y, z per seed (m), inside the box [lo, lo + len]
     * @param periodic whether each axis wraps around with period len
     */
    SeedIndex(double[] seeds, double[] lo, double[] len, boolean[] periodic, int dimension) {
        this.s = seeds;
        this.lo = lo.clone();
        this.len = len.clone();
        this.periodic = periodic.clone();
        int n = seeds.length / 3;
        double measure = 1;
        for (int a = 0; a < dimension; a++) measure *= len[a];
        double binSize = Math.pow(measure / n, 1.0 / dimension);
        int bins = 1;
        for (int a = 0; a < 3; a++) {
            nb[a] = a < dimension ? (int) Math.max(1, Math.min(1 << 10, Math.round(len[a] / binSize))) : 1;
            bw[a] = len[a] / nb[a];
            bins *= nb[a];
        }
        binStart = new int[bins + 1];
        int[] binOf = new int[n];
        for (int p = 0; p < n; p++) {
            int b = bin(seeds[3 * p], seeds[3 * p + 1], seeds[3 * p + 2]);
            binOf[p] = b;
            binStart[b + 1]++;
        }
        for (int b = 0; b < bins; b++) binStart[b + 1] += binStart[b];
        binSeed = new int[n];
        int[] at = binStart.clone();
        for (int p = 0; p < n; p++) binSeed[at[binOf[p]]++] = p; // ascending seed order within a bin
    }

    private int coord(double x, int a) {
        int i = (int) Math.floor((x - lo[a]) / bw[a]);
        return Math.min(nb[a] - 1, Math.max(0, i));
    }

    private int bin(double x, double y, double z) {
        return coord(x, 0) + nb[0] * (coord(y, 1) + nb[1] * coord(z, 2));
    }

    /** Index of the seed nearest to (x, y, z); among equally near seeds, the lowest index. */
    int nearest(double x, double y, double z) {
        double[] p = {x, y, z};
        int[] b = {coord(x, 0), coord(y, 1), coord(z, 2)};
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        for (int r = 0; ; r++) {
            for (int dk = -r; dk <= r; dk++) {
                int kk = b[2] + dk;
                double shiftZ = 0;
                if (kk < 0 || kk >= nb[2]) {
                    if (!periodic[2]) continue;
                    int w = Math.floorDiv(kk, nb[2]);
                    shiftZ = w * len[2];
                    kk -= w * nb[2];
                }
                for (int dj = -r; dj <= r; dj++) {
                    int jj = b[1] + dj;
                    double shiftY = 0;
                    if (jj < 0 || jj >= nb[1]) {
                        if (!periodic[1]) continue;
                        int w = Math.floorDiv(jj, nb[1]);
                        shiftY = w * len[1];
                        jj -= w * nb[1];
                    }
                    boolean onShell = Math.abs(dk) == r || Math.abs(dj) == r;
                    for (int di = -r; di <= r; di += (onShell || r == 0) ? 1 : 2 * r) {
                        int ii = b[0] + di;
                        double shiftX = 0;
                        if (ii < 0 || ii >= nb[0]) {
                            if (!periodic[0]) continue;
                            int w = Math.floorDiv(ii, nb[0]);
                            shiftX = w * len[0];
                            ii -= w * nb[0];
                        }
                        int bin = ii + nb[0] * (jj + nb[1] * kk);
                        for (int q = binStart[bin]; q < binStart[bin + 1]; q++) {
                            int sd = binSeed[q];
                            double dx = s[3 * sd] + shiftX - x;
                            double dy = s[3 * sd + 1] + shiftY - y;
                            double dz = s[3 * sd + 2] + shiftZ - z;
                            double d2 = dx * dx + dy * dy + dz * dz;
                            if (d2 < bestD2 || (d2 == bestD2 && sd < best)) {
                                bestD2 = d2;
                                best = sd;
                            }
                        }
                    }
                }
            }
            // Distance from p to the nearest bin outside rings 0..r; stop when no such bin can be closer.
            double gap = Double.POSITIVE_INFINITY;
            boolean more = false;
            for (int a = 0; a < 3; a++) {
                double binLo = lo[a] + b[a] * bw[a];
                if (periodic[a] || b[a] - r > 0) {
                    gap = Math.min(gap, Math.max(0, p[a] - (binLo - r * bw[a])));
                    more = true;
                }
                if (periodic[a] || b[a] + r < nb[a] - 1) {
                    gap = Math.min(gap, Math.max(0, binLo + (r + 1) * bw[a] - p[a]));
                    more = true;
                }
            }
            if (!more || (best >= 0 && bestD2 < gap * gap)) return best;
        }
    }
}
