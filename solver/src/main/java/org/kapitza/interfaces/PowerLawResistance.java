package org.kapitza.interfaces;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.kapitza.io.casefile.SI;

/**
 * R(T) = rRef (tRef / T)^n at the mean temperature of the two sides. Phonon-dominated Kapitza
 * resistance at T ≪ Θ_D has n = 3 (R·T³ = const, docs/PHYSICS.md §2).
 *
 * <p>This is the linear-response resistance: right when the jump is small compared with T. For large
 * jumps at low temperature use {@link OneWayFluxInterface}, which applies the exact law.
 */
public record PowerLawResistance(double rRef, double tRef, double exponent) implements InterfaceModel {
    public PowerLawResistance {
        if (!(rRef >= 0) || !Double.isFinite(rRef)) {
            throw new IllegalArgumentException("power-law interface: R_ref must be a non-negative number of m²K/W, got " + rRef);
        }
        if (!(tRef > 0) || !Double.isFinite(tRef)) {
            throw new IllegalArgumentException("power-law interface: T_ref must be a positive temperature in K, got " + tRef);
        }
        if (!Double.isFinite(exponent)) {
            throw new IllegalArgumentException("power-law interface: exponent must be a number, got " + exponent);
        }
    }

    @Override
    public double resistance(double t1, double t2) {
        double t = 0.5 * (t1 + t2);
        if (!(t > 0)) {
            throw new IllegalStateException("power-law interface evaluated at T = " + t + " K");
        }
        return rRef * Math.pow(tRef / t, exponent);
    }

    @Override
    public boolean temperatureDependent() {
        return exponent != 0 && rRef != 0;
    }

    @Override
    public boolean linearResponse() {
        return true;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "power law R = %g m²K/W × (%g K / T)^%g", rRef, tRef, exponent);
    }

    /**
     * Case-file entry {@code model: power-law}.
     *
     * @param rRef     R at T_ref (m²K/W)
     * @param tRef     reference temperature (K)
     * @param exponent n (default 3)
     */
    public record Parameters(@JsonProperty(value = "R_ref", required = true) @SI("m2.K/W") Double rRef,
                             @JsonProperty(value = "T_ref", required = true) @SI(value = "K", absolute = true) Double tRef,
                             @SI("1") Double exponent) {
    }

    /** {@code model: power-law}: {@code R_ref}, {@code T_ref}, {@code exponent}. */
    public static final ModelDeclaration<Parameters> DECLARATION = ModelDeclaration.of("power-law", Parameters.class,
            (p, in) -> new PowerLawResistance(p.rRef(), p.tRef(), p.exponent() == null ? 3 : p.exponent()));
}
