package org.kapitza.phonon;

import static org.kapitza.phonon.PhysicalConstants.C0;

/**
 * Phonon radiation limit (Swartz and Pohl, Rev. Mod. Phys. 61 (1989) 605; docs/PHYSICS.md §3): the largest
 * conductance any elastic (energy-conserving, one-phonon) process can give, every phonon of the side
 * with fewer channels crossing: {@code ᾱ = 1} there, {@code W(ω) = min(S₁(ω), S₂(ω))}. At low T,
 * {@code h/T³ = C0 min(S₁, S₂)}.
 *
 * <p>A measured conductance above it means inelastic channels (anharmonic multi-phonon processes, or
 * electron–phonon coupling across the interface), as reported for Pb and Bi on diamond (Stoner and
 * Maris, Phys. Rev. B 48 (1993) 16373; Lyeo and Cahill, Phys. Rev. B 73 (2006) 144301).
 */
public final class RadiationLimit {
    private RadiationLimit() {
    }

    public static TransmissionSpectrum spectrum(AcousticProperties side1, AcousticProperties side2, Cutoff cutoff) {
        double[] c1 = side1.branchSpeeds();
        double[] w1 = cutoff.frequencies(side1);
        double[] c2 = side2.branchSpeeds();
        double[] w2 = cutoff.frequencies(side2);
        return TransmissionSpectrum.sampled(DiffuseMismatch.concat(w1, w2),
                omega -> Math.min(DiffuseMismatch.channels(c1, w1, omega), DiffuseMismatch.channels(c2, w2, omega)));
    }

    /** Closed-form low-T limit h/T³ = C0 min(S₁, S₂) (W m⁻² K⁻⁴). */
    public static double lowTemperatureCoefficient(AcousticProperties side1, AcousticProperties side2) {
        return C0 * Math.min(side1.inverseSquareSum(), side2.inverseSquareSum());
    }
}
