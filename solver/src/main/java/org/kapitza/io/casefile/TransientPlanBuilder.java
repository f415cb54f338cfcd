package org.kapitza.io.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.kapitza.Suggest;
import org.kapitza.fv.InitialCondition;
import org.kapitza.fv.Probe;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.fv.TransientSettings;
import org.kapitza.material.Material;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.RectilinearGrid;

/**
 * Turns a case file's {@code transient:} section into a {@link Case.TransientPlan}, checking everything
 * a run would otherwise discover late: every meshed material has a heat capacity, the step bounds are
 * consistent, output times lie inside the run, and every probe names a point inside the geometry, a
 * patch, a region or an interface that exists.
 */
final class TransientPlanBuilder {
    /** Most field outputs a run may write: each is a full VTK file. */
    static final int MAX_OUTPUTS = 10_000;

    private final CaseFileReader.Located<CaseFile> at;
    private final CaseFile.Transient tr;

    TransientPlanBuilder(CaseFileReader.Located<CaseFile> at) {
        this.at = at;
        this.tr = at.caseFile().transientRun();
    }

    /**
     * @param regionPath key path of the layer or region entry defining a region, for errors
     */
    Case.TransientPlan build(ThermalProblem problem, SolverSettings steady, UnaryOperator<String> regionPath) {
        Mesh mesh = problem.mesh();
        checkHeatCapacities(problem, mesh, regionPath);
        double end = tr.end();
        if (!(end > 0) || !Double.isFinite(end)) throw at.error("transient.end", "must be a positive time, got " + end + " s");
        TransientSettings.Integrator integrator = integrator();
        double tolerance = tr.tolerance() == null ? 0.01 : tr.tolerance();
        if (!(tolerance > 0)) throw at.error("transient.tolerance", "must be a positive temperature difference, got " + tolerance + " K");
        TransientSettings s;
        if (tr.fixedStep() != null) {
            if (tr.step() != null) {
                throw at.error("transient.fixed_step", "give either 'fixed_step' (no error control) or 'step' (bounds of"
                        + " the adaptive step), not both");
            }
            double dt = tr.fixedStep();
            if (!(dt > 0) || dt > end) {
                throw at.error("transient.fixed_step", String.format(Locale.ROOT, "must be a positive time no longer than the"
                        + " run (%g s), got %g s", end, dt));
            }
            if (end / dt > 1e8) throw at.error("transient.fixed_step", "gives " + (long) (end / dt) + " steps; at most 1e8");
            s = TransientSettings.fixed(integrator, end, dt);
        } else {
            CaseFile.Step st = tr.step();
            double initial = st != null && st.initial() != null ? st.initial() : end / 1000;
            double max = st != null && st.max() != null ? st.max() : end / 10;
            double min = st != null && st.min() != null ? st.min() : Math.min(initial, max) * 1e-6;
            checkStep("transient.step.initial", initial, end);
            checkStep("transient.step.max", max, end);
            checkStep("transient.step.min", min, end);
            if (min > max) throw at.error("transient.step", "min (" + min + " s) exceeds max (" + max + " s)");
            if (initial < min || initial > max) {
                throw at.error("transient.step.initial", "must lie between min (" + min + " s) and max (" + max + " s), got "
                        + initial + " s");
            }
            s = new TransientSettings(integrator, end, initial, min, max, false, tolerance, new double[0], steady);
        }
        s = s.withSteady(steady).withOutputTimes(outputTimes(end));
        return new Case.TransientPlan(s, initialCondition(mesh), probes(mesh, problem),
                tr.checkpointEvery() == null ? 100 : checkpointEvery());
    }

    private void checkStep(String path, double v, double end) {
        if (!(v > 0) || v > end) {
            throw at.error(path, String.format(Locale.ROOT, "must be a positive time no longer than the run (%g s), got %g s", end, v));
        }
    }

    private TransientSettings.Integrator integrator() {
        if (tr.integrator() == null) return TransientSettings.Integrator.CRANK_NICOLSON;
        List<String> names = List.of("crank-nicolson", "backward-euler");
        return switch (tr.integrator()) {
            case "crank-nicolson" -> TransientSettings.Integrator.CRANK_NICOLSON;
            case "backward-euler" -> TransientSettings.Integrator.BACKWARD_EULER;
            default -> throw at.error("transient.integrator", "unknown integrator '" + tr.integrator() + "'"
                    + Suggest.didYouMean(tr.integrator(), names) + "; choose crank-nicolson (second order) or backward-euler");
        };
    }

    private int checkpointEvery() {
        int n = tr.checkpointEvery();
        if (n < 0) throw at.error("transient.checkpoint_every", "must be a number of steps (0 for no checkpoints), got " + n);
        return n;
    }

