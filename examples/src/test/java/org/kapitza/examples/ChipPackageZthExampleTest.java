package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.cli.Pipeline;
import org.kapitza.cli.Settings;
import org.kapitza.cli.ThermalImpedance;
import org.kapitza.io.report.ResistanceBudget;

/**
 * examples/chip-package-zth, on a coarser grid for a test of seconds: Zth(t) rises monotonically to the steady θ_JA
 * of the same power; the dual-interface run (TIM2 at half its conductivity) separates from the first near the
 * steady θ_JC to the spreader's bottom (JESD51-14 reads θ_JC there), and its Zth(∞) is larger by at least TIM2's
 * added R/A.
 */
class ChipPackageZthExampleTest {
    private static final String[] COARSE = {"mesh.stack.base.cells=[24, 24]", "mesh.stack.layers[0].cells=3",
        "mesh.stack.layers[1].cells=2"};

    @Test
    void zthRisesToTheSteadyThetaAndTheDualInterfaceRunFindsThetaJC(@TempDir Path out) throws Exception {
        Path file = Path.of("chip-package-zth", "case.yaml");
        Pipeline pipeline = new Pipeline(Settings.load());
        ThermalImpedance.Curve a = ThermalImpedance.measure(pipeline.prepare(file, List.of(COARSE)), null, 1e-5, 1000, 4, 1e-3);
        List<String> second = new java.util.ArrayList<>(List.of(COARSE));
        second.add("interfaces[1].k=1.5 W/m/K");
        ThermalImpedance.Curve b = ThermalImpedance.measure(pipeline.prepare(file, second), null, 1e-5, 1000, 4, 1e-3);
        // Zth never falls, up to the time stepping's local error (1e-3 K, over P) on the flat end of the curve.
        for (int i = 1; i < a.zth().length; i++) {
            assertTrue(a.zth()[i] >= a.zth()[i - 1] - 1e-3 / a.power(), "Zth rises at " + a.times()[i]);
        }
        assertEquals(a.steadyTheta(), a.zth()[a.zth().length - 1], 1e-3 * a.steadyTheta(), "Zth(1000 s) = steady θ_JA");
        double addedTim2 = (50e-6 / 1.5 - 50e-6 / 3) / (0.03 * 0.03);
        assertTrue(b.steadyTheta() - a.steadyTheta() > addedTim2, "the poorer TIM2 adds at least its own R/A");
        // Early times see only the die: the two curves agree there.
        assertEquals(a.zth()[4], b.zth()[4], 1e-6 * a.zth()[4]);

        ResistanceBudget budget = ExampleRunner.runFile(file, out, COARSE).report().budget();
        double thetaJC = ThermalImpedance.separation(a.cauer(), b.cauer(), 0.1);
        assertEquals(budget.thetaJC(), thetaJC, 0.15 * budget.thetaJC(), "structure functions separate near the steady θ_JC");
    }
}
