package org.kapitza.phonon;

import static org.kapitza.phonon.PhysicalConstants.C0;

/**
 * Diffuse mismatch model (DMM; Swartz and Pohl, Rev. Mod. Phys. 61 (1989) 605, §III.B): every phonon
 * reaching the interface forgets where it came from and leaves into either side in proportion to the
 * channels available there. Detailed balance then fixes the angle-independent transmissivity
 *
 * <pre>  α_{1→2}(ω) = S₂(ω) / (S₁(ω) + S₂(ω)),   S_i(ω) = Σ_j c_{i,j}⁻² H(ω_{c,ij} − ω)  (docs/PHYSICS.md §3)</pre>
 *
 * the same for every branch of side 1 at that frequency. At low T, {@code h/T³ = C0 S₁S₂/(S₁+S₂)},
 * symmetric in 1 ↔ 2.
 *
 * <p>Assumes totally diffuse scattering and elastic (one-phonon, energy-conserving) transport. It is a
 * reasonable estimate for rough or disordered interfaces between similar solids at room temperature
 * and underestimates the conductance of strongly mismatched pairs where inelastic channels open.
 */
public final class DiffuseMismatch {
    private DiffuseMismatch() {
    }

    /** S(ω) = Σ_j c_j⁻² H(ω_c,j − ω) (s²/m²): the channel density of a side at frequency ω. */
    static double channels(double[] speeds, double[] cutoffs, double omega) {
        double s = 0;
        for (int j = 0; j < speeds.length; j++) {
            if (omega < cutoffs[j]) s += 1 / (speeds[j] * speeds[j]);
        }
        return s;
    }

    /** α_{1→2}(ω) (0..1); 0 above every cutoff of both sides. */
    public static double transmissivity(AcousticProperties side1, AcousticProperties side2, Cutoff cutoff, double omega) {
        double s1 = channels(side1.branchSpeeds(), cutoff.frequencies(side1), omega);
        double s2 = channels(side2.branchSpeeds(), cutoff.frequencies(side2), omega);
        return s1 + s2 == 0 ? 0 : s2 / (s1 + s2);
    }

    /**
     * W(ω) = Σ_j c_{1,j}⁻² H(ω_{c,1j} − ω) α_{1→2}(ω), summed branch by branch of side 1 as the model is
     * defined, so that detailed balance h(1→2) = h(2→1) is a property to check, not a construction.
     */
    public static TransmissionSpectrum spectrum(AcousticProperties side1, AcousticProperties side2, Cutoff cutoff) {
        double[] c1 = side1.branchSpeeds();
        double[] w1 = cutoff.frequencies(side1);
        double[] c2 = side2.branchSpeeds();
        double[] w2 = cutoff.frequencies(side2);
        return TransmissionSpectrum.sampled(concat(w1, w2), omega -> {
            double s1 = channels(c1, w1, omega);
            double s2 = channels(c2, w2, omega);
            if (s1 + s2 == 0) return 0;
            double alpha = s2 / (s1 + s2);
            double w = 0;
            for (int j = 0; j < c1.length; j++) {
                if (omega < w1[j]) w += alpha / (c1[j] * c1[j]);
            }
            return w;
        });
    }

    /** Closed-form low-T limit h/T³ = C0 S₁S₂/(S₁+S₂) (W m⁻² K⁻⁴), independent of the cutoff convention. */
    public static double lowTemperatureCoefficient(AcousticProperties side1, AcousticProperties side2) {
        double s1 = side1.inverseSquareSum();
        double s2 = side2.inverseSquareSum();
        return C0 * s1 * s2 / (s1 + s2);
    }

    static double[] concat(double[] a, double[] b) {
        double[] r = new double[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
