package org.kapitza.fv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kapitza.InputException;
import org.kapitza.Suggest;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.linalg.Parallel;
import org.kapitza.linalg.StencilMatrix;
import org.kapitza.linalg.StencilOperator;
import org.kapitza.material.Conductivity;
import org.kapitza.material.Material;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.Mesh;
import org.kapitza.source.Source;

/**
 * The finite-volume discretisation of steady conduction on a mesh (docs/PHYSICS.md §1).
 *
 * <p>Unknowns are the temperatures of the grid's cells, stored as deviations θ = T − T_ref from a
 * reference temperature so that round-off scales with temperature differences, not with 300 K; a cell
 * outside the geometry is a decoupled identity row whose unknown stays 0. Each
 * interior face f between P and N contributes the conductance
 * {@code G_f = A / (d_P/k_P + R_f + d_N/k_N)}: R_f = 0 for bulk faces, the interface or grain-boundary
 * model's secant resistance (staircase-corrected where the true normal is known) otherwise. Boundary
 * faces with a fixed temperature contribute {@code A/(d_P/k_P + R_contact)}, with convection
 * {@code A/(d_P/k_P + 1/h)}. The matrix is symmetric positive definite, stored by faces on the grid
 * ({@link StencilMatrix}); {@link #assemble} rewrites the values for the current temperatures.
 */
final class Discretization {
    /** Smallest |n_i| used in the staircase correction R/|n_i|: keeps R finite on aliasing faces. */
    static final double MIN_NORMAL_COMPONENT = 1e-3;

    final Mesh mesh;
    /** Unknowns: one per grid cell. */
    final int n;
    /** The active cells, ascending. */
    final int[] activeCells;
    final StencilMatrix matrix;
    final double[] rhs;
    /** The face-conductance array of each axis, for faces indexed by their owner cell. */
    private final double[][] g;

    final Material[] regionMaterial;
    private final Conductivity[] regionConductivity;
    private final boolean[] regionIsotropic;
    private final double[] kCell;

    final int ifStart;
    final int ifEnd;
    final int gbStart;
    final int gbEnd;
    final int bStart;
    final int bEnd;

    /** Per interface pair: bound model, region on side 1, rule label. */
    final InterfaceModel[] pairModel;
    final int[] pairSide1Region;
    final String[] pairLabel;
    /** Whether an interface rule of the case names each region pair (false: an undeclared perfect contact). */
    final boolean[] pairDeclared;
    private final double[] ifFactor;
    /** Current secant R (m²K/W, staircase factor included) per interface face. */
    final double[] ifR;

    final InterfaceModel[] regionGbModel;
    final String[] regionGbLabel;
    private final double[] gbFactor;
    /** Current R per grain-boundary face (factor included). */
    final double[] gbR;

    /** Exclusive boundary condition per boundary face (index into {@link #exclusive}) or -1. */
    final int[] bExclusive;
    final List<BoundaryCondition> exclusive = new ArrayList<>();
    private final List<InterfaceModel> exclusiveContact = new ArrayList<>();

    /** The contact model of exclusive boundary condition e (a bath's Kapitza law, radiation), or null. */
    InterfaceModel exclusiveContactOf(int e) {
        return exclusiveContact.get(e);
    }
    /** Heat flux entering per boundary face (W/m²). */
    final double[] bFlux;
    /** Current conductance and reference temperature per boundary face. */
    final double[] bG;
    final double[] bTref;

    /** Heat generated in each cell (W) at the current time. */
    final double[] source;
    final double tRef;
    final boolean nonlinear;

    /**
     * A flux, power or source whose value may change in time: where it acts, how much each face or cell
     * gets per unit of value (W/m² or W), its value, and the function driving it (or null).
     */
    private record Input(int[] at, double[] weight, double value, org.kapitza.boundary.TimeFunction driver) {
        double valueAt(double time, boolean before) {
            return driver == null ? value : before ? driver.valueBefore(time) : driver.value(time);
        }
    }

    private final List<Input> fluxInputs = new ArrayList<>();
    private final List<Input> sourceInputs = new ArrayList<>();
    /** Time function replacing each exclusive condition's temperature (fixed T or T∞), or null. */
    private final List<org.kapitza.boundary.TimeFunction> exclusiveDriver = new ArrayList<>();
    private final double[] exclusiveValue;
    private double time;

    private final double[] scratch = new double[3];

    Discretization(ThermalProblem problem) {
        this(problem, false);
    }

