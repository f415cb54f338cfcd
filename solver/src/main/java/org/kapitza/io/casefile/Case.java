package org.kapitza.io.casefile;

import java.nio.file.Path;
import java.util.List;
import org.kapitza.fv.InitialCondition;
import org.kapitza.fv.Probe;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.TransientSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.mesh.Mesh;

/**
 * A case ready to solve: the mesh, the problem on it, the solver settings and what to write.
 *
 * @param name          case name (file names of the outputs start with it)
 * @param description   free text, may be null
 * @param mesh          the mesh
 * @param problem       materials, interfaces, boundary conditions, sources
 * @param solver        numerical settings
 * @param output        what to write and where
 * @param caseFile      the case file it came from
 * @param notes         what a reader of the results must know about the models used, one line each (the
 *                      cutoff convention of every predicted interface model, for instance)
 * @param transientPlan how to step in time, or null for a steady solve
 * @param warnings      what in the case file is probably a mistake but not an error (a region that
 *                      receives no cells), one line each
 * @param layerStack    whether the mesh is a layer stack (mesh.stack), whose regions are layers with a
 *                      top and a bottom: only then does a per-layer resistance table mean something
 */
public record Case(String name, String description, Mesh mesh, ThermalProblem problem, SolverSettings solver,
                   OutputSettings output, Path caseFile, List<String> notes, TransientPlan transientPlan,
                   List<String> warnings, boolean layerStack) {
    public Case {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** Whether the case steps in time. */
    public boolean isTransient() {
        return transientPlan != null;
    }

    /**
     * A transient run.
     *
     * @param settings        integrator, steps, tolerance, output times
     * @param initial         the state at t = 0
     * @param probes          values recorded after every step
     * @param checkpointEvery accepted steps between checkpoints; 0 for none
     */
    public record TransientPlan(TransientSettings settings, InitialCondition initial, List<Probe> probes, int checkpointEvery) {
        public TransientPlan {
            probes = List.copyOf(probes);
        }
    }

    /**
     * What to write.
     *
     * @param directory directory for the results
     * @param vtk       whether to write ParaView files
     * @param compress  zlib-compress the VTK data
     * @param lineFrom  start of the temperature profile line (m), or null for the default line
     * @param lineTo    end of the line (m)
     * @param effectiveBetween two patches to report k_eff between, or null
     * @param caseSurface the case surface of θ_JC in the resistance budget, {@code <layer>.top|bottom}, or null
     * @param unstructured     write the volume as a {@code .vtu} (hexahedra, readable by meshio) even when every cell
     *                         is active; otherwise a {@code .vtr} then
     */
    public record OutputSettings(Path directory, boolean vtk, boolean compress, List<Double> lineFrom, List<Double> lineTo,
                                 List<String> effectiveBetween, String caseSurface, boolean unstructured) {
        /** No case surface and the default volume format: {@code .vtr} when every cell is active. */
        public OutputSettings(Path directory, boolean vtk, boolean compress, List<Double> lineFrom, List<Double> lineTo,
                              List<String> effectiveBetween) {
            this(directory, vtk, compress, lineFrom, lineTo, effectiveBetween, null, false);
        }
    }
}
