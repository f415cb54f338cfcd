package org.kapitza.mesh;

import java.util.Arrays;

/**
 * Node coordinates along one axis of a rectilinear grid, in metres.
 *
 * <p>Every factory returns a fresh, strictly increasing array of finite values: {@code n} cells have
 * {@code n + 1} nodes. Invalid input (NaN, non-increasing, zero cells) raises a {@link MeshException}
 * naming the parameter and its value.
 */
public final class GridLines {
    private GridLines() {
    }

    /** {@code cells} equal cells from {@code start} to {@code end}. */
    public static double[] uniform(double start, double end, int cells) {
        checkRange("uniform spacing", start, end);
        checkCells("uniform spacing", cells);
        double[] nodes = new double[cells + 1];
        for (int i = 0; i <= cells; i++) {
            nodes[i] = start + (end - start) * i / cells;
        }
        nodes[cells] = end;
        return nodes;
    }

    /**
     * Geometric spacing: each cell is {@code ratio} times as wide as the one before it (ratio &gt; 1
     * refines towards {@code start}, ratio &lt; 1 towards {@code end}).
     */
    public static double[] geometric(double start, double end, int cells, double ratio) {
        checkRange("geometric spacing", start, end);
        checkCells("geometric spacing", cells);
        if (!(ratio > 0) || !Double.isFinite(ratio)) {
            throw new MeshException("geometric spacing: ratio must be a positive number, got " + ratio);
        }
        if (Math.abs(ratio - 1.0) < 1e-12) {
            return uniform(start, end, cells);
        }
        // First width w with w (r^n - 1)/(r - 1) = L.
        double first = (end - start) * (ratio - 1.0) / (Math.pow(ratio, cells) - 1.0);
        double[] nodes = new double[cells + 1];
        nodes[0] = start;
        double w = first;
        for (int i = 1; i < cells; i++) {
            nodes[i] = nodes[i - 1] + w;
            w *= ratio;
        }
        nodes[cells] = end;
        return nodes;
    }

    /** Explicit node coordinates, checked: at least two, finite, strictly increasing. */
    public static double[] explicit(String what, double... nodes) {
        if (nodes == null || nodes.length < 2) {
            throw new MeshException(what + ": needs at least two coordinates (one cell), got "
                    + (nodes == null ? 0 : nodes.length));
        }
        for (int i = 0; i < nodes.length; i++) {
            if (!Double.isFinite(nodes[i])) {
                throw new MeshException(what + ": coordinate [" + i + "] is " + nodes[i] + "; coordinates must be finite numbers");
            }
            if (i > 0 && !(nodes[i] > nodes[i - 1])) {
                throw new MeshException(what + ": coordinates must increase strictly, but [" + (i - 1) + "] = "
                        + nodes[i - 1] + " and [" + i + "] = " + nodes[i]);
            }
        }
        return nodes.clone();
    }

    /**
     * Nodes from {@code start} to {@code end} that pass exactly through every snap point (footprint
     * edges, floorplan block edges) and are graded between them.
     *
     * <p>The target cell size is {@code h = (end - start) / cells} when {@code cells > 0}, otherwise
     * {@code maxCell}. At a snap point the size is at most the length of the shorter interval next to
     * it; away from it the size grows linearly with slope {@code growth - 1} (so neighbouring cells
     * differ by about the factor {@code growth}) until it reaches {@code h}. Each interval gets a whole
     * number of cells in proportion to the integral of 1/size over it (largest-remainder rounding, at
     * least one), and its nodes equidistribute that integral. With a cell count the total is exactly
     * {@code cells}, unless there are more intervals than cells, in which case every interval gets one.
     *
     * @param cells   total number of cells, or 0 to use {@code maxCell}
     * @param maxCell largest cell size in metres, used when {@code cells == 0}
     * @param growth  largest ratio of neighbouring cell sizes (&gt; 1), for example 1.25
     */
    public static double[] snapped(String what, double start, double end, double[] snapPoints,
                                   int cells, double maxCell, double growth) {
        checkRange(what, start, end);
        if (cells < 0) {
            throw new MeshException(what + ": number of cells must be positive, got " + cells);
        }
        if (cells == 0 && !(maxCell > 0 && Double.isFinite(maxCell))) {
            throw new MeshException(what + ": give a number of cells or a positive maximum cell size, got " + maxCell);
        }
        if (!(growth > 1.0) || !Double.isFinite(growth)) {
            throw new MeshException(what + ": growth ratio must be a number above 1, got " + growth);
        }
        double length = end - start;
        double tol = 1e-9 * length;
        double[] pts = mergeSnapPoints(what, start, end, snapPoints, tol);
        int m = pts.length - 1;
        double h = cells > 0 ? length / cells : maxCell;
        double[] sizeAt = new double[pts.length];
        for (int p = 0; p < pts.length; p++) {
            double s = h;
            if (p > 0) s = Math.min(s, pts[p] - pts[p - 1]);
            if (p < m) s = Math.min(s, pts[p + 1] - pts[p]);
            sizeAt[p] = s;
        }
        final int samples = 256;
        double[][] cumulative = new double[m][];
        double[] integral = new double[m];
        for (int k = 0; k < m; k++) {
            double a = pts[k];
            double b = pts[k + 1];
            double[] cum = new double[samples + 1];
            double prev = 1.0 / size(a, a, b, sizeAt[k], sizeAt[k + 1], h, growth);
            for (int s = 1; s <= samples; s++) {
                double x = a + (b - a) * s / samples;
                double cur = 1.0 / size(x, a, b, sizeAt[k], sizeAt[k + 1], h, growth);
                cum[s] = cum[s - 1] + 0.5 * (prev + cur) * (b - a) / samples;
                prev = cur;
            }
            cumulative[k] = cum;
            integral[k] = cum[samples];
        }
        int[] count = cells > 0 ? apportion(integral, cells) : ceilCounts(integral);
        int total = 0;
        for (int c : count) total += c;
        double[] nodes = new double[total + 1];
        int at = 0;
        for (int k = 0; k < m; k++) {
            double a = pts[k];
            double b = pts[k + 1];
            nodes[at++] = a;
            double[] cum = cumulative[k];
            int s = 0;
            for (int q = 1; q < count[k]; q++) {
                double target = integral[k] * q / count[k];
                while (cum[s + 1] < target) s++;
                double t = (target - cum[s]) / (cum[s + 1] - cum[s]);
                nodes[at++] = a + (b - a) * (s + t) / samples;
            }
        }
        nodes[at] = end;
        return nodes;
    }