    /**
     * @param timeDependent a transient problem needs no steady state: a body without any fixed temperature
     *                  or convection simply heats up, so that check is skipped
     */
    Discretization(ThermalProblem problem, boolean timeDependent) {
        this.mesh = problem.mesh();
        Mesh m = mesh;
        n = m.cellCount();
        activeCells = new int[m.activeCellCount()];
        for (int c = 0, u = 0; c < n; c++) if (m.isActive(c)) activeCells[u++] = c;
        if (activeCells.length == 0) throw new InputException("the mesh has no active cells");
        ifStart = m.faceStart(FaceClass.INTERFACE);
        ifEnd = m.faceEnd(FaceClass.INTERFACE);
        gbStart = m.faceStart(FaceClass.GRAIN_BOUNDARY);
        gbEnd = m.faceEnd(FaceClass.GRAIN_BOUNDARY);
        bStart = m.faceStart(FaceClass.BOUNDARY);
        bEnd = m.faceEnd(FaceClass.BOUNDARY);

        // Materials.
        int nr = m.regionCount();
        regionMaterial = new Material[nr];
        regionConductivity = new Conductivity[nr];
        regionIsotropic = new boolean[nr];
        boolean anyNonlinear = false;
        for (int r = 0; r < nr; r++) {
            String name = m.materialName(m.regionMaterial(r));
            Material mat;
            try {
                mat = problem.resolveMaterial(name);
            } catch (InputException e) {
                throw new InputException("region '" + m.regionName(r) + "': " + e.getMessage());
            }
            regionMaterial[r] = mat;
            regionConductivity[r] = mat.conductivity();
            regionIsotropic[r] = mat.conductivity().isotropic();
            anyNonlinear |= mat.conductivity().temperatureDependent();
        }
        kCell = new double[n];

        // Interfaces.
        int np = m.interfacePairCount();
        pairModel = new InterfaceModel[np];
        pairSide1Region = new int[np];
        pairLabel = new String[np];
        pairDeclared = new boolean[np];
        anyNonlinear |= resolveInterfaces(problem);
        ifR = new double[ifEnd - ifStart];
        ifFactor = problem.staircaseCorrection() && m.hasShapedInterfaces() ? new double[ifEnd - ifStart] : null;
        if (ifFactor != null) {
            for (int f = ifStart; f < ifEnd; f++) {
                ifFactor[f - ifStart] = 1.0 / Math.max(MIN_NORMAL_COMPONENT, Math.abs(m.interfaceNormal(f, m.axis(f))));
            }
        }

        // Grain boundaries.
        regionGbModel = new InterfaceModel[nr];
        regionGbLabel = new String[nr];
        gbFactor = new double[gbEnd - gbStart];
        gbR = new double[gbEnd - gbStart];
        anyNonlinear |= resolveGrainBoundaries(problem);

        // Boundary conditions and sources.
        int nb = bEnd - bStart;
        bExclusive = new int[nb];
        Arrays.fill(bExclusive, -1);
        bFlux = new double[nb];
        bG = new double[nb];
        bTref = new double[nb];
        anyNonlinear |= resolveBoundaries(problem);
        source = new double[n];
        resolveSources(problem);
        exclusiveValue = new double[exclusive.size()];
        setTime(0);
        nonlinear = anyNonlinear;
        tRef = referenceTemperature(problem);

        matrix = new StencilMatrix(m.grid().nx(), m.grid().ny(), m.grid().nz());
        g = new double[][] {matrix.gx, matrix.gy, matrix.gz};
        for (int c = 0; c < n; c++) if (!m.isActive(c)) matrix.rowSum[c] = 1; // identity rows
        rhs = new double[n];
        if (!timeDependent) checkWellPosed();
    }

    /**
     * Evaluates every time-dependent input at time t (s): fluxes and powers on boundaries, sources, and
     * driven temperatures. Without drivers nothing changes.
     */
    void setTime(double t) {
        setTime(t, false);
    }

    /**
     * As {@link #setTime(double)}, with every input at its limit from the left: the values of the interval
     * that ends at t (for the end of a time step that lands on a jump of a power trace).
     */
    void setTimeJustBefore(double t) {
        setTime(t, true);
    }

    private void setTime(double t, boolean before) {
        time = t;
        java.util.Arrays.fill(bFlux, 0);
        for (Input in : fluxInputs) {
            double v = in.valueAt(t, before);
            for (int q = 0; q < in.at.length; q++) bFlux[in.at[q]] += v * in.weight[q];
        }
        java.util.Arrays.fill(source, 0);
        for (Input in : sourceInputs) {
            double v = in.valueAt(t, before);
            for (int q = 0; q < in.at.length; q++) source[in.at[q]] += v * in.weight[q];
        }
        for (int e = 0; e < exclusiveValue.length; e++) {
            org.kapitza.boundary.TimeFunction f = exclusiveDriver.get(e);
            exclusiveValue[e] = f == null ? Double.NaN : before ? f.valueBefore(t) : f.value(t);
        }
    }

    /** The time the inputs were last evaluated at (s). */
    double time() {
        return time;
    }

    // ---- setup -----------------------------------------------------------------------------------

