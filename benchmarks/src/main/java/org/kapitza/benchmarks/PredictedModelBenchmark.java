package org.kapitza.benchmarks;

import java.util.Locale;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.InterfaceModel;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;
import org.kapitza.phonon.AcousticLibrary;
import org.kapitza.phonon.Cutoff;
import org.kapitza.phonon.PredictedInterface;

/**
 * Issue 7: the cost of a predicted interface model in a 10⁶-face solve. Case B1 of {@link SolveBenchmark}
 * (copper, a 1000-grain silicon polycrystal, glass; n³ cells) with materials named as the acoustic library
 * names them (copper, silicon, fused-silica; k constant as in B1), solved twice: once with constant R on
 * both layer interfaces and on the grain boundaries, R = 1/h(300 K) of the DMM (cutoff B) of each pair,
 * and once with the DMM itself ({@code PredictedInterface.of("dmm", Cutoff.PER_BRANCH)}, bound and
 * tabulated by the solver, once per material pair). Prints the setup and solve times of both and the cost
 * of one evaluation of the bound law, timed over every interface and grain-boundary face of the solved
 * field ({@code resistance(T₁, T₂)} at its side temperatures).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.kapitza.benchmarks.PredictedModelBenchmark 100}
 */
public final class PredictedModelBenchmark {
    private static final AcousticLibrary ACOUSTIC = AcousticLibrary.builtIn();

    private PredictedModelBenchmark() {
    }

    /** The models of the three material pairs: copper|silicon, silicon|fused-silica, silicon grain boundaries. */
    private record Models(InterfaceModel copperSilicon, InterfaceModel siliconGlass, InterfaceModel grains) {
    }

    private static Models constantAt300K() {
        PredictedInterface dmm = PredictedInterface.of("dmm", Cutoff.PER_BRANCH);
        return new Models(new ConstantResistance(1 / bound(dmm, "copper", "silicon").law().conductance(300)),
                new ConstantResistance(1 / bound(dmm, "silicon", "fused-silica").law().conductance(300)),
                new ConstantResistance(1 / bound(dmm, "silicon", "silicon").law().conductance(300)));
    }

    /** A fresh, unbound DMM: the solver binds and tabulates it per pair inside its setup. */
    private static Models dmm() {
        PredictedInterface dmm = PredictedInterface.of("dmm", Cutoff.PER_BRANCH);
        return new Models(dmm, dmm, dmm);
    }

    private static PredictedInterface bound(PredictedInterface m, String a, String b) {
        return m.bind(ACOUSTIC.get(a), ACOUSTIC.get(b));
    }

    /** B1 at n³ cells with the given models. */
    static ThermalProblem case1(int n, Models models) {
        Mesh mesh = SolveBenchmark.b1Mesh(n, "base", "copper", "silicon", "top", "fused-silica");
        return new ThermalProblem(mesh, MaterialLibrary.builtIn())
                .material("copper", new Material("copper", new ConstantConductivity(400), "B1"))
                .material("silicon", new Material("silicon", new ConstantConductivity(150), "B1"))
                .material("fused-silica", new Material("fused-silica", new ConstantConductivity(1.4), "B1"))
                .interfaceBetweenRegions("base", "poly", models.copperSilicon())
                .interfaceBetweenRegions("poly", "top", models.siliconGlass())
                .grainBoundaries("poly", models.grains())
                .boundary("zmin", BoundaryCondition.FixedTemperature.of(300))
                .boundary("zmax", new BoundaryCondition.HeatFlux(1e6));
    }

    /** ns per resistance() call of the bound DMM over every interface and grain-boundary face of a solved field. */
    private static double lawNanosPerFace(SteadyResult r) {
        Mesh m = r.mesh();
        PredictedInterface dmm = PredictedInterface.of("dmm", Cutoff.PER_BRANCH);
        InterfaceModel cuSi = bound(dmm, "copper", "silicon");
        InterfaceModel siGlass = bound(dmm, "silicon", "fused-silica");
        InterfaceModel siSi = bound(dmm, "silicon", "silicon");
        int copper = m.regionId("base");
        int i0 = m.faceStart(FaceClass.INTERFACE);
        int ni = m.faceCount(FaceClass.INTERFACE);
        int g0 = m.faceStart(FaceClass.GRAIN_BOUNDARY);
        int ng = m.faceCount(FaceClass.GRAIN_BOUNDARY);
        int n = ni + ng;
        double[] t1 = new double[n];
        double[] t2 = new double[n];
        InterfaceModel[] model = new InterfaceModel[n];
        for (int k = 0; k < n; k++) {
            int f = k < ni ? i0 + k : g0 + k - ni;
            double[] t = r.sideTemperatures(f);
            t1[k] = t[0];
            t2[k] = t[1];
            boolean cu = m.region(m.owner(f)) == copper || m.region(m.neighbour(f)) == copper;
            model[k] = k >= ni ? siSi : cu ? cuSi : siGlass;
        }
        double sink = 0;
        for (int rep = 0; rep < 5; rep++) for (int k = 0; k < n; k++) sink += model[k].resistance(t1[k], t2[k]);
        int reps = 20;
        long start = System.nanoTime();
        for (int rep = 0; rep < reps; rep++) for (int k = 0; k < n; k++) sink += model[k].resistance(t1[k], t2[k]);
        double ns = (System.nanoTime() - start) / (double) reps / n;
        if (!(sink > 0)) throw new IllegalStateException("checksum " + sink);
        return ns;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        SolverSettings s = SolverSettings.defaults().withLinearTolerance(1e-8);
        new SteadySolver(s).solve(case1(Math.min(n, 40), constantAt300K())); // warm-up
        new SteadySolver(s).solve(case1(Math.min(n, 40), dmm()));
        Table t = new Table("models", "cells", "interface + GB faces", "nonlinear it.", "linear it.", "setup s", "solve s",
                "T max K", "energy balance");
        SteadyResult last = null;
        for (String which : new String[] {"constant R = 1/h_dmm(300 K)", "dmm, cutoff B (tabulated)"}) {
            ThermalProblem p = case1(n, which.startsWith("constant") ? constantAt300K() : dmm());
            SteadyResult r = new SteadySolver(s).solve(p);
            Mesh m = p.mesh();
            double tMax = 0;
            for (SteadyResult.RegionStats g : r.regions()) tMax = Math.max(tMax, g.max());
            t.row(which, String.format(Locale.ROOT, "%,d", m.cellCount()),
                    String.format(Locale.ROOT, "%,d", m.faceCount(FaceClass.INTERFACE) + m.faceCount(FaceClass.GRAIN_BOUNDARY)),
                    r.picardIterations(), r.linearIterations(), r.setupSeconds(), r.solveSeconds(), tMax,
                    String.format(Locale.ROOT, "%.1e", r.energyBalance().relative()));
            last = r;
        }
        Mesh m = last.mesh();
        int faces = m.faceCount(FaceClass.INTERFACE) + m.faceCount(FaceClass.GRAIN_BOUNDARY);
        double ns = lawNanosPerFace(last);
        System.out.printf(Locale.ROOT, "B1 %d³ with DMM-derived interfaces, relative residual 1e-8, %d processors, Java %s%n%n", n,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.print(t.markdown());
        System.out.printf(Locale.ROOT, "%nbound dmm law: %.1f ns per face evaluation, %.2f ms per pass over all %,d interface and"
                + " grain-boundary faces (one pass per nonlinear iteration: %d passes, %.2f ms)%n", ns, ns * faces * 1e-6, faces,
                last.picardIterations(), ns * faces * 1e-6 * last.picardIterations());
    }
}
