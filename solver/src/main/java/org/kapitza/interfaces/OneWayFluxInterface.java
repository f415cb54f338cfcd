package org.kapitza.interfaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.kapitza.io.casefile.SI;

/**
 * The one-way-flux (fluctuation–dissipation) law: each side emits σ T^m, so
 * {@code q = σ (T1^m − T2^m)}, exact for any jump (docs/PHYSICS.md §2). The linear-response resistance is
 * {@code 1/(σ m T^{m−1})}; phonons at T ≪ Θ_D have m = 4 and σ = 1/(4a) with a = R·T³.
 *
 * <p>Returns the secant resistance {@code (T1 − T2)/q}, computed without cancellation when the two
 * temperatures are close.
 */
public record OneWayFluxInterface(double sigma, double exponent) implements InterfaceModel {
    public OneWayFluxInterface {
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("one-way-flux interface: σ must be a positive number of W/(m²K^m), got " + sigma);
        }
        if (!(exponent > 1) || !Double.isFinite(exponent)) {
            throw new IllegalArgumentException("one-way-flux interface: exponent m must be above 1, got " + exponent);
        }
    }

    /** The phonon law at low temperature from a = R·T³ (K⁴m²/W): σ = 1/(4a), m = 4. */
    public static OneWayFluxInterface fromRT3(double a) {
        if (!(a > 0) || !Double.isFinite(a)) {
            throw new IllegalArgumentException("one-way-flux interface: R·T³ must be a positive number of K⁴m²/W, got " + a);
        }
        return new OneWayFluxInterface(1.0 / (4 * a), 4);
    }

    /** Heat flux (W/m²) from side 1 to side 2. */
    public double flux(double t1, double t2) {
        return sigma * (Math.pow(t1, exponent) - Math.pow(t2, exponent));
    }

    @Override
    public double resistance(double t1, double t2) {
        if (!(t1 > 0) || !(t2 > 0)) {
            throw new IllegalStateException("one-way-flux interface evaluated at T1 = " + t1 + " K, T2 = " + t2 + " K");
        }
        double m = exponent;
        double mean = 0.5 * (t1 + t2);
        double d = t1 - t2;
        double slope; // (T1^m − T2^m)/(T1 − T2)
        double x = d / mean;
        if (Math.abs(x) < 1e-4) {
            // (T̄ + d/2)^m − (T̄ − d/2)^m = m T̄^{m−1} d [1 + (m−1)(m−2) x²/24 + O(x⁴)]
            slope = m * Math.pow(mean, m - 1) * (1 + (m - 1) * (m - 2) * x * x / 24);
        } else {
            slope = (Math.pow(t1, m) - Math.pow(t2, m)) / d;
        }
        return 1.0 / (sigma * slope);
    }

    @Override
    public boolean temperatureDependent() {
        return true;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "one-way flux q = %g W/(m²K^%g) × (T1^%g − T2^%g)", sigma, exponent, exponent, exponent);
    }

    /**
     * Case-file entry {@code model: radiative}: R·T³ (m = 4), or σ and m.
     *
     * @param rt3      a = R·T³ (K⁴m²/W)
     * @param sigma    σ (W/(m²K^m))
     * @param exponent m (default 4)
     */
    public record Parameters(@JsonProperty("RT3") @SI("K4.m2/W") Double rt3,
                             @SI("1") Double sigma,
                             @SI("1") Double exponent) {
    }

    /** {@code model: radiative}: {@code RT3}, or {@code sigma} and {@code exponent}. */
    public static final ModelDeclaration<Parameters> DECLARATION = ModelDeclaration.of("radiative", Parameters.class, (p, in) -> {
        if ((p.rt3() == null) == (p.sigma() == null)) {
            throw in.error("", "give either 'RT3' (R·T³, for phonons at low T) or 'sigma' with 'exponent'");
        }
        return p.rt3() != null ? fromRT3(p.rt3()) : new OneWayFluxInterface(p.sigma(), p.exponent() == null ? 4 : p.exponent());
    });
}
