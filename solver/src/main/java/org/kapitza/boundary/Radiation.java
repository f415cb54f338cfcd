package org.kapitza.boundary;

/**
 * Thermal radiation between a grey surface and its surroundings: q = ε σ (T_s⁴ − T_sur⁴) (W/m², leaving
 * the surface). Applied as a fixed temperature T_sur through the exact one-way-flux law
 * ({@link org.kapitza.interfaces.OneWayFluxInterface} with σ_eff = ε σ and m = 4), so Newton's method
 * solves it as it does a Kapitza bath contact.
 */
public final class Radiation {
    /** Stefan–Boltzmann constant σ (W m⁻² K⁻⁴), CODATA 2018 (exact in the 2019 SI). */
    public static final double STEFAN_BOLTZMANN = 5.670374419e-8;

    private Radiation() {
    }

    /**
     * The emissivity of two parallel grey surfaces exchanging radiation, 1/(1/ε₁ + 1/ε₂ − 1)
     * (Incropera and DeWitt, Fundamentals of Heat and Mass Transfer, 6th ed., Table 13.3, large parallel
     * planes); ε₂ = 1 gives ε₁, a small body in large surroundings.
     */
    public static double effectiveEmissivity(double e1, double e2) {
        return 1.0 / (1.0 / e1 + 1.0 / e2 - 1.0);
    }
}
