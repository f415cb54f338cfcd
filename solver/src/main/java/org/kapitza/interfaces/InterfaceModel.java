package org.kapitza.interfaces;

/**
 * The thermal resistance of an interface per unit area, R in m²K/W, as a function of the temperatures
 * on its two sides: the temperature jumps by {@code T1 - T2 = R q} where q (W/m²) flows from side 1 to
 * side 2.
 *
 * <p>For a nonlinear law q(T1, T2), {@link #resistance} returns the secant resistance
 * {@code (T1 - T2) / q(T1, T2)} (and its limit when T1 = T2), so a converged Picard iteration satisfies
 * the nonlinear law exactly, whatever the size of the jump.
 *
 * <p>In the finite-volume assembly a face joining cells P and N then has the conductance
 * {@code A / (d_P/k_P + R + d_N/k_N)} (docs/PHYSICS.md §1): an interface changes one number per face.
 */
public interface InterfaceModel {
    /**
     * Secant resistance (m²K/W), non-negative.
     *
     * @param t1 temperature on side 1 (K)
     * @param t2 temperature on side 2 (K)
     */
    double resistance(double t1, double t2);

    /** Whether R depends on the temperatures (the problem is then nonlinear). */
    default boolean temperatureDependent() {
        return false;
    }

    /**
     * Whether the model is a linear-response resistance R(T), valid only for jumps small compared with
     * the temperature; the solver warns when a converged jump exceeds 10 % of T.
     */
    default boolean linearResponse() {
        return false;
    }

    /**
     * The model specialised for one interface: models that need the materials on either side (contact
     * conductance from their conductivities, phonon mismatch models) return a bound copy.
     */
    default InterfaceModel bind(InterfaceContext context) {
        return this;
    }

    /** One line for summaries, with units. */
    String describe();

    /**
     * The phonon cutoff convention a predicted model uses, as a case file names it ({@code debye} or
     * {@code per-branch}; several joined by "; " for a composite model), or "" where none applies.
     */
    default String cutoffConvention() {
        return "";
    }
}
