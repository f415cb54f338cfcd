package org.kapitza.thermoreflectance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 3D finite-volume harmonic solve of an axisymmetric stack under a Gaussian spot (a quarter of it,
 * graded toward the spot) agrees with the layered model: FDTR phase within 0.1° at both ends of the range,
 * 10 kHz and 20 MHz (72,000 cells; the whole sweep, 20 frequencies between them, is benchmark
 * {@code HarmonicBenchmark}, which finds at most 0.043°). The difference is discretisation error, second
 * order: on 0.6× the cells it grows to 0.13°.
 */
class FvAgreementTest {
    @Test
    void threeDimensionalSolveMatchesTheLayeredModelWithinATenthOfADegree() {
        double[] f = {1e4, 2e7};
        // Al 80 nm | G = 100 MW/m²K | sapphire, 5 um spots.
        LayeredStack semi = new LayeredStack(List.of(Layer.isotropic("al", 180, 2700 * 897.0, 80e-9),
                Layer.isotropic("sapphire", 35, 3980 * 761.0, Double.POSITIVE_INFINITY)), new double[] {1e8},
                LayeredStack.Bottom.ISOTHERMAL);
        StackModel model = new StackModel(semi, 5e-6, 5e-6);
        long t0 = System.nanoTime();
        FvModel.Sweep s = FvModel.sweep(model, f, 1);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        SurfaceResponse layered = model.response();
        for (int i = 0; i < f.length; i++) {
            double expected = layered.phaseDegrees(f[i]);
            System.out.printf("%.3g Hz: fv %.4f layered %.4f diff %.4f, %d its, imbalance %.2g%n", f[i], s.phaseDegrees(i), expected,
                    s.phaseDegrees(i) - expected, s.iterations()[i], s.imbalance()[i]);
            assertEquals(expected, s.phaseDegrees(i), 0.1, "phase at " + f[i] + " Hz");
            assertTrue(s.imbalance()[i] <= 1e-9, "energy imbalance " + s.imbalance()[i]);
        }
        System.out.println(s.cells() + " cells, " + seconds + " s");
    }
}
