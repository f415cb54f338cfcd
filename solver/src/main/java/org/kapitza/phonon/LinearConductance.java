package org.kapitza.phonon;

import java.util.Locale;

/**
 * h(T) = b T, E(T) = b T²/2: electronic conductances (Wiedemann–Franz, electron DMM), whose carriers'
 * heat capacity is linear in T. The secant conductance b (t1 + t2)/2 is exact.
 */
public final class LinearConductance implements ConductanceLaw {
    private final double slope;
    private final String description;

    /**
     * @param slope       b = h/T (W m⁻² K⁻²)
     * @param description what it models
     */
    public LinearConductance(double slope, String description) {
        if (!(slope > 0) || !Double.isFinite(slope)) {
            throw new IllegalArgumentException(description + ": h/T must be a positive number of W m⁻² K⁻², got " + slope);
        }
        this.slope = slope;
        this.description = description;
    }

    /** b = h/T (W m⁻² K⁻²). */
    public double slope() {
        return slope;
    }

    @Override
    public double conductance(double t) {
        return slope * t;
    }

    @Override
    public double emittedFlux(double t) {
        return 0.5 * slope * t * t;
    }

    @Override
    public double secantConductance(double t1, double t2) {
        return 0.5 * slope * (t1 + t2);
    }

    @Override
    public String describe() {
        return description + String.format(Locale.ROOT, ", h = %.6g W m⁻²K⁻² × T", slope);
    }
}