    /**
     * Uniform {@code {T: 300 K}}, by region {@code {T: 300 K, regions: {stage: 77 K}}} (T for every region
     * not listed; without T every region must be listed) or {@code {steady: true}}. Temperatures above
     * 0 K are checked where they are read ({@link SI#absolute()}).
     */
    private InitialCondition initialCondition(Mesh mesh) {
        CaseFile.Initial in = tr.initial();
        boolean steady = Boolean.TRUE.equals(in.steady());
        boolean temperatures = in.t() != null || in.regions() != null;
        if (steady == temperatures) {
            throw at.error("transient.initial", "give either temperatures, {T: 300 K} (uniform) or {T: 300 K, regions:"
                    + " {name: 77 K}} (T for every region not listed), or {steady: true} (the steady solution of the"
                    + " inputs at t = 0)" + (steady ? ", not both" : ""));
        }
        if (steady) return new InitialCondition.Steady();
        if (in.regions() == null) return new InitialCondition.Uniform(in.t());
        return new InitialCondition.Field(fieldByRegion(mesh, in));
    }

    /** A temperature per grid cell from the temperature of its region (NaN in inactive cells: ignored). */
    private double[] fieldByRegion(Mesh mesh, CaseFile.Initial in) {
        double[] byRegion = new double[mesh.regionCount()];
        Arrays.fill(byRegion, in.t() == null ? Double.NaN : in.t());
        for (Map.Entry<String, Double> e : in.regions().entrySet()) {
            String path = "transient.initial.regions." + e.getKey();
            int r = GridMeshNames.requireRegion(mesh, e.getKey(), at, path);
            if (e.getValue() == null) throw at.error(path, "expected a temperature (e.g. 300 K), got nothing");
            byRegion[r] = e.getValue();
        }
        List<String> missing = new ArrayList<>();
        for (int r = 0; r < byRegion.length; r++) if (Double.isNaN(byRegion[r])) missing.add(mesh.regionName(r));
        if (!missing.isEmpty()) {
            throw at.error("transient.initial", "no initial temperature for " + (missing.size() == 1 ? "region '" : "regions '")
                    + String.join("', '", missing) + "': list " + (missing.size() == 1 ? "it" : "them") + " under 'regions'"
                    + " or give 'T', the temperature of every region not listed");
        }
        double[] field = new double[mesh.cellCount()];
        for (int c = 0; c < field.length; c++) field[c] = mesh.isActive(c) ? byRegion[mesh.region(c)] : Double.NaN;
        return field;
    }

