package org.kapitza.benchmarks;

import java.util.Locale;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.Material;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.VoronoiGrains;
import org.kapitza.mesh.stack.Layer;
import org.kapitza.mesh.stack.LayerStack;

/**
 * Benchmark case B1 (multigrid issue): a 1 mm cube of n³ cells; bottom 0.3 mm copper (k 400), middle
 * 0.4 mm a 1000-grain silicon polycrystal (k 150, grain-boundary R 5e-7 m²K/W), top 0.3 mm glass
 * (k 1.4); R = 1e-6 m²K/W at both layer interfaces; fixed T at the bottom, 1e6 W/m² in at the top.
 * Solved to a relative residual of 1e-8; prints cells, iterations, setup and solve seconds, bytes per
 * cell. Arguments: sizes (default 100) and preconditioners (default dic).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.kapitza.benchmarks.SolveBenchmark 50 100 -- dic jacobi}
 */
public final class SolveBenchmark {
    private SolveBenchmark() {
    }

    /**
     * The B1 mesh at n³ cells: layers (regions) {@code bottom}, {@code poly} (1000 Voronoi grains, seed 1)
     * and {@code top}, of 0.3, 0.4 and 0.3 mm, made of the three materials named.
     */
    public static Mesh b1Mesh(int n, String bottom, String bottomMaterial, String polyMaterial, String top, String topMaterial) {
        int nz1 = (int) Math.round(0.3 * n);
        int nz2 = (int) Math.round(0.4 * n);
        int nz3 = n - nz1 - nz2;
        MeshBuilder b = LayerStack.builder().base(1e-3, 1e-3).baseCells(n, n)
                .layer(Layer.of(bottom, bottomMaterial, 0.3e-3, nz1))
                .layer(Layer.of("poly", polyMaterial, 0.4e-3, nz2))
                .layer(Layer.of(top, topMaterial, 0.3e-3, nz3))
                .build().meshBuilder();
        b.grains(VoronoiGrains.ofCount(1000).seed(1).inRegions("poly"));
        return b.build();
    }

    /** B1 at n³ cells with grain-boundary resistance rGb. */
    public static ThermalProblem b1(int n, double rGb) {
        Mesh mesh = b1Mesh(n, "copper", "b1-copper", "b1-silicon", "glass", "b1-glass");
        ThermalProblem p = new ThermalProblem(mesh, MaterialLibrary.builtIn())
                .material("b1-copper", new Material("b1-copper", new ConstantConductivity(400), "B1"))
                .material("b1-silicon", new Material("b1-silicon", new ConstantConductivity(150), "B1"))
                .material("b1-glass", new Material("b1-glass", new ConstantConductivity(1.4), "B1"))
                .interfaceBetweenRegions("copper", "poly", new ConstantResistance(1e-6))
                .interfaceBetweenRegions("poly", "glass", new ConstantResistance(1e-6))
                .boundary("zmin", BoundaryCondition.FixedTemperature.of(300))
                .boundary("zmax", new BoundaryCondition.HeatFlux(1e6));
        if (rGb > 0) p.grainBoundaries("poly", new ConstantResistance(rGb));
        return p;
    }

    public static void main(String[] args) {
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        java.util.List<String> pcs = new java.util.ArrayList<>();
        boolean afterDash = false;
        for (String a : args) {
            if (a.equals("--")) afterDash = true;
            else if (afterDash) pcs.add(a);
            else sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) sizes.add(100);
        if (pcs.isEmpty()) pcs.add("dic");
        Table t = new Table("case", "cells", "preconditioner", "iterations", "mesh s", "setup s", "solve s", "solver bytes/cell",
                "energy balance");
        for (String pc : pcs) {
            for (int n : sizes) {
                SolverSettings s = SolverSettings.defaults().withPreconditioner(pc).withLinearTolerance(1e-8);
                new SteadySolver(s).solve(b1(Math.min(n, 40), 5e-7)); // warm-up
                long t0 = System.nanoTime();
                ThermalProblem p = b1(n, 5e-7);
                double mesh = (System.nanoTime() - t0) * 1e-9;
                SteadyResult r = new SteadySolver(s).solve(p);
                t.row("B1 " + n + "³", String.format(Locale.ROOT, "%,d", p.mesh().cellCount()), pc, r.linearIterations(), mesh,
                        r.setupSeconds(), r.solveSeconds(), (double) r.solverMemoryBytes() / p.mesh().activeCellCount(),
                        String.format(Locale.ROOT, "%.1e", r.energyBalance().relative()));
            }
        }
        System.out.printf("Steady solve of B1 to a relative residual of 1e-8, %d processors, Java %s%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.print(t.markdown());
    }
}
