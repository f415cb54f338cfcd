package org.kapitza.multitemp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.kapitza.InputException;
import org.kapitza.Suggest;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.InterfaceContext;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.linalg.CsrMatrix;
import org.kapitza.material.Material;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;
import org.kapitza.source.Source;

/**
 * The finite-volume system of multi-temperature conduction: one unknown per (cell, carrier), numbered
 * cell by cell (the carriers of a cell adjacent), and one symmetric positive definite matrix for all of
 * them, assembled as CSR so that one multigrid sees the whole coupled system.
 *
 * <p>Every term is a conductance G (W/K) between two unknowns, or between an unknown and a fixed
 * temperature, exactly as in the single-temperature scheme (docs/PHYSICS.md §1):
 * <ul>
 *   <li>a face between cells P and N of one region, per carrier c: {@code G = A/(d_P/k_c,P + d_N/k_c,N)};</li>
 *   <li>an interface face, per carrier path a → b ({@link InterfaceChannels}):
 *       {@code G = A/(d_P/k_a,P + R_ab + d_N/k_b,N)}, R the path's secant resistance at the two face
 *       temperatures (staircase-corrected R/|n_i| where the true normal is known);</li>
 *   <li>inside a cell of volume V, per carrier pair: {@code G = g_ab V} (the bulk exchange of
 *       {@link CarrierModel});</li>
 *   <li>a boundary face, per chosen carrier (n of them): {@code A/(d/k_c + n R_contact)} to a fixed
 *       temperature, {@code A/(d/k_c + n/h)} to a convecting fluid, or a share q A/n of a flux.</li>
 * </ul>
 * Unknowns are deviations θ = T − T_ref from a reference temperature so that round-off scales with
 * temperature differences. Grain boundaries are bulk faces here (the builder refuses grain-boundary
 * rules with more than one temperature).
 */
final class MultiTemperatureSystem {
    static final double MIN_NORMAL_COMPONENT = 1e-3;

    final Mesh mesh;
    final MultiTemperatureProblem problem;
    /** Per region: its carriers' model, and whether phonon k comes from the material's k(T). */
    final CarrierModel[] regionCarriers;
    final boolean[] phononFromMaterial;
    final Material[] regionMaterial;
    /** Per region and carrier ordinal: the slot of the carrier in a cell's block, or -1. */
    final int[][] slot;
    /** First unknown of each cell (-1 for inactive cells); unknowns of a cell are base..base+count-1. */
    final int[] base;
    final int unknowns;
    final int[] unknownCell;
    final Carrier[] unknownCarrier;

    // Links between two unknowns.
    static final int BULK = 0;
    static final int INTERFACE = 1;
    static final int EXCHANGE = 2;
    final int[] linkI;
    final int[] linkJ;
    final int[] linkKind;
    /** The face of a bulk or interface link; the cell of an exchange link. */
    final int[] linkWhere;
    /** Interface links: index into {@link #laws}; exchange links: the coupling g (W/m³K) in {@link #linkValue}. */
    final int[] linkLaw;
    final double[] linkValue;
    /**
     * Bulk and exchange links: the conductance between the two unknowns (W/K). Interface links: the
     * conductance A/R of the path between the two face temperatures; the half cells are in
     * {@link #linkHalfI} and {@link #linkHalfJ}.
     */
    final double[] linkG;
    final double[] linkHalfI;
    final double[] linkHalfJ;
    /** The interface links of interface face f are [faceLinkStart[f − first], faceLinkStart[f − first + 1]). */
    final int[] faceLinkStart;
    private final int[] posIJ;
    private final int[] posJI;
    final List<InterfaceChannels.Link> laws = new ArrayList<>();
    /** Interface pair of each law (its report), and the resolved pairs. */
    final List<InterfaceChannels.Resolved> pairs = new ArrayList<>();
    final int[] lawPair;

