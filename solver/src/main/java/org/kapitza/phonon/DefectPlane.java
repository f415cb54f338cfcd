package org.kapitza.phonon;

import java.util.Locale;

/**
 * A grain boundary (or any plane between two regions of one material) pictured as a plane of scattering
 * defects: phonons cross where the plane is clear and are reflected where it is not, so the transmission
 * of every branch at every frequency is the clear area fraction, {@code τ(ω) = f}, 0 &lt; f ≤ 1. The
 * clear part itself transmits fully: the grains on both sides are the same material, so a phonon
 * crossing a clear patch meets the same channels it left (ᾱ = 1, the material's own phonon radiation
 * limit, {@link RadiationLimit} with both sides equal).
 *
 * <p><b>Which temperature.</b> A Landauer count of the phonons crossing gives {@code q = f·(E(T₁) − E(T₂))}
 * between the <i>emitted-phonon</i> temperatures of the two sides, E the one-way emitted flux of the
 * material (W/m²). The solver's cell temperatures are local-equilibrium temperatures of a diffusive bulk,
 * the <i>equivalent-equilibrium</i> temperature of Zeng and Chen, and measured against those a fully clear
 * plane (f = 1) must carry no resistance at all: nothing distinguishes it from the bulk. The two
 * definitions differ by the phonons travelling in each direction at the plane; correcting for them
 * (Simons, J. Phys. C 7 (1974) 4048; Zeng and Chen, J. Heat Transfer 123 (2001) 340, for two
 * media with τ₁₂ = τ₂₁ = τ; the same correction as Merabia and Termentzidis, Phys. Rev. B 86 (2012)
 * 094303) gives, per frequency,
 *
 * <pre>  h_ω = τ G_ω / (1 − (τ₁₂ + τ₂₁)/2) = f G_ω / (1 − f),</pre>
 *
 * G_ω the one-way (radiation-limit) conductance of the material itself. As f is the same at every
 * frequency, the integral over the spectrum factors:
 *
 * <pre>  q = (f/(1 − f)) (E(T₁) − E(T₂)),   R_GB(T) = ((1 − f)/f) / h₀(T),</pre>
 *
 * h₀(T) = dE/dT the material's radiation-limit conductance with itself (W m⁻²K⁻¹; C0 S T³ at low T, S
 * = Σ_j c_j⁻²). Hence R = 0 at f = 1 and R → ∞ as f → 0 (no heat flows through a plane with no clear
 * area). This class keeps the geometry factor (1 − f)/f; {@link DefectPlaneInterface} applies it to h₀.
 *
 * <p>Holds when the grains are larger than the phonon mean free path on both sides (so that an
 * equilibrium temperature exists next to the plane), the defects are opaque (reflecting) and the clear
 * patches wider than the dominant phonon wavelength (λ ≈ hc/(2.8 k_BT): below 1 nm at room temperature,
 * tens of nm at a few kelvin; narrower patches diffract and transmit less than f). Elastic scattering
 * only, as in the other Debye models of this package.
 *
 * @param clearFraction f, the area fraction of the plane through which phonons pass, 0 &lt; f ≤ 1
 */
public record DefectPlane(double clearFraction) {
    public DefectPlane {
        if (!(clearFraction > 0 && clearFraction <= 1)) {
            throw new IllegalArgumentException("defect plane: the clear fraction f must lie in (0, 1], got " + clearFraction);
        }
    }

    /** (1 − f)/f: R_GB in units of 1/h₀, the resistance of the material's own radiation limit. Zero at f = 1. */
    public double resistanceFactor() {
        return resistanceFactor(clearFraction);
    }

    /** (1 − f)/f for a clear fraction f in (0, 1]. */
    public static double resistanceFactor(double f) {
        return (1 - f) / f;
    }

    /** The transmission τ = f of every phonon reaching the plane (emitted-phonon picture). */
    public double transmission() {
        return clearFraction;
    }

    public String describe() {
        return String.format(Locale.ROOT, "defect plane, clear fraction f = %g: R = ((1 − f)/f)/h₀(T)", clearFraction);
    }
}
