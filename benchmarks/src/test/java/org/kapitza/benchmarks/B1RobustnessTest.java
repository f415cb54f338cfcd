package org.kapitza.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.junit.jupiter.api.Test;

/**
 * A regression guard on the robustness of the multigrid preconditioner, on benchmark case B1 (copper,
 * a 1000-grain silicon polycrystal and glass, with interface and grain-boundary resistances): iteration
 * counts, not times. The bounds are the multigrid issue's targets.
 */
class B1RobustnessTest {
    private static final SolverSettings AMG = SolverSettings.defaults().withPreconditioner("amg").withLinearTolerance(1e-8);

    /** At most 30 CG iterations to a relative residual of 1e-8 (22 when this test was written). */
    @Test
    void b1At64CubedNeedsAtMostThirtyIterations() {
        SteadyResult r = new SteadySolver(AMG).solve(SolveBenchmark.b1(64, 5e-7));
        assertTrue(r.linearIterations() <= 30, "B1 64³: " + r.linearIterations() + " iterations");
        assertTrue(r.energyBalance().relative() < 1e-9, "energy balance " + r.energyBalance());
    }

    /**
     * Resistive grain boundaries decouple the grains; aggregates that stay inside grains keep those
     * modes in the coarse space, so iterations grow at most 1.5× from R = 0 to 1e-4 m²K/W.
     */
    @Test
    void grainBoundaryResistanceBarelyChangesTheIterationCount() {
        int free = new SteadySolver(AMG).solve(SolveBenchmark.b1(40, 0)).linearIterations();
        int resistive = new SteadySolver(AMG).solve(SolveBenchmark.b1(40, 1e-4)).linearIterations();
        assertTrue(resistive <= 1.5 * free, "iterations with R = 0: " + free + ", with R = 1e-4 m²K/W: " + resistive);
    }
}