    // Boundary terms: a face and a carrier, with a condition.
    final int[] bUnknown;
    final int[] bFace;
    final int[] bShare;
    final BoundaryCondition[] bCondition;
    final InterfaceModel[] bContact;
    final double[] bG;
    final double[] bT;
    final double[] bFlux;
    /** Source power per unknown (W). */
    final double[] sourcePower;

    final CsrMatrix matrix;
    final double[] rhs;
    final double tRef;
    final boolean nonlinear;

    MultiTemperatureSystem(MultiTemperatureProblem problem) {
        this(problem, false);
    }

    /**
     * @param timeDependent a transient problem needs no steady state (heat capacity anchors every carrier),
     *                      so the check that each carrier reaches a fixed temperature is skipped
     */
    MultiTemperatureSystem(MultiTemperatureProblem problem, boolean timeDependent) {
        this.problem = problem;
        ThermalProblem p = problem.base();
        this.mesh = p.mesh();
        Mesh m = mesh;
        int nr = m.regionCount();
        regionCarriers = new CarrierModel[nr];
        phononFromMaterial = new boolean[nr];
        regionMaterial = new Material[nr];
        slot = new int[nr][Carrier.values().length];
        boolean nl = false;
        for (int r = 0; r < nr; r++) {
            String name = m.materialName(m.regionMaterial(r));
            try {
                regionMaterial[r] = p.resolveMaterial(name);
            } catch (InputException e) {
                throw new InputException("region '" + m.regionName(r) + "': " + e.getMessage());
            }
            CarrierModel cm = problem.carriersOf(name);
            if (cm == null) {
                cm = CarrierModel.dielectric(1); // k_p from the material below
                phononFromMaterial[r] = true;
                nl |= regionMaterial[r].conductivity().temperatureDependent();
            }
            regionCarriers[r] = cm;
            Arrays.fill(slot[r], -1);
            Carrier[] cs = cm.carriers();
            for (int i = 0; i < cs.length; i++) slot[r][cs[i].ordinal()] = i;
        }
        for (String material : problem.carrierModels().keySet()) {
            boolean used = false;
            List<String> names = new ArrayList<>();
            for (int i = 0; i < m.materialCount(); i++) {
                names.add(m.materialName(i));
                used |= m.materialName(i).equals(material);
            }
            if (!used) {
                throw new InputException("carriers of material '" + material + "': no region of the mesh is made of it"
                        + Suggest.didYouMean(material, names) + "; materials in the mesh are: " + String.join(", ", names));
            }
        }

        // Unknowns.
        int n = m.cellCount();
        base = new int[n];
        int u = 0;
        for (int c = 0; c < n; c++) {
            if (!m.isActive(c)) {
                base[c] = -1;
                continue;
            }
            base[c] = u;
            u += regionCarriers[m.region(c)].carriers().length;
        }
        unknowns = u;
        unknownCell = new int[u];
        unknownCarrier = new Carrier[u];
        for (int c = 0; c < n; c++) {
            if (base[c] < 0) continue;
            Carrier[] cs = regionCarriers[m.region(c)].carriers();
            for (int i = 0; i < cs.length; i++) {
                unknownCell[base[c] + i] = c;
                unknownCarrier[base[c] + i] = cs[i];
            }
        }

        // Links.
        List<int[]> li = new ArrayList<>(); // {i, j, kind, where, law}
        List<Double> lv = new ArrayList<>();
        int bulkEnd = m.faceEnd(FaceClass.BULK);
        for (int f = m.faceStart(FaceClass.BULK); f < bulkEnd; f++) addBulk(f, li, lv);
        for (int f = m.faceStart(FaceClass.GRAIN_BOUNDARY); f < m.faceEnd(FaceClass.GRAIN_BOUNDARY); f++) addBulk(f, li, lv);
        int np = m.interfacePairCount();
        int[] lawStart = new int[np + 1];
        List<Integer> lawPairList = new ArrayList<>();
        for (int q = 0; q < np; q++) {
            InterfaceChannels.Resolved res = InterfaceChannels.resolve(problem, m, q, regionMaterial, regionCarriers, firstAxis(q));
            pairs.add(res);
            lawStart[q] = laws.size();
            for (InterfaceChannels.Link l : res.links()) {
                laws.add(l);
                lawPairList.add(q);
                nl |= l.temperatureDependent();
            }
            lawStart[q + 1] = laws.size();
        }
        lawPair = lawPairList.stream().mapToInt(Integer::intValue).toArray();
        int ifStart = m.faceStart(FaceClass.INTERFACE);
        faceLinkStart = new int[m.faceEnd(FaceClass.INTERFACE) - ifStart + 1];
        for (int f = ifStart; f < m.faceEnd(FaceClass.INTERFACE); f++) {
            faceLinkStart[f - ifStart] = li.size();
            int q = m.interfacePair(f);
            InterfaceChannels.Resolved res = pairs.get(q);
            int owner = m.owner(f);
            int nb = m.neighbour(f);
            boolean ownerIsSide1 = m.region(owner) == res.side1();
            for (int k = lawStart[q]; k < lawStart[q + 1]; k++) {
                InterfaceChannels.Link l = laws.get(k);
                int c1 = ownerIsSide1 ? owner : nb;
                int c2 = ownerIsSide1 ? nb : owner;
                int s1 = slot[m.region(c1)][l.a().ordinal()];
                int s2 = slot[m.region(c2)][l.b().ordinal()];
                if (s1 < 0 || s2 < 0) continue;
                li.add(new int[] {base[c1] + s1, base[c2] + s2, INTERFACE, f, k});
                lv.add(0.0);
            }
        }
        faceLinkStart[faceLinkStart.length - 1] = li.size();
        for (int c = 0; c < n; c++) {
            if (base[c] < 0) continue;
            CarrierModel cm = regionCarriers[m.region(c)];
            Carrier[] cs = cm.carriers();
            for (int a = 0; a < cs.length; a++) {
                for (int b = a + 1; b < cs.length; b++) {
                    double g = cm.exchange(cs[a], cs[b]);
                    if (g == 0) continue;
                    li.add(new int[] {base[c] + a, base[c] + b, EXCHANGE, c, -1});
                    lv.add(g);
                }
            }
        }
        int nl2 = li.size();
        linkI = new int[nl2];
        linkJ = new int[nl2];
        linkKind = new int[nl2];
        linkWhere = new int[nl2];
        linkLaw = new int[nl2];
        linkValue = new double[nl2];
        linkG = new double[nl2];
        linkHalfI = new double[nl2];
        linkHalfJ = new double[nl2];
        for (int k = 0; k < nl2; k++) {
            int[] e = li.get(k);
            linkI[k] = e[0];
            linkJ[k] = e[1];
            linkKind[k] = e[2];
            linkWhere[k] = e[3];
            linkLaw[k] = e[4];
            linkValue[k] = lv.get(k);
        }

        // Boundary terms.
        List<int[]> bl = new ArrayList<>(); // {unknown, face, share, condition index}
        List<BoundaryCondition> conds = new ArrayList<>();
        List<InterfaceModel> contacts = new ArrayList<>();
        List<ThermalProblem.PatchCondition> list = p.boundaries();
        for (int i = 0; i < list.size(); i++) {
            ThermalProblem.PatchCondition pc = list.get(i);
            int patch = m.patchIndex(pc.patch());
            if (patch < 0) {
                throw new InputException("boundary condition on patch '" + pc.patch() + "': no such patch"
                        + Suggest.didYouMean(pc.patch(), m.patchNames()) + "; patches are: " + String.join(", ", m.patchNames()));
            }
            BoundaryCondition bc = pc.condition();
            if (bc instanceof BoundaryCondition.Adiabatic) continue;
            conds.add(bc);
            InterfaceModel contact = null;
            Set<Carrier> chosen = problem.boundaryCarriers(pc.patch());
            double patchArea = m.patchArea(patch);
            for (int f : m.patchFaces(patch)) {
                int c = m.owner(f);
                if (base[c] < 0) continue;
                int r = m.region(c);
                if (bc instanceof BoundaryCondition.FixedTemperature ft && ft.contact() != null && contact == null) {
                    contact = ft.contact().bind(new InterfaceContext(regionMaterial[r], regionMaterial[r], m.axis(f)));
                }
                int[] slots = chosenSlots(r, chosen);
                for (int s : slots) bl.add(new int[] {base[c] + s, f, slots.length, conds.size() - 1});
            }
            contacts.add(contact);
            if (bc instanceof BoundaryCondition.TotalPower && patchArea == 0) {
                throw new InputException("boundary condition on patch '" + pc.patch() + "': power over an empty patch");
            }
        }
        int nb = bl.size();
        bUnknown = new int[nb];
        bFace = new int[nb];
        bShare = new int[nb];
        bCondition = new BoundaryCondition[nb];
        bContact = new InterfaceModel[nb];
        bG = new double[nb];
        bT = new double[nb];
        bFlux = new double[nb];
        for (int k = 0; k < nb; k++) {
            int[] e = bl.get(k);
            bUnknown[k] = e[0];
            bFace[k] = e[1];
            bShare[k] = e[2];
            bCondition[k] = conds.get(e[3]);
            bContact[k] = contacts.get(e[3]);
            if (bContact[k] != null) nl |= bContact[k].temperatureDependent();
            int f = e[1];
            double x = m.faceCentre(f, 0);
            double y = m.faceCentre(f, 1);
            double z = m.faceCentre(f, 2);
            BoundaryCondition bc = bCondition[k];
            if (bc instanceof BoundaryCondition.FixedTemperature ft) bT[k] = ft.temperature().value(x, y, z);
            if (bc instanceof BoundaryCondition.Convection cv) bT[k] = cv.tInf();
            if (bc instanceof BoundaryCondition.HeatFlux hf) bFlux[k] = hf.flux() * m.area(f) / bShare[k];
            if (bc instanceof BoundaryCondition.TotalPower tp) {
                bFlux[k] = tp.power() / patchAreaOf(list, bc) * m.area(f) / bShare[k];
            }
        }

        // Sources.
        sourcePower = new double[unknowns];
        for (Source s : p.sources()) addSource(s);

        tRef = referenceTemperature();
        nonlinear = nl;
        matrix = pattern();
        posIJ = new int[linkI.length];
        posJI = new int[linkI.length];
        for (int k = 0; k < linkI.length; k++) {
            if (linkKind[k] == INTERFACE) continue; // assembled face by face (assembleFace)
            posIJ[k] = matrix.find(linkI[k], linkJ[k]);
            posJI[k] = matrix.find(linkJ[k], linkI[k]);
        }
        rhs = new double[unknowns];
        if (!timeDependent) checkWellPosed();
    }

