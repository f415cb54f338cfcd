package org.kapitza.phonon;

import static org.kapitza.phonon.PhysicalConstants.BOLTZMANN;
import static org.kapitza.phonon.PhysicalConstants.C0;
import static org.kapitza.phonon.PhysicalConstants.HBAR;

import org.kapitza.numerics.GaussKronrod;

/**
 * Acoustic mismatch between a liquid (liquid ⁴He) and an isotropic solid with mode conversion: the
 * theory of Khalatnikov (Zh. Eksp. Teor. Fiz. 22 (1952) 687), reviewed by Pollack (Rev. Mod. Phys. 41
 * (1969) 48) and Swartz and Pohl (Rev. Mod. Phys. 61 (1989) 605, §II).
 *
 * <p>A longitudinal wave in the liquid at incidence θ₁ excites a longitudinal and a shear (SV) wave in
 * the solid. With {@code s = sinθ₁/c₁} (Snell), {@code cosθ_L = √(1 − c_L²s²)},
 * {@code cosθ_T = √(1 − c_T²s²)} (imaginary once the wave is evanescent), the solid presents the
 * impedance (Brekhovskikh, Waves in Layered Media, 2nd ed. 1980, liquid–solid boundary)
 *
 * <pre>  Z_s = ρ_s c_L cos²2θ_T / cosθ_L + ρ_s c_T sin²2θ_T / cosθ_T = Z_L' + Z_T',   Z₁ = ρ₁c₁/cosθ₁,</pre>
 *
 * and energy conservation gives the transmitted fractions {@code τ_L = 4Z₁ Re Z_L'/|Z_s + Z₁|²},
 * {@code τ_T = 4Z₁ Re Z_T'/|Z_s + Z₁|²}. Beyond the shear critical angle both are evanescent and the
 * wave is totally reflected. The hemispherical mean from the liquid side is
 * {@code ᾱ = ∫ (τ_L + τ_T) d(sin²θ₁)}, and {@code h/T³ = C0 ᾱ / c₁²} at low T (one branch in the
 * liquid). Reciprocity of elastic scattering makes h the same from either side.
 *
 * <p>In the limit c₁ ≪ c_T and Z₁ ≪ ρ_s c_T (true for helium on any solid) this reduces to
 * Khalatnikov's closed form
 *
 * <pre>  R T³ = 15 ħ³ ρ_s c_T³ / (2π² k_B⁴ ρ₁ c₁ F),   F = ∫₀¹ 2x Re D / |D|² dx,
 *   D(x) = (1 − 2x²)² / √(r² − x²) + 4x² √(1 − x²),   r = c_T / c_L,   x = sinθ_T,</pre>
 *
 * where √(r² − x²) is imaginary for x &gt; r. F depends on c_T/c_L only: 0.589 for copper, 0.58–0.65
 * for the library's solids. The textbook shortcut
 * {@code R T³ = 15ħ³ρ_s c_s³/(2π²k_B⁴ρ₁c₁)} (docs/PHYSICS.md §3) is this with F = 1 and c_s = c_T, and so
 * overstates the conductance by 1/F ≈ 1.7.
 *
 * <p>Measured helium Kapitza resistances above ~0.1 K are one to two orders of magnitude below this
 * prediction (the "Kapitza anomaly": surface defects, adsorbed layers, roughness; Swartz and Pohl
 * 1989; Mezhov-Deglin 1977), so this is an upper bound for real surfaces, not an estimate.
 */
public final class Khalatnikov {
    private static final double REL_TOL = 1e-13;

    private Khalatnikov() {
    }

    /**
     * Energy fractions of a liquid-side wave at incidence θ₁ (rad) transmitted into the solid's
     * longitudinal [0] and shear [1] waves.
     */
    public static double[] transmissivities(double theta1, AcousticProperties liquid, AcousticProperties solid) {
        double s = Math.sin(theta1) / liquid.longitudinalSpeed();
        double[] t = new double[2];
        fractions(s * s, Math.cos(theta1), liquid, solid, t);
        return t;
    }

