package org.kapitza.phonon;

/**
 * A boundary conductance law in one-way-flux form: each side emits a flux E(T) towards the other, so
 * the net flux from side 1 to side 2 is {@code q = E(T₁) − E(T₂)}, exact for any jump, with
 * {@code E(T) = ∫₀^T h dT'} (detailed balance makes E the same function seen from either side).
 */
public interface ConductanceLaw {
    /** Linear-response conductance h(T) = dE/dT (W m⁻² K⁻¹). */
    double conductance(double t);

    /** One-way emitted flux E(T) (W/m²), E(0) = 0. */
    double emittedFlux(double t);

    /**
     * Secant conductance {@code (E(t1) − E(t2)) / (t1 − t2)} (W m⁻² K⁻¹), and its limit h(t) when
     * t1 = t2, computed without cancellation when the two are close. Symmetric in its arguments.
     */
    double secantConductance(double t1, double t2);

    /** One line, with units. */
    String describe();
}
