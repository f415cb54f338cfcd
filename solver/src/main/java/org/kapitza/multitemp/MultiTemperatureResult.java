package org.kapitza.multitemp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;

/**
 * The temperatures of every carrier, the energy balance of each carrier and of all of them, and what
 * each interface does: the heat each carrier path carries, how far the carriers' temperatures separate
 * next to it, and the resistance a one-temperature measurement would see.
 */
public final class MultiTemperatureResult {
    /**
     * Energy balance of one carrier (W): heat entering through boundaries, from sources, and from the
     * other carriers (bulk exchange and electron–phonon paths across interfaces); in steady state they
     * sum to zero, {@code imbalance}, relative to the heat the carrier moves. For the total (carrier null)
     * the exchange cancels. {@code roundOff} (W) is what round-off alone leaves in a solution of this
     * system, 16 ε √n max_u |A_uu θ_u| (the bound of the single-temperature solver): fine cells of a good
     * conductor far from the reference temperature make it larger than 1e-9 of a small heat flow.
     */
    public record Balance(Carrier carrier, double boundaries, double sources, double exchange, double imbalance,
                          double relative, double roundOff) {
        /** Whether the balance holds: to 1e-9 of the heat moved, or to round-off. */
        public boolean holds() {
            return relative <= 1e-9 || Math.abs(imbalance) <= roundOff;
        }
    }

    /**
     * One interface between two regions.
     *
     * @param label          the interface's name
     * @param side1          region on side 1
     * @param side2          region on side 2
     * @param area           area (m²)
     * @param heat           heat crossing from side 1 to side 2 (W), all paths
     * @param paths          the paths and the heat each carries (W)
     * @param separation1    area-mean over the cells touching the interface on side 1 of the largest
     *                       minus the smallest of their carriers' temperatures (K); 0 for one carrier
     * @param separation2    the same on side 2
     * @param spin1          area-mean T↑ − T↓ next to the interface on side 1 (K), NaN without spins
     * @param spin2          the same on side 2
     * @param effectiveR     area-mean jump of the one-temperature (conductivity-weighted) temperature
     *                       T_w = Σk_cT_c/Σk_c, each side extrapolated to the interface with the total
     *                       flux and Σk_c, per unit flux (m²K/W): what a measurement that knows one
     *                       temperature per point reports as the interface's resistance
     */
    public record InterfaceReport(String label, String side1, String side2, double area, double heat, List<Path> paths,
                                  double separation1, double separation2, double spin1, double spin2, double effectiveR) {
    }

    /** One carrier path across an interface and the heat it carries from side 1 to side 2 (W). */
    public record Path(Carrier from, Carrier to, String model, double heat) {
    }

    private final MultiTemperatureSystem s;
    private final double[] theta;
    private final int picard;
    private final int linear;
    private final double seconds;

    MultiTemperatureResult(MultiTemperatureSystem s, double[] theta, int picard, int linear, double seconds) {
        this.s = s;
        this.theta = theta;
        this.picard = picard;
        this.linear = linear;
        this.seconds = seconds;
    }

    public Mesh mesh() {
        return s.mesh;
    }

    public int picardIterations() {
        return picard;
    }

    public int linearIterations() {
        return linear;
    }

    public double seconds() {
        return seconds;
    }

    /** Number of unknowns (cells × their carriers). */
    public int unknowns() {
        return s.unknowns;
    }

    /** The carriers present anywhere in the mesh, phonons first. */
    public Set<Carrier> carriers() {
        Set<Carrier> set = EnumSet.noneOf(Carrier.class);
        for (int u = 0; u < s.unknowns; u++) set.add(s.unknownCarrier[u]);
        return set;
    }

    /** The carriers of a region. */
    public Carrier[] carriers(int region) {
        return s.regionCarriers[region].carriers();
    }

    /** Temperature (K) of a carrier in a cell; NaN where the cell has no such carrier or is inactive. */
    public double temperature(int cell, Carrier c) {
        if (s.base[cell] < 0) return Double.NaN;
        int sl = s.slot[s.mesh.region(cell)][c.ordinal()];
        if (sl < 0 && (c == Carrier.ELECTRONS)) {
            // The electrons of a spin-resolved metal: the conductivity-weighted mean of the two spins.
            int up = s.slot[s.mesh.region(cell)][Carrier.SPIN_UP.ordinal()];
            if (up < 0) return Double.NaN;
            int u = s.base[cell] + up;
            double ku = s.conductivity(u, 0, s.tRef + theta[u]);
            double kd = s.conductivity(u + 1, 0, s.tRef + theta[u + 1]);
            return s.tRef + (ku * theta[u] + kd * theta[u + 1]) / (ku + kd);
        }
        return sl < 0 ? Double.NaN : s.tRef + theta[s.base[cell] + sl];
    }

