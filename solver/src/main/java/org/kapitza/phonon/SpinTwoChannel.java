package org.kapitza.phonon;

import static org.kapitza.phonon.PhysicalConstants.LORENZ;

import java.util.Locale;

/**
 * Spin-dependent electronic heat conductance of a ferromagnet/normal-metal interface in the two-current
 * model (docs/PHYSICS.md §7). Each spin channel σ ∈ {↑, ↓} has its own interface resistance–area product,
 * Valet–Fert (Phys. Rev. B 48 (1993) 7099):
 *
 * <pre>  A R_{↑,↓} = 2 A R* (1 ∓ γ),</pre>
 *
 * and carries heat by the spin Wiedemann–Franz law, {@code G_σ = L₀ T / (A R_σ)} (W m⁻² K⁻¹ per unit
 * area), L₀ = 2.44e-8 W Ω K⁻². With equal spin temperatures the channels add in parallel:
 * {@code G = G↑ + G↓ = L₀ T / (A R* (1 − γ²))}. The lattice (phonon) path adds in parallel again.
 *
 * <p>When the spin temperatures differ, the spin heat accumulation {@code T↑ − T↓} relaxes over
 * {@code λ = √(κ↑κ↓ / ((κ↑ + κ↓) g_s))} ({@link #spinHeatDecayLength}); Dejene, Flipse, Bauer and van
 * Wees (Nature Phys. 9 (2013) 636) measured about 120 mK of it at 300 K in Py/Cu/Py nanopillar spin
 * valves. The solver carries one temperature per cell, so the interface law uses the parallel sum.
 *
 * @param areaResistance A R* (Ω m²), the spin-averaged interface resistance–area product
 * @param asymmetry      interface spin asymmetry γ, −1 &lt; γ &lt; 1
 */
public record SpinTwoChannel(double areaResistance, double asymmetry) {
    public SpinTwoChannel {
        if (!(areaResistance > 0) || !Double.isFinite(areaResistance)) {
            throw new IllegalArgumentException("spin-two-channel: A R* must be a positive number of Ω m², got " + areaResistance);
        }
        if (!(asymmetry > -1 && asymmetry < 1)) {
            throw new IllegalArgumentException("spin-two-channel: spin asymmetry γ must lie in (−1, 1), got " + asymmetry);
        }
    }

    /** A R↑ = 2 A R* (1 − γ) (Ω m²). */
    public double areaResistanceUp() {
        return 2 * areaResistance * (1 - asymmetry);
    }

    /** A R↓ = 2 A R* (1 + γ) (Ω m²). */
    public double areaResistanceDown() {
        return 2 * areaResistance * (1 + asymmetry);
    }

    /** G↑ = L₀T / (A R↑) (W m⁻² K⁻¹). */
    public double conductanceUp(double t) {
        return LORENZ * t / areaResistanceUp();
    }

    /** G↓ = L₀T / (A R↓) (W m⁻² K⁻¹). */
    public double conductanceDown(double t) {
        return LORENZ * t / areaResistanceDown();
    }

    /** G↑ + G↓ (W m⁻² K⁻¹), summed channel by channel. */
    public double conductance(double t) {
        return conductanceUp(t) + conductanceDown(t);
    }

    /** The electronic law h = G(T), linear in T. */
    public LinearConductance law() {
        return new LinearConductance(conductance(1.0), describe());
    }

    /**
     * Decay length of the spin heat accumulation, λ = √(κ↑κ↓ / ((κ↑ + κ↓) g_s)) (m): the difference mode
     * of {@code κ_σ T_σ'' = ± g_s (T↑ − T↓)}.
     *
     * @param kappaUp   spin-up thermal conductivity κ↑ (W m⁻¹ K⁻¹)
     * @param kappaDown spin-down thermal conductivity κ↓ (W m⁻¹ K⁻¹)
     * @param gs        spin heat relaxation (coupling) coefficient g_s (W m⁻³ K⁻¹)
     */
    public static double spinHeatDecayLength(double kappaUp, double kappaDown, double gs) {
        if (!(kappaUp > 0) || !(kappaDown > 0) || !(gs > 0)) {
            throw new IllegalArgumentException("spin heat decay length: κ↑, κ↓ and g_s must be positive, got "
                    + kappaUp + ", " + kappaDown + ", " + gs);
        }
        return Math.sqrt(kappaUp * kappaDown / ((kappaUp + kappaDown) * gs));
    }

    public String describe() {
        return String.format(Locale.ROOT, "spin-two-channel (Valet–Fert A R↑,↓ = 2AR*(1∓γ), spin Wiedemann–Franz"
                + " L₀ = %g W Ω K⁻²): A R* = %g Ω m², γ = %g", LORENZ, areaResistance, asymmetry);
    }
}
