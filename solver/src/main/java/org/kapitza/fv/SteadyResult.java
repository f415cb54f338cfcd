package org.kapitza.fv;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.InterfacePair;
import org.kapitza.mesh.Mesh;

/**
 * The temperature field of a converged steady solve, the heat flows it implies, and the reports a user
 * reads: temperatures per region, jumps and heat flows per interface and per polycrystal, heat flow per
 * patch and the global energy balance.
 *
 * <p>All flows are computed from the conductances of the last linear system and its solution, so the
 * energy balance is the true residual sum of that solve.
 */
public final class SteadyResult {
    /** Temperatures of a region (K), volume-weighted mean. */
    public record RegionStats(String region, String material, double volume, double min, double max, double mean) {
    }

    /**
     * An interface between two regions.
     *
     * @param name        label of the rule that applies, or "a|b"
     * @param regionA     side A
     * @param regionB     side B
     * @param model       the model's description
     * @param area        m²
     * @param heatFlow    W flowing from A to B
     * @param meanJump    area-weighted mean of T_A − T_B on the faces (K)
     * @param maxJump     largest |T_A − T_B| (K); the console table prints it with the mean's sign
     * @param conductance   heatFlow / meanJump (W/K); infinite for a perfect contact, NaN when no heat crosses
     * @param h             conductance / area (W/(m²K))
     * @param resistanceArea meanJump · area / heatFlow (m²K/W): the R the interface presents; 0 for a perfect
     *                      contact (jumps at round-off level); NaN when no heat crosses (ΔT/q is 0/0)
     */
    public record InterfaceStats(String name, String regionA, String regionB, String model, String cutoff, double area,
                                 double heatFlow, double meanJump, double maxJump, double conductance, double h,
                                 double resistanceArea) {
    }

    /**
     * The totals of a material pair that two or more region pairs share: the interfaces of those region
     * pairs taken together, each along its own heat flow, so that interfaces carrying heat in opposite
     * directions (an A|B|A sandwich) add up instead of cancelling. {@code materialA} and {@code materialB}
     * are the sides A and B of the first region pair, for the name only.
     *
     * @param name           "materialA|materialB"
     * @param interfaces     names of the region pairs' interfaces, as in {@link #interfaces()}
     * @param models         the distinct model descriptions of those interfaces, in order
     * @param cutoff         their distinct cutoff conventions joined by "; ", null where none applies
     * @param area           Σ area (m²)
     * @param heatFlow       Σ of the interfaces' heat flows, each counted along its own direction (W)
     * @param meanJump       area-weighted mean jump, each interface's taken along its own heat flow (hot
     *                       side minus cold side) (K)
     * @param maxJump        largest |T_A − T_B| of any face (K)
     * @param conductance    heatFlow / meanJump (W/K), as for an interface: infinite for perfect contacts, NaN
     *                       when no heat crosses
     * @param h              conductance / area (W/(m²K))
     * @param resistanceArea meanJump / (heatFlow / area) (m²K/W); 0 for perfect contacts, NaN when no heat crosses
     */
    public record MaterialPairStats(String name, String materialA, String materialB, List<String> interfaces,
                                    List<String> models, String cutoff, double area, double heatFlow, double meanJump, double maxJump,
                                    double conductance, double h, double resistanceArea) {
    }

    /**
     * The grain boundaries of one region, as a group.
     *
     * @param region        region
     * @param model         the model's description
     * @param cutoff        the phonon cutoff convention of a predicted model ({@code debye} or {@code per-branch}),
     *                      null where none applies
     * @param faces         voxel faces on its boundaries
     * @param stairArea     total area of those faces (m²)
     * @param trueArea      Σ A_f |n_i|, the area of the true boundaries the staircase stands for (m²)
     * @param heatCrossing  Σ |Q_f|, heat crossing boundaries (W)
     * @param meanJump      mean |jump| weighted by true area (K)
     * @param maxJump       largest |jump| (K)
     * @param h             heatCrossing / Σ (A_f |n_i| |jump_f|): effective boundary conductance (W/(m²K)); NaN when
     *                      no heat crosses
     */
    public record GrainBoundaryStats(String region, String model, String cutoff, int faces, double stairArea, double trueArea, double heatCrossing,
                                     double meanJump, double maxJump, double h) {
    }