    /**
     * @param s2   squared slowness along the interface, (sinθ₁/c₁)² (s²/m²)
     * @param cos1 cosθ₁ in the liquid
     */
    private static void fractions(double s2, double cos1, AcousticProperties liquid, AcousticProperties solid,
                                  double[] out) {
        double rho = solid.density();
        double cl = solid.longitudinalSpeed();
        double ct = solid.transverseSpeed();
        double z1 = liquid.density() * liquid.longitudinalSpeed() / cos1;
        double sinT2 = ct * ct * s2;                // sin²θ_T, may exceed 1
        double cos2T = 1 - 2 * sinT2;                // cos 2θ_T, real in every case
        double qL = 1 - cl * cl * s2;                // cos²θ_L
        double qT = 1 - sinT2;                       // cos²θ_T
        // Z_L' = ρc_L cos²2θ_T / cosθ_L : real while the longitudinal wave propagates, imaginary after.
        double zl = rho * cl * cos2T * cos2T / Math.sqrt(Math.abs(qL));
        // Z_T' = ρc_T sin²2θ_T / cosθ_T = 4ρc_T sin²θ_T cosθ_T : real or imaginary likewise.
        double zt = 4 * rho * ct * sinT2 * Math.sqrt(Math.abs(qT));
        double reL = qL > 0 ? zl : 0;
        double reT = qT > 0 ? zt : 0;
        // Evanescent parts: cosθ = +i√(sin²θ − 1) (decaying into the solid), so 1/cosθ_L = −i/√(..) and
        // cosθ_T = +i√(..). Only Y² enters the transmitted fraction.
        double im = (qL > 0 ? 0 : -zl) + (qT > 0 ? 0 : zt);
        double re = reL + reT;
        double den = (re + z1) * (re + z1) + im * im;
        out[0] = 4 * z1 * reL / den;
        out[1] = 4 * z1 * reT / den;
    }

    /**
     * Hemispherical mean transmissivities from the liquid into the solid's longitudinal [0] and shear [1]
     * waves, ∫ τ d(sin²θ₁), split at the two critical angles where τ has square-root ends.
     */
    public static double[] hemisphericalTransmissivities(AcousticProperties liquid, AcousticProperties solid) {
        checkPair(liquid, solid);
        double c1 = liquid.longitudinalSpeed();
        double uL = Math.min(1, sq(c1 / solid.longitudinalSpeed()));
        double uT = Math.min(1, sq(c1 / solid.transverseSpeed()));
        double[] a = new double[2];
        double[] buf = new double[2];
        for (int part = 0; part < 2; part++) {
            double lo = part == 0 ? 0 : uL;
            double hi = part == 0 ? uL : uT;
            if (hi <= lo) continue;
            for (int mode = 0; mode < 2; mode++) {
                final int m = mode;
                a[mode] += cosineSubstituted(u -> {
                    fractions(u / (c1 * c1), Math.sqrt(1 - u), liquid, solid, buf);
                    return buf[m];
                }, lo, hi);
            }
        }
        return a;
    }

    /** ∫_lo^hi f(u) du with u = lo + (hi − lo)(1 − cos φ)/2, which smooths square-root ends at both limits. */
    private static double cosineSubstituted(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
        double half = 0.5 * (hi - lo);
        return GaussKronrod.integrate(phi -> f.applyAsDouble(lo + half * (1 - Math.cos(phi))) * half * Math.sin(phi),
                0, Math.PI, REL_TOL, 0);
    }

    /**
     * W(ω) from the liquid side: (τ̄_L H(ω_{c,L}^{solid} − ω) + τ̄_T H(ω_{c,T}^{solid} − ω)) / c₁², below
     * the liquid's cutoff. The cutoffs only matter well above the ~2 K where the Debye picture of
     * liquid ⁴He holds (its dispersion bends over towards the roton minimum, Δ/k_B ≈ 8.6 K).
     * Either side may be the liquid: h is symmetric.
     */
    public static TransmissionSpectrum spectrum(AcousticProperties side1, AcousticProperties side2, Cutoff cutoff) {
        AcousticProperties liquid = side1.isLiquid() ? side1 : side2;
        AcousticProperties solid = side1.isLiquid() ? side2 : side1;
        checkPair(liquid, solid);
        double[] a = hemisphericalTransmissivities(liquid, solid);
        double c1 = liquid.longitudinalSpeed();
        double wl = cutoff.frequencies(liquid)[0];
        double[] ws = cutoff.frequencies(solid);
        return TransmissionSpectrum.sampled(new double[] {wl, ws[0], ws[1]}, omega -> {
            if (omega >= wl) return 0;
            double w = 0;
            if (omega < ws[0]) w += a[0];
            if (omega < ws[1]) w += a[1];
            return w / (c1 * c1);
        });
    }

