package org.kapitza.fv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import org.kapitza.InputException;
import org.kapitza.Suggest;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.material.Conductivity;
import org.kapitza.material.Material;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.InterfaceMesh;
import org.kapitza.mesh.InterfacePair;

/**
 * A case's materials, interface rules and grain-boundary rules bound to the regions, interface pairs and
 * grain-boundary faces of a mesh (grid or unstructured): which material each region is, which model
 * (bound to its two materials) each interface pair has and which region is its side A, which model the
 * grain boundaries of each region have. Names the case gives are checked here, once, with the names the
 * mesh has. A region rule wins over a material rule; pairs no rule covers are perfect contacts.
 */
public final class FaceBinding {
    /** What to tell a user whose grain-boundary rule finds no grains, in the words of the mesh's format. */
    public record GrainHints(String forRegion, String forMesh) {
        /** The grid's: polycrystals are painted into the mesh. */
        public static final GrainHints GRID = new GrainHints("give it a polycrystal or regular grains in the mesh",
                "add a polycrystal to the mesh");
    }

    private final InterfaceMesh mesh;
    private final Material[] regionMaterial;
    private final Conductivity[] regionConductivity;
    private final InterfaceModel[] pairModel;
    private final int[] pairSide1Region;
    private final String[] pairLabel;
    private final boolean[] pairDeclared;
    private final InterfaceModel[] regionGbModel;
    private final String[] regionGbLabel;
    private final GrainBoundaryRule[] regionGbRule;
    private final boolean nonlinear;

    /**
     * @param interfaceAxis     the axis an interface pair's model is bound with (models of anisotropic materials
     *                          need one)
     * @param grainBoundaryAxis the axis grain-boundary models are bound with
     */
    public FaceBinding(InterfaceMesh mesh, ThermalProblem problem, IntUnaryOperator interfaceAxis, int grainBoundaryAxis,
                       GrainHints hints) {
        this.mesh = mesh;
        int nr = mesh.regionCount();
        regionMaterial = new Material[nr];
        regionConductivity = new Conductivity[nr];
        boolean nl = false;
        for (int r = 0; r < nr; r++) {
            Material mat;
            try {
                mat = problem.resolveMaterial(mesh.materialName(mesh.regionMaterial(r)));
            } catch (InputException e) {
                throw new InputException("region '" + mesh.regionName(r) + "': " + e.getMessage());
            }
            regionMaterial[r] = mat;
            regionConductivity[r] = mat.conductivity();
            nl |= mat.conductivity().temperatureDependent();
        }
        int np = mesh.interfacePairCount();
        pairModel = new InterfaceModel[np];
        pairSide1Region = new int[np];
        pairLabel = new String[np];
        pairDeclared = new boolean[np];
        nl |= bindInterfaces(problem, interfaceAxis);
        regionGbModel = new InterfaceModel[nr];
        regionGbLabel = new String[nr];
        regionGbRule = new GrainBoundaryRule[nr];
        nl |= bindGrainBoundaries(problem, grainBoundaryAxis, hints);
        nonlinear = nl;
    }

    /** Whether any conductivity or bound model depends on temperature. */
    public boolean nonlinear() {
        return nonlinear;
    }

    public Material material(int region) {
        return regionMaterial[region];
    }

