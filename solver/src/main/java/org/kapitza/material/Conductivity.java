package org.kapitza.material;

/**
 * Thermal conductivity of a material, k in W/(m·K), possibly anisotropic and temperature dependent.
 *
 * <p>Every model has a range of temperatures in which it is valid. Outside it, {@link #k} holds the
 * value at the nearest end of the range (no silent extrapolation of a fit); the solver compares the
 * temperatures it finds with {@link #validFrom()} and {@link #validTo()} and warns, or refuses in strict
 * mode.
 */
public interface Conductivity {
    /**
     * Conductivity along an axis.
     *
     * @param axis 0, 1 or 2 (x, y, z)
     * @param t    temperature in K
     */
    double k(int axis, double t);

    /** Whether k is the same along every axis. */
    default boolean isotropic() {
        return true;
    }

    /** Whether k depends on temperature (the problem is then nonlinear). */
    default boolean temperatureDependent() {
        return false;
    }

    /** Lowest temperature (K) at which the model is valid. */
    default double validFrom() {
        return 0.0;
    }

    /** Highest temperature (K) at which the model is valid. */
    default double validTo() {
        return Double.POSITIVE_INFINITY;
    }

    /** One line for summaries, e.g. "NIST fit OFHC copper RRR 100, 4–300 K". */
    String describe();
}
