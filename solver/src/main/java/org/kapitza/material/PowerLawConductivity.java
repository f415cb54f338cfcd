package org.kapitza.material;

/**
 * k(T) = kRef (T / tRef)^n, valid in [validFrom, validTo]. Typical uses: k ∝ T for a pure metal at
 * low temperature (electrons, Wiedemann–Franz), k ∝ T³ for a dielectric crystal below its peak
 * (boundary-limited phonons), k ∝ T² for amorphous solids near 1 K.
 */
public record PowerLawConductivity(double kRef, double tRef, double exponent, double validFrom, double validTo)
        implements Conductivity {
    public PowerLawConductivity {
        if (!(kRef > 0) || !Double.isFinite(kRef)) {
            throw new IllegalArgumentException("power-law conductivity: k_ref must be a positive number of W/(m·K), got " + kRef);
        }
        if (!(tRef > 0) || !Double.isFinite(tRef)) {
            throw new IllegalArgumentException("power-law conductivity: T_ref must be a positive temperature in K, got " + tRef);
        }
        if (!Double.isFinite(exponent)) {
            throw new IllegalArgumentException("power-law conductivity: exponent must be a number, got " + exponent);
        }
        if (!(validFrom > 0) || !(validTo > validFrom)) {
            throw new IllegalArgumentException("power-law conductivity: valid range [" + validFrom + ", " + validTo
                    + "] K must have 0 < from < to");
        }
    }

    @Override
    public double k(int axis, double t) {
        double tc = Math.min(validTo, Math.max(validFrom, t));
        return kRef * Math.pow(tc / tRef, exponent);
    }

    @Override
    public boolean temperatureDependent() {
        return exponent != 0;
    }

    @Override
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%g W/(m·K) × (T/%g K)^%g, %g–%g K", kRef, tRef, exponent, validFrom, validTo);
    }
}