    /**
     * Conductivity of a region along an axis at temperature t (K), in W/(m·K).
     *
     * @throws InputException when the material's law gives no positive number there
     */
    public double conductivity(int region, int axis, double t) {
        double k = regionConductivity[region].k(axis, t);
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new InputException("material '" + regionMaterial[region].name() + "' in region '" + mesh.regionName(region)
                    + "': conductivity k(T = " + t + " K) = " + k + " is not a positive number; check its k(T) model"
                    + " and the temperatures the boundary conditions impose");
        }
        return k;
    }

    /** Whether a region's conductivity is the same along every axis. */
    public boolean isotropic(int region) {
        return regionConductivity[region].isotropic();
    }

    /** The model of interface pair p, bound to its materials (side 1 = side A). */
    public InterfaceModel pairModel(int p) {
        return pairModel[p];
    }

    /** Region on side A of pair p: the first region (or region of the first material) its rule names. */
    public int pairSideA(int p) {
        return pairSide1Region[p];
    }

    /** Name of pair p in reports: its rule's name, or "a|b". */
    public String pairLabel(int p) {
        return pairLabel[p];
    }

    /** Whether a rule of the case names pair p (false: an undeclared perfect contact). */
    public boolean pairDeclared(int p) {
        return pairDeclared[p];
    }

    /** Whether the owner of interface face f is on side A of its pair. */
    public boolean ownerIsSideA(int f) {
        return mesh.region(mesh.owner(f)) == pairSide1Region[mesh.interfacePair(f)];
    }

    /** The model of the grain boundaries of a region (R = 0 without a rule). */
    public InterfaceModel grainBoundaryModel(int region) {
        return regionGbModel[region];
    }

    public String grainBoundaryLabel(int region) {
        return regionGbLabel[region];
    }

    /**
     * The multiplier of R on each grain-boundary face (indexed from the first): the staircase factor where
     * its rule asks for one, times the face's sampled factor where the rule has a distribution.
     *
     * @param staircase the staircase factor of a face, 1/|n_i| (a conforming mesh's boundaries need none)
     */
    public double[] grainBoundaryFactors(IntToDoubleFunction staircase) {
        int start = mesh.faceStart(FaceClass.GRAIN_BOUNDARY);
        double[] out = new double[mesh.faceEnd(FaceClass.GRAIN_BOUNDARY) - start];
        for (int f = start; f < start + out.length; f++) {
            GrainBoundaryRule rule = regionGbRule[mesh.region(mesh.owner(f))];
            double factor = 1;
            if (rule != null && rule.staircase()) factor = staircase.applyAsDouble(f);
            if (rule != null && rule.distribution() != null) {
                factor *= rule.distribution().sample(mesh.grain(mesh.owner(f)), mesh.grain(mesh.neighbour(f)));
            }
            out[f - start] = factor;
        }
        return out;
    }

    /** The material next to a patch (its first face's cell), for binding a contact model. */
    public Material patchMaterial(int patch) {
        if (mesh.patchFaceCount(patch) == 0) return regionMaterial[0];
        return regionMaterial[mesh.region(mesh.owner(mesh.patchFace(patch, 0)))];
    }

    /**
     * R (m²K/W) of a model at side temperatures t1, t2 (K), checked.
     *
     * @throws InputException when the model is evaluated outside its domain or gives no non-negative number
     */
    public static double resistance(InterfaceModel model, double t1, double t2, int f) {
        double r;
        try {
            r = model.resistance(t1, t2);
        } catch (IllegalStateException e) {
            throw new InputException("interface model '" + model.describe() + "' at face " + f + ": " + e.getMessage()
                    + "; temperatures must stay above 0 K");
        }
        if (!(r >= 0) || !Double.isFinite(r)) {
            throw new InputException("interface model '" + model.describe() + "' gave R = " + r + " m²K/W at T1 = " + t1
                    + " K, T2 = " + t2 + " K; it must be a non-negative number");
        }
        return r;
    }

    /** Refuses a region name the mesh does not have, with the names it has. */
    public void checkRegion(String name, String what) {
        if (mesh.regionId(name) >= 0) return;
        List<String> names = new ArrayList<>();
        for (int r = 0; r < mesh.regionCount(); r++) names.add(mesh.regionName(r));
        throw new InputException(what + ": no region or layer named '" + name + "'" + Suggest.didYouMean(name, names)
                + "; regions are: " + String.join(", ", names));
    }

    private void checkMaterial(String name, String what) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < mesh.materialCount(); i++) names.add(mesh.materialName(i));
        if (names.contains(name)) return;
        throw new InputException(what + ": no region of the mesh is made of '" + name + "'" + Suggest.didYouMean(name, names)
                + "; materials in the mesh are: " + String.join(", ", names));
    }

    private boolean bindInterfaces(ThermalProblem problem, IntUnaryOperator interfaceAxis) {
        InterfaceMesh m = mesh;
        int np = m.interfacePairCount();
        int[] ruleOfPair = new int[np];
        Arrays.fill(ruleOfPair, -1);
        boolean[] regionRule = new boolean[np];
        List<InterfaceRule> rules = problem.interfaceRules();
        for (int i = 0; i < rules.size(); i++) {
            InterfaceRule rule = rules.get(i);
            boolean regions = rule.kind() == InterfaceRule.Kind.REGIONS;
            for (String name : new String[] {rule.a(), rule.b()}) {
                if (regions) checkRegion(name, "interface " + rule.label());
                else checkMaterial(name, "interface " + rule.label());
            }
            boolean matched = false;
            for (int p = 0; p < np; p++) {
                InterfacePair pair = m.interfacePairInfo(p);
                String ra = regions ? m.regionName(pair.regionA()) : m.materialName(m.regionMaterial(pair.regionA()));
                String rb = regions ? m.regionName(pair.regionB()) : m.materialName(m.regionMaterial(pair.regionB()));
                boolean forward = ra.equals(rule.a()) && rb.equals(rule.b());
                boolean backward = ra.equals(rule.b()) && rb.equals(rule.a());
                if (!forward && !backward) continue;
                matched = true;
                if (ruleOfPair[p] >= 0 && regionRule[p] == regions) {
                    throw new InputException("interface " + rule.label() + ": the interface between regions '"
                            + m.regionName(pair.regionA()) + "' and '" + m.regionName(pair.regionB())
                            + "' already has a model from interface " + rules.get(ruleOfPair[p]).label());
                }
                if (ruleOfPair[p] >= 0 && regionRule[p] && !regions) continue; // region rules win
                ruleOfPair[p] = i;
                regionRule[p] = regions;
                pairSide1Region[p] = forward ? pair.regionA() : pair.regionB();
            }
            if (!matched) {
                throw new InputException("interface " + rule.label() + ": " + (regions ? "regions" : "materials") + " '"
                        + rule.a() + "' and '" + rule.b() + "' never touch in this mesh; touching pairs are: "
                        + touchingPairs(regions));
            }
        }
        boolean nl = false;
        for (int p = 0; p < np; p++) {
            InterfacePair pair = m.interfacePairInfo(p);
            InterfaceModel model;
            if (ruleOfPair[p] < 0) {
                model = new ConstantResistance(0);
                pairSide1Region[p] = pair.regionA();
                pairLabel[p] = m.regionName(pair.regionA()) + "|" + m.regionName(pair.regionB());
            } else {
                InterfaceRule rule = rules.get(ruleOfPair[p]);
                pairDeclared[p] = true;
                model = rule.model();
                pairLabel[p] = rule.kind() == InterfaceRule.Kind.REGIONS && rule.name() == null ? rule.label()
                        : rule.label() + " (" + m.regionName(pair.regionA()) + "|" + m.regionName(pair.regionB()) + ")";
            }
            int s1 = pairSide1Region[p];
            int s2 = s1 == pair.regionA() ? pair.regionB() : pair.regionA();
            pairModel[p] = model.bind(new InterfaceContext(regionMaterial[s1], regionMaterial[s2], interfaceAxis.applyAsInt(p)));
            nl |= pairModel[p].temperatureDependent();
        }
        return nl;
    }

    private String touchingPairs(boolean regions) {
        Set<String> s = new LinkedHashSet<>();
        for (int p = 0; p < mesh.interfacePairCount(); p++) {
            InterfacePair pair = mesh.interfacePairInfo(p);
            if (regions) {
                s.add(mesh.regionName(pair.regionA()) + "|" + mesh.regionName(pair.regionB()));
            } else {
                s.add(mesh.materialName(mesh.regionMaterial(pair.regionA())) + "|"
                        + mesh.materialName(mesh.regionMaterial(pair.regionB())));
            }
        }
        return s.isEmpty() ? "none" : String.join(", ", s);
    }

    private boolean bindGrainBoundaries(ThermalProblem problem, int axis, GrainHints hints) {
        InterfaceMesh m = mesh;
        int nr = m.regionCount();
        GrainBoundaryRule[] ruleOf = regionGbRule;
        boolean[] hasGrains = new boolean[nr];
        for (int f = m.faceStart(FaceClass.GRAIN_BOUNDARY); f < m.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) {
            hasGrains[m.region(m.owner(f))] = true;
        }
        for (GrainBoundaryRule rule : problem.grainBoundaryRules()) {
            if (rule.region() != null) {
                checkRegion(rule.region(), rule.label());
                int r = m.regionId(rule.region());
                if (!hasGrains[r]) {
                    throw new InputException(rule.label() + ": region '" + rule.region() + "' has no grain boundaries; "
                            + hints.forRegion());
                }
                if (ruleOf[r] != null && ruleOf[r].region() != null) {
                    throw new InputException(rule.label() + ": region '" + rule.region() + "' has two grain-boundary rules");
                }
                ruleOf[r] = rule;
            } else {
                boolean any = false;
                for (int r = 0; r < nr; r++) {
                    if (!hasGrains[r]) continue;
                    any = true;
                    if (ruleOf[r] == null) ruleOf[r] = rule;
                }
                if (!any) throw new InputException("grain boundaries: the mesh has no grains; " + hints.forMesh());
            }
        }
        boolean nl = false;
        for (int r = 0; r < nr; r++) {
            GrainBoundaryRule rule = ruleOf[r];
            if (rule == null) {
                regionGbModel[r] = new ConstantResistance(0);
                regionGbLabel[r] = "grain boundaries of " + m.regionName(r) + " (no resistance)";
                continue;
            }
            Material mat = regionMaterial[r];
            regionGbModel[r] = rule.model() != null
                    ? rule.model().bind(new InterfaceContext(mat, mat, axis)) : new ConstantResistance(1.0);
            regionGbLabel[r] = "grain boundaries of " + m.regionName(r);
            nl |= regionGbModel[r].temperatureDependent();
        }
        return nl;
    }
}
