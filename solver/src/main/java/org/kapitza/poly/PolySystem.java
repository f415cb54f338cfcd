package org.kapitza.poly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kapitza.InputException;
import org.kapitza.Suggest;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.FaceLaw;
import org.kapitza.fv.GrainBoundaryRule;
import org.kapitza.fv.InterfaceRule;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.linalg.CsrMatrix;
import org.kapitza.material.Conductivity;
import org.kapitza.material.Material;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.source.Source;

/**
 * Steady conduction on an unstructured mesh ({@link PolyMesh}): the face law {@link FaceLaw} on every
 * face with the two normal distances, plus a deferred non-orthogonal correction that keeps the jump
 * sharp.
 *
 * <p>On a non-orthogonal face the centroids P and N are off the face's normal line through its centre
 * x_f. The law is applied between the points y_P = x_f − d_P n and y_N = x_f + d_N n on that line,
 * whose temperatures are carried from the centroids with each side's own gradient:
 * {@code T(y_P) = T_P + g_P·(y_P − x_P)}. The flux {@code F = G (T(y_P) − T(y_N))} with
 * {@code G = A/(d_P/k_P + R + d_N/k_N)} is exact for a field linear on each side with a jump R·q at
 * the face (docs/PHYSICS.md §1). The part G (T_P − T_N) is implicit; the tangential part is lagged one
 * iteration (deferred correction, Jasak 1996 §3.3.1.3; Ferziger and Perić §8.6).
 *
 * <p>Gradients are reconstructed per side: least squares over the cell's neighbours across bulk faces
 * only, and, on every interface, grain-boundary or boundary face, the temperature on the cell's own
 * side of that face, {@code T_f,P = T(y_P) − q d_P/k_P} with q the face's current flux density. No
 * gradient ever reaches across a jump, so a field linear on each side is reproduced exactly.
 */
final class PolySystem {
    final PolyMesh mesh;
    final int n;
    final CsrMatrix matrix;
    final double[] rhs;
    /** Position in the matrix of the (owner, neighbour) and (neighbour, owner) entries of each interior face. */
    private final int[] upper;
    private final int[] lower;
    final int ifStart, ifEnd, gbStart, gbEnd, bStart, nf;

    final Material[] regionMaterial;
    private final Conductivity[] regionConductivity;
    final double[] kCell;

    final InterfaceModel[] pairModel;
    final int[] pairSide1Region;
    final String[] pairLabel;
    final InterfaceModel[] regionGbModel;
    private final double[] gbFactor;
    /** Current R per face (m²K/W; 0 for bulk and boundary faces). */
    final double[] faceR;
    /** Current conductance G per face (W/K): interior faces, and boundary faces with a temperature or convection. */
    final double[] faceG;
    /** Heat flow through each face (W), owner to neighbour or out of the owner, from the last update. */
    final double[] flow;

    /** Exclusive condition per boundary face (index into {@link #exclusive}) or -1. */
    final int[] bExclusive;
    final List<BoundaryCondition> exclusive = new ArrayList<>();
    private final List<InterfaceModel> exclusiveContact = new ArrayList<>();
    /** Heat flux entering per boundary face (W/m²). */
    final double[] bFlux;
    /** Bath temperature per boundary face with an exclusive condition (K). */
    final double[] bTemperature;
    /** Heat generated in each cell (W). */
    final double[] source;
    final double tRef;
    final boolean nonlinear;

    /** Gradient of θ per cell (K/m), 3 per cell. */
    final double[] grad;
    /** Symmetric inverse of each cell's least-squares matrix: xx xy xz yy yz zz. */
    private final double[] lsInverse;
    /** Tangential offsets y_P − x_P and y_N − x_N of each face, 3 each. */
    private final double[] tOwner;
    private final double[] tNeighbour;

