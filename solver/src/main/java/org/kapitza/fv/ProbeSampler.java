package org.kapitza.fv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.kapitza.InputException;
import org.kapitza.mesh.Mesh;

/**
 * Evaluates a transient run's probes on a field: the temperature of the cell holding a point, the
 * hottest cell of a region, the area-mean surface temperature of a patch, the mean jump across an
 * interface. Targets are checked against the mesh when first evaluated.
 */
final class ProbeSampler {
    private final Discretization d;
    private final List<Probe> probes;
    private final boolean faces;

    ProbeSampler(Discretization d, List<Probe> probes) {
        this.d = d;
        this.probes = probes;
        this.faces = probes.stream().anyMatch(Probe::needsFaces);
    }

    /**
     * The row {time, probe values...} at field u (T − T_ref per cell).
     *
     * @param view the field as a result view, asked for only when a probe needs face values
     */
    double[] row(double time, double[] u, Supplier<SteadyResult> view) {
        double[] row = new double[probes.size() + 1];
        row[0] = time;
        SteadyResult v = faces ? view.get() : null;
        Mesh mesh = d.mesh;
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            row[i + 1] = switch (p.kind()) {
                case POINT -> d.tRef + u[cellAt(p)];
                case REGION_MAX -> {
                    int reg = regionOf(p);
                    double max = Double.NEGATIVE_INFINITY;
                    for (int c : d.activeCells) if (mesh.region(c) == reg) max = Math.max(max, d.tRef + u[c]);
                    yield max;
                }
                case PATCH_MEAN -> patchMean(v, p);
                case INTERFACE_JUMP -> interfaceJump(v, p);
            };
        }
        return row;
    }

    private int cellAt(Probe p) {
        Mesh mesh = d.mesh;
        var g = mesh.grid();
        int[] idx = new int[3];
        for (int a = 0; a < 3; a++) {
            double v = p.point()[a];
            if (v < g.min(a) || v > g.max(a)) {
                throw new InputException("probe '" + p.name() + "': point " + Arrays.toString(p.point()) + " m is outside the mesh");
            }
            int k = 0;
            while (k < g.cells(a) - 1 && g.node(a, k + 1) < v) k++;
            idx[a] = k;
        }
        int c = g.index(idx[0], idx[1], idx[2]);
        if (!mesh.isActive(c)) {
            throw new InputException("probe '" + p.name() + "': point " + Arrays.toString(p.point()) + " m lies outside the geometry");
        }
        return c;
    }

    private int regionOf(Probe p) {
        int reg = d.mesh.regionId(p.target());
        if (reg < 0) throw new InputException("probe '" + p.name() + "': no region named '" + p.target() + "'");
        return reg;
    }

    private double patchMean(SteadyResult view, Probe p) {
        Mesh mesh = d.mesh;
        int patch = mesh.patchIndex(p.target());
        if (patch < 0 || mesh.patchFaceCount(patch) == 0) {
            throw new InputException("probe '" + p.name() + "': no patch with faces named '" + p.target() + "'");
        }
        double s = 0;
        double a = 0;
        for (int i = 0; i < mesh.patchFaceCount(patch); i++) {
            int f = mesh.patchFace(patch, i);
            s += mesh.area(f) * view.surfaceTemperature(f);
            a += mesh.area(f);
        }
        return s / a;
    }

    private double interfaceJump(SteadyResult view, Probe p) {
        // A rule's label, or "a|b" for the regions in either order (the jump is then T_a − T_b).
        for (SteadyResult.InterfaceStats s : view.interfaces()) {
            if (s.name().equals(p.target())) return s.meanJump();
        }
        for (SteadyResult.InterfaceStats s : view.interfaces()) {
            if (p.target().equals(s.regionA() + "|" + s.regionB())) return s.meanJump();
            if (p.target().equals(s.regionB() + "|" + s.regionA())) return -s.meanJump();
        }
        List<String> names = new ArrayList<>();
        for (SteadyResult.InterfaceStats s : view.interfaces()) names.add(s.name());
        throw new InputException("probe '" + p.name() + "': no interface named '" + p.target() + "'; interfaces are: "
                + String.join(", ", names));
    }
}
