package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.boundary.TimeFunction;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.OneWayFluxInterface;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.HeatCapacity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.mesh.VoronoiGrains;
import org.kapitza.mesh.stack.Footprint;
import org.kapitza.mesh.stack.Layer;
import org.kapitza.mesh.stack.LayerStack;
import org.kapitza.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transient conduction: conservation, known solutions, convergence orders, long-time limit, restart. */
class TransientTest {

    // ---- two slabs with a contact resistance: the eigenfunction series ------------------------------

    private static final double L1 = 0.5;
    private static final double L2 = 0.5;
    private static final double K1 = 10;
    private static final double K2 = 2;
    private static final double C1 = 1e6;
    private static final double C2 = 2e6;
    private static final double R = 0.05;
    private static final double TA = 400;
    private static final double TB = 300;
    private static final double T0 = 300;

    private static ThermalProblem twoSlabs(int cells) {
        double[] x = GridLines.uniform(0, L1 + L2, cells);
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(x));
        b.fill(b.addRegion("one", "m1"), new Box(0, L1, -1, 2, -1, 2));
        b.fill(b.addRegion("two", "m2"), new Box(L1, L1 + L2, -1, 2, -1, 2));
        return new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("m1", new Material("m1", new ConstantConductivity(K1), "test", HeatCapacity.constant(1, C1)))
                .material("m2", new Material("m2", new ConstantConductivity(K2), "test", HeatCapacity.constant(1, C2)))
                .interfaceBetweenRegions("one", "two", new ConstantResistance(R))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(TA))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(TB));
    }

    /**
     * T(x, t) for the two slabs from T0 with TA and TB at the ends, by separation of variables for a
     * composite medium with contact resistance (Mikhailov and Özisik, Unified Analysis and Solutions of
     * Heat and Mass Diffusion, 1984, ch. 3): T = T_steady + Σ a_n X_n(x) exp(−λ_n² t), with
     * X = sin(β₁x) in slab 1 and B sin(β₂(L − x)) in slab 2, β_i = λ/√α_i; flux continuity and the
     * jump X₁ − X₂ = −R k₁ X₁' at the interface give the eigenvalue equation
     * {@code sin(β₁L₁) cos(β₂L₂) + k₁β₁ cos(β₁L₁) [sin(β₂L₂)/(k₂β₂) + R cos(β₂L₂)] = 0}. The eigenfunctions
     * are orthogonal with weight ρc (the jump term cancels in the Green identity), which gives a_n.
     */
    static final class Series {
        final double[] lambda;
        final double[] b;
        final double[] a;

        Series(int terms) {
            lambda = new double[terms];
            b = new double[terms];
            a = new double[terms];
            double step = 1e-6;
            int found = 0;
            double lo = step;
            double glo = g(lo);
            while (found < terms) {
                double hi = lo + step;
                double ghi = g(hi);
                if (Math.signum(glo) != Math.signum(ghi)) {
                    double x0 = lo;
                    double x1 = hi;
                    double g0 = glo;
                    for (int i = 0; i < 200; i++) {
                        double mid = 0.5 * (x0 + x1);
                        double gm = g(mid);
                        if (Math.signum(gm) == Math.signum(g0)) {
                            x0 = mid;
                            g0 = gm;
                        } else {
                            x1 = mid;
                        }
                    }
                    lambda[found++] = 0.5 * (x0 + x1);
                }
                lo = hi;
                glo = ghi;
                step = Math.max(step, lo * 1e-3);
            }
            for (int k = 0; k < terms; k++) {
                double b1 = lambda[k] / Math.sqrt(K1 / C1);
                double b2 = lambda[k] / Math.sqrt(K2 / C2);
                b[k] = -K1 * b1 * Math.cos(b1 * L1) / (K2 * b2 * Math.cos(b2 * L2));
                // a_k = ∫ C θ0 X_k / ∫ C X_k², by Simpson's rule on a fine grid in each slab.
                double num = 0;
                double den = 0;
                int q = 20000;
                for (int side = 0; side < 2; side++) {
                    double from = side == 0 ? 0 : L1;
                    double to = side == 0 ? L1 : L1 + L2;
                    double c = side == 0 ? C1 : C2;
                    double h = (to - from) / q;
                    for (int i = 0; i <= q; i++) {
                        double x = from + i * h;
                        double w = (i == 0 || i == q) ? 1 : (i % 2 == 1 ? 4 : 2);
                        double xk = eigen(k, x, side);
                        num += w * c * (T0 - steady(x)) * xk * h / 3;
                        den += w * c * xk * xk * h / 3;
                    }
                }
                a[k] = num / den;
            }
        }

        private static double g(double lam) {
            double b1 = lam / Math.sqrt(K1 / C1);
            double b2 = lam / Math.sqrt(K2 / C2);
            return Math.sin(b1 * L1) * Math.cos(b2 * L2)
                    + K1 * b1 * Math.cos(b1 * L1) * (Math.sin(b2 * L2) / (K2 * b2) + R * Math.cos(b2 * L2));
        }

        double eigen(int k, double x, int side) {
            double b1 = lambda[k] / Math.sqrt(K1 / C1);
            double b2 = lambda[k] / Math.sqrt(K2 / C2);
            return side == 0 ? Math.sin(b1 * x) : b[k] * Math.sin(b2 * (L1 + L2 - x));
        }

        static double steady(double x) {
            double q = (TA - TB) / (L1 / K1 + R + L2 / K2);
            return x <= L1 ? TA - q * x / K1 : TA - q * (L1 / K1 + R) - q * (x - L1) / K2;
        }

        double at(double x, double t) {
            int side = x < L1 ? 0 : 1;
            double s = steady(x);
            for (int k = 0; k < lambda.length; k++) s += a[k] * eigen(k, x, side) * Math.exp(-lambda[k] * lambda[k] * t);
            return s;
        }
    }

    @Test
    void twoSlabsWithContactResistanceFollowTheEigenfunctionSeries() {
        Series series = new Series(60);
        double[] times = {2e3, 2e4, 1e5};
        TransientSettings s = new TransientSettings(TransientSettings.Integrator.CRANK_NICOLSON, 1e5, 1, 1e-3, 2e3, false,
                1e-4, times, SolverSettings.defaults().withLinearTolerance(1e-12));
        ThermalProblem p = twoSlabs(400);
        TransientSolver solver = new TransientSolver(s);
        double[][] maxError = new double[1][times.length];
        solver.addObserver(new TransientObserver() {
            @Override
            public void output(double time, int index, SteadyResult view) {
                Mesh m = view.mesh();
                for (int c = 0; c < m.cellCount(); c++) {
                    double x = m.centre(c, 0);
                    maxError[0][index] = Math.max(maxError[0][index], Math.abs(view.temperature(c) - series.at(x, time)));
                }
            }
        });
        TransientResult r = solver.run(p, new InitialCondition.Uniform(T0));
        assertEquals(3, r.outputs().size());
        for (int i = 0; i < times.length; i++) {
            // 400 cells: the spatial error of the cell-centred scheme is well below 0.05 K of a 100 K swing.
            assertTrue(maxError[0][i] < 0.05, "t = " + times[i] + " s: max |T − series| = " + maxError[0][i] + " K");
        }
        assertTrue(r.maxEnergyError() < 1e-9, "energy error " + r.maxEnergyError());
    }

    /** Temperatures at the end of a fixed-step run. */
    private static double[] fixedRun(TransientSettings.Integrator integrator, double dt) {
        ThermalProblem p = twoSlabs(50);
        TransientSettings s = TransientSettings.fixed(integrator, 2e4, dt)
                .withSteady(SolverSettings.defaults().withLinearTolerance(1e-13));
        TransientResult r = new TransientSolver(s).run(p, new InitialCondition.Uniform(T0));
        double[] t = new double[p.mesh().cellCount()];
        for (int c = 0; c < t.length; c++) t[c] = r.finalState().temperature(c);
        return t;
    }

    private static double order(TransientSettings.Integrator integrator, double dt) {
        double[] a = fixedRun(integrator, dt);
        double[] b = fixedRun(integrator, dt / 2);
        double[] c = fixedRun(integrator, dt / 4);
        double e1 = 0;
        double e2 = 0;
        for (int i = 0; i < a.length; i++) {
            e1 = Math.max(e1, Math.abs(a[i] - b[i]));
            e2 = Math.max(e2, Math.abs(b[i] - c[i]));
        }
        return Math.log(e1 / e2) / Math.log(2);
    }

    @Test
    void backwardEulerIsFirstOrderAndCrankNicolsonSecondOrderInTime() {
        double be = order(TransientSettings.Integrator.BACKWARD_EULER, 1000);
        double cn = order(TransientSettings.Integrator.CRANK_NICOLSON, 1000);
        assertEquals(1.0, be, 0.1, "backward Euler order");
        assertEquals(2.0, cn, 0.15, "Crank–Nicolson order");
    }

    // ---- lumped capacitance ---------------------------------------------------------------------------

    @Test
    void aSmallCopperBlockCoolsWithTheLumpedTimeConstant() {
        double side = 0.01;
        double h = 10;
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, side, 6), GridLines.uniform(0, side, 6),
                GridLines.uniform(0, side, 6)));
        b.fill(b.addRegion("block", "copper"), Box.everywhere());
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn());
        for (String patch : new String[] {"xmin", "xmax", "ymin", "ymax", "zmin", "zmax"}) {
            p.boundary(patch, new BoundaryCondition.Convection(h, 300));
        }
        double tau = 8960 * 385 * side * side * side / (h * 6 * side * side);
        TransientSettings s = new TransientSettings(TransientSettings.Integrator.CRANK_NICOLSON, 3 * tau, 1, 1e-6, tau / 20,
                false, 1e-3, new double[0], SolverSettings.defaults());
        TransientResult r = new TransientSolver(s).probe(Probe.point("centre", side / 2, side / 2, side / 2))
                .run(p, new InitialCondition.Uniform(400));
        double worst = 0;
        for (double[] row : r.series("centre")) {
            if (row[0] < tau / 4) continue;
            double fitted = row[0] / Math.log(100 / (row[1] - 300));
            worst = Math.max(worst, Math.abs(fitted / tau - 1));
        }
        assertTrue(worst < 0.005, "time constant off by " + worst + " (Biot = " + h * side / 2 / 401 + ")");
        assertTrue(r.maxEnergyError() < 1e-9, "energy error " + r.maxEnergyError());
    }

    // ---- conservation with everything switched on ----------------------------------------------------

    /**
     * A copper plate under a stainless film with Voronoi grain boundaries: k(T) and C(T) from the NIST fits,
     * a T⁻³ Kapitza law between them and to the 4.2 K bath, a stepped heater power and a ramped source.
     */
    private static ThermalProblem cryogenicFilm() {
        MeshBuilder b = LayerStack.builder().base(2e-3, 2e-3).baseCells(8, 8)
                .layer(Layer.of("plate", "copper-rrr100", 1e-3, 4))
                .layer(Layer.of("film", "stainless-304", 1e-3, 6).on(Footprint.centred(1e-3, 1e-3)))
                .build().meshBuilder();
        b.grains(VoronoiGrains.ofCount(8).seed(3).inRegions("film"));
        Mesh mesh = b.build();
        BoundaryCondition.TotalPower heater = new BoundaryCondition.TotalPower(0.01);
        Source joule = new Source.Total("film", 0.002);
        ThermalProblem p = new ThermalProblem(mesh, MaterialLibrary.builtIn())
                .interfaceBetweenRegions("plate", "film", OneWayFluxInterface.fromRT3(1e-3))
                .grainBoundaries("film", new ConstantResistance(1e-6))
                .boundary("plate.bottom", new BoundaryCondition.FixedTemperature(
                        org.kapitza.boundary.ScalarField.constant(4.2), OneWayFluxInterface.fromRT3(0.02)))
                .boundary("film.top", heater)
                .source(joule);
        p.drive(heater, TimeFunction.steps(0, 0.05, new double[] {0.01, 0.05, 0.0, 0.02}));
        p.drive(joule, TimeFunction.table(new double[] {0, 0.2}, new double[] {0, 0.004}));
        return p;
    }

    private static final TransientSettings CRYOGENIC = new TransientSettings(TransientSettings.Integrator.CRANK_NICOLSON, 0.2,
            1e-4, 1e-9, 0.01, false, 1e-3, new double[0], SolverSettings.defaults());

    @Test
    void everyStepConservesEnergyWithNonlinearLawsAndPowerSteps() {
        TransientResult r = new TransientSolver(CRYOGENIC).probe(Probe.regionMax("film max", "film"))
                .probe(Probe.interfaceJump("joint", "plate|film")).run(cryogenicFilm(), new InitialCondition.Uniform(4.3));
        assertTrue(r.steps() > 10);
        assertTrue(r.maxEnergyError() < 1e-9, "largest relative energy error of a step: " + r.maxEnergyError());
        // The stepper landed on every power step of the trace.
        for (double t : new double[] {0.05, 0.1, 0.15}) {
            assertTrue(r.probeRows().stream().anyMatch(row -> Math.abs(row[0] - t) < 1e-12), "a step ends at " + t + " s");
        }
    }

    @Test
    void eachIntervalOfAPowerTraceDeliversExactlyItsEnergy() {
        // An insulated copper block heated through one face by a trace of 1, 3, 0 and 2 W for 1 s each:
        // whatever the steps, the stored energy at the end is 6 J. A step that ends on a jump must use
        // the interval's own power, not the next one's.
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 0.01, 5), GridLines.uniform(0, 0.01, 5),
                GridLines.uniform(0, 0.01, 5)));
        b.fill(b.addRegion("block", "copper"), Box.everywhere());
        for (TransientSettings.Integrator integrator : TransientSettings.Integrator.values()) {
            BoundaryCondition.TotalPower heater = new BoundaryCondition.TotalPower(1);
            ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn()).boundary("zmax", heater);
            p.drive(heater, TimeFunction.steps(0, 1, new double[] {1, 3, 0, 2}));
            TransientResult r = new TransientSolver(TransientSettings.fixed(integrator, 4, 0.25)).run(p,
                    new InitialCondition.Uniform(300));
            double stored = 0;
            Material cu = MaterialLibrary.builtIn().get("copper");
            for (int c = 0; c < p.mesh().cellCount(); c++) {
                stored += p.mesh().volume(c) * (cu.heatCapacity().enthalpy(r.finalState().temperature(c))
                        - cu.heatCapacity().enthalpy(300));
            }
            assertEquals(6.0, stored, 1e-9 * 6, integrator + ": stored energy after the trace (J)");
        }
    }

    // ---- long-time limit and restart -------------------------------------------------------------------

    @Test
    void theLongTimeLimitIsTheSteadySolution() {
        ThermalProblem p = twoSlabs(40);
        TransientSettings s = new TransientSettings(TransientSettings.Integrator.BACKWARD_EULER, 5e7, 10, 1e-6, 1e7, false,
                1e-3, new double[0], SolverSettings.defaults().withLinearTolerance(1e-12));
        TransientResult r = new TransientSolver(s).run(p, new InitialCondition.Uniform(T0));
        SteadyResult steady = new SteadySolver(SolverSettings.defaults().withLinearTolerance(1e-12)).solve(twoSlabs(40));
        for (int c = 0; c < p.mesh().cellCount(); c++) {
            assertEquals(steady.temperature(c), r.finalState().temperature(c), 1e-6);
        }
    }

    /** Runs whole, then stopped after {@code stopAfter} steps and resumed; the two must agree to 1e-12. */
    private static void assertRestartReproduces(java.util.function.Supplier<ThermalProblem> problem, TransientSettings s,
            Probe probe, InitialCondition initial, int stopAfter, Path checkpoint) {
        TransientResult whole = new TransientSolver(s).probe(probe).run(problem.get(), initial);
        new TransientSolver(s).probe(probe).checkpoint(checkpoint, 3).stopAfter(stopAfter).run(problem.get(), initial);
        TransientResult resumed = new TransientSolver(s).probe(probe).checkpoint(checkpoint, 3).resume(problem.get());

        assertTrue(whole.steps() > stopAfter + 3, "the run continues well past the interruption");
        assertEquals(whole.steps(), resumed.steps());
        assertEquals(whole.endTime(), resumed.endTime(), 0.0);
        int cells = whole.finalState().mesh().cellCount();
        for (int c = 0; c < cells; c++) {
            if (!whole.finalState().mesh().isActive(c)) continue;
            double a = whole.finalState().temperature(c);
            assertEquals(a, resumed.finalState().temperature(c), 1e-12 * a);
        }
        List<double[]> rows = resumed.probeRows();
        assertEquals(whole.probeRows().size(), rows.size(), "the probe history continues across the restart");
        for (int i = 0; i < rows.size(); i++) assertEquals(whole.probeRows().get(i)[1], rows.get(i)[1], 1e-12 * rows.get(i)[1]);
        assertEquals(whole.outputs().size(), resumed.outputs().size());
    }

    @Test
    void aRestartedRunReproducesTheUninterruptedRun(@TempDir Path dir) {
        // 2000 cells: more than the coarsest direct solve takes, so the checkpoint carries a real hierarchy.
        TransientSettings s = new TransientSettings(TransientSettings.Integrator.CRANK_NICOLSON, 5e4, 100, 1e-3, 5e3, false,
                1e-3, new double[] {2e4, 4e4}, SolverSettings.defaults());
        assertRestartReproduces(() -> twoSlabs(2000), s, Probe.point("mid", 0.5, 0.5, 0.5), new InitialCondition.Uniform(T0),
                7, dir.resolve("linear.bin"));
    }

    @Test
    void aRestartedNonlinearRunReproducesTheUninterruptedRun(@TempDir Path dir) {
        assertRestartReproduces(TransientTest::cryogenicFilm, CRYOGENIC, Probe.regionMax("film max", "film"),
                new InitialCondition.Uniform(4.3), 12, dir.resolve("nonlinear.bin"));
    }
}
