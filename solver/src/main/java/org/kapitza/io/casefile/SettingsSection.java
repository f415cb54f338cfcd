package org.kapitza.io.casefile;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kapitza.Suggest;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.RectilinearGrid;

/**
 * The {@code name}, {@code solver} and {@code output} sections of a case file: the case name that names
 * the output files, the linear and nonlinear solver settings, and what is written where (a profile line
 * and an effective-conductivity pair checked against the mesh).
 */
final class SettingsSection extends Section {
    private final PowerMapBlocks maps;

    SettingsSection(Checks checks, PowerMapBlocks maps) {
        super(checks);
        this.maps = maps;
    }

    /** The case name names the output files: no hidden files, no path separators, no overlong names. */
    void checkName(String name) {
        if (!name.matches("[\\p{L}\\p{N}_.\\-]+") || name.startsWith(".")) {
            throw at.error("name", "'" + name + "' must be letters, digits, '.', '_' or '-', not starting with '.' (it names"
                    + " the output files)");
        }
        if (name.length() > CaseBuilder.MAX_NAME_LENGTH) {
            throw at.error("name", "'" + name.substring(0, 20) + "...' has " + name.length() + " characters; at most "
                    + CaseBuilder.MAX_NAME_LENGTH + " (it names the output files)");
        }
    }

    SolverSettings solverSettings(ThermalProblem problem) {
        SolverSettings s = SolverSettings.defaults();
        CaseFile.Solver sv = cf.solver();
        if (sv == null) return s;
        if (sv.preconditioner() != null) {
            List<String> names = List.of("amg", "dic", "jacobi", "none");
            if (!names.contains(sv.preconditioner())) {
                throw at.error("solver.preconditioner", "unknown preconditioner '" + sv.preconditioner() + "'"
                        + Suggest.didYouMean(sv.preconditioner(), names) + "; choose one of: " + String.join(", ", names));
            }
            s = s.withPreconditioner(sv.preconditioner());
        }
        if (sv.tolerance() != null) {
            if (!(sv.tolerance() > 0 && sv.tolerance() < 1)) throw at.error("solver.tolerance", "must be between 0 and 1, got " + sv.tolerance());
            s = s.withLinearTolerance(sv.tolerance());
        }
        if (sv.nonlinear() != null) {
            if (!List.of("newton", "picard").contains(sv.nonlinear())) {
                throw at.error("solver.nonlinear", "unknown method '" + sv.nonlinear() + "'; choose newton or picard");
            }
            s = s.withNonlinearMethod(sv.nonlinear());
        }
        if (sv.maxIterations() != null) {
            if (sv.maxIterations() < 1) throw at.error("solver.max_iterations", "must be at least 1, got " + sv.maxIterations());
            s = new SolverSettings(s.preconditioner(), s.linearTolerance(), sv.maxIterations(), s.nonlinearTolerance(),
                    s.maxNonlinearIterations(), s.strictRanges(), s.energyBalanceTolerance(), s.nonlinearMethod());
        }
        if (sv.nonlinearTolerance() != null) {
            if (!(sv.nonlinearTolerance() > 0 && sv.nonlinearTolerance() < 1)) {
                throw at.error("solver.nonlinear_tolerance", "must be between 0 and 1, got " + sv.nonlinearTolerance());
            }
            s = new SolverSettings(s.preconditioner(), s.linearTolerance(), s.maxLinearIterations(), sv.nonlinearTolerance(),
                    s.maxNonlinearIterations(), s.strictRanges(), s.energyBalanceTolerance(), s.nonlinearMethod());
        }
        if (sv.maxNonlinearIterations() != null) {
            if (sv.maxNonlinearIterations() < 1) {
                throw at.error("solver.max_nonlinear_iterations", "must be at least 1, got " + sv.maxNonlinearIterations());
            }
            s = s.withMaxNonlinearIterations(sv.maxNonlinearIterations());
        }
        if (sv.strictRanges() != null) s = s.withStrictRanges(sv.strictRanges());
        if (sv.initialTemperature() != null) {
            if (!(sv.initialTemperature() > 0)) {
                throw at.error("solver.initial_temperature", "must be a positive temperature, got " + sv.initialTemperature() + " K");
            }
            problem.initialTemperature(sv.initialTemperature());
        }
        return s;
    }

