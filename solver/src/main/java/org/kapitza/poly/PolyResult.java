package org.kapitza.poly;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.fv.SteadyResult.InterfaceStats;
import org.kapitza.fv.SteadyResult.PatchFlow;
import org.kapitza.fv.SteadyResult.RegionStats;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.poly.PolyMesh;

/**
 * A converged steady solution on an unstructured mesh: cell temperatures, the flow and the temperature
 * on each side of every face, and the summaries a report prints (the grid path's record types).
 */
public final class PolyResult {
    private final PolySystem s;
    private final double[] temperature;
    private final double[] sideA;
    private final double[] sideB;
    private final int outerIterations;
    private final int linearIterations;
    private final double lastChange;
    private final double setupSeconds;
    private final double seconds;

    private final long multigridBytes;

    PolyResult(PolySystem s, double[] theta, int outer, int linear, double lastChange, double setupSeconds, double seconds,
               long multigridBytes) {
        this.s = s;
        this.multigridBytes = multigridBytes;
        this.outerIterations = outer;
        this.linearIterations = linear;
        this.lastChange = lastChange;
        this.setupSeconds = setupSeconds;
        this.seconds = seconds;
        temperature = new double[s.n];
        for (int c = 0; c < s.n; c++) temperature[c] = s.tRef + theta[c];
        PolyMesh m = s.mesh;
        sideA = new double[m.faceCount()];
        sideB = new double[m.faceCount()];
        for (int f = 0; f < m.faceCount(); f++) {
            sideA[f] = s.ownerFaceTemperature(f, theta);
            sideB[f] = m.neighbour(f) >= 0 ? s.neighbourFaceTemperature(f, theta)
                    : s.bExclusive[f - s.bStart] >= 0 ? s.bTemperature[f - s.bStart] : sideA[f];
        }
    }

    public PolyMesh mesh() {
        return s.mesh;
    }

    /** Temperature of a cell (K). */
    public double temperature(int c) {
        return temperature[c];
    }

    /** All cell temperatures (a copy). */
    public double[] temperatures() {
        return temperature.clone();
    }

    /** Temperature on the owner's side of a face (K). */
    public double ownerSideTemperature(int f) {
        return sideA[f];
    }

    /** Temperature on the neighbour's side (K); for a boundary face the bath or, if none, the owner side. */
    public double neighbourSideTemperature(int f) {
        return sideB[f];
    }

    /** Heat flow through a face, owner to neighbour or out of the owner (W). */
    public double flow(int f) {
        return s.flow[f];
    }

    /** Current R of a face (m²K/W). */
    public double resistance(int f) {
        return s.faceR[f];
    }

    /** Conductivity of a cell at its temperature (W/m/K). */
    public double conductivity(int c) {
        return s.kCell[c];
    }

    /** Heat generated in a cell (W). */
    public double source(int c) {
        return s.source[c];
    }

    /** The gradient of T in a cell (K/m). */
    public double gradient(int c, int axis) {
        return s.grad[3 * c + axis];
    }

    public int outerIterations() {
        return outerIterations;
    }

    public int linearIterations() {
        return linearIterations;
    }

    /** Largest temperature change of the last outer iteration (K). */
    public double lastChange() {
        return lastChange;
    }

    /** Multigrid setup time (s), included in {@link #seconds()}. */
    public double setupSeconds() {
        return setupSeconds;
    }

    /** Assembly, setup and solve (s). */
    public double seconds() {
        return seconds;
    }

    /** Bytes of the multigrid hierarchy. */
    public long multigridBytes() {
        return multigridBytes;
    }

    /** Bytes of the solver's arrays (matrix, fields, face data; multigrid hierarchy excluded). */
    public long solverBytes() {
        return s.memoryBytes();
    }

    /**
     * The energy balance (W): {net, in, out, sources} with in the heat entering through boundary faces,
     * out the heat leaving, and net = in − out + sources, which is zero at steady state.
     */
    public double[] energy() {
        double in = 0;
        double out = 0;
        for (int f = s.bStart; f < s.nf; f++) {
            if (s.flow[f] < 0) in -= s.flow[f];
            else out += s.flow[f];
        }
        double src = 0;
        for (int c = 0; c < s.n; c++) src += s.source[c];
        return new double[] {in - out + src, in, out, src};
    }