    PolySystem(PolyMesh mesh, ThermalProblem problem) {
        this.mesh = mesh;
        n = mesh.cellCount();
        ifStart = mesh.faceStart(FaceClass.INTERFACE);
        ifEnd = mesh.faceEnd(FaceClass.INTERFACE);
        gbStart = mesh.faceStart(FaceClass.GRAIN_BOUNDARY);
        gbEnd = mesh.faceEnd(FaceClass.GRAIN_BOUNDARY);
        bStart = mesh.faceStart(FaceClass.BOUNDARY);
        nf = mesh.faceCount();

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
            if (!mat.conductivity().isotropic()) {
                throw new InputException("region '" + mesh.regionName(r) + "': material '" + mat.name()
                        + "' is anisotropic; Gmsh meshes take isotropic conductivities only");
            }
            regionMaterial[r] = mat;
            regionConductivity[r] = mat.conductivity();
            nl |= mat.conductivity().temperatureDependent();
        }
        kCell = new double[n];

        int np = mesh.interfacePairCount();
        pairModel = new InterfaceModel[np];
        pairSide1Region = new int[np];
        pairLabel = new String[np];
        nl |= resolveInterfaces(problem);
        regionGbModel = new InterfaceModel[nr];
        gbFactor = new double[gbEnd - gbStart];
        nl |= resolveGrainBoundaries(problem);

        int nb = nf - bStart;
        bExclusive = new int[nb];
        Arrays.fill(bExclusive, -1);
        bFlux = new double[nb];
        bTemperature = new double[nb];
        nl |= resolveBoundaries(problem);
        source = new double[n];
        resolveSources(problem);
        nonlinear = nl;
        tRef = referenceTemperature(problem);
        checkAnchored();

        faceR = new double[nf];
        faceG = new double[nf];
        flow = new double[nf];
        grad = new double[3 * n];
        tOwner = new double[3 * nf];
        tNeighbour = new double[3 * nf];
        for (int f = 0; f < nf; f++) {
            int o = mesh.owner(f);
            int m = mesh.neighbour(f);
            for (int i = 0; i < 3; i++) {
                double xf = mesh.faceCentre(f, i);
                double ni = mesh.normal(f, i);
                tOwner[3 * f + i] = xf - mesh.ownerDistance(f) * ni - mesh.centre(o, i);
                if (m >= 0) tNeighbour[3 * f + i] = xf + mesh.neighbourDistance(f) * ni - mesh.centre(m, i);
            }
        }
        lsInverse = leastSquaresInverses();

