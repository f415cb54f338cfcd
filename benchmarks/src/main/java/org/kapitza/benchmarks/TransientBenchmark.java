package org.kapitza.benchmarks;

import java.util.Locale;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.boundary.TimeFunction;
import org.kapitza.fv.InitialCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.fv.TransientObserver;
import org.kapitza.fv.TransientResult;
import org.kapitza.fv.TransientSettings;
import org.kapitza.fv.TransientSolver;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.HeatCapacity;
import org.kapitza.material.Material;

/**
 * Transient benchmark on case B1 ({@link SolveBenchmark#b1}): n³ cells (default 100³ = 1M), uniform 300 K
 * at t = 0, the top heat flux 1e6 W/m² from t = 0 doubling to 2e6 W/m² after step 50; 100 fixed
 * Crank–Nicolson steps of 1e-5 s (the first two, and two after the jump, backward Euler: Rannacher's
 * start), default solver settings (multigrid-preconditioned CG to a relative residual of 1e-10).
 * Heat capacities are room-temperature literature values, those of the built-in materials (CRC
 * Handbook): copper 8960 kg/m³ × 385 J/(kg·K), silicon 2329 × 705, glass 2500 × 840. Prints the wall
 * time of the run (setup included, after a warm-up on 40³) and the mean and largest number of linear
 * iterations per step.
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar org.kapitza.benchmarks.TransientBenchmark [n]}
 */
public final class TransientBenchmark {
    private static final double STEP = 1e-5;
    private static final int STEPS = 100;
    private static final double FLUX = 1e6;

    private TransientBenchmark() {
    }

    /** B1 with heat capacities and the top flux doubling after step 50. */
    static ThermalProblem problem(int n) {
        ThermalProblem p = SolveBenchmark.b1(n, 5e-7)
                .material("b1-copper", new Material("b1-copper", new ConstantConductivity(400), "B1", HeatCapacity.constant(8960, 385)))
                .material("b1-silicon", new Material("b1-silicon", new ConstantConductivity(150), "B1", HeatCapacity.constant(2329, 705)))
                .material("b1-glass", new Material("b1-glass", new ConstantConductivity(1.4), "B1", HeatCapacity.constant(2500, 840)));
        BoundaryCondition top = p.boundaries().stream().filter(b -> b.patch().equals("zmax")).findFirst().orElseThrow().condition();
        if (!(top instanceof BoundaryCondition.HeatFlux f) || f.flux() != FLUX) throw new IllegalStateException("B1 changed: " + top);
        return p.drive(top, TimeFunction.held(new double[] {0, STEPS / 2 * STEP}, new double[] {FLUX, 2 * FLUX}));
    }

    /** Per-step linear iterations: mean and max. */
    private static final class Iterations implements TransientObserver {
        long total;
        int max;
        int steps;

        @Override
        public void step(double time, double dt, int step, int newtonIterations, int linearIterations) {
            total += linearIterations;
            max = Math.max(max, linearIterations);
            steps++;
        }
    }

    private static TransientResult run(ThermalProblem p, int steps, Iterations it) {
        TransientSettings s = TransientSettings.fixed(TransientSettings.Integrator.CRANK_NICOLSON, steps * STEP, STEP)
                .withSteady(SolverSettings.defaults());
        TransientSolver solver = new TransientSolver(s);
        if (it != null) solver.addObserver(it);
        return solver.run(p, new InitialCondition.Uniform(300));
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        run(problem(40), 10, null); // warm-up
        long t0 = System.nanoTime();
        ThermalProblem p = problem(n);
        double mesh = (System.nanoTime() - t0) * 1e-9;
        Iterations it = new Iterations();
        long t1 = System.nanoTime();
        TransientResult r = run(p, STEPS, it);
        double wall = (System.nanoTime() - t1) * 1e-9;
        Table t = new Table("case", "cells", "steps", "step s", "mesh s", "wall s", "s/step", "linear it./step mean", "max",
                "energy error/step");
        t.row("B1 " + n + "³, q 1e6→2e6 W/m² at step 50", String.format(Locale.ROOT, "%,d", p.mesh().cellCount()), r.steps(),
                String.format(Locale.ROOT, "%.0e", STEP), mesh, wall, wall / r.steps(), (double) it.total / it.steps, it.max,
                String.format(Locale.ROOT, "%.1e", r.maxEnergyError()));
        System.out.printf("Transient run of B1: %d fixed Crank–Nicolson steps, multigrid CG to 1e-10, %d processors, Java %s%n%n",
                STEPS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.print(t.markdown());
    }
}