    private static double size(double x, double a, double b, double sa, double sb, double h, double growth) {
        double slope = growth - 1.0;
        return Math.min(h, Math.min(sa + slope * (x - a), sb + slope * (b - x)));
    }

    private static double[] mergeSnapPoints(String what, double start, double end, double[] snap, double tol) {
        double[] all = new double[(snap == null ? 0 : snap.length) + 2];
        all[0] = start;
        all[1] = end;
        int n = 2;
        if (snap != null) {
            for (double p : snap) {
                if (!Double.isFinite(p)) {
                    throw new MeshException(what + ": snap coordinate " + p + " is not a finite number");
                }
                if (p < start - tol || p > end + tol) {
                    throw new MeshException(what + ": coordinate " + p + " m lies outside [" + start + ", " + end + "] m");
                }
                all[n++] = Math.min(end, Math.max(start, p));
            }
        }
        Arrays.sort(all, 0, n);
        double[] merged = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || all[i] - merged[m - 1] > tol) {
                merged[m++] = all[i];
            }
        }
        merged[m - 1] = end;
        return Arrays.copyOf(merged, m);
    }

    /** Largest-remainder split of {@code total} in proportion to {@code weight}, each at least one. */
    static int[] apportion(double[] weight, int total) {
        int m = weight.length;
        int[] count = new int[m];
        if (total <= m) {
            Arrays.fill(count, 1);
            return count;
        }
        double sum = 0;
        for (double w : weight) sum += w;
        int assigned = 0;
        double[] remainder = new double[m];
        for (int k = 0; k < m; k++) {
            double exact = total * weight[k] / sum;
            count[k] = Math.max(1, (int) Math.floor(exact));
            remainder[k] = exact - count[k];
            assigned += count[k];
        }
        while (assigned < total) {
            int best = 0;
            for (int k = 1; k < m; k++) if (remainder[k] > remainder[best]) best = k;
            count[best]++;
            remainder[best] -= 1.0;
            assigned++;
        }
        while (assigned > total) {
            int best = -1;
            for (int k = 0; k < m; k++) {
                if (count[k] > 1 && (best < 0 || remainder[k] < remainder[best])) best = k;
            }
            count[best]--;
            remainder[best] += 1.0;
            assigned--;
        }
        return count;
    }

    private static int[] ceilCounts(double[] integral) {
        int[] count = new int[integral.length];
        for (int k = 0; k < integral.length; k++) {
            count[k] = Math.max(1, (int) Math.ceil(integral[k] - 1e-9));
        }
        return count;
    }

    private static void checkRange(String what, double start, double end) {
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            throw new MeshException(what + ": extent [" + start + ", " + end + "] must be finite numbers");
        }
        if (!(end > start)) {
            throw new MeshException(what + ": length must be positive, but the extent is [" + start + ", " + end + "] m");
        }
    }

    private static void checkCells(String what, int cells) {
        if (cells < 1) {
            throw new MeshException(what + ": number of cells must be at least 1, got " + cells);
        }
    }
}