        // CSR pattern: the diagonal and one entry per interior face on each side.
        int[] count = new int[n + 1];
        for (int c = 0; c < n; c++) count[c + 1] = 1;
        for (int f = 0; f < bStart; f++) {
            count[mesh.owner(f) + 1]++;
            count[mesh.neighbour(f) + 1]++;
        }
        for (int c = 0; c < n; c++) count[c + 1] += count[c];
        int[] col = new int[count[n]];
        int[] fill = Arrays.copyOf(count, n);
        for (int c = 0; c < n; c++) col[fill[c]++] = c;
        for (int f = 0; f < bStart; f++) {
            col[fill[mesh.owner(f)]++] = mesh.neighbour(f);
            col[fill[mesh.neighbour(f)]++] = mesh.owner(f);
        }
        for (int c = 0; c < n; c++) Arrays.sort(col, count[c], count[c + 1]);
        matrix = new CsrMatrix(count, col);
        upper = new int[bStart];
        lower = new int[bStart];
        for (int f = 0; f < bStart; f++) {
            upper[f] = matrix.find(mesh.owner(f), mesh.neighbour(f));
            lower[f] = matrix.find(mesh.neighbour(f), mesh.owner(f));
        }
        rhs = new double[n];
    }

    // ---- setup -----------------------------------------------------------------------------------

    private boolean resolveInterfaces(ThermalProblem problem) {
        PolyMesh m = mesh;
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
                List<String> touching = new ArrayList<>();
                for (int p = 0; p < np; p++) {
                    InterfacePair pair = m.interfacePairInfo(p);
                    touching.add(m.regionName(pair.regionA()) + "|" + m.regionName(pair.regionB()));
                }
                throw new InputException("interface " + rule.label() + ": " + (regions ? "regions" : "materials") + " '"
                        + rule.a() + "' and '" + rule.b() + "' never touch in this mesh; touching regions are: "
                        + (touching.isEmpty() ? "none" : String.join(", ", touching)));
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
                model = rule.model();
                pairLabel[p] = rule.kind() == InterfaceRule.Kind.REGIONS && rule.name() == null ? rule.label()
                        : rule.label() + " (" + m.regionName(pair.regionA()) + "|" + m.regionName(pair.regionB()) + ")";
            }
            int s1 = pairSide1Region[p];
            int s2 = s1 == pair.regionA() ? pair.regionB() : pair.regionA();
            // Models that need an axis (none of the isotropic ones do) get z.
            pairModel[p] = model.bind(new InterfaceContext(regionMaterial[s1], regionMaterial[s2], 2));
            nl |= pairModel[p].temperatureDependent();
        }
        return nl;
    }

    private void checkRegion(String name, String what) {
        if (mesh.regionId(name) >= 0) return;
        throw new InputException(what + ": no region named '" + name + "'" + Suggest.didYouMean(name, mesh.regionNames())
                + "; regions are: " + String.join(", ", mesh.regionNames()));
    }

    private void checkMaterial(String name, String what) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < mesh.materialCount(); i++) names.add(mesh.materialName(i));
        if (names.contains(name)) return;
        throw new InputException(what + ": no region of the mesh is made of '" + name + "'" + Suggest.didYouMean(name, names)
                + "; materials in the mesh are: " + String.join(", ", names));
    }

    private boolean resolveGrainBoundaries(ThermalProblem problem) {
        int nr = mesh.regionCount();
        GrainBoundaryRule[] ruleOf = new GrainBoundaryRule[nr];
        boolean[] hasGrains = new boolean[nr];
        for (int f = gbStart; f < gbEnd; f++) hasGrains[mesh.region(mesh.owner(f))] = true;
        for (GrainBoundaryRule rule : problem.grainBoundaryRules()) {
            if (rule.region() != null) {
                checkRegion(rule.region(), rule.label());
                int r = mesh.regionId(rule.region());
                if (!hasGrains[r]) {
                    throw new InputException(rule.label() + ": region '" + rule.region()
                            + "' has no grain boundaries; list its grains' physical volumes under its 'volumes'");
                }
                ruleOf[r] = rule;
            } else {
                boolean any = false;
                for (int r = 0; r < nr; r++) {
                    if (!hasGrains[r]) continue;
                    any = true;
                    if (ruleOf[r] == null) ruleOf[r] = rule;
                }
                if (!any) throw new InputException("grain boundaries: the mesh has no grains; give a region several physical volumes");
            }
        }
        boolean nl = false;
        for (int r = 0; r < nr; r++) {
            GrainBoundaryRule rule = ruleOf[r];
            Material mat = regionMaterial[r];
            regionGbModel[r] = rule == null ? new ConstantResistance(0)
                    : rule.model() != null ? rule.model().bind(new InterfaceContext(mat, mat, 2)) : new ConstantResistance(1.0);
            nl |= regionGbModel[r].temperatureDependent();
        }
        // Conforming grain boundaries are the true planes: no staircase factor, only a sampled one.
        for (int f = gbStart; f < gbEnd; f++) {
            GrainBoundaryRule rule = ruleOf[mesh.region(mesh.owner(f))];
            gbFactor[f - gbStart] = rule != null && rule.distribution() != null
                    ? rule.distribution().sample(mesh.grain(mesh.owner(f)), mesh.grain(mesh.neighbour(f))) : 1.0;
        }
        return nl;
    }

    private boolean resolveBoundaries(ThermalProblem problem) {
        int[] setBy = new int[nf - bStart];
        Arrays.fill(setBy, -1);
        List<ThermalProblem.PatchCondition> list = problem.boundaries();
        boolean nl = false;
        for (int i = 0; i < list.size(); i++) {
            ThermalProblem.PatchCondition pc = list.get(i);
            int p = mesh.patchIndex(pc.patch());
            if (p < 0) {
                throw new InputException("boundary condition on patch '" + pc.patch() + "': no such patch"
                        + Suggest.didYouMean(pc.patch(), mesh.patchNames()) + "; patches (physical surfaces) are: "
                        + String.join(", ", mesh.patchNames()));
            }
            BoundaryCondition bc = pc.condition();
            if (problem.driver(bc) != null) throw new InputException("boundary condition on patch '" + pc.patch() + "': tables in time need a grid mesh");
            if (bc instanceof BoundaryCondition.TotalPower || bc instanceof BoundaryCondition.HeatFlux) {
                double area = mesh.patchArea(p);
                double q = bc instanceof BoundaryCondition.TotalPower tp ? tp.power() / area : ((BoundaryCondition.HeatFlux) bc).flux();
                for (int k = 0; k < mesh.patchFaceCount(p); k++) bFlux[mesh.patchFace(p, k) - bStart] += q;
                continue;
            }
            int id = -1;
            if (!(bc instanceof BoundaryCondition.Adiabatic)) {
                id = exclusive.size();
                exclusive.add(bc);
                InterfaceModel contact = null;
                if (bc instanceof BoundaryCondition.FixedTemperature ft && ft.contact() != null) {
                    Material mat = mesh.patchFaceCount(p) == 0 ? regionMaterial[0]
                            : regionMaterial[mesh.region(mesh.owner(mesh.patchFace(p, 0)))];
                    contact = ft.contact().bind(new InterfaceContext(mat, mat, 2));
                    nl |= contact.temperatureDependent();
                }
                exclusiveContact.add(contact);
            }
            for (int k = 0; k < mesh.patchFaceCount(p); k++) {
                int f = mesh.patchFace(p, k);
                int b = f - bStart;
                if (setBy[b] >= 0 && !list.get(setBy[b]).condition().equals(bc)) {
                    throw new InputException("boundary conditions on patches '" + list.get(setBy[b]).patch() + "' and '"
                            + pc.patch() + "' both apply to the faces they share; give each face one condition");
                }
                setBy[b] = i;
                bExclusive[b] = id;
                if (bc instanceof BoundaryCondition.FixedTemperature ft) {
                    bTemperature[b] = ft.temperature().value(mesh.faceCentre(f, 0), mesh.faceCentre(f, 1), mesh.faceCentre(f, 2));
                } else if (bc instanceof BoundaryCondition.Convection cv) {
                    bTemperature[b] = cv.tInf();
                }
            }
        }
        return nl;
    }

    private void resolveSources(ThermalProblem problem) {
        for (Source s : problem.sources()) {
            if (problem.driver(s) != null) throw new InputException("source " + s.describe() + ": tables in time need a grid mesh");
            String regionName = s instanceof Source.Density d ? d.region()
                    : s instanceof Source.Total t ? t.region() : ((Source.Field) s).region();
            int r = -1;
            if (regionName != null) {
                checkRegion(regionName, "source " + s.describe());
                r = mesh.regionId(regionName);
            }
            double volume = 0;
            for (int c = 0; c < n; c++) if (r < 0 || mesh.region(c) == r) volume += mesh.volume(c);
            for (int c = 0; c < n; c++) {
                if (r >= 0 && mesh.region(c) != r) continue;
                double v = mesh.volume(c);
                source[c] += s instanceof Source.Density d ? d.density() * v : s instanceof Source.Total t ? t.power() * v / volume
                        : ((Source.Field) s).density().value(mesh.centre(c, 0), mesh.centre(c, 1), mesh.centre(c, 2)) * v;
            }
        }
    }

    private double referenceTemperature(ThermalProblem problem) {
        if (Double.isFinite(problem.initialTemperature())) return problem.initialTemperature();
        double sum = 0;
        double w = 0;
        for (int b = 0; b < bExclusive.length; b++) {
            if (bExclusive[b] < 0) continue;
            double a = mesh.area(b + bStart);
            sum += a * bTemperature[b];
            w += a;
        }
        return w > 0 ? sum / w : 300.0;
    }

    /** Every connected body needs a fixed temperature or convection somewhere. */
    private void checkAnchored() {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int f = 0; f < bStart; f++) {
            int a = find(parent, mesh.owner(f));
            int b = find(parent, mesh.neighbour(f));
            if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
        }
        boolean[] anchored = new boolean[n];
        for (int b = 0; b < bExclusive.length; b++) if (bExclusive[b] >= 0) anchored[find(parent, mesh.owner(b + bStart))] = true;
        for (int c = 0; c < n; c++) {
            if (parent[c] == c && !anchored[c]) {
                throw new InputException("the temperature of region " + mesh.regionName(mesh.region(c)) + " (the part holding element "
                        + mesh.elementTag(c) + ") is undetermined: no boundary of it has a fixed temperature or convection;"
                        + " add a fixed-temperature or convection boundary condition on one of its patches");
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private double[] leastSquaresInverses() {
        double[] m = new double[6 * n];
        for (int f = 0; f < nf; f++) {
            int o = mesh.owner(f);
            int nb = mesh.neighbour(f);
            boolean bulk = f < ifStart;
            double[] d = new double[3];
            for (int i = 0; i < 3; i++) d[i] = (bulk ? mesh.centre(nb, i) : mesh.faceCentre(f, i)) - mesh.centre(o, i);
            addOuter(m, o, d);
            if (nb >= 0) {
                for (int i = 0; i < 3; i++) d[i] = (bulk ? mesh.centre(o, i) : mesh.faceCentre(f, i)) - mesh.centre(nb, i);
                addOuter(m, nb, d);
            }
        }
        double[] inv = new double[6 * n];
        for (int c = 0; c < n; c++) {
            int q = 6 * c;
            double a = m[q], b = m[q + 1], cc = m[q + 2], d = m[q + 3], e = m[q + 4], f = m[q + 5];
            double A = d * f - e * e, B = cc * e - b * f, C = b * e - cc * d;
            double det = a * A + b * B + cc * C;
            if (!(Math.abs(det) > 1e-300)) {
                throw new InputException("element " + mesh.elementTag(c) + ": its neighbours span no volume; the gradient cannot be reconstructed");
            }
            inv[q] = A / det;
            inv[q + 1] = B / det;
            inv[q + 2] = C / det;
            inv[q + 3] = (a * f - cc * cc) / det;
            inv[q + 4] = (b * cc - a * e) / det;
            inv[q + 5] = (a * d - b * b) / det;
        }
        return inv;
    }

    private static void addOuter(double[] m, int c, double[] d) {
        double w = 1.0 / (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        int q = 6 * c;
        m[q] += w * d[0] * d[0];
        m[q + 1] += w * d[0] * d[1];
        m[q + 2] += w * d[0] * d[2];
        m[q + 3] += w * d[1] * d[1];
        m[q + 4] += w * d[1] * d[2];
        m[q + 5] += w * d[2] * d[2];
    }

    // ---- assembly and updates ----------------------------------------------------------------------

    private double k(int c, double theta) {
        int r = mesh.region(c);
        double t = tRef + theta;
        double k = regionConductivity[r].k(0, t);
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new InputException("material '" + regionMaterial[r].name() + "' in region '" + mesh.regionName(r)
                    + "': conductivity k(T = " + t + " K) = " + k + " is not a positive number");
        }
        return k;
    }

    /** θ carried from the owner (or neighbour) centroid to its point on the face's normal line. */
    double ownerShift(int f) {
        int o = 3 * mesh.owner(f);
        return grad[o] * tOwner[3 * f] + grad[o + 1] * tOwner[3 * f + 1] + grad[o + 2] * tOwner[3 * f + 2];
    }

    double neighbourShift(int f) {
        int m = 3 * mesh.neighbour(f);
        return grad[m] * tNeighbour[3 * f] + grad[m + 1] * tNeighbour[3 * f + 1] + grad[m + 2] * tNeighbour[3 * f + 2];
    }

    /** Temperature on the owner's side of a face (K) from the current flow. */
    double ownerFaceTemperature(int f, double[] theta) {
        return tRef + theta[mesh.owner(f)] + ownerShift(f) - flow[f] / mesh.area(f) * mesh.ownerDistance(f) / kCell[mesh.owner(f)];
    }

    /** Temperature on the neighbour's side of an interior face (K). */
    double neighbourFaceTemperature(int f, double[] theta) {
        return tRef + theta[mesh.neighbour(f)] + neighbourShift(f)
                + flow[f] / mesh.area(f) * mesh.neighbourDistance(f) / kCell[mesh.neighbour(f)];
    }

    /**
     * Writes the matrix and right-hand side for temperatures tRef + θ: conductivities at the cell
     * temperatures, interface resistances (secant) at the side temperatures of the last flows, the
     * tangential corrections from the current gradients.
     */
    void assemble(double[] theta) {
        for (int c = 0; c < n; c++) kCell[c] = k(c, theta[c]);
        Arrays.fill(matrix.value, 0);
        System.arraycopy(source, 0, rhs, 0, n);
        for (int f = 0; f < bStart; f++) {
            int o = mesh.owner(f);
            int m = mesh.neighbour(f);
            double r = 0;
            if (f >= ifStart && f < ifEnd) {
                int p = mesh.interfacePair(f);
                InterfaceModel model = pairModel[p];
                if (model.temperatureDependent()) {
                    boolean ownerIs1 = mesh.region(o) == pairSide1Region[p];
                    double ta = ownerFaceTemperature(f, theta);
                    double tb = neighbourFaceTemperature(f, theta);
                    r = resistance(model, ownerIs1 ? ta : tb, ownerIs1 ? tb : ta, f);
                } else {
                    r = model.resistance(tRef, tRef);
                }
            } else if (f >= gbStart) {
                InterfaceModel model = regionGbModel[mesh.region(o)];
                r = gbFactor[f - gbStart] * (model.temperatureDependent()
                        ? resistance(model, ownerFaceTemperature(f, theta), neighbourFaceTemperature(f, theta), f)
                        : model.resistance(tRef, tRef));
            }
            faceR[f] = r;
            double g = FaceLaw.conductance(mesh.area(f), mesh.ownerDistance(f), kCell[o], r, mesh.neighbourDistance(f), kCell[m]);
            faceG[f] = g;
            matrix.value[matrix.diag[o]] += g;
            matrix.value[matrix.diag[m]] += g;
            matrix.value[upper[f]] -= g;
            matrix.value[lower[f]] -= g;
            double corr = g * (ownerShift(f) - neighbourShift(f));
            rhs[o] -= corr;
            rhs[m] += corr;
        }
        for (int f = bStart; f < nf; f++) {
            int b = f - bStart;
            int o = mesh.owner(f);
            double a = mesh.area(f);
            rhs[o] += bFlux[b] * a;
            int e = bExclusive[b];
            if (e < 0) {
                faceG[f] = 0;
                continue;
            }
            BoundaryCondition bc = exclusive.get(e);
            double rc;
            if (bc instanceof BoundaryCondition.Convection cv) {
                rc = 1.0 / cv.h();
            } else {
                InterfaceModel contact = exclusiveContact.get(e);
                rc = contact == null ? 0 : resistance(contact, ownerFaceTemperature(f, theta), bTemperature[b], f);
            }
            faceR[f] = rc;
            double g = FaceLaw.conductance(a, mesh.ownerDistance(f), kCell[o], rc, 0, 1);
            faceG[f] = g;
            matrix.value[matrix.diag[o]] += g;
            rhs[o] += g * (bTemperature[b] - tRef - ownerShift(f));
        }
    }

    private static double resistance(InterfaceModel model, double t1, double t2, int f) {
        double r = model.resistance(t1, t2);
        if (!(r >= 0) || !Double.isFinite(r)) {
            throw new InputException("interface model '" + model.describe() + "' gave R = " + r + " m²K/W at T1 = " + t1
                    + " K, T2 = " + t2 + " K; it must be a non-negative number");
        }
        return r;
    }

    /** The flow through every face for θ, with the conductances and gradients of the last assembly. */
    void updateFlows(double[] theta) {
        for (int f = 0; f < bStart; f++) {
            flow[f] = faceG[f] * (theta[mesh.owner(f)] + ownerShift(f) - theta[mesh.neighbour(f)] - neighbourShift(f));
        }
        for (int f = bStart; f < nf; f++) {
            int b = f - bStart;
            double out = -bFlux[b] * mesh.area(f);
            if (bExclusive[b] >= 0) out += faceG[f] * (theta[mesh.owner(f)] + ownerShift(f) - (bTemperature[b] - tRef));
            flow[f] = out;
        }
    }

    /**
     * Reconstructs the gradients from θ and the current flows: least squares over bulk neighbours and the
     * cell's own side of every other face.
     */
    void updateGradients(double[] theta) {
        double[] rhsG = new double[3 * n];
        for (int f = 0; f < nf; f++) {
            int o = mesh.owner(f);
            int m = mesh.neighbour(f);
            if (f < ifStart) {
                double dT = theta[m] - theta[o];
                addRhs(rhsG, o, f, m, dT, false);
                addRhs(rhsG, m, f, o, -dT, false);
            } else {
                double tf = ownerFaceTemperature(f, theta) - tRef;
                if (m < 0 && bExclusive[f - bStart] >= 0 && faceR[f] == 0) tf = bTemperature[f - bStart] - tRef;
                addRhs(rhsG, o, f, -1, tf - theta[o], true);
                if (m >= 0) addRhs(rhsG, m, f, -1, neighbourFaceTemperature(f, theta) - tRef - theta[m], true);
            }
        }
        for (int c = 0; c < n; c++) {
            int q = 6 * c;
            double bx = rhsG[3 * c], by = rhsG[3 * c + 1], bz = rhsG[3 * c + 2];
            grad[3 * c] = lsInverse[q] * bx + lsInverse[q + 1] * by + lsInverse[q + 2] * bz;
            grad[3 * c + 1] = lsInverse[q + 1] * bx + lsInverse[q + 3] * by + lsInverse[q + 4] * bz;
            grad[3 * c + 2] = lsInverse[q + 2] * bx + lsInverse[q + 4] * by + lsInverse[q + 5] * bz;
        }
    }

    private void addRhs(double[] rhsG, int c, int f, int other, double dT, boolean toFace) {
        double dx = (toFace ? mesh.faceCentre(f, 0) : mesh.centre(other, 0)) - mesh.centre(c, 0);
        double dy = (toFace ? mesh.faceCentre(f, 1) : mesh.centre(other, 1)) - mesh.centre(c, 1);
        double dz = (toFace ? mesh.faceCentre(f, 2) : mesh.centre(other, 2)) - mesh.centre(c, 2);
        double w = dT / (dx * dx + dy * dy + dz * dz);
        rhsG[3 * c] += w * dx;
        rhsG[3 * c + 1] += w * dy;
        rhsG[3 * c + 2] += w * dz;
    }

    /** Bytes of the solver's own arrays per cell (matrix included). */
    long memoryBytes() {
        return matrix.memoryBytes() + 8L * (rhs.length + kCell.length + source.length + grad.length + lsInverse.length)
                + 8L * (faceR.length + faceG.length + flow.length + tOwner.length + tNeighbour.length) + 4L * (upper.length + lower.length)
                + 4L * bExclusive.length + 16L * bFlux.length;
    }
}