    private boolean resolveInterfaces(ThermalProblem problem) {
        Mesh m = mesh;
        int np = m.interfacePairCount();
        int[] ruleOfPair = new int[np];
        Arrays.fill(ruleOfPair, -1);
        boolean[] regionRule = new boolean[np];
        List<InterfaceRule> rules = problem.interfaceRules();
        for (int i = 0; i < rules.size(); i++) {
            InterfaceRule rule = rules.get(i);
            boolean regions = rule.kind() == InterfaceRule.Kind.REGIONS;
            if (regions) {
                checkRegion(rule.a(), "interface " + rule.label());
                checkRegion(rule.b(), "interface " + rule.label());
            } else {
                checkMaterial(rule.a(), "interface " + rule.label());
                checkMaterial(rule.b(), "interface " + rule.label());
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
            // The axis of a stack interface is z; a pair meeting on several axes binds per first face's axis.
            int axis = firstAxisOfPair(p);
            pairModel[p] = model.bind(new InterfaceContext(regionMaterial[s1], regionMaterial[s2], axis));
            nl |= pairModel[p].temperatureDependent();
        }
        return nl;
    }

    private int firstAxisOfPair(int p) {
        for (int f = ifStart; f < ifEnd; f++) if (mesh.interfacePair(f) == p) return mesh.axis(f);
        return 2;
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

    private void checkRegion(String name, String what) {
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

    private boolean resolveGrainBoundaries(ThermalProblem problem) {
        Mesh m = mesh;
        int nr = m.regionCount();
        GrainBoundaryRule[] ruleOf = new GrainBoundaryRule[nr];
        boolean[] hasGrains = new boolean[nr];
        for (int f = gbStart; f < gbEnd; f++) hasGrains[m.region(m.owner(f))] = true;
        for (GrainBoundaryRule rule : problem.grainBoundaryRules()) {
            if (rule.region() != null) {
                checkRegion(rule.region(), rule.label());
                int r = m.regionId(rule.region());
                if (!hasGrains[r]) {
                    throw new InputException(rule.label() + ": region '" + rule.region()
                            + "' has no grain boundaries; give it a polycrystal or regular grains in the mesh");
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
                if (!any) throw new InputException("grain boundaries: the mesh has no grains; add a polycrystal to the mesh");
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
                    ? rule.model().bind(new InterfaceContext(mat, mat, 0)) : new ConstantResistance(1.0);
            regionGbLabel[r] = "grain boundaries of " + m.regionName(r);
            nl |= regionGbModel[r].temperatureDependent();
        }
        for (int f = gbStart; f < gbEnd; f++) {
            int r = m.region(m.owner(f));
            GrainBoundaryRule rule = ruleOf[r];
            double factor = 1;
            if (rule != null && rule.staircase()) {
                factor = 1.0 / Math.max(MIN_NORMAL_COMPONENT, Math.abs(m.grainBoundaryNormal(f, m.axis(f))));
            }
            if (rule != null && rule.distribution() != null) {
                factor *= rule.distribution().sample(m.grain(m.owner(f)), m.grain(m.neighbour(f)));
            }
            gbFactor[f - gbStart] = factor;
        }
        return nl;
    }

    private boolean resolveBoundaries(ThermalProblem problem) {
        Mesh m = mesh;
        int[] setBy = new int[bEnd - bStart];
        Arrays.fill(setBy, -1);
        List<ThermalProblem.PatchCondition> list = problem.boundaries();
        boolean nl = false;
        for (int i = 0; i < list.size(); i++) {
            ThermalProblem.PatchCondition pc = list.get(i);
            int p = m.patchIndex(pc.patch());
            if (p < 0) {
                throw new InputException("boundary condition on patch '" + pc.patch() + "': no such patch"
                        + Suggest.didYouMean(pc.patch(), m.patchNames()) + "; patches are: " + String.join(", ", m.patchNames()));
            }
            BoundaryCondition bc = pc.condition();
            if (bc instanceof BoundaryCondition.TotalPower || bc instanceof BoundaryCondition.HeatFlux) {
                int count = m.patchFaceCount(p);
                double area = m.patchArea(p);
                if (bc instanceof BoundaryCondition.TotalPower tp && area == 0) {
                    throw new InputException("boundary condition on patch '" + pc.patch() + "': " + tp.power()
                            + " W over an empty patch (no exposed face); it cannot enter anywhere");
                }
                int[] at = new int[count];
                double[] weight = new double[count];
                // Per unit of value: a power is spread as W/m² over the patch, a flux applies as it is.
                double perUnit = bc instanceof BoundaryCondition.TotalPower ? 1.0 / area : 1.0;
                for (int q = 0; q < count; q++) {
                    at[q] = m.patchFace(p, q) - bStart;
                    weight[q] = perUnit;
                }
                double value = bc instanceof BoundaryCondition.TotalPower tp ? tp.power() : ((BoundaryCondition.HeatFlux) bc).flux();
                fluxInputs.add(new Input(at, weight, value, problem.driver(bc)));
                continue;
            }
            int id = -1;
            if (!(bc instanceof BoundaryCondition.Adiabatic)) {
                id = exclusive.size();
                exclusive.add(bc);
                exclusiveDriver.add(problem.driver(bc));
                InterfaceModel contact = null;
                if (bc instanceof BoundaryCondition.FixedTemperature ft && ft.contact() != null) {
                    Material mat = patchMaterial(p);
                    contact = ft.contact().bind(new InterfaceContext(mat, mat, 2));
                    nl |= contact.temperatureDependent();
                }
                exclusiveContact.add(contact);
            }
            for (int q = 0; q < m.patchFaceCount(p); q++) {
                int b = m.patchFace(p, q) - bStart;
                if (setBy[b] >= 0 && !list.get(setBy[b]).condition().equals(bc)) {
                    throw new InputException("boundary conditions on patches '" + list.get(setBy[b]).patch() + "' ("
                            + list.get(setBy[b]).condition().describe() + ") and '" + pc.patch() + "' (" + bc.describe()
                            + ") both apply to the faces they share; give each face one condition (fluxes and powers may add)");
                }
                setBy[b] = i;
                bExclusive[b] = id;
            }
        }
        return nl;
    }

    private Material patchMaterial(int p) {
        if (mesh.patchFaceCount(p) == 0) return regionMaterial[0];
        return regionMaterial[mesh.region(mesh.owner(mesh.patchFace(p, 0)))];
    }

    private void resolveSources(ThermalProblem problem) {
        Mesh m = mesh;
        for (Source s : problem.sources()) {
            String regionName = s instanceof Source.Density d ? d.region()
                    : s instanceof Source.Total t ? t.region() : ((Source.Field) s).region();
            int r = -1;
            if (regionName != null) {
                checkRegion(regionName, "source " + s.describe());
                r = m.regionId(regionName);
            }
            double volume = 0;
            int count = 0;
            for (int c : activeCells) {
                if (r >= 0 && m.region(c) != r) continue;
                volume += m.volume(c);
                count++;
            }
            int[] at = new int[count];
            double[] weight = new double[count];
            int q = 0;
            for (int c : activeCells) {
                if (r >= 0 && m.region(c) != r) continue;
                double v = m.volume(c);
                at[q] = c;
                // W per unit of the source's value: W/m³ × volume, or a share of the total power.
                weight[q++] = s instanceof Source.Density ? v : s instanceof Source.Total ? v / volume
                        : ((Source.Field) s).density().value(m.centre(c, 0), m.centre(c, 1), m.centre(c, 2)) * v;
            }
            double value = s instanceof Source.Density d ? d.density() : s instanceof Source.Total t ? t.power() : 1.0;
            sourceInputs.add(new Input(at, weight, value, problem.driver(s)));
        }
    }

    private double referenceTemperature(ThermalProblem problem) {
        if (Double.isFinite(problem.initialTemperature())) return problem.initialTemperature();
        double sum = 0;
        double weight = 0;
        for (int b = 0; b < bEnd - bStart; b++) {
            int e = bExclusive[b];
            if (e < 0) continue;
            int f = b + bStart;
            double a = mesh.area(f);
            sum += a * referenceOf(exclusive.get(e), f);
            weight += a;
        }
        return weight > 0 ? sum / weight : 300.0;
    }

    private double referenceOf(BoundaryCondition bc, int f) {
        int e = exclusive.indexOf(bc);
        if (e >= 0 && exclusiveDriver.get(e) != null) return exclusiveDriver.get(e).value(0);
        if (bc instanceof BoundaryCondition.FixedTemperature ft) {
            return ft.temperature().value(mesh.faceCentre(f, 0), mesh.faceCentre(f, 1), mesh.faceCentre(f, 2));
        }
        return ((BoundaryCondition.Convection) bc).tInf();
    }

    /**
     * Every connected part of the body needs a fixed temperature or convection somewhere; otherwise the
     * temperature level is undetermined, or, with heat entering, there is no steady state at all.
     */
    private void checkWellPosed() {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int f = 0; f < bStart; f++) {
            int a = find(parent, mesh.owner(f));
            int b = find(parent, mesh.neighbour(f));
            if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
        }
        boolean[] anchored = new boolean[n];
        double[] power = new double[n];
        for (int b = 0; b < bEnd - bStart; b++) {
            int root = find(parent, mesh.owner(b + bStart));
            if (bExclusive[b] >= 0) anchored[root] = true;
            power[root] += bFlux[b] * mesh.area(b + bStart);
        }
        for (int c : activeCells) power[find(parent, c)] += source[c];
        for (int u : activeCells) {
            if (parent[u] != u || anchored[u]) continue;
            Set<String> regions = new LinkedHashSet<>();
            for (int v : activeCells) if (find(parent, v) == u) regions.add(mesh.regionName(mesh.region(v)));
            String part = (regions.size() == 1 ? "region " : "regions ") + String.join(", ", regions);
            if (Math.abs(power[u]) > 0) {
                throw new InputException("no steady state: " + org.kapitza.Numbers.format(Math.abs(power[u])) + " W of heat "
                        + (power[u] > 0 ? "enter " : "leave ") + part + ", but no boundary of "
                        + (regions.size() == 1 ? "it" : "them") + " has a fixed temperature or convection, so the heat"
                        + " cannot leave and the temperature would change forever; add a fixed-temperature or"
                        + " convection boundary condition");
            }
            throw new InputException("the temperature of " + part + " is undetermined: no boundary of "
                    + (regions.size() == 1 ? "it" : "them") + " has a fixed temperature or convection (every"
                    + " boundary is adiabatic by default); add a fixed-temperature or convection boundary condition");
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    // ---- assembly --------------------------------------------------------------------------------

    /** Conductivity of an unknown's cell along an axis at the current temperature. */
    double k(int u, int axis, double[] theta) {
        double kc = kCell[u];
        if (kc == kc) return kc; // not NaN: isotropic, precomputed
        return checkedK(mesh.region(u), axis, tRef + theta[u]);
    }

    private double checkedK(int r, int axis, double t) {
        double k = regionConductivity[r].k(axis, t);
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new InputException("material '" + regionMaterial[r].name() + "' in region '" + mesh.regionName(r)
                    + "': conductivity k(T = " + t + " K) = " + k + " is not a positive number; check its k(T) model"
                    + " and the temperatures the boundary conditions impose");
        }
        return k;
    }

    /**
     * Rewrites the matrix and right-hand side for temperatures {@code tRef + theta}: conductivities at
     * the cell temperatures, interface resistances at the face temperatures implied by the previous
     * assembly's conductances (the Picard linearisation of a nonlinear law).
     */
    void assemble(double[] theta) {
        Mesh m = mesh;
        // Cell conductivities and bulk faces on all threads: each writes only its own cell or face slot
        // (and the laws are pure functions). Interface, grain-boundary and boundary faces share scratch
        // space and cells, and stay on this thread.
        Parallel par = Parallel.shared();
        par.forEach(activeCells.length, (blk, from, to) -> {
            for (int q = from; q < to; q++) {
                int c = activeCells[q];
                int r = m.region(c);
                kCell[c] = regionIsotropic[r] ? checkedK(r, 0, tRef + theta[c]) : Double.NaN;
            }
        });
        double[] rowSum = matrix.rowSum;
        for (int c : activeCells) rowSum[c] = 0;
        System.arraycopy(source, 0, rhs, 0, n);
        par.forEach(ifStart, (blk, from, to) -> {
            for (int f = from; f < to; f++) setFace(f, faceConductance(f, 0.0, theta));
        });
        for (int f = ifStart; f < ifEnd; f++) {
            int i = f - ifStart;
            int p = m.interfacePair(f);
            double factor = ifFactor == null ? 1.0 : ifFactor[i];
            ifR[i] = updatedResistance(f, pairModel[p], factor, m.region(m.owner(f)) == pairSide1Region[p], theta);
            setFace(f, faceConductance(f, ifR[i], theta));
        }
        for (int f = gbStart; f < gbEnd; f++) {
            int i = f - gbStart;
            gbR[i] = updatedResistance(f, regionGbModel[m.region(m.owner(f))], gbFactor[i], true, theta);
            setFace(f, faceConductance(f, gbR[i], theta));
        }
        for (int b = 0; b < bEnd - bStart; b++) {
            int f = b + bStart;
            int u = m.owner(f);
            double area = m.area(f);
            rhs[u] += bFlux[b] * area;
            int e = bExclusive[b];
            if (e < 0) {
                bG[b] = 0;
                continue;
            }
            BoundaryCondition bc = exclusive.get(e);
            double half = m.ownerDistance(f) / k(u, m.axis(f), theta);
            double gb;
            double tb;
            if (bc instanceof BoundaryCondition.FixedTemperature ft) {
                tb = Double.isNaN(exclusiveValue[e])
                        ? ft.temperature().value(m.faceCentre(f, 0), m.faceCentre(f, 1), m.faceCentre(f, 2)) : exclusiveValue[e];
                InterfaceModel contact = exclusiveContact.get(e);
                double rc = 0;
                if (contact != null) {
                    // Surface temperature from the previous conductance, then the contact's secant R.
                    double tp = tRef + theta[u];
                    double ts = tp - bG[b] * (tp - tb) * half / area;
                    rc = resistanceAt(contact, ts, tb, f);
                }
                gb = area / (half + rc);
            } else {
                BoundaryCondition.Convection cv = (BoundaryCondition.Convection) bc;
                tb = Double.isNaN(exclusiveValue[e]) ? cv.tInf() : exclusiveValue[e];
                gb = area / (half + 1.0 / cv.h());
            }
            bG[b] = gb;
            bTref[b] = tb;
            rowSum[u] += gb;
            rhs[u] += gb * (tb - tRef);
        }
    }

    /** Sets the conductance of interior face f (W/K). */
    private void setFace(int f, double conductance) {
        g[mesh.axis(f)][mesh.owner(f)] = conductance;
    }

    private double faceConductance(int f, double r, double[] theta) {
        Mesh m = mesh;
        int a = m.axis(f);
        int o = m.owner(f);
        int nb = m.neighbour(f);
        return FaceLaw.conductance(m.area(f), m.ownerDistance(f), k(o, a, theta), r, m.neighbourDistance(f), k(nb, a, theta));
    }

    /**
     * The secant resistance of an interface face at the side temperatures implied by the current cell
     * temperatures and the face's previous conductance (for a constant model, just its value).
     */
    private double updatedResistance(int f, InterfaceModel model, double factor, boolean ownerIsSide1, double[] theta) {
        if (!model.temperatureDependent()) return factor * model.resistance(tRef, tRef);
        sideTemperatures(f, theta, conductance(f), scratch);
        double t1 = ownerIsSide1 ? scratch[0] : scratch[1];
        double t2 = ownerIsSide1 ? scratch[1] : scratch[0];
        return factor * resistanceAt(model, t1, t2, f);
    }

    private double resistanceAt(InterfaceModel model, double t1, double t2, int f) {
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

    /**
     * Temperatures on the owner's and the neighbour's side of an interior face (K), given a conductance:
     * {@code T_f,P = T_P − Q d_P/(k_P A)}, {@code T_f,N = T_N + Q d_N/(k_N A)}.
     */
    void sideTemperatures(int f, double[] theta, double g, double[] out) {
        Mesh m = mesh;
        int a = m.axis(f);
        int o = m.owner(f);
        int nb = m.neighbour(f);
        double area = m.area(f);
        double q = g * (theta[o] - theta[nb]);
        out[0] = tRef + theta[o] - q * m.ownerDistance(f) / (k(o, a, theta) * area);
        out[1] = tRef + theta[nb] + q * m.neighbourDistance(f) / (k(nb, a, theta) * area);
    }

    // ---- nonlinear fluxes (Newton) ---------------------------------------------------------------

    /**
     * Heat flow (W) from owner to neighbour through interior face f when the two cells are at tp and tn
     * (K), with every law applied exactly: k at the cell temperatures and, on interface and grain-boundary
     * faces, the resistance at the face temperatures that the flow itself implies.
     */
    double faceFlowAt(int f, double tp, double tn) {
        Mesh m = mesh;
        int a = m.axis(f);
        double area = m.area(f);
        double aP = m.ownerDistance(f) / (checkedK(m.region(m.owner(f)), a, tp) * area);
        double aN = m.neighbourDistance(f) / (checkedK(m.region(m.neighbour(f)), a, tn) * area);
        if (f < ifStart) return (tp - tn) / (aP + aN);
        if (f < ifEnd) {
            int p = m.interfacePair(f);
            double factor = ifFactor == null ? 1.0 : ifFactor[f - ifStart];
            return interfaceFlow(pairModel[p], factor, m.region(m.owner(f)) == pairSide1Region[p], tp, tn, aP, aN, area, f);
        }
        return interfaceFlow(regionGbModel[m.region(m.owner(f))], gbFactor[f - gbStart], true, tp, tn, aP, aN, area, f);
    }

    /**
     * Flow through a resistive face: the root Q of
     * {@code h(Q) = tp − tn − Q (aP + aN) − Q R(T1, T2)/A}, {@code T1 = tp − Q aP}, {@code T2 = tn + Q aN},
     * which lies between 0 and the flow without the resistance. For a flux law that rises with the
     * hot side and falls with the cold side, h is monotone there and the root unique.
     */
    private double interfaceFlow(InterfaceModel model, double factor, boolean ownerIsSide1, double tp, double tn,
                                 double aP, double aN, double area, int f) {
        if (!model.temperatureDependent()) {
            return (tp - tn) / (aP + aN + factor * model.resistance(tp, tp) / area);
        }
        if (tp == tn) return 0;
        double q0 = (tp - tn) / (aP + aN);
        double lo = 0;
        double hi = q0;
        double hLo = tp - tn;
        double hHi = -q0 * factor * oriented(model, ownerIsSide1, tp - q0 * aP, tn + q0 * aN, f) / area;
        int side = 0;
        double q = hi;
        for (int it = 0; it < 200; it++) {
            q = (lo * hHi - hi * hLo) / (hHi - hLo);
            double h = tp - tn - q * (aP + aN) - q * factor * oriented(model, ownerIsSide1, tp - q * aP, tn + q * aN, f) / area;
            if (h == 0 || Math.abs(hi - lo) <= 1e-15 * Math.abs(q0)) break;
            if (Math.signum(h) == Math.signum(hHi)) {
                hi = q;
                hHi = h;
                if (side == -1) hLo *= 0.5;
                side = -1;
            } else {
                lo = q;
                hLo = h;
                if (side == 1) hHi *= 0.5;
                side = 1;
            }
        }
        return q;
    }

    private double oriented(InterfaceModel model, boolean ownerIsSide1, double tOwner, double tOther, int f) {
        return ownerIsSide1 ? resistanceAt(model, tOwner, tOther, f) : resistanceAt(model, tOther, tOwner, f);
    }

    /** Heat (W) leaving through boundary face index b (b = f − bStart) when its cell is at tp, by conduction. */
    double boundaryFlowAt(int b, double tp) {
        int e = bExclusive[b];
        if (e < 0) return 0;
        int f = b + bStart;
        Mesh m = mesh;
        double area = m.area(f);
        double aP = m.ownerDistance(f) / (checkedK(m.region(m.owner(f)), m.axis(f), tp) * area);
        BoundaryCondition bc = exclusive.get(e);
        if (bc instanceof BoundaryCondition.FixedTemperature ft) {
            double tb = Double.isNaN(exclusiveValue[e])
                    ? ft.temperature().value(m.faceCentre(f, 0), m.faceCentre(f, 1), m.faceCentre(f, 2)) : exclusiveValue[e];
            InterfaceModel contact = exclusiveContact.get(e);
            if (contact == null) return (tp - tb) / aP;
            return interfaceFlow(contact, 1.0, true, tp, tb, aP, 0, area, f);
        }
        BoundaryCondition.Convection cv = (BoundaryCondition.Convection) bc;
        double tInf = Double.isNaN(exclusiveValue[e]) ? cv.tInf() : exclusiveValue[e];
        return (tp - tInf) / (aP + 1.0 / (cv.h() * area));
    }

    /**
     * Nonlinear residual: net heat leaving each cell (W), zero at the solution. Interior flows enter
     * two cells with opposite signs, so Σ out is exactly the global imbalance.
     *
     * @return the throughput, half the sum of |every source and boundary term| (W)
     */
    double residual(double[] theta, double[] out) {
        Mesh m = mesh;
        double through = 0;
        for (int u = 0; u < n; u++) {
            out[u] = -source[u];
            through += Math.abs(source[u]);
        }
        if (nonlinear) {
            for (int f = 0; f < bStart; f++) {
                int o = m.owner(f);
                int nb = m.neighbour(f);
                double q = faceFlowAt(f, tRef + theta[o], tRef + theta[nb]);
                out[o] += q;
                out[nb] -= q;
            }
        } else {
            // Linear laws: each face's flow is its constant conductance times the temperature difference.
            // Evaluating the law (conductivities, interface models) on every face of every residual was a
            // quarter of a transient run's time.
            double[] g = linearFaceConductances();
            for (int f = 0; f < bStart; f++) {
                int o = m.owner(f);
                int nb = m.neighbour(f);
                double q = g[f] * (theta[o] - theta[nb]);
                out[o] += q;
                out[nb] -= q;
            }
        }
        for (int b = 0; b < bEnd - bStart; b++) {
            int f = b + bStart;
            int u = m.owner(f);
            double q = boundaryFlowAt(b, tRef + theta[u]);
            double in = bFlux[b] * m.area(f);
            out[u] += q - in;
            through += Math.abs(q) + Math.abs(in);
        }
        return 0.5 * through;
    }

    private double[] linearFaceConductance;

    /** Flow per kelvin of difference (W/K) of every interior face, for linear laws; computed once. */
    private double[] linearFaceConductances() {
        if (linearFaceConductance == null) {
            double[] g = new double[bStart];
            double hot = tRef + 1;
            double unit = hot - tRef; // 1 to within an ulp of tRef
            for (int f = 0; f < bStart; f++) g[f] = faceFlowAt(f, hot, tRef) / unit;
            linearFaceConductance = g;
        }
        return linearFaceConductance;
    }

    /** Step for one-sided difference quotients at temperature t (K). */
    private static double step(double t) {
        return 1e-7 * Math.max(1.0, Math.abs(t));
    }

    /**
     * The Jacobian of {@link #residual} in j (same pattern as the matrix), face by face: each face's
     * flow depends on its two cells only, so its derivatives are difference quotients of
     * {@link #faceFlowAt} in each argument.
     */
    void jacobian(double[] theta, StencilOperator j) {
        Mesh m = mesh;
        j.clear();
        for (int c = 0; c < n; c++) if (!m.isActive(c)) j.diag[c] = 1;
        for (int f = 0; f < bStart; f++) {
            int a = m.axis(f);
            int o = m.owner(f);
            int nb = m.neighbour(f);
            double tp = tRef + theta[o];
            double tn = tRef + theta[nb];
            double q = faceFlowAt(f, tp, tn);
            double hp = step(tp);
            double hn = step(tn);
            double dqdp = (faceFlowAt(f, tp + hp, tn) - q) / hp;
            double dqdn = (faceFlowAt(f, tp, tn + hn) - q) / hn;
            j.diag[o] += dqdp;
            j.up[a][o] += dqdn;
            j.down[a][o] -= dqdp;
            j.diag[nb] -= dqdn;
        }
        for (int b = 0; b < bEnd - bStart; b++) {
            if (bExclusive[b] < 0) continue;
            int u = m.owner(b + bStart);
            double tp = tRef + theta[u];
            double h = step(tp);
            j.diag[u] += (boundaryFlowAt(b, tp + h) - boundaryFlowAt(b, tp)) / h;
        }
    }

    /**
     * Writes the secant conductances of the exact nonlinear flows at theta into the matrix (G = Q/ΔT)
     * and the boundary arrays, so that results read from the matrix see exactly the converged flows.
     */
    void assembleSecant(double[] theta) {
        Mesh m = mesh;
        assemble(theta); // linearised values: kept where a face has no temperature difference
        double[] rowSum = matrix.rowSum;
        for (int c : activeCells) rowSum[c] = 0;
        System.arraycopy(source, 0, rhs, 0, n);
        for (int f = 0; f < bStart; f++) {
            int o = m.owner(f);
            int nb = m.neighbour(f);
            double dt = theta[o] - theta[nb];
            double gf = conductance(f);
            if (dt != 0) gf = faceFlowAt(f, tRef + theta[o], tRef + theta[nb]) / dt;
            setFace(f, gf);
            if (f >= ifStart) {
                // Keep the reported R (staircase factor included) consistent with the flow: R = A (1/G − aP − aN).
                double area = m.area(f);
                int a = m.axis(f);
                double r = area * (1 / gf - m.ownerDistance(f) / (k(o, a, theta) * area)
                        - m.neighbourDistance(f) / (k(nb, a, theta) * area));
                if (f < ifEnd) ifR[f - ifStart] = Math.max(0, r);
                else gbR[f - gbStart] = Math.max(0, r);
            }
        }
        for (int b = 0; b < bEnd - bStart; b++) {
            int f = b + bStart;
            int u = m.owner(f);
            rhs[u] += bFlux[b] * m.area(f);
            if (bExclusive[b] < 0) continue;
            double dt = tRef + theta[u] - bTref[b];
            if (dt != 0) bG[b] = boundaryFlowAt(b, tRef + theta[u]) / dt;
            rowSum[u] += bG[b];
            rhs[u] += bG[b] * (bTref[b] - tRef);
        }
    }

    /** Current conductance (W/K) of an interior face. */
    double conductance(int f) {
        return g[mesh.axis(f)][mesh.owner(f)];
    }

    /**
     * The conductances a Picard assembly starts from: those of interface and grain-boundary faces (their
     * secant R is evaluated at the face temperatures these imply) and of boundary faces (a bath contact's
     * likewise). Everything else {@link #assemble} computes afresh, so this is the whole history a
     * restarted transient run must restore to repeat the interrupted one exactly.
     */
    double[] linearisationState() {
        int interior = bStart - ifStart;
        double[] s = new double[interior + bG.length];
        for (int f = ifStart; f < bStart; f++) s[f - ifStart] = conductance(f);
        System.arraycopy(bG, 0, s, interior, bG.length);
        return s;
    }

    /** Restores what {@link #linearisationState} returned. */
    void restoreLinearisationState(double[] s) {
        int interior = bStart - ifStart;
        if (s.length != interior + bG.length) {
            throw new IllegalArgumentException("linearisation state of " + s.length + " values; this mesh needs "
                    + (interior + bG.length));
        }
        for (int f = ifStart; f < bStart; f++) setFace(f, s[f - ifStart]);
        System.arraycopy(s, interior, bG, 0, bG.length);
    }

    /** Heat (W) generated in the body or entering through flux conditions: independent of T. */
    double imposedPower() {
        double s = 0;
        for (double v : source) s += v;
        for (int b = 0; b < bEnd - bStart; b++) s += bFlux[b] * mesh.area(b + bStart);
        return s;
    }

    /** Sum of |terms| of the energy balance at theta, halved: the heat passing through the body (W). */
    double throughput(double[] theta) {
        double s = 0;
        for (double v : source) s += Math.abs(v);
        for (int b = 0; b < bEnd - bStart; b++) {
            int f = b + bStart;
            s += Math.abs(bFlux[b] * mesh.area(f));
            if (bExclusive[b] >= 0) s += Math.abs(bG[b] * (tRef + theta[mesh.owner(f)] - bTref[b]));
        }
        return 0.5 * s;
    }

    /** Bytes held by the solver's per-cell and per-face arrays, the matrix included. */
    long memoryBytes() {
        long b = 4L * activeCells.length + matrix.memoryBytes();
        b += 8L * (rhs.length + kCell.length + source.length);
        b += 8L * (ifR.length + gbR.length + gbFactor.length) + (ifFactor == null ? 0 : 8L * ifFactor.length);
        b += 28L * bExclusive.length;
        return b;
    }
}