    /**
     * Heat leaving the body through a patch, and its temperatures.
     *
     * @param outflow         W leaving (negative when entering)
     * @param meanTemperature area-mean surface temperature (K)
     * @param bathTemperature where every face of the patch is held at a temperature through a contact model (a
     *                        helium bath through a Kapitza law, radiation to surroundings), the area-mean of that
     *                        temperature (K); null otherwise
     * @param jumpToBath      meanTemperature − bathTemperature (K), the jump from the surface to the bath; null
     *                        without one
     */
    public record PatchFlow(String patch, double area, double outflow, double meanTemperature, Double bathTemperature,
                            Double jumpToBath) {
        public PatchFlow(String patch, double area, double outflow) {
            this(patch, area, outflow, Double.NaN, null, null);
        }
    }

    /**
     * Global energy balance: every source and every boundary face's heat, split by direction.
     *
     * @param heatIn    heat generated or entering through boundaries (W)
     * @param heatOut   heat absorbed by sinks or leaving through boundaries (W)
     * @param imbalance heatIn − heatOut (W)
     * @param relative  |imbalance| / max(heatIn, heatOut)
     */
    public record EnergyBalance(double heatIn, double heatOut, double imbalance, double relative) {
    }

    private final Discretization d;
    private final Assembly asm;
    private final double[] theta;
    private final int picardIterations;
    private final int linearIterations;
    private final double setupSeconds;
    private final double solveSeconds;
    private final List<String> warnings;

    private long amgBytes;

    /** Records the memory of the multigrid hierarchy the solve used. */
    SteadyResult withPreconditionerBytes(long bytes) {
        this.amgBytes = bytes;
        return this;
    }

    SteadyResult(Assembly a, double[] theta, int picardIterations, int linearIterations, double setupSeconds,
                 double solveSeconds, List<String> warnings) {
        this.asm = a;
        this.d = a.d;
        this.theta = theta;
        this.picardIterations = picardIterations;
        this.linearIterations = linearIterations;
        this.setupSeconds = setupSeconds;
        this.solveSeconds = solveSeconds;
        this.warnings = List.copyOf(warnings);
    }

    public Mesh mesh() {
        return d.mesh;
    }

    /** This result with more warnings. */
    SteadyResult withWarnings(List<String> more) {
        if (more.isEmpty()) return this;
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new SteadyResult(asm, theta, picardIterations, linearIterations, setupSeconds, solveSeconds, all)
                .withPreconditionerBytes(amgBytes);
    }

    /** Temperature of a cell (K); NaN for an inactive cell. */
    public double temperature(int cell) {
        return d.mesh.isActive(cell) ? d.tRef + theta[cell] : Double.NaN;
    }

    /** Number of Picard iterations (1 for a linear problem). */
    public int picardIterations() {
        return picardIterations;
    }

    /** Conjugate-gradient iterations over all Picard iterations. */
    public int linearIterations() {
        return linearIterations;
    }

    public double setupSeconds() {
        return setupSeconds;
    }

    public double solveSeconds() {
        return solveSeconds;
    }

    /** Warnings, for example temperatures outside a material fit's validity range. */
    public List<String> warnings() {
        return warnings;
    }

    /** Bytes held by the solver's arrays (matrix, face tables, vectors), the mesh excluded. */
    public long solverMemoryBytes() {
        return asm.memoryBytes() + 6L * 8 * d.n + (amgBytes > 0 ? amgBytes : 0);
    }

    /** Heat flow through an interior face from owner to neighbour (W). */
    public double faceFlow(int f) {
        Mesh m = d.mesh;
        return asm.conductance(f) * (theta[m.owner(f)] - theta[m.neighbour(f)]);
    }

    /** Heat leaving the body through a boundary face (W; negative when entering). */
    public double boundaryOutflow(int f) {
        return asm.boundaryOutflow(f, theta);
    }

    /** Temperature of the body's surface on a boundary face (K), from the heat conducted to it. */
    public double surfaceTemperature(int f) {
        Mesh m = d.mesh;
        int u = m.owner(f);
        double k = asm.k(u, m.axis(f), theta);
        return FaceLaw.ownerSideTemperature(d.tRef + theta[u], boundaryOutflow(f), m.ownerDistance(f), k, m.area(f));
    }

    /**
     * Temperatures on the owner's side [0] and the neighbour's side [1] of an interior face (K). They
     * differ by the jump {@code Q R / A} on interface and grain-boundary faces.
     */
    public double[] sideTemperatures(int f) {
        double[] out = new double[2];
        asm.sideTemperatures(f, theta, asm.conductance(f), out);
        return out;
    }

    /** Name of interface pair p as the reports give it: its rule's {@code name}, or "a|b". */
    public String pairLabel(int p) {
        return d.faces.pairLabel(p);
    }

    /**
     * Region on side A of interface pair p: the first region (or the region of the first material) its rule
     * names. Every jump Kapitza reports for the pair is T_A − T_B.
     */
    public int pairSideA(int p) {
        return d.faces.pairSideA(p);
    }

