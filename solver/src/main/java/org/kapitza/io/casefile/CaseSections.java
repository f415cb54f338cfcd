package org.kapitza.io.casefile;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.ThermalProblem;

/**
 * The section builders a case needs whatever its mesh, made once per case file: interfaces and grain
 * boundaries, boundaries, sources, solver and output settings. {@link CaseBuilder} (grids and layer stacks)
 * and {@link GmshCaseBuilder} (Gmsh meshes) differ only in how they make the mesh and name its parts
 * ({@link MeshNames}).
 */
final class CaseSections {
    final CaseFileReader.Located<CaseFile> at;
    final CaseFile cf;
    final Libraries libraries;
    final List<String> warnings = new ArrayList<>();
    final Checks checks;
    final PowerMapBlocks maps;
    final InterfaceSection interfaces;
    final BoundarySection boundaries;
    final SourceSection sources;
    final SettingsSection settings;

    CaseSections(CaseFileReader.Located<CaseFile> located, Libraries libraries) {
        at = located;
        cf = located.value();
        this.libraries = libraries;
        checks = new Checks(located);
        maps = new PowerMapBlocks(located, warnings);
        interfaces = new InterfaceSection(checks, libraries.materials(), new PredictedModels(located, libraries.acoustic()));
        boundaries = new BoundarySection(checks, interfaces);
        sources = new SourceSection(checks, maps);
        settings = new SettingsSection(checks, maps);
    }

    /** Adds the case file's materials to the libraries (the materials section). */
    void defineMaterials() {
        if (cf.materials() != null) MaterialDefinitions.define(cf.materials(), at, libraries);
    }

    /** Checks the mesh's materials, then adds the interfaces, grain boundaries, boundaries and sources to the problem. */
    void populate(ThermalProblem problem, MeshNames names) {
        names.checkMaterials(libraries);
        interfaces.addInterfaces(problem, names);
        interfaces.addGrainBoundaries(problem, names);
        boundaries.addBoundaries(problem, names);
        sources.addSources(problem, names);
    }
}