    /** Low-T limit h/T³ = C0 (τ̄_L + τ̄_T)/c₁² (W m⁻² K⁻⁴) of the full (numerical) transmissivity. */
    public static double lowTemperatureCoefficient(AcousticProperties side1, AcousticProperties side2) {
        AcousticProperties liquid = side1.isLiquid() ? side1 : side2;
        AcousticProperties solid = side1.isLiquid() ? side2 : side1;
        double[] a = hemisphericalTransmissivities(liquid, solid);
        return C0 * (a[0] + a[1]) / sq(liquid.longitudinalSpeed());
    }

    /** Khalatnikov's F(c_T/c_L) = ∫₀¹ 2x Re D/|D|² dx (dimensionless). */
    public static double functionF(double transverseOverLongitudinal) {
        double r = transverseOverLongitudinal;
        if (!(r > 0 && r < 1)) {
            throw new IllegalArgumentException("Khalatnikov F: c_T/c_L must lie in (0, 1), got " + r);
        }
        // x < r: both solid waves propagate, D real. x > r: the longitudinal one is evanescent,
        // D = 4x²√(1−x²) + i (1−2x²)²/√(x²−r²).
        double inner = cosineSubstituted(x -> {
            double d = sq(1 - 2 * x * x) / Math.sqrt(Math.max(0, r * r - x * x)) + 4 * x * x * Math.sqrt(1 - x * x);
            return Double.isInfinite(d) ? 0 : 2 * x / d;
        }, 0, r);
        double outer = cosineSubstituted(x -> {
            double re = 4 * x * x * Math.sqrt(Math.max(0, 1 - x * x));
            double im = sq(1 - 2 * x * x) / Math.sqrt(Math.max(0, x * x - r * r));
            if (Double.isInfinite(im)) return 0;
            return 2 * x * re / (re * re + im * im);
        }, r, 1);
        return inner + outer;
    }

    /** Khalatnikov's closed form R·T³ = 15ħ³ρ_s c_T³/(2π² k_B⁴ ρ₁c₁ F) (K⁴ m²/W). */
    public static double closedFormRT3(AcousticProperties liquid, AcousticProperties solid) {
        checkPair(liquid, solid);
        double f = functionF(solid.transverseSpeed() / solid.longitudinalSpeed());
        return textbookRT3(liquid, solid) / f;
    }

    /**
     * The textbook shortcut R·T³ = 15ħ³ρ_s c_T³/(2π² k_B⁴ ρ₁c₁) (K⁴ m²/W), docs/PHYSICS.md §3: Khalatnikov with
     * F = 1, which overstates the conductance. For comparison only.
     */
    public static double textbookRT3(AcousticProperties liquid, AcousticProperties solid) {
        checkPair(liquid, solid);
        double ct = solid.transverseSpeed();
        return 15 * Math.pow(HBAR, 3) * solid.density() * ct * ct * ct
                / (2 * Math.PI * Math.PI * Math.pow(BOLTZMANN, 4) * liquid.density() * liquid.longitudinalSpeed());
    }

    private static void checkPair(AcousticProperties liquid, AcousticProperties solid) {
        if (!liquid.isLiquid() || solid.isLiquid()) {
            throw new IllegalArgumentException("khalatnikov model: needs one liquid and one solid, got '" + liquid.name()
                    + "' (" + (liquid.isLiquid() ? "liquid" : "solid") + ") and '" + solid.name() + "' ("
                    + (solid.isLiquid() ? "liquid" : "solid") + "); for two solids use amm or dmm");
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