    /** Resistance (m²K/W, staircase factor included) of an interface or grain-boundary face; 0 for bulk. */
    public double faceResistance(int f) {
        return asm.faceResistance(f);
    }

    /** Conductivity of a cell along an axis at its temperature (W/(m·K)); NaN when inactive. */
    public double conductivity(int cell, int axis) {
        return d.mesh.isActive(cell) ? asm.k(cell, axis, theta) : Double.NaN;
    }

    /** Heat generated in a cell by volumetric sources (W/m³). */
    public double sourceDensity(int cell) {
        return d.mesh.isActive(cell) ? d.boundaries.source(cell) / d.mesh.volume(cell) : 0;
    }

    public List<RegionStats> regions() {
        Mesh m = d.mesh;
        int nr = m.regionCount();
        double[] min = new double[nr];
        double[] max = new double[nr];
        double[] sum = new double[nr];
        double[] vol = new double[nr];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int c : d.activeCells) {
            int r = m.region(c);
            double t = d.tRef + theta[c];
            double v = m.volume(c);
            min[r] = Math.min(min[r], t);
            max[r] = Math.max(max[r], t);
            sum[r] += t * v;
            vol[r] += v;
        }
        List<RegionStats> out = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            if (vol[r] == 0) continue;
            out.add(new RegionStats(m.regionName(r), d.faces.material(r).name(), vol[r], min[r], max[r], sum[r] / vol[r]));
        }
        return out;
    }

    public List<InterfaceStats> interfaces() {
        Mesh m = d.mesh;
        int np = m.interfacePairCount();
        double[] area = new double[np];
        double[] q = new double[np];
        double[] jumpArea = new double[np];
        double[] maxJump = new double[np];
        double tScale = temperatureScale();
        for (int f = d.ifStart; f < d.ifEnd; f++) {
            int p = m.interfacePair(f);
            // Oriented as the user named the pair: side 1 of its rule (or the lower region id) is A.
            double sign = m.region(m.owner(f)) == d.faces.pairSideA(p) ? 1 : -1;
            double[] t = sideTemperatures(f);
            double jump = sign * (t[0] - t[1]);
            double a = m.area(f);
            area[p] += a;
            q[p] += sign * faceFlow(f);
            jumpArea[p] += jump * a;
            maxJump[p] = Math.max(maxJump[p], Math.abs(jump));
        }
        List<InterfaceStats> out = new ArrayList<>();
        double heatScale = heatScale();
        for (int p = 0; p < np; p++) {
            InterfacePair pair = m.interfacePairInfo(p);
            int a = d.faces.pairSideA(p);
            int b = a == pair.regionA() ? pair.regionB() : pair.regionA();
            double mean = jumpArea[p] / area[p];
            // Jumps below 1e-12 of the temperatures are round-off: a perfect contact.
            boolean perfect = Math.abs(mean) <= 1e-12 * tScale;
            // Without heat crossing (below round-off of the heat through the body) R·A = ΔT/q is 0/0: unknown.
            boolean noHeat = Math.abs(q[p]) <= 1e-12 * heatScale;
            double g = noHeat ? Double.NaN : perfect ? Double.POSITIVE_INFINITY : q[p] / mean;
            String cutoff = d.faces.pairModel(p).cutoffConvention();
            out.add(new InterfaceStats(d.faces.pairLabel(p), m.regionName(a), m.regionName(b), d.faces.pairModel(p).describe(),
                    cutoff.isEmpty() ? null : cutoff, area[p], q[p], perfect ? 0 : mean, maxJump[p], g, g / area[p],
                    noHeat ? Double.NaN : perfect ? 0 : mean * area[p] / q[p]));
        }
        return out;
    }

    /**
     * The interfaces an interface rule of the case names, as {@link #interfaces()} gives them: a contact
     * between two regions that no rule names is a perfect contact nobody declared, not an interface to list.
     */
    public List<InterfaceStats> declaredInterfaces() {
        List<InterfaceStats> all = interfaces();
        List<InterfaceStats> out = new ArrayList<>();
        for (int p = 0; p < all.size(); p++) if (d.faces.pairDeclared(p)) out.add(all.get(p));
        return out;
    }

    /** The largest |T| of an active cell (K): jumps below 1e-12 of it are round-off. */
    private double temperatureScale() {
        double tScale = 0;
        for (int c : d.activeCells) tScale = Math.max(tScale, Math.abs(d.tRef + theta[c]));
        return tScale;
    }

    /** The heat through the body (W): heat flows below 1e-12 of it are round-off. */
    private double heatScale() {
        EnergyBalance e = energyBalance();
        return Math.max(e.heatIn(), e.heatOut());
    }

    /**
     * The material pairs that two or more region pairs share, with their totals (see
     * {@link MaterialPairStats}), in the order of their first region pair; empty when no material pair
     * is shared. Built from the rows of {@link #interfaces()}, so its sums are those rows' sums.
     */
    public List<MaterialPairStats> materialPairs() {
        return materialPairs(interfaces());
    }

    /** The same, from the rows {@link #interfaces()} returned (one per interface pair, in order). */
    public List<MaterialPairStats> materialPairs(List<InterfaceStats> rows) {
        return MaterialPairTotals.of(d.mesh, d.faces, rows, temperatureScale(), heatScale());
    }

    public List<GrainBoundaryStats> grainBoundaries() {
        Mesh m = d.mesh;
        int nr = m.regionCount();
        int[] faces = new int[nr];
        double[] stair = new double[nr];
        double[] trueArea = new double[nr];
        double[] crossing = new double[nr];
        double[] jumpArea = new double[nr];
        double[] maxJump = new double[nr];
        for (int f = d.gbStart; f < d.gbEnd; f++) {
            int r = m.region(m.owner(f));
            double a = m.area(f);
            double at = a * Math.abs(m.grainBoundaryNormal(f, m.axis(f)));
            double[] t = sideTemperatures(f);
            double jump = Math.abs(t[0] - t[1]);
            faces[r]++;
            stair[r] += a;
            trueArea[r] += at;
            crossing[r] += Math.abs(faceFlow(f));
            jumpArea[r] += jump * at;
            maxJump[r] = Math.max(maxJump[r], jump);
        }
        List<GrainBoundaryStats> out = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            if (faces[r] == 0) continue;
            String cutoff = d.faces.grainBoundaryModel(r).cutoffConvention();
            out.add(new GrainBoundaryStats(m.regionName(r), d.faces.grainBoundaryModel(r).describe(), cutoff.isEmpty() ? null : cutoff,
                    faces[r], stair[r], trueArea[r], crossing[r],
                    jumpArea[r] / trueArea[r], maxJump[r], jumpArea[r] == 0 ? Double.NaN : crossing[r] / jumpArea[r]));
        }
        return out;
    }

    /** Heat flow through every patch that has faces. */
    public List<PatchFlow> patches() {
        Mesh m = d.mesh;
        List<PatchFlow> out = new ArrayList<>();
        for (int p = 0; p < m.patchNames().size(); p++) {
            if (m.patchFaceCount(p) == 0) continue;
            double q = 0;
            double tA = 0;
            double bathA = 0;
            boolean bath = true;
            for (int i = 0; i < m.patchFaceCount(p); i++) {
                int f = m.patchFace(p, i);
                q += boundaryOutflow(f);
                tA += surfaceTemperature(f) * m.area(f);
                int e = d.boundaries.exclusiveOf(f - d.bStart);
                bath &= e >= 0 && d.boundaries.contact(e) != null;
                if (bath) bathA += asm.bathTemperature(f) * m.area(f);
            }
            double area = m.patchArea(p);
            double mean = tA / area;
            Double bathT = bath ? bathA / area : null;
            out.add(new PatchFlow(m.patchNames().get(p), area, q, mean, bathT, bath ? mean - bathT : null));
        }
        return out;
    }

    /** Heat flow out through one patch (W). */
    public double patchOutflow(String patch) {
        Mesh m = d.mesh;
        int p = m.patchIndex(patch);
        if (p < 0) throw new IllegalArgumentException("no patch " + patch);
        double q = 0;
        for (int i = 0; i < m.patchFaceCount(p); i++) q += boundaryOutflow(m.patchFace(p, i));
        return q;
    }

    public EnergyBalance energyBalance() {
        Mesh m = d.mesh;
        double in = 0;
        double out = 0;
        for (double v : d.boundaries.sources()) {
            if (v > 0) in += v;
            else out -= v;
        }
        for (int f = d.bStart; f < d.bEnd; f++) {
            double q = boundaryOutflow(f);
            if (q > 0) out += q;
            else in -= q;
        }
        double imbalance = in - out;
        double scale = Math.max(in, out);
        return new EnergyBalance(in, out, imbalance, scale == 0 ? 0 : Math.abs(imbalance) / scale);
    }

    /** The boundary conditions that decide faces, by index, for output. */
    List<BoundaryCondition> exclusiveConditions() {
        return d.boundaries.conditions();
    }

    /** Number of faces of a class. */
    public int faceCount(FaceClass c) {
        return d.mesh.faceCount(c);
    }
}
