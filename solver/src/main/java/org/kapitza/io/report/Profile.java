package org.kapitza.io.report;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.InputException;
import org.kapitza.fv.SteadyResult;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.RectilinearGrid;

/**
 * Temperatures along a line parallel to an axis: the cell centres it passes, and at every face between
 * two active cells both side temperatures, so a jump shows as a vertical step; at the ends, the surface
 * temperatures. Inactive cells break the line.
 *
 * @param axis      axis the line runs along (0, 1, 2)
 * @param fixed     the line's other two coordinates (m), by axis (the entry for {@code axis} is unused)
 * @param points    the samples, in order along the line
 * @param regions   the regions the line crosses, in order: where each starts and ends along the axis (m)
 */
public record Profile(int axis, double[] fixed, List<Point> points, List<Span> regions) {

    /** A stretch of the line inside one region: its name and where it starts and ends along the axis (m). */
    public record Span(String region, double from, double to) {
    }

    /** A sample: position along the axis (m), temperature (K), and what it is. */
    public record Point(double position, double temperature, String kind) {
    }

    /**
     * The default line: along z for 3D meshes, along x otherwise, through the column of cells that crosses the
     * most regions (the whole heat path: a die, its TIM, spreader and sink; a stage, its standoff and the
     * plate), the hottest of those columns. A column through the hottest cell alone can miss a narrow part
     * of the path, such as a standoff under a wide stage.
     */
    public static Profile throughHottest(SteadyResult r) {
        Mesh m = r.mesh();
        RectilinearGrid g = m.grid();
        int axis = g.dimension() == 3 ? 2 : 0;
        int u = axis == 2 ? 0 : 1;
        int v = axis == 2 ? 1 : 2;
        int nu = g.cells(u);
        int nv = g.cells(v);
        int n = g.cells(axis);
        int bestRegions = -1;
        double bestT = Double.NEGATIVE_INFINITY;
        int bestCell = -1;
        int[] idx = new int[3];
        for (int j = 0; j < nv; j++) {
            for (int i = 0; i < nu; i++) {
                idx[u] = i;
                idx[v] = j;
                int regions = 0;
                int last = -1;
                double hot = Double.NEGATIVE_INFINITY;
                int hotCell = -1;
                for (int k = 0; k < n; k++) {
                    idx[axis] = k;
                    int c = g.index(idx[0], idx[1], idx[2]);
                    if (!m.isActive(c)) {
                        last = -1;
                        continue;
                    }
                    if (m.region(c) != last) regions++;
                    last = m.region(c);
                    if (r.temperature(c) > hot) {
                        hot = r.temperature(c);
                        hotCell = c;
                    }
                }
                if (hotCell >= 0 && (regions > bestRegions || regions == bestRegions && hot > bestT)) {
                    bestRegions = regions;
                    bestT = hot;
                    bestCell = hotCell;
                }
            }
        }
        return along(r, axis, m.centre(bestCell, 0), m.centre(bestCell, 1), m.centre(bestCell, 2));
    }

    /** The profile along a line from → to, which must be parallel to an axis. */
    public static Profile between(SteadyResult r, double[] from, double[] to) {
        int axis = -1;
        for (int a = 0; a < 3; a++) {
            if (Math.abs(from[a] - to[a]) > 0) {
                if (axis >= 0) throw new InputException("output.line: from and to must differ along one axis only (x, y or z)");
                axis = a;
            }
        }
        if (axis < 0) throw new InputException("output.line: from and to are the same point");
        double[] p = from.clone();
        return along(r, axis, p[0], p[1], p[2]);
    }

    private static Profile along(SteadyResult r, int axis, double x, double y, double z) {
        Mesh m = r.mesh();
        RectilinearGrid g = m.grid();
        double[] p = {x, y, z};
        int[] idx = new int[3];
        for (int a = 0; a < 3; a++) {
            if (a == axis) continue;
            idx[a] = locate(g, a, p[a]);
        }
        int n = g.cells(axis);
        int[] cells = new int[n];
        for (int i = 0; i < n; i++) {
            idx[axis] = i;
            cells[i] = g.index(idx[0], idx[1], idx[2]);
        }
        // One pass over the faces finds those of the line's cells along its axis: the mesh stores no
        // cell-to-face table (it would cost 24 bytes per cell), and a profile is drawn once.
        java.util.Map<Integer, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) position.put(cells[i], i);
        int[] up = new int[n];
        int[] down = new int[n];
        java.util.Arrays.fill(up, -1);
        java.util.Arrays.fill(down, -1);
        for (int f = 0; f < m.faceCount(); f++) {
            if (m.axis(f) != axis) continue;
            Integer i = position.get(m.owner(f));
            if (i == null) continue;
            if (m.normalSign(f) > 0) up[i] = f;
            else down[i] = f;
        }
        List<Point> points = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int prev = -1;
        for (int i = 0; i < n; i++) {
            int c = cells[i];
            if (m.isActive(c)) {
                String name = m.regionName(m.region(c));
                Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && last.region().equals(name) && last.to() == g.node(axis, i)) {
                    spans.set(spans.size() - 1, new Span(name, last.from(), g.node(axis, i + 1)));
                } else {
                    spans.add(new Span(name, g.node(axis, i), g.node(axis, i + 1)));
                }
            }
            if (!m.isActive(c)) {
                if (prev >= 0) points.add(new Point(g.node(axis, i), Double.NaN, "gap"));
                prev = -1;
                continue;
            }
            if (prev >= 0) {
                double[] t = r.sideTemperatures(up[i - 1]);
                double pos = g.node(axis, i);
                points.add(new Point(pos, t[0], "face"));
                if (t[0] != t[1]) points.add(new Point(pos, t[1], "face"));
            } else if (down[i] >= 0 && m.neighbour(down[i]) < 0) {
                points.add(new Point(g.node(axis, i), r.surfaceTemperature(down[i]), "surface"));
            }
            points.add(new Point(g.centre(axis, i), r.temperature(c), "cell"));
            if (up[i] >= 0 && m.neighbour(up[i]) < 0) {
                points.add(new Point(g.node(axis, i + 1), r.surfaceTemperature(up[i]), "surface"));
            }
            prev = c;
        }
        return new Profile(axis, p, List.copyOf(points), List.copyOf(spans));
    }

    private static int locate(RectilinearGrid g, int axis, double v) {
        int n = g.cells(axis);
        for (int i = 0; i < n; i++) if (v <= g.node(axis, i + 1)) return i;
        return n - 1;
    }
}
