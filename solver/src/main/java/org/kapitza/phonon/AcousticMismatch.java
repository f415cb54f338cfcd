package org.kapitza.phonon;

import static org.kapitza.phonon.PhysicalConstants.C0;

import org.kapitza.numerics.GaussKronrod;

/**
 * Acoustic mismatch model (AMM; Little, Can. J. Phys. 37 (1959) 334; Swartz and Pohl, Rev. Mod. Phys.
 * 61 (1989) 605, §III.A): a flat, perfect interface between two elastic continua, specular
 * transmission with Snell's law {@code sinθ₁/c₁ = sinθ₂/c₂}, each polarisation on its own (no mode
 * conversion), docs/PHYSICS.md §3:
 *
 * <pre>  α(θ₁) = 4 Z₁Z₂ cosθ₁ cosθ₂ / (Z₁cosθ₁ + Z₂cosθ₂)²,   Z = ρc,
 *   ᾱ = 2 ∫₀^{π/2} α cosθ₁ sinθ₁ dθ₁</pre>
 *
 * with total reflection beyond the critical angle {@code θ_c = asin(c₁/c₂)} when c₂ &gt; c₁. ᾱ does not
 * depend on frequency; a branch transmits only below both sides' cutoffs of that branch. The longitudinal
 * branch couples to the longitudinal branch, each transverse to a transverse one; a liquid has no
 * transverse partner (for liquid helium use {@link Khalatnikov}, which includes mode conversion).
 * Low T: {@code h/T³ = C0 Σ_j ᾱ_j / c_{1,j}²}.
 *
 * <p>Reciprocity: with {@code sin²θ₂ = sin²θ₁ c₂²/c₁²}, {@code sinθ₁cosθ₁dθ₁/c₁² = sinθ₂cosθ₂dθ₂/c₂²}
 * and α is symmetric, so {@code ᾱ_{1→2}/c₁² = ᾱ_{2→1}/c₂²}: the model obeys detailed balance.
 */
public final class AcousticMismatch {
    private static final double REL_TOL = 1e-13;

    private AcousticMismatch() {
    }

    /**
     * Energy transmissivity α(θ₁) of a plane wave of one polarisation from side 1 at incidence θ₁ (rad);
     * 0 beyond the critical angle.
     *
     * @param z1 impedance ρ₁c₁ (kg m⁻² s⁻¹)
     * @param c1 speed on side 1 (m/s)
     * @param z2 impedance ρ₂c₂
     * @param c2 speed on side 2 (m/s)
     */
    public static double transmissivity(double theta1, double z1, double c1, double z2, double c2) {
        double sin2 = Math.sin(theta1) * c2 / c1;
        if (sin2 >= 1) return 0;
        double cos1 = Math.cos(theta1);
        double cos2 = Math.sqrt(1 - sin2 * sin2);
        double d = z1 * cos1 + z2 * cos2;
        return 4 * z1 * z2 * cos1 * cos2 / (d * d);
    }

    /** Critical angle asin(c₁/c₂) (rad), or π/2 when c₂ ≤ c₁ (no total reflection). */
    public static double criticalAngle(double c1, double c2) {
        return c2 > c1 ? Math.asin(c1 / c2) : 0.5 * Math.PI;
    }

    /**
     * Hemispherical mean ᾱ = ∫₀^{u_max} α du with u = sin²θ₁ (= 2∫α cosθ sinθ dθ), u_max = min(1, c₁²/c₂²).
     * cosθ₁ = √(1−u) and cosθ₂ = √(1 − u c₂²/c₁²) vanish like square roots at the ends; the substitution
     * u = u_max (1 − cos φ)/2 turns both into analytic functions of φ, so Gauss–Kronrod converges fast.
     */
    public static double hemisphericalTransmissivity(double z1, double c1, double z2, double c2) {
        double r2 = (c2 / c1) * (c2 / c1);
        double uMax = Math.min(1, 1 / r2);
        return GaussKronrod.integrate(phi -> {
            double half = 0.5 * uMax;
            double du = half * Math.sin(phi); // u = half (1 − cos φ)
            // 1 − u and 1 − u r² written as differences from the far end to keep their digits near u_max.
            double cos1 = Math.sqrt(Math.max(0, (1 - uMax) + half * (1 + Math.cos(phi))));
            double cos2 = Math.sqrt(Math.max(0, (1 - uMax * r2) + half * r2 * (1 + Math.cos(phi))));
            double d = z1 * cos1 + z2 * cos2;
            return d == 0 ? 0 : 4 * z1 * z2 * cos1 * cos2 / (d * d) * du;
        }, 0, Math.PI, REL_TOL, 0);
    }

    /** ᾱ_{1→2,j} for every branch of side 1 (0 where side 2 has no such branch). */
    public static double[] branchTransmissivities(AcousticProperties side1, AcousticProperties side2) {
        double[] c1 = side1.branchSpeeds();
        double[] c2 = side2.branchSpeeds();
        double[] a = new double[c1.length];
        for (int j = 0; j < c1.length; j++) {
            if (j < c2.length) {
                a[j] = hemisphericalTransmissivity(side1.density() * c1[j], c1[j], side2.density() * c2[j], c2[j]);
            }
        }
        return a;
    }

    /** W(ω) = Σ_j ᾱ_j/c_{1,j}² H(min(ω_{c,1j}, ω_{c,2j}) − ω). */
    public static TransmissionSpectrum spectrum(AcousticProperties side1, AcousticProperties side2, Cutoff cutoff) {
        double[] c1 = side1.branchSpeeds();
        double[] w1 = cutoff.frequencies(side1);
        double[] w2 = cutoff.frequencies(side2);
        double[] a = branchTransmissivities(side1, side2);
        double[] top = new double[c1.length];
        for (int j = 0; j < c1.length; j++) top[j] = j < w2.length ? Math.min(w1[j], w2[j]) : w1[j];
        return TransmissionSpectrum.sampled(DiffuseMismatch.concat(w1, w2), omega -> {
            double w = 0;
            for (int j = 0; j < c1.length; j++) {
                if (omega < top[j]) w += a[j] / (c1[j] * c1[j]);
            }
            return w;
        });
    }

    /** Low-T limit h/T³ = C0 Σ_j ᾱ_j / c_{1,j}² (W m⁻² K⁻⁴). */
    public static double lowTemperatureCoefficient(AcousticProperties side1, AcousticProperties side2) {
        double[] c1 = side1.branchSpeeds();
        double[] a = branchTransmissivities(side1, side2);
        double w = 0;
        for (int j = 0; j < c1.length; j++) w += a[j] / (c1[j] * c1[j]);
        return C0 * w;
    }
}
