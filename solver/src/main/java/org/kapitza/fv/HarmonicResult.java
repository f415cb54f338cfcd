package org.kapitza.fv;

/**
 * The complex temperature amplitude of one harmonic solve: T(t) = T_steady + Re((re + i·im) e^{iωt}) per
 * cell (K).
 *
 * @param omega            angular frequency, rad/s
 * @param re               real part of θ̂ per cell, K
 * @param im               imaginary part, K
 * @param iterations       COCG iterations
 * @param relativeResidual final ‖b − Aθ̂‖/‖b‖
 * @param energyImbalance  |Σq̂ − Σ_b G_bθ̂ − iωΣρc_pVθ̂| / |Σq̂|
 * @param heatIn           |Σq̂|, W
 * @param heatToBoundaries |Σ_b G_bθ̂|, W (the rest is stored and released each period)
 * @param setupSeconds     multigrid setup time
 * @param solveSeconds     COCG time
 */
public record HarmonicResult(double omega, double[] re, double[] im, int iterations, double relativeResidual,
                             double energyImbalance, double heatIn, double heatToBoundaries, double setupSeconds,
                             double solveSeconds) {

    /** Amplitude |θ̂| of a cell, K. */
    public double amplitude(int cell) {
        return Math.hypot(re[cell], im[cell]);
    }

    /** Phase of θ̂ of a cell, rad (negative: lagging the heating). */
    public double phase(int cell) {
        return Math.atan2(im[cell], re[cell]);
    }
}
