package org.kapitza.thermoreflectance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fits recover the parameters that generated noisy synthetic data within their reported intervals, the
 * intervals scale with the noise, and parameters the data cannot separate are named.
 */
class FitTest {
    static final double INF = Double.POSITIVE_INFINITY;
    static final List<String> FIT = List.of("al|sapphire.G", "sapphire.k");

    static StackModel alOnSapphire(double g, double kSapphire) {
        LayeredStack s = new LayeredStack(List.of(Layer.isotropic("al", 180, 2700 * 897.0, 80e-9),
                Layer.isotropic("sapphire", kSapphire, 3980 * 761.0, INF)), new double[] {g}, LayeredStack.Bottom.ADIABATIC);
        return new StackModel(s, 10e-6, 10e-6);
    }

    static double[] frequencies() {
        double[] f = new double[20];
        for (int i = 0; i < f.length; i++) f[i] = 1e4 * Math.pow(2e7 / 1e4, i / 19.0);
        return f;
    }

    static FitResult fitWithNoise(double noiseDeg, long seed) {
        double[] f = frequencies();
        ForwardModel forward = ForwardModel.fdtrLayered(f);
        double[] truth = forward.predict(alOnSapphire(1e8, 35));
        Random random = new Random(seed);
        double[] data = new double[f.length];
        double[] sigma = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            data[i] = truth[i] + noiseDeg * random.nextGaussian();
            sigma[i] = noiseDeg;
        }
        return LeastSquaresFit.fit(forward, alOnSapphire(3e8, 20), FIT, data, sigma);
    }

    @Test
    void recoversGAndKWithinTheirIntervalsAndIntervalsShrinkWithTheNoise() {
        double[] truth = {1e8, 35};
        double previousWidth = INF;
        for (double noise : new double[] {0.2, 0.05, 0.0125}) {
            FitResult r = fitWithNoise(noise, 42);
            for (int j = 0; j < 2; j++) {
                assertTrue(r.low()[j] <= truth[j] && truth[j] <= r.high()[j], FIT.get(j) + " = " + truth[j] + " outside ["
                        + r.low()[j] + ", " + r.high()[j] + "] at noise " + noise);
            }
            double width = r.sigmaLog()[0];
            // σ scales with the stated noise: a quarter of the noise, a quarter of the interval (linearised).
            if (previousWidth != INF) assertEquals(0.25, width / previousWidth, 0.01, "interval ratio at noise " + noise);
            previousWidth = width;
            assertTrue(r.reducedChiSquare() > 0.3 && r.reducedChiSquare() < 3, "χ²/dof " + r.reducedChiSquare());
        }
    }

    @Test
    void intervalsCoverTheTruthAboutNineteenTimesInTwenty() {
        int covered = 0;
        int trials = 20;
        for (long seed = 1; seed <= trials; seed++) {
            FitResult r = fitWithNoise(0.2, seed);
            if (r.low()[0] <= 1e8 && 1e8 <= r.high()[0]) covered++;
        }
        // Binomial(20, 0.95): P(covered ≤ 15) = 0.3 %.
        assertTrue(covered >= 16, covered + " of " + trials);
    }

    @Test
    void namesParametersTheDataCannotSeparate() {
        // Heat capacity and conductivity of a semi-infinite substrate enter a large-spot measurement only as
        // the effusivity √(kC): with the spot 20x larger than any diffusion length they cannot be separated.
        double[] f = {2e5, 5e5, 1e6, 2e6, 5e6, 1e7, 2e7};
        ForwardModel forward = ForwardModel.fdtrLayered(f);
        LayeredStack s = new LayeredStack(List.of(Layer.isotropic("al", 180, 2700 * 897.0, 80e-9),
                Layer.isotropic("sapphire", 35, 3980 * 761.0, INF)), new double[] {1e8}, LayeredStack.Bottom.ADIABATIC);
        StackModel model = new StackModel(s, 200e-6, 200e-6);
        double[] data = forward.predict(model);
        double[] sigma = new double[f.length];
        java.util.Arrays.fill(sigma, 0.2);
        FitResult r = LeastSquaresFit.fit(forward, model, List.of("sapphire.k", "sapphire.C"), data, sigma);
        String all = String.join("\n", r.warnings());
        assertTrue(all.contains("sapphire.k") && all.contains("sapphire.C") && all.contains("cannot determine"), all);
        assertTrue(r.correlation()[0][1] < -0.95, "ρ = " + r.correlation()[0][1]);
    }
}
