package org.kapitza.io.casefile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kapitza.Suggest;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.InterfaceMesh;
import org.kapitza.mesh.InterfacePair;

/**
 * The names of a built mesh (regions, materials, patches, which regions touch, where grain boundaries
 * are) checked against the case file's entries, once, each error at the key path and line of the entry
 * that names them. A rectilinear grid ({@link GridMeshNames}) and a Gmsh mesh ({@link GmshMeshNames})
 * differ in what they call their parts and in what can be wrong with them; the section builders see only
 * this class.
 */
abstract class MeshNames {
    final CaseFileReader.Located<CaseFile> at;
    /** The mesh seen through what grids and Gmsh meshes share: regions, materials, pairs, patches, faces. */
    private final InterfaceMesh shared;

    MeshNames(CaseFileReader.Located<CaseFile> at, InterfaceMesh shared) {
        this.at = at;
        this.shared = shared;
    }

    // ---- the mesh, whatever its kind -----------------------------------------------------------------

    final int regionCount() {
        return shared.regionCount();
    }

    final String regionName(int r) {
        return shared.regionName(r);
    }

    /** Region id, or −1. */
    final int regionId(String name) {
        return shared.regionId(name);
    }

    final String regionMaterialName(int r) {
        return shared.materialName(shared.regionMaterial(r));
    }

    final int materialCount() {
        return shared.materialCount();
    }

    final String materialName(int m) {
        return shared.materialName(m);
    }

    final int interfacePairCount() {
        return shared.interfacePairCount();
    }

    final InterfacePair interfacePairInfo(int p) {
        return shared.interfacePairInfo(p);
    }

    /** Region of the owner cell of each grain-boundary face, in face order. */
    final int[] grainBoundaryRegions() {
        int start = shared.faceStart(FaceClass.GRAIN_BOUNDARY);
        int[] r = new int[shared.faceEnd(FaceClass.GRAIN_BOUNDARY) - start];
        for (int i = 0; i < r.length; i++) r[i] = shared.region(shared.owner(start + i));
        return r;
    }

    final List<String> patchNames() {
        return shared.patchNames();
    }

    /** Patch index, or −1. */
    final int patchIndex(String name) {
        return shared.patchIndex(name);
    }

    final int patchFaceCount(int p) {
        return shared.patchFaceCount(p);
    }

    /** Region of the owner cell of face {@code q} of patch {@code p}. */
    final int patchFaceRegion(int p, int q) {
        return shared.region(shared.owner(shared.patchFace(p, q)));
    }

    // ---- what the two kinds say differently ------------------------------------------------------------

    /** What a region is called in messages: "region or layer" on grids (stack layers are regions), "region" on Gmsh meshes. */
    abstract String regionWord();

    /** Whether a region received no cells (never on a Gmsh mesh: its regions are its elements). */
    boolean hasNoCells(String region) {
        return false;
    }

    /** Why a region has no cells, followed by {@code consequence}. */
    String noCells(String region, String consequence) {
        throw new IllegalStateException("region '" + region + "' has cells");
    }

    /** Checks that every region's material is defined. */
    abstract void checkMaterials(Libraries libraries);

    /** The index of a patch a boundary condition names, refused with the patches there are when it has none or no faces. */
    abstract int requirePatch(String patch, String path);

    /**
     * Checks where a grain-boundary entry applies (its {@code region}, and that there are grain boundaries
     * there) and returns whether the staircase correction applies.
     */
    abstract boolean grainRule(ModelSpec s, String path);

    // ---- checks shared by both -------------------------------------------------------------------------

    /** The region names, in id order. */
    List<String> regionNames() {
        List<String> known = new ArrayList<>();
        for (int r = 0; r < regionCount(); r++) known.add(regionName(r));
        return known;
    }

    /**
     * The id of the region or layer {@code name}; an error at {@code path} naming the regions there are
     * (and the likeliest one meant) when there is none.
     */
    int requireRegion(String name, String path) {
        int id = regionId(name);
        if (id >= 0) return id;
        List<String> known = regionNames();
        throw at.error(path, "no " + regionWord() + " named '" + name + "'" + Suggest.didYouMean(name, known)
                + "; regions are: " + String.join(", ", known));
    }

    /** Two regions (or materials) an interface entry names must exist and touch. */
    void checkTouching(String a, String b, boolean regions, String path) {
        List<String> known = new ArrayList<>();
        if (regions) {
            known.addAll(regionNames());
        } else {
            for (int m = 0; m < materialCount(); m++) known.add(materialName(m));
        }
        for (String n : List.of(a, b)) {
            if (!known.contains(n)) {
                throw at.error(path, "no " + (regions ? regionWord() : "material in the mesh") + " named '" + n + "'"
                        + Suggest.didYouMean(n, known) + "; " + (regions ? "regions" : "materials") + " are: " + String.join(", ", known));
            }
        }
        if (regions) {
            for (String n : List.of(a, b)) if (hasNoCells(n)) throw at.error(path, noCells(n, ", so it has no interface"));
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int p = 0; p < interfacePairCount(); p++) {
            InterfacePair ip = interfacePairInfo(p);
            String x = regions ? regionName(ip.regionA()) : regionMaterialName(ip.regionA());
            String y = regions ? regionName(ip.regionB()) : regionMaterialName(ip.regionB());
            if (x.equals(a) && y.equals(b) || x.equals(b) && y.equals(a)) return;
            pairs.add(x + "|" + y);
        }
        throw at.error(path, "'" + a + "' and '" + b + "' never touch in this mesh, so they have no interface; touching pairs are: "
                + (pairs.isEmpty() ? "none" : String.join(", ", pairs)));
    }

    /** The regions holding grain boundaries, in the order of their first grain-boundary face. */
    Set<String> regionsWithGrainBoundaries() {
        Set<String> with = new LinkedHashSet<>();
        for (int r : grainBoundaryRegions()) with.add(regionName(r));
        return with;
    }

    /** The material of a region as a side of a predicted model. */
    PredictedModels.Side regionSide(String region) {
        return new PredictedModels.Side(regionMaterialName(regionId(region)), "region '" + region + "'");
    }

    /** Both sides of the grain boundaries of one region, or of every region holding grain boundaries. */
    List<PredictedModels.Side[]> grainSides(String region) {
        List<PredictedModels.Side[]> sides = new ArrayList<>();
        for (String r : regionsWithGrainBoundaries()) {
            if (region != null && !r.equals(region)) continue;
            PredictedModels.Side side = regionSide(r);
            sides.add(new PredictedModels.Side[] {side, side});
        }
        return sides;
    }

    /**
     * The surface material of a patch under a bath contact. The solver binds a boundary's contact model
     * once per patch, to the material of its first face, so a predicted model on a patch that touches
     * several materials would apply one material's law to all of them: refused.
     */
    PredictedModels.Side[] patchSides(int patchIndex, String patch, String path) {
        Set<String> materials = new LinkedHashSet<>();
        for (int q = 0; q < patchFaceCount(patchIndex); q++) materials.add(regionMaterialName(patchFaceRegion(patchIndex, q)));
        if (materials.size() > 1) {
            throw at.error(path, "patch '" + patch + "' touches several materials (" + String.join(", ", materials) + "), but a"
                    + " bath contact's predicted model binds to one surface material per patch; use a patch of one"
                    + " material (in a stack or a 3D grid, <region>.top, .bottom or .sides)");
        }
        PredictedModels.Side side = new PredictedModels.Side(materials.iterator().next(), "patch '" + patch + "'");
        return new PredictedModels.Side[] {side, side};
    }
}