    /**
     * The one-temperature (conductivity-weighted) temperature T_w = Σ k_c T_c / Σ k_c of a cell (K), whose
     * gradient times Σ k_c is the total flux; NaN for inactive cells.
     */
    public double weightedTemperature(int cell) {
        if (s.base[cell] < 0) return Double.NaN;
        return s.tRef + weightedTheta(cell, 0);
    }

    private double weightedTheta(int cell, int axis) {
        int b = s.base[cell];
        int n = s.regionCarriers[s.mesh.region(cell)].carriers().length;
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            double k = s.conductivity(b + i, axis, s.tRef + theta[b + i]);
            num += k * theta[b + i];
            den += k;
        }
        return num / den;
    }

    private double totalConductivity(int cell, int axis) {
        int b = s.base[cell];
        int n = s.regionCarriers[s.mesh.region(cell)].carriers().length;
        double den = 0;
        for (int i = 0; i < n; i++) den += s.conductivity(b + i, axis, s.tRef + theta[b + i]);
        return den;
    }

    /** Heat (W) entering each unknown's carrier through boundaries, per unknown. */
    private double[] boundaryHeat() {
        double[] in = new double[s.unknowns];
        for (int b = 0; b < s.bUnknown.length; b++) {
            int u = s.bUnknown[b];
            BoundaryCondition bc = s.bCondition[b];
            if (bc instanceof BoundaryCondition.HeatFlux || bc instanceof BoundaryCondition.TotalPower) {
                in[u] += s.bFlux[b];
            } else {
                in[u] += s.bG[b] * (s.bT[b] - s.tRef - theta[u]);
            }
        }
        return in;
    }

    /** The balance of every carrier present, then the total (carrier null) last. */
    public List<Balance> energyBalance() {
        double[] bIn = boundaryHeat();
        int nc = Carrier.values().length;
        double[] bnd = new double[nc];
        double[] src = new double[nc];
        double[] exch = new double[nc];
        double[] scale = new double[nc];
        boolean[] present = new boolean[nc];
        for (int u = 0; u < s.unknowns; u++) {
            int c = s.unknownCarrier[u].ordinal();
            present[c] = true;
            bnd[c] += bIn[u];
            src[c] += s.sourcePower[u];
            scale[c] += Math.abs(bIn[u]) + Math.abs(s.sourcePower[u]);
        }
        for (int k = 0; k < s.linkI.length; k++) {
            int i = s.linkI[k];
            int j = s.linkJ[k];
            Carrier ci = s.unknownCarrier[i];
            Carrier cj = s.unknownCarrier[j];
            if (ci == cj) continue;
            double q = s.linkKind[k] == MultiTemperatureSystem.INTERFACE ? s.linkHeat(k, theta)
                    : s.linkG[k] * (theta[i] - theta[j]); // from i to j
            exch[ci.ordinal()] -= q;
            exch[cj.ordinal()] += q;
            scale[ci.ordinal()] += Math.abs(q);
            scale[cj.ordinal()] += Math.abs(q);
        }
        double roundOff = 0;
        for (int u = 0; u < s.unknowns; u++) roundOff = Math.max(roundOff, Math.abs(s.matrix.value[s.matrix.diag[u]] * theta[u]));
        roundOff *= 16 * Math.ulp(1.0) * Math.sqrt(s.unknowns);
        List<Balance> out = new ArrayList<>();
        double tb = 0;
        double ts = 0;
        double tscale = 0;
        for (Carrier c : Carrier.values()) {
            int o = c.ordinal();
            if (!present[o]) continue;
            double imb = bnd[o] + src[o] + exch[o];
            out.add(new Balance(c, bnd[o], src[o], exch[o], imb, scale[o] == 0 ? 0 : Math.abs(imb) / (0.5 * scale[o]), roundOff));
            tb += bnd[o];
            ts += src[o];
        }
        for (int u = 0; u < s.unknowns; u++) tscale += Math.abs(bIn[u]) + Math.abs(s.sourcePower[u]);
        double imb = tb + ts;
        out.add(new Balance(null, tb, ts, 0, imb, tscale == 0 ? 0 : Math.abs(imb) / (0.5 * tscale), roundOff));
        return out;
    }

    /** Every interface between two regions. */
    public List<InterfaceReport> interfaces() {
        Mesh m = s.mesh;
        int np = s.pairs.size();
        double[] area = new double[np];
        double[] heat = new double[np];
        double[] jumpA = new double[np];
        double[] sep1 = new double[np];
        double[] sep2 = new double[np];
        double[] spin1 = new double[np];
        double[] spin2 = new double[np];
        double[] faceQ = new double[m.faceCount()];
        double[] lawHeat = new double[s.laws.size()];
        for (int k = 0; k < s.linkI.length; k++) {
            if (s.linkKind[k] != MultiTemperatureSystem.INTERFACE) continue;
            double q = s.linkHeat(k, theta); // side 1 → side 2 (i is on side 1)
            faceQ[s.linkWhere[k]] += q;
            lawHeat[s.linkLaw[k]] += q;
        }
        for (int f = m.faceStart(FaceClass.INTERFACE); f < m.faceEnd(FaceClass.INTERFACE); f++) {
            int p = m.interfacePair(f);
            InterfaceChannels.Resolved res = s.pairs.get(p);
            int c1 = m.region(m.owner(f)) == res.side1() ? m.owner(f) : m.neighbour(f);
            int c2 = c1 == m.owner(f) ? m.neighbour(f) : m.owner(f);
            if (s.base[c1] < 0 || s.base[c2] < 0) continue;
            double a = m.area(f);
            int axis = m.axis(f);
            double q = faceQ[f];
            double d1 = c1 == m.owner(f) ? m.ownerDistance(f) : m.neighbourDistance(f);
            double d2 = c1 == m.owner(f) ? m.neighbourDistance(f) : m.ownerDistance(f);
            double w1 = weightedTheta(c1, axis) - q * d1 / (totalConductivity(c1, axis) * a);
            double w2 = weightedTheta(c2, axis) + q * d2 / (totalConductivity(c2, axis) * a);
            area[p] += a;
            heat[p] += q;
            jumpA[p] += (w1 - w2) * a;
            sep1[p] += separation(c1) * a;
            sep2[p] += separation(c2) * a;
            spin1[p] += spinAccumulation(c1) * a;
            spin2[p] += spinAccumulation(c2) * a;
        }
        List<InterfaceReport> out = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            InterfaceChannels.Resolved res = s.pairs.get(p);
            List<Path> paths = new ArrayList<>();
            for (int k = 0; k < s.laws.size(); k++) {
                if (s.lawPair[k] != p) continue;
                InterfaceChannels.Link l = s.laws.get(k);
                paths.add(new Path(l.a(), l.b(), l.what(), lawHeat[k]));
            }
            double r = heat[p] == 0 ? Double.NaN : jumpA[p] / heat[p];
            out.add(new InterfaceReport(res.label(), m.regionName(res.side1()), m.regionName(res.side2()), area[p], heat[p], paths,
                    sep1[p] / area[p], sep2[p] / area[p], spin1[p] / area[p], spin2[p] / area[p], r));
        }
        return out;
    }

    /** Largest minus smallest carrier temperature in a cell (K). */
    public double separation(int cell) {
        int b = s.base[cell];
        if (b < 0) return Double.NaN;
        int n = s.regionCarriers[s.mesh.region(cell)].carriers().length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, theta[b + i]);
            hi = Math.max(hi, theta[b + i]);
        }
        return hi - lo;
    }

    /** T↑ − T↓ in a cell (K); NaN without spin channels. */
    public double spinAccumulation(int cell) {
        return temperature(cell, Carrier.SPIN_UP) - temperature(cell, Carrier.SPIN_DOWN);
    }

    /** Heat (W) leaving through a patch, all carriers (negative: entering). */
    public double patchOutflow(String patch) {
        int idx = s.mesh.patchIndex(patch);
        double out = 0;
        java.util.Set<Integer> faces = new java.util.HashSet<>();
        for (int f : s.mesh.patchFaces(idx)) faces.add(f);
        for (int b = 0; b < s.bUnknown.length; b++) {
            if (!faces.contains(s.bFace[b])) continue;
            BoundaryCondition bc = s.bCondition[b];
            out -= bc instanceof BoundaryCondition.HeatFlux || bc instanceof BoundaryCondition.TotalPower ? s.bFlux[b]
                    : s.bG[b] * (s.bT[b] - s.tRef - theta[s.bUnknown[b]]);
        }
        return out;
    }

    /** A short description of every material's carriers, for reports. */
    public List<String> carrierSummary() {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < s.mesh.regionCount(); r++) {
            String what = s.phononFromMaterial[r] ? "phonons only, k from the material ("
                    + s.regionMaterial[r].conductivity().describe() + ")" : s.regionCarriers[r].describe();
            out.add(s.mesh.regionName(r) + " (" + s.regionMaterial[r].name() + "): " + what);
        }
        return out;
    }

    /** Electron–phonon relaxation length of a region (m); NaN for phonons only. */
    public double electronPhononLength(int region) {
        return s.phononFromMaterial[region] ? Double.NaN : s.regionCarriers[region].electronPhononLength();
    }
}
