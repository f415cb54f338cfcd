package org.kapitza.io.casefile;

import java.nio.file.Path;
import java.util.List;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.mesh.poly.PolyMesh;

/**
 * A steady case on a Gmsh mesh, ready to solve: as {@link Case}, with an unstructured mesh.
 *
 * @param readSeconds time to read the file and build the mesh (s)
 */
public record GmshCase(String name, String description, PolyMesh mesh, ThermalProblem problem, SolverSettings solver,
                       Case.OutputSettings output, Path caseFile, Path meshFile, List<String> notes, List<String> warnings,
                       double readSeconds) {
    public GmshCase {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }
}
