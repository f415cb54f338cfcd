package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.HeatCapacity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.material.TabulatedHeatCapacity;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.junit.jupiter.api.Test;

/**
 * Cryogenic cool-downs (issue 6): a copper bar, one end held at a 4 K bath, cooling from 77 K or 300 K
 * with a heat capacity that falls by three or four orders of magnitude on the way. The solver shall
 * reach the bath temperature, and every step shall store exactly the heat that left through the bath.
 */
class CooldownTest {
    private static final double BATH = 4;

    /** c_p falling steeply towards 4 K, as the reproduction (J/(kg·K)). */
    private static final HeatCapacity STEEP = new TabulatedHeatCapacity(8960, new double[] {4, 10, 30, 77, 300},
            new double[] {0.1, 0.9, 27, 190, 385});

    private static ThermalProblem bar(Material material) {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 0.02, 20)));
        b.fill(b.addRegion("bar", material.name()), Box.everywhere());
        return new ThermalProblem(b.build(), MaterialLibrary.builtIn()).material(material.name(), material)
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(BATH));
    }

    private static TransientResult coolDown(Material material, double from, double end, TransientSettings.Integrator integrator) {
        TransientSettings s = new TransientSettings(integrator, end, end / 1000, end * 1e-9, end / 10, false, 0.01,
                new double[0], SolverSettings.defaults());
        return new TransientSolver(s).probe(Probe.point("far end", 0.0195, 0.5, 0.5)).run(bar(material),
                new InitialCondition.Uniform(from));
    }

    private static void assertReachesTheBath(TransientResult r, String what) {
        assertTrue(r.maxEnergyError() < 1e-9, what + ": largest relative energy error of a step " + r.maxEnergyError());
        // Steps at equilibrium move less heat than round-off resolves; their imbalance stays within the floor.
        assertTrue(r.maxRoundOffImbalance() <= 1, what + ": imbalance of a step near equilibrium, relative to its round-off"
                + " floor " + r.maxRoundOffImbalance());
        double[][] far = r.series("far end");
        double last = far[far.length - 1][1];
        assertEquals(BATH, last, 1e-3, what + ": the far end at the end of the run (K)");
        // Cooling only: no step overshoots the bath or warms the bar by more than the step tolerance.
        for (int i = 1; i < far.length; i++) {
            assertTrue(far[i][1] > BATH - 0.01 && far[i][1] < far[i - 1][1] + 0.01, what + ": far end " + far[i][1]
                    + " K at t = " + far[i][0] + " s after " + far[i - 1][1] + " K");
        }
    }

    @Test
    void aSteeplyFallingTabulatedHeatCapacityCoolsToTheBath() {
        Material m = new Material("steep", new ConstantConductivity(400), "test", STEEP);
        for (TransientSettings.Integrator integrator : TransientSettings.Integrator.values()) {
            assertReachesTheBath(coolDown(m, 77, 1, integrator), "steep c_p from 77 K, " + integrator);
        }
        assertReachesTheBath(coolDown(m, 300, 2, TransientSettings.Integrator.CRANK_NICOLSON), "steep c_p from 300 K");
    }

    @Test
    void stepsAtEquilibriumAreMeasuredAgainstRoundOffNotTheHeatTheyMove() {
        // The steep c_p bar from 77 K for 10 s: it is at the bath after about a second, and the remaining steps
        // move heat of a few ulp(T) per cell, whose relative imbalance was 2e-9 to 5e-8 (a colleague's 2.5e-9):
        // the round-off of the temperature differences, not an error of the step. They are counted apart,
        // each within its round-off floor, and the relative error of the steps that moved resolvable heat
        // stays at the solve's 1e-10 or better.
        Material m = new Material("steep", new ConstantConductivity(400), "test", STEEP);
        TransientResult r = coolDown(m, 77, 10, TransientSettings.Integrator.CRANK_NICOLSON);
        assertReachesTheBath(r, "steep c_p from 77 K for 10 s");
        assertTrue(r.roundOffSteps() > r.steps() / 2 && r.roundOffSteps() < r.steps(), r.roundOffSteps() + " of " + r.steps()
                + " steps at round-off");
        assertTrue(r.maxEnergyError() <= 1e-10, "relative energy error of the resolvable steps " + r.maxEnergyError());
    }

    @Test
    void nistCopperCoolsToTheBath() {
        // k(T) and c_p(T) of OFHC copper RRR 100 from the NIST fits: both nonlinear.
        Material cu = MaterialLibrary.builtIn().get("copper-rrr100");
        for (TransientSettings.Integrator integrator : TransientSettings.Integrator.values()) {
            assertReachesTheBath(coolDown(cu, 77, 1, integrator), "NIST copper from 77 K, " + integrator);
        }
    }

    @Test
    void theCaseFilePreconditionerIsTheOneTheTransientSolveUses() {
        // A linear transient problem: every preconditioner gives the same field, with its own iteration count.
        Material m = new Material("cu", new ConstantConductivity(400), "test", HeatCapacity.constant(8960, 385));
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of3D(GridLines.uniform(0, 0.01, 12), GridLines.uniform(0, 0.01, 12),
                GridLines.uniform(0, 0.01, 12)));
        b.fill(b.addRegion("block", "cu"), Box.everywhere());
        java.util.Map<String, TransientResult> runs = new java.util.LinkedHashMap<>();
        for (String pc : new String[] {"amg", "dic", "jacobi", "none"}) {
            ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn()).material("cu", m)
                    .boundary("xmin", BoundaryCondition.FixedTemperature.of(77));
            TransientSettings s = TransientSettings.fixed(TransientSettings.Integrator.BACKWARD_EULER, 0.5, 0.05)
                    .withSteady(SolverSettings.defaults().withPreconditioner(pc).withLinearTolerance(1e-12));
            runs.put(pc, new TransientSolver(s).run(p, new InitialCondition.Uniform(300)));
        }
        TransientResult amg = runs.get("amg");
        for (var e : runs.entrySet()) {
            for (int c = 0; c < amg.finalState().mesh().cellCount(); c++) {
                assertEquals(amg.finalState().temperature(c), e.getValue().finalState().temperature(c), 1e-7, e.getKey());
            }
        }
        // Each preconditioner leaves its own iteration count (they were all multigrid's before issue 6's fix):
        // multigrid fewer than DIC, DIC fewer than Jacobi.
        long[] its = runs.values().stream().mapToLong(TransientResult::linearIterations).toArray();
        String counts = "iterations amg, dic, jacobi, none: " + java.util.Arrays.toString(its);
        assertTrue(its[0] < its[1] && its[1] < its[2], counts);
        assertNotEquals(its[2], its[3], counts);
    }
}