    private double patchAreaOf(List<ThermalProblem.PatchCondition> list, BoundaryCondition bc) {
        for (ThermalProblem.PatchCondition pc : list) if (pc.condition() == bc) return mesh.patchArea(mesh.patchIndex(pc.patch()));
        throw new IllegalStateException("condition without a patch");
    }

    private int firstAxis(int q) {
        for (int f = mesh.faceStart(FaceClass.INTERFACE); f < mesh.faceEnd(FaceClass.INTERFACE); f++) {
            if (mesh.interfacePair(f) == q) return mesh.axis(f);
        }
        return 2;
    }

    private void addBulk(int f, List<int[]> li, List<Double> lv) {
        int o = mesh.owner(f);
        int nb = mesh.neighbour(f);
        if (base[o] < 0 || base[nb] < 0) return;
        int ro = mesh.region(o);
        int rn = mesh.region(nb);
        for (Carrier c : regionCarriers[ro].carriers()) {
            int so = slot[ro][c.ordinal()];
            int sn = slot[rn][c.ordinal()];
            if (sn < 0) continue;
            li.add(new int[] {base[o] + so, base[nb] + sn, BULK, f, -1});
            lv.add(0.0);
        }
    }

    /** The slots of the chosen carriers in a region's cells; phonons when it has none of them. */
    int[] chosenSlots(int region, Set<Carrier> chosen) {
        CarrierModel cm = regionCarriers[region];
        List<Integer> s = new ArrayList<>();
        for (Carrier c : cm.carriers()) {
            boolean pick = chosen.contains(c) || chosen.contains(Carrier.ELECTRONS) && (c == Carrier.SPIN_UP || c == Carrier.SPIN_DOWN);
            if (pick) s.add(slot[region][c.ordinal()]);
        }
        if (s.isEmpty()) s.add(slot[region][Carrier.PHONONS.ordinal()]);
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    private void addSource(Source s) {
        String region;
        if (s instanceof Source.Density d) {
            region = d.region();
        } else if (s instanceof Source.Total t) {
            region = t.region();
        } else if (s instanceof Source.Field fd) {
            region = fd.region();
        } else {
            throw new IllegalStateException("unknown source " + s);
        }
        int r = mesh.regionId(region);
        if (r < 0) throw new InputException("source in region '" + region + "': no such region");
        double volume = 0;
        for (int c = 0; c < mesh.cellCount(); c++) if (base[c] >= 0 && mesh.region(c) == r) volume += mesh.volume(c);
        int[] slots = chosenSlots(r, problem.sourceCarriers(region));
        for (int c = 0; c < mesh.cellCount(); c++) {
            if (base[c] < 0 || mesh.region(c) != r) continue;
            double v = mesh.volume(c);
            double power;
            if (s instanceof Source.Density d) {
                power = d.density() * v;
            } else if (s instanceof Source.Total t) {
                power = t.power() * v / volume;
            } else {
                power = ((Source.Field) s).density().value(mesh.centre(c, 0), mesh.centre(c, 1), mesh.centre(c, 2)) * v;
            }
            for (int sl : slots) sourcePower[base[c] + sl] += power / slots.length;
        }
    }

    private double referenceTemperature() {
        double s = 0;
        int k = 0;
        for (int b = 0; b < bT.length; b++) {
            if (!(bCondition[b] instanceof BoundaryCondition.HeatFlux) && !(bCondition[b] instanceof BoundaryCondition.TotalPower)) {
                s += bT[b];
                k++;
            }
        }
        if (k > 0) return s / k;
        // No fixed temperature (a transient run of an insulated body): the initial temperature, else room
        // temperature; the reference only sets where round-off is smallest.
        double t0 = problem.base().initialTemperature();
        return Double.isFinite(t0) ? t0 : 300;
    }

    private CsrMatrix pattern() {
        int n = unknowns;
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < linkI.length; k++) if (linkKind[k] != INTERFACE) pairs.add(new int[] {linkI[k], linkJ[k]});
        for (int q = 0; q + 1 < faceLinkStart.length; q++) {
            int[] nodes = faceNodes(q);
            for (int a = 0; a < nodes.length; a++) for (int b = a + 1; b < nodes.length; b++) pairs.add(new int[] {nodes[a], nodes[b]});
        }
        int[] count = new int[n];
        for (int[] e : pairs) {
            count[e[0]]++;
            count[e[1]]++;
        }
        int[][] cols = new int[n][];
        for (int i = 0; i < n; i++) {
            cols[i] = new int[count[i] + 1];
            cols[i][0] = i;
            count[i] = 1;
        }
        for (int[] e : pairs) {
            cols[e[0]][count[e[0]]++] = e[1];
            cols[e[1]][count[e[1]]++] = e[0];
        }
        int[] rowStart = new int[n + 1];
        int[][] unique = new int[n][];
        for (int i = 0; i < n; i++) {
            unique[i] = Arrays.stream(cols[i]).sorted().distinct().toArray();
            rowStart[i + 1] = rowStart[i] + unique[i].length;
        }
        int[] col = new int[rowStart[n]];
        for (int i = 0; i < n; i++) System.arraycopy(unique[i], 0, col, rowStart[i], unique[i].length);
        return new CsrMatrix(rowStart, col);
    }