    private double[] outputTimes(double end) {
        CaseFile.OutputTimes o = tr.output();
        if (o == null) return new double[] {0, end};
        if ((o.every() == null) == (o.times() == null)) {
            throw at.error("transient.output", "give either 'every' (an interval) or 'times' (a list)");
        }
        TreeSet<Double> times = new TreeSet<>();
        times.add(0.0); // the initial field
        if (o.every() != null) {
            double every = o.every();
            if (!(every > 0)) throw at.error("transient.output.every", "must be a positive time, got " + every + " s");
            if (end / every > MAX_OUTPUTS) {
                throw at.error("transient.output.every", String.format(Locale.ROOT, "writes %d field files; at most %d: choose a"
                        + " longer interval", (long) (end / every), MAX_OUTPUTS));
            }
            for (int i = 1; i * every <= end * (1 + 1e-12); i++) times.add(Math.min(end, i * every));
        } else {
            for (int i = 0; i < o.times().size(); i++) {
                double t = o.times().get(i);
                if (!(t >= 0) || t > end) {
                    throw at.error("transient.output.times[" + i + "]", "must lie in [0, end = " + end + " s], got " + t + " s");
                }
                times.add(t);
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private List<Probe> probes(Mesh mesh, ThermalProblem problem) {
        List<Probe> out = new ArrayList<>();
        if (tr.probes() == null) return out;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tr.probes().size(); i++) {
            CaseFile.ProbeSpec p = tr.probes().get(i);
            String path = "transient.probes[" + i + "]";
            if (!names.add(p.name())) throw at.error(path + ".name", "probe '" + p.name() + "' is defined twice");
            if (!p.name().matches("[\\p{L}\\p{N}_.\\- ]+")) {
                throw at.error(path + ".name", "'" + p.name() + "' must be letters, digits, spaces, '.', '_' or '-' (it heads"
                        + " a CSV column)");
            }
            int kinds = (p.point() != null ? 1 : 0) + (p.patchMean() != null ? 1 : 0) + (p.regionMax() != null ? 1 : 0)
                    + (p.interfaceJump() != null ? 1 : 0);
            if (kinds != 1) {
                throw at.error(path, "give exactly one of 'point' [x, y, z], 'patch_mean' (a patch), 'region_max' (a region)"
                        + " or 'interface_jump' (\"a|b\")");
            }
            Probe probe;
            if (p.point() != null) probe = point(mesh, p, path + ".point");
            else if (p.patchMean() != null) probe = patchMean(mesh, p, path + ".patch_mean");
            else if (p.regionMax() != null) probe = regionMax(mesh, p, path + ".region_max");
            else probe = interfaceJump(mesh, p, path + ".interface_jump");
            out.add(p.threshold() == null ? probe : probe.withThreshold(threshold(p, path + ".threshold")));
        }
        return out;
    }

    private double threshold(CaseFile.ProbeSpec p, String path) {
        if (p.interfaceJump() != null) {
            // A threshold is read as a temperature (25 degC is 298.15 K), a jump is a signed difference.
            throw at.error(path, "a threshold is a temperature the probe reaches: give it on a 'point', 'patch_mean' or"
                    + " 'region_max' probe, not on an 'interface_jump' (a temperature difference)");
        }
        double t = p.threshold();
        if (!(t > 0) || !Double.isFinite(t)) throw at.error(path, "must be a positive temperature, got " + t + " K");
        return t;
    }

    private Probe point(Mesh mesh, CaseFile.ProbeSpec p, String path) {
        List<Double> v = p.point();
        if (v.size() != 3) throw at.error(path, "needs three values [x, y, z], got " + v.size() + " " + v);
        RectilinearGrid g = mesh.grid();
        int[] idx = new int[3];
        for (int a = 0; a < 3; a++) {
            double x = v.get(a);
            if (!(x >= g.min(a) && x <= g.max(a))) {
                throw at.error(path, String.format(Locale.ROOT, "%s = %g m lies outside the mesh (%g to %g m)", "xyz".charAt(a), x,
                        g.min(a), g.max(a)));
            }
            int k = 0;
            while (k < g.cells(a) - 1 && g.node(a, k + 1) < x) k++;
            idx[a] = k;
        }
        if (!mesh.isActive(g.index(idx[0], idx[1], idx[2]))) {
            throw at.error(path, "the point " + v + " m lies outside the geometry (in no layer or region)");
        }
        return Probe.point(p.name(), v.get(0), v.get(1), v.get(2));
    }

    private Probe patchMean(Mesh mesh, CaseFile.ProbeSpec p, String path) {
        int idx = mesh.patchIndex(p.patchMean());
        if (idx < 0 || mesh.patchFaceCount(idx) == 0) {
            List<String> withFaces = new ArrayList<>();
            for (int q = 0; q < mesh.patchNames().size(); q++) if (mesh.patchFaceCount(q) > 0) withFaces.add(mesh.patchNames().get(q));
            throw at.error(path, "no patch with faces named '" + p.patchMean() + "'" + Suggest.didYouMean(p.patchMean(), withFaces)
                    + "; patches are: " + String.join(", ", withFaces));
        }
        return Probe.patchMean(p.name(), p.patchMean());
    }

    private Probe regionMax(Mesh mesh, CaseFile.ProbeSpec p, String path) {
        GridMeshNames.requireRegion(mesh, p.regionMax(), at, path);
        return Probe.regionMax(p.name(), p.regionMax());
    }

    private Probe interfaceJump(Mesh mesh, CaseFile.ProbeSpec p, String path) {
        List<String> pairs = new ArrayList<>();
        for (int q = 0; q < mesh.interfacePairCount(); q++) {
            InterfacePair pair = mesh.interfacePairInfo(q);
            pairs.add(mesh.regionName(pair.regionA()) + "|" + mesh.regionName(pair.regionB()));
        }
        String[] ab = p.interfaceJump().split("\\|", -1);
        boolean found = ab.length == 2 && pairs.stream().anyMatch(s -> s.equals(ab[0] + "|" + ab[1]) || s.equals(ab[1] + "|" + ab[0]));
        if (!found) {
            throw at.error(path, "no interface between regions '" + p.interfaceJump() + "'"
                    + Suggest.didYouMean(p.interfaceJump(), pairs) + "; write \"a|b\" (the jump is T_a − T_b) with one of: "
                    + (pairs.isEmpty() ? "(this mesh has no interfaces)" : String.join(", ", pairs)));
        }
        return Probe.interfaceJump(p.name(), p.interfaceJump());
    }

    private void checkHeatCapacities(ThermalProblem problem, Mesh mesh, UnaryOperator<String> regionPath) {
        for (int r = 0; r < mesh.regionCount(); r++) {
            String name = mesh.materialName(mesh.regionMaterial(r));
            Material m = problem.resolveMaterial(name);
            if (m.heatCapacity() != null) continue;
            String where = definitionPath(name);
            throw at.error(where != null ? where : regionPath.apply(mesh.regionName(r)) + ".material", "material '" + name
                    + "' (region '" + mesh.regionName(r) + "') has no heat capacity, which a transient run needs: give it"
                    + " 'rho' (kg/m^3) and 'cp' (J/kg/K) under materials");
        }
    }

    private String definitionPath(String material) {
        List<MaterialSpec> specs = at.caseFile().materials();
        if (specs == null) return null;
        for (int i = 0; i < specs.size(); i++) if (specs.get(i).name().equals(material)) return "materials[" + i + "]";
        return null;
    }
}