    Case.OutputSettings outputSettings() {
        CaseFile.Output o = cf.output();
        Path dir = Path.of("results", cf.name());
        boolean vtk = true;
        boolean compress = true;
        boolean unstructured = false;
        List<Double> from = null;
        List<Double> to = null;
        List<String> effective = null;
        if (o != null) {
            if (o.effectiveConductivity() != null) {
                effective = o.effectiveConductivity().between();
                if (effective.size() != 2) {
                    throw at.error("output.effective_conductivity.between", "needs two patches [hot, cold], got " + effective);
                }
            }
            if (o.directory() != null) dir = Path.of(o.directory());
            if (o.vtk() != null) vtk = o.vtk();
            if (o.compress() != null) compress = o.compress();
            if (o.format() != null) {
                if (!o.format().equals("vtr") && !o.format().equals("vtu")) {
                    throw at.error("output.format", "'" + o.format() + "' is not a volume format; 'vtr' (rectilinear grid,"
                            + " the default) or 'vtu' (hexahedra: meshio and other readers without .vtr support)");
                }
                unstructured = o.format().equals("vtu");
            }
            if (o.line() != null) {
                from = checks.triple(o.line().from(), "output.line.from");
                to = checks.triple(o.line().to(), "output.line.to");
            }
        }
        String caseSurface = null;
        if (o != null && o.caseSurface() != null) {
            if (cf.mesh().stack() == null) {
                throw at.error("output.case_surface", "names a layer surface for θ_JC; it needs a layer stack (mesh.stack)");
            }
            caseSurface = o.caseSurface();
            maps.surface(caseSurface, "output.case_surface");
        }
        return new Case.OutputSettings(dir, vtk, compress, from, to, effective, caseSurface, unstructured);
    }

    /**

    /** The output settings checked against a grid mesh: the profile line inside it, the k_eff patches with faces. */
    void checkOutput(Case.OutputSettings output, Mesh mesh) {
        if (output.lineFrom() != null) checkLine(mesh, output.lineFrom(), output.lineTo());
        if (output.effectiveBetween() != null) {
            for (int i = 0; i < 2; i++) {
                String patch = output.effectiveBetween().get(i);
                int p = mesh.patchIndex(patch);
                if (p < 0 || mesh.patchFaceCount(p) == 0) {
                    throw at.error("output.effective_conductivity.between[" + i + "]", "no patch with faces named '" + patch + "'"
                            + Suggest.didYouMean(patch, mesh.patchNames()));
                }
            }
        }
    }

    /**
     * A profile line runs along one axis and lies inside the mesh's bounding box, end points included: a
     * line outside would be drawn through the nearest cells, somewhere no one asked for.
     */
    private void checkLine(Mesh mesh, List<Double> from, List<Double> to) {
        int axes = 0;
        for (int a = 0; a < 3; a++) if (!from.get(a).equals(to.get(a))) axes++;
        if (axes != 1) {
            throw at.error("output.line", axes == 0 ? "from and to are the same point " + from
                    : "from " + from + " and to " + to + " must differ along one axis only (x, y or z)");
        }
        RectilinearGrid g = mesh.grid();
        for (String end : List.of("from", "to")) {
            List<Double> p = end.equals("from") ? from : to;
            for (int a = 0; a < 3; a++) {
                double lo = g.min(a);
                double hi = g.max(a);
                double slack = 1e-9 * (hi - lo);
                if (!(p.get(a) >= lo - slack && p.get(a) <= hi + slack)) {
                    throw at.error("output.line." + end, String.format(Locale.ROOT, "%s = %s m lies outside the mesh, which"
                            + " spans [%s, %s] m along %s; the profile line must lie inside it", "xyz".charAt(a),
                            org.kapitza.Numbers.format(p.get(a)), org.kapitza.Numbers.format(lo), org.kapitza.Numbers.format(hi),
                            "xyz".charAt(a)));
                }
            }
        }
    }
}