    /** Conductivity (W/m/K) of the carrier of an unknown along an axis at a temperature. */
    double conductivity(int unknown, int axis, double t) {
        int r = mesh.region(unknownCell[unknown]);
        if (phononFromMaterial[r]) return regionMaterial[r].conductivity().k(axis, t);
        return regionCarriers[r].conductivity(unknownCarrier[unknown]);
    }

    /**
     * Sets every conductance for the temperatures θ (K, deviations from {@link #tRef}) and writes the
     * matrix and right-hand side. The face temperatures at which interface and contact laws are taken
     * come from the conductances of the previous call (the cell temperatures at the first), so a
     * converged Picard iteration satisfies each law at its face temperatures.
     */
    void assemble(double[] theta) {
        Mesh m = mesh;
        Arrays.fill(matrix.value, 0);
        Arrays.fill(rhs, 0);
        for (int k = 0; k < linkI.length; k++) {
            int i = linkI[k];
            int j = linkJ[k];
            double g;
            switch (linkKind[k]) {
                case BULK -> {
                    int f = linkWhere[k];
                    int axis = m.axis(f);
                    double ki = conductivity(i, axis, tRef + theta[i]);
                    double kj = conductivity(j, axis, tRef + theta[j]);
                    g = m.area(f) / (m.ownerDistance(f) / ki + m.neighbourDistance(f) / kj);
                }
                case INTERFACE -> {
                    continue; // below, face by face
                }
                default -> g = linkValue[k] * m.volume(linkWhere[k]);
            }
            linkG[k] = g;
            matrix.value[matrix.diag[i]] += g;
            matrix.value[matrix.diag[j]] += g;
            matrix.value[posIJ[k]] -= g;
            matrix.value[posJI[k]] -= g;
        }
        for (int q = 0; q + 1 < faceLinkStart.length; q++) assembleFace(q, theta);
        for (int b = 0; b < bUnknown.length; b++) {
            int u = bUnknown[b];
            BoundaryCondition bc = bCondition[b];
            if (bc instanceof BoundaryCondition.HeatFlux || bc instanceof BoundaryCondition.TotalPower) {
                bG[b] = 0;
                rhs[u] += bFlux[b];
                continue;
            }
            int f = bFace[b];
            double k = conductivity(u, m.axis(f), tRef + theta[u]);
            double d = m.ownerDistance(f);
            double area = m.area(f);
            double extra;
            if (bc instanceof BoundaryCondition.Convection cv) {
                extra = bShare[b] / cv.h();
            } else if (bContact[b] != null) {
                double t = tRef + theta[u];
                double tFace = t - bG[b] * (t - bT[b]) * d / (k * area);
                extra = bShare[b] * bContact[b].resistance(tFace, bT[b]);
            } else {
                extra = 0;
            }
            double g = area / (d / k + extra);
            bG[b] = g;
            matrix.value[matrix.diag[u]] += g;
            rhs[u] += g * (bT[b] - tRef);
        }
        for (int u = 0; u < unknowns; u++) rhs[u] += sourcePower[u];
    }

