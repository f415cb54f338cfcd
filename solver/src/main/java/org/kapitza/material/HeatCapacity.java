package org.kapitza.material;

/**
 * Volumetric heat capacity C(T) = ρ c_p(T) in J/(m³·K), and the enthalpy per volume
 * H(T) = ∫_{T_0}^{T} C dT' in J/m³ relative to a fixed T_0.
 *
 * <p>Time stepping works with H, not with C ΔT: the stored-energy change of a step is then exactly
 * H(T_new) − H(T_old) however strongly C varies across it (copper's heat capacity changes by a factor of
 * a thousand between 4 K and 300 K), so the energy balance holds to round-off.
 */
public interface HeatCapacity {
    /** C(T), J/(m³·K). */
    double volumetric(double t);

    /** H(T) − H(T_0), J/m³, with H' = C. */
    double enthalpy(double t);

    /**
     * H(to) − H(from), J/m³, computed so that its rounding error is relative to the change, not to H: a
     * step of a millikelvin at 300 K must store its energy to round-off, which the difference of two
     * enthalpies of order ρ c T cannot.
     */
    default double enthalpyChange(double from, double to) {
        return enthalpy(to) - enthalpy(from);
    }

    /** Whether C depends on temperature. */
    default boolean temperatureDependent() {
        return true;
    }

    /** Lowest temperature (K) where the data are valid. */
    default double validFrom() {
        return 0;
    }

    /** Highest temperature (K) where the data are valid. */
    default double validTo() {
        return Double.POSITIVE_INFINITY;
    }

    /** One line for summaries. */
    String describe();

    /** Constant ρ c_p. */
    static HeatCapacity constant(double density, double specificHeat) {
        if (!(density > 0) || !Double.isFinite(density)) {
            throw new IllegalArgumentException("density must be a positive number of kg/m³, got " + density);
        }
        if (!(specificHeat > 0) || !Double.isFinite(specificHeat)) {
            throw new IllegalArgumentException("specific heat must be a positive number of J/(kg·K), got " + specificHeat);
        }
        double c = density * specificHeat;
        return new HeatCapacity() {
            @Override
            public double volumetric(double t) {
                return c;
            }

            @Override
            public double enthalpy(double t) {
                return c * t;
            }

            @Override
            public double enthalpyChange(double from, double to) {
                return c * (to - from);
            }

            @Override
            public boolean temperatureDependent() {
                return false;
            }

            @Override
            public String describe() {
                return org.kapitza.Numbers.format(density) + " kg/m³ × " + org.kapitza.Numbers.format(specificHeat)
                        + " J/(kg·K)";
            }
        };
    }
}
