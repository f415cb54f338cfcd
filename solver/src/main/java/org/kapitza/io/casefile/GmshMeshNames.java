package org.kapitza.io.casefile;

import java.util.List;
import java.util.Set;
import org.kapitza.Suggest;
import org.kapitza.mesh.poly.PolyMesh;

/**
 * The names of a Gmsh mesh checked against the case file: regions are groups of physical volumes listed
 * under {@code mesh.regions}, patches are physical surfaces, and grain boundaries are the conforming faces
 * between the physical volumes of one region (true planes: no staircase to correct).
 */
final class GmshMeshNames extends MeshNames {
    private final PolyMesh mesh;

    GmshMeshNames(CaseFileReader.Located<CaseFile> at, PolyMesh mesh) {
        super(at, mesh);
        this.mesh = mesh;
    }

    @Override String regionWord() { return "region"; }

    @Override
    void checkMaterials(Libraries libraries) {
        for (int r = 0; r < mesh.regionCount(); r++) {
            String mat = mesh.materialName(mesh.regionMaterial(r));
            if (!libraries.materials().contains(mat)) {
                throw at.error("mesh.regions[" + r + "].material", "no material named '" + mat + "'"
                        + Suggest.didYouMean(mat, libraries.materials().all().keySet())
                        + "; define it under materials or use a built-in one");
            }
        }
    }

    @Override
    int requirePatch(String patch, String pp) {
        int idx = mesh.patchIndex(patch);
        if (idx < 0) {
            throw at.error(pp, "no patch named '" + patch + "'" + Suggest.didYouMean(patch, mesh.patchNames())
                    + "; the patches (physical surfaces on the boundary) are: " + String.join(", ", mesh.patchNames()));
        }
        return idx;
    }

    @Override
    boolean grainRule(ModelSpec s, String path) {
        if (s.staircase() != null) {
            throw at.error(path + ".staircase", "conforming grain boundaries of a Gmsh mesh are the true planes; there is no staircase to correct");
        }
        Set<String> withGrains = regionsWithGrainBoundaries();
        if (s.region() != null && !withGrains.contains(s.region())) {
            throw at.error(path + ".region", (mesh.regionId(s.region()) < 0 ? "no region named '" + s.region() + "'"
                    + Suggest.didYouMean(s.region(), mesh.regionNames()) : "region '" + s.region() + "' has no grain boundaries")
                    + "; regions with grains (several physical volumes under 'volumes') are: "
                    + (withGrains.isEmpty() ? "none" : String.join(", ", withGrains)));
        }
        if (s.region() == null && withGrains.isEmpty()) {
            throw at.error(path, "the mesh has no grain boundaries; give a region several physical volumes under 'volumes'");
        }
        return false;
    }
}