    /** The distinct unknowns that the paths of interface face q (index from the first interface face) join. */
    int[] faceNodes(int q) {
        List<Integer> nodes = new ArrayList<>();
        for (int k = faceLinkStart[q]; k < faceLinkStart[q + 1]; k++) {
            if (!nodes.contains(linkI[k])) nodes.add(linkI[k]);
            if (!nodes.contains(linkJ[k])) nodes.add(linkJ[k]);
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The face temperatures θ_f (K, deviations) of the nodes of interface face q for cell temperatures θ,
     * from the conductances of the last assembly: each node's half cell h_a (its centre to the face) and
     * the paths c_ab = A/R_ab between face nodes, flux continuity at every face node,
     * {@code h_a(θ_a − θ_fa) = Σ_b c_ab(θ_fa − θ_fb)}. Before any assembly, the cell temperatures.
     */
    double[] faceTemperatures(int q, int[] nodes, double[] theta) {
        int n = nodes.length;
        double[] h = new double[n];
        double[][] l = new double[n][n];
        boolean assembled = false;
        for (int k = faceLinkStart[q]; k < faceLinkStart[q + 1]; k++) {
            int a = indexOf(nodes, linkI[k]);
            int b = indexOf(nodes, linkJ[k]);
            h[a] = linkHalfI[k];
            h[b] = linkHalfJ[k];
            double c = linkG[k];
            assembled |= c > 0;
            l[a][a] += c;
            l[b][b] += c;
            l[a][b] -= c;
            l[b][a] -= c;
        }
        double[] t = new double[n];
        for (int a = 0; a < n; a++) t[a] = theta[nodes[a]];
        if (!assembled) return t;
        double[] rhs = new double[n];
        for (int a = 0; a < n; a++) {
            l[a][a] += h[a];
            rhs[a] = h[a] * t[a];
        }
        return solveSmall(l, rhs);
    }

    /**
     * One interface face: the half cells of its nodes and the conductances A/R of its paths, R taken at the
     * face temperatures of the last solve; the face nodes eliminated exactly (Schur complement of the
     * star network, a symmetric Laplacian again), so that paths ending on the same carrier share its half
     * cell as the heat does. With one path per node it is the series formula A/(d_P/k_a + R + d_N/k_b).
     */
    private void assembleFace(int q, double[] theta) {
        int[] nodes = faceNodes(q);
        int n = nodes.length;
        double[] tFace = faceTemperatures(q, nodes, theta);
        int k0 = faceLinkStart[q];
        if (k0 == faceLinkStart[q + 1]) return;
        int f = linkWhere[k0];
        Mesh m = mesh;
        int axis = m.axis(f);
        double area = m.area(f);
        double[] h = new double[n];
        for (int a = 0; a < n; a++) {
            int u = nodes[a];
            double d = unknownCell[u] == m.owner(f) ? m.ownerDistance(f) : m.neighbourDistance(f);
            h[a] = conductivity(u, axis, tRef + theta[u]) * area / d;
        }
        double[][] l = new double[n][n];
        double hMax = 0;
        for (double v : h) hMax = Math.max(hMax, v);
        for (int k = k0; k < faceLinkStart[q + 1]; k++) {
            int a = indexOf(nodes, linkI[k]);
            int b = indexOf(nodes, linkJ[k]);
            double r = laws.get(linkLaw[k]).law().resistance(tRef + tFace[a], tRef + tFace[b]) * staircase(f);
            // A perfect contact (R = 0) joins the two face nodes: 1e12 times the half cells leaves 1e-12 of them.
            double c = r > 0 ? area / r : 1e12 * hMax;
            linkG[k] = c;
            linkHalfI[k] = h[a];
            linkHalfJ[k] = h[b];
            l[a][a] += c;
            l[b][b] += c;
            l[a][b] -= c;
            l[b][a] -= c;
        }
        for (int a = 0; a < n; a++) l[a][a] += h[a];
        // G_ab between centres = h_a (L_FF⁻¹)_ab h_b for a ≠ b; the rows of the Schur complement sum to zero.
        double[][] inv = invertSmall(l);
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double g = h[a] * inv[a][b] * h[b];
                if (g == 0) continue;
                int i = nodes[a];
                int j = nodes[b];
                matrix.value[matrix.diag[i]] += g;
                matrix.value[matrix.diag[j]] += g;
                matrix.value[matrix.find(i, j)] -= g;
                matrix.value[matrix.find(j, i)] -= g;
            }
        }
    }

