package org.kapitza.phonon;

import java.util.Locale;

/**
 * A phonon conductance law evaluated directly from its {@link TransmissionSpectrum} by quadrature at
 * every call: exact to ~1e-13, and some 10–50 µs a call. Use it for tables and checks; the solver
 * uses {@link TabulatedConductance}.
 */
public final class SpectrumConductance implements ConductanceLaw {
    /** Below this |t1 − t2|/T the secant conductance is taken at the mean temperature (error ~ (ΔT/T)² ≤ 1e-10). */
    private static final double CLOSE = 1e-5;
    private final TransmissionSpectrum spectrum;
    private final String description;

    public SpectrumConductance(TransmissionSpectrum spectrum, String description) {
        this.spectrum = spectrum;
        this.description = description;
    }

    public TransmissionSpectrum spectrum() {
        return spectrum;
    }

    /** h/T³ for T → 0 (W m⁻² K⁻⁴). */
    public double lowTemperatureCoefficient() {
        return spectrum.lowTemperatureCoefficient();
    }

    @Override
    public double conductance(double t) {
        return spectrum.conductance(t);
    }

    @Override
    public double emittedFlux(double t) {
        return spectrum.emittedFlux(t);
    }

    @Override
    public double secantConductance(double t1, double t2) {
        double mean = 0.5 * (t1 + t2);
        if (Math.abs(t1 - t2) <= CLOSE * mean) return conductance(mean);
        return (emittedFlux(t1) - emittedFlux(t2)) / (t1 - t2);
    }

    @Override
    public String describe() {
        return description + String.format(Locale.ROOT, ", h/T³ → %.6g W m⁻²K⁻⁴ at low T", lowTemperatureCoefficient());
    }
}