    /** |heat in + sources| relative to the heat through the body. */
    public double energyImbalance() {
        double[] e = energy();
        double scale = Math.max(e[1] + Math.max(e[3], 0), e[2] + Math.max(-e[3], 0));
        return scale > 0 ? Math.abs(e[0]) / scale : 0;
    }

    public List<RegionStats> regions() {
        PolyMesh m = s.mesh;
        List<RegionStats> out = new ArrayList<>();
        for (int r = 0; r < m.regionCount(); r++) {
            double v = 0, sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < s.n; c++) {
                if (m.region(c) != r) continue;
                v += m.volume(c);
                sum += m.volume(c) * temperature[c];
                min = Math.min(min, temperature[c]);
                max = Math.max(max, temperature[c]);
            }
            out.add(new RegionStats(m.regionName(r), s.regionMaterial[r].name(), v, min, max, v > 0 ? sum / v : Double.NaN));
        }
        return out;
    }

    /** Per interface pair: area, heat flow from side 1 to side 2, mean and largest jump T1 − T2. */
    public List<InterfaceStats> interfaces() {
        PolyMesh m = s.mesh;
        List<InterfaceStats> out = new ArrayList<>();
        for (int p = 0; p < m.interfacePairCount(); p++) {
            InterfacePair pair = m.interfacePairInfo(p);
            int r1 = s.faces.pairSideA(p);
            int r2 = r1 == pair.regionA() ? pair.regionB() : pair.regionA();
            double area = 0, q = 0, jump = 0, maxJump = 0;
            for (int f = s.ifStart; f < s.ifEnd; f++) {
                if (m.interfacePair(f) != p) continue;
                double sign = m.region(m.owner(f)) == r1 ? 1 : -1;
                double a = m.area(f);
                double j = sign * (sideA[f] - sideB[f]);
                area += a;
                q += sign * s.flow[f];
                jump += a * j;
                maxJump = Math.max(maxJump, Math.abs(j));
            }
            double mean = jump / area;
            double conductance = q / mean;
            out.add(new InterfaceStats(s.faces.pairLabel(p), m.regionName(r1), m.regionName(r2), s.faces.pairModel(p).describe(),
                    s.faces.pairModel(p).cutoffConvention().isEmpty() ? null : s.faces.pairModel(p).cutoffConvention(), area, q, mean,
                    maxJump, conductance, conductance / area, q != 0 ? mean * area / q : Double.NaN));
        }
        return out;
    }

    /** Heat leaving through each patch (W). */
    public List<PatchFlow> patches() {
        PolyMesh m = s.mesh;
        List<PatchFlow> out = new ArrayList<>();
        for (int p = 0; p < m.patchNames().size(); p++) {
            double q = 0;
            for (int i = 0; i < m.patchFaceCount(p); i++) q += s.flow[m.patchFace(p, i)];
            out.add(new PatchFlow(m.patchNames().get(p), m.patchArea(p), q));
        }
        return out;
    }

    /** Grain-boundary faces: count, area, heat crossing them (Σ|flow|) and the mean |jump|. */
    public double[] grainBoundaries() {
        PolyMesh m = s.mesh;
        double area = 0, heat = 0, jump = 0;
        int start = m.faceStart(FaceClass.GRAIN_BOUNDARY);
        int end = m.faceEnd(FaceClass.GRAIN_BOUNDARY);
        for (int f = start; f < end; f++) {
            area += m.area(f);
            heat += Math.abs(s.flow[f]);
            jump += m.area(f) * Math.abs(sideA[f] - sideB[f]);
        }
        return new double[] {end - start, area, heat, area > 0 ? jump / area : 0};
    }

    /** Index of the hottest cell. */
    public int hottestCell() {
        int h = 0;
        for (int c = 1; c < s.n; c++) if (temperature[c] > temperature[h]) h = c;
        return h;
    }
}