    static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
        return -1;
    }

    /** Gaussian elimination with partial pivoting of a small dense system (n ≤ 6). */
    private static double[] solveSmall(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = a0[i].clone();
        double[] b = b0.clone();
        for (int p = 0; p < n; p++) {
            int best = p;
            for (int i = p + 1; i < n; i++) if (Math.abs(a[i][p]) > Math.abs(a[best][p])) best = i;
            double[] t = a[p];
            a[p] = a[best];
            a[best] = t;
            double tb = b[p];
            b[p] = b[best];
            b[best] = tb;
            for (int i = p + 1; i < n; i++) {
                double fct = a[i][p] / a[p][p];
                for (int j = p; j < n; j++) a[i][j] -= fct * a[p][j];
                b[i] -= fct * b[p];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = b[i];
            for (int j = i + 1; j < n; j++) sum -= a[i][j] * x[j];
            x[i] = sum / a[i][i];
        }
        return x;
    }

    private static double[][] invertSmall(double[][] a) {
        int n = a.length;
        double[][] inv = new double[n][n];
        for (int c = 0; c < n; c++) {
            double[] e = new double[n];
            e[c] = 1;
            double[] col = solveSmall(a, e);
            for (int r = 0; r < n; r++) inv[r][c] = col[r];
        }
        return inv;
    }

    /** Heat (W) of interface link k, from its side-1 face node to its side-2 face node, for temperatures θ. */
    double linkHeat(int k, double[] theta) {
        int q = faceIndexOf(k);
        int[] nodes = faceNodes(q);
        double[] t = faceTemperatures(q, nodes, theta);
        return linkG[k] * (t[indexOf(nodes, linkI[k])] - t[indexOf(nodes, linkJ[k])]);
    }

    private int faceIndexOf(int k) {
        int lo = 0;
        int hi = faceLinkStart.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (faceLinkStart[mid] <= k) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private double staircase(int f) {
        if (!problem.base().staircaseCorrection() || !mesh.hasShapedInterfaces()) return 1;
        return 1.0 / Math.max(MIN_NORMAL_COMPONENT, Math.abs(mesh.interfaceNormal(f, mesh.axis(f))));
    }

    /**
     * Every carrier of every body must reach a fixed temperature or a convecting fluid through its
     * conductances, else its level is undetermined (a carrier without coupling and without a boundary
     * condition of its own: phonons of a metal with g_ep = 0, say).
     */
    private void checkWellPosed() {
        int[] parent = new int[unknowns];
        for (int i = 0; i < unknowns; i++) parent[i] = i;
        for (int k = 0; k < linkI.length; k++) {
            if (linkKind[k] == EXCHANGE && linkValue[k] == 0) continue;
            union(parent, linkI[k], linkJ[k]);
        }
        boolean[] anchored = new boolean[unknowns];
        for (int b = 0; b < bUnknown.length; b++) {
            if (bCondition[b] instanceof BoundaryCondition.FixedTemperature || bCondition[b] instanceof BoundaryCondition.Convection) {
                anchored[find(parent, bUnknown[b])] = true;
            }
        }
        for (int u = 0; u < unknowns; u++) {
            if (!anchored[find(parent, u)]) {
                int c = unknownCell[u];
                throw new InputException("multi-temperature: the " + unknownCarrier[u].id() + " temperature of region '"
                        + mesh.regionName(mesh.region(c)) + "' reaches no fixed temperature or convection (no coupling to"
                        + " another carrier that does, and no boundary condition on it), so it is undetermined; give that"
                        + " carrier a coupling (g_ep, g_sf) or a boundary condition (multi_temperature.boundaries)");
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

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[ra] = rb;
    }
}
