package org.kapitza.phonon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kapitza.numerics.GaussKronrod;

/** The frequency integral h(T) = Σ_j ∫ ħω³/(8π²c²) ᾱ ∂n/∂T dω, its quadrature and its factors of 2. */
class TransmissionSpectrumTest {

    @Test
    void kronrodIsExactForPolynomialsUpToDegree22() {
        for (int k = 0; k <= 11; k++) {
            final int p = 2 * k;
            double exact = 2.0 / (p + 1);
            double[] kg = new double[3];
            GaussKronrod.panel(x -> Math.pow(x, p), -1, 1, kg);
            assertEquals(exact, kg[0], 1e-15, "degree " + p);
            if (p <= 12) assertEquals(exact, kg[1], 1e-15, "Gauss 7 exact to degree 13, " + p);
        }
    }

    @Test
    void theBoseIntegralsHaveTheirClosedForms() {
        // ∫₀^∞ x⁴eˣ/(eˣ−1)² dx = 4!ζ(4) = 4π⁴/15 and ∫₀^∞ x³/(eˣ−1) dx = 3!ζ(4) = π⁴/15.
        double p4 = Math.pow(Math.PI, 4);
        assertEquals(4 * p4 / 15, GaussKronrod.integrate(TransmissionSpectrum::conductanceKernel, 0,
                TransmissionSpectrum.X_MAX, 1e-13, 0), 1e-12 * p4);
        assertEquals(p4 / 15, GaussKronrod.integrate(TransmissionSpectrum::fluxKernel, 0, TransmissionSpectrum.X_MAX,
                1e-13, 0), 1e-12 * p4);
        // e^{−x} form: no overflow far in the tail, and the small-x limits x² are finite.
        assertEquals(Math.pow(700, 4) * Math.exp(-700), TransmissionSpectrum.conductanceKernel(700), 1e-300);
        assertEquals(1e-10, TransmissionSpectrum.conductanceKernel(1e-5), 1e-15);
        assertEquals(1e-10, TransmissionSpectrum.fluxKernel(1e-5), 1e-15);
    }

    /**
     * docs/PHYSICS.md §3: with ᾱ = 1, two polarisations and c = 2.99792458e8 m/s the one-way flux coefficient
     * is the Stefan–Boltzmann constant 5.670374e-8 W m⁻²K⁻⁴ and h = 4σT³. This fixes every factor of 2.
     */
    @Test
    void photonsGiveTheStefanBoltzmannLaw() {
        double c = PhysicalConstants.SPEED_OF_LIGHT;
        TransmissionSpectrum photons = new TransmissionSpectrum(new double[] {0, Double.POSITIVE_INFINITY},
                new double[] {2 / (c * c)});
        double sigma = Math.PI * Math.PI * Math.pow(PhysicalConstants.BOLTZMANN, 4)
                / (60 * Math.pow(PhysicalConstants.HBAR, 3) * c * c);
        // CODATA 2018 prints σ = 5.670374419e-8: ten digits of an exact value, good to half a unit of the last.
        assertEquals(5.670374419e-8, sigma, 0.5e-17);
        for (double t : new double[] {1e-3, 1, 77, 300, 5772}) {
            assertEquals(sigma, photons.emittedFlux(t) / Math.pow(t, 4), 1e-12 * sigma, "E/T⁴ at " + t + " K");
            assertEquals(4 * sigma * t * t * t, photons.conductance(t), 1e-12 * 4 * sigma * t * t * t, "h at " + t + " K");
        }
        assertEquals(5.670374e-8, photons.emittedFlux(300) / Math.pow(300, 4), 5e-15);
        assertEquals(sigma, PhysicalConstants.STEFAN_BOLTZMANN, 1e-15 * sigma);
        assertEquals(4 * sigma, photons.lowTemperatureCoefficient(), 1e-12 * sigma);
    }

    @Test
    void theConstantC0IsThatOfPhysicsMd() {
        assertEquals(1.01926e10, PhysicalConstants.C0, 0.00001e10);
    }

    @Test
    void theConductanceIsTheTemperatureDerivativeOfTheEmittedFlux() {
        // A spectrum with a jump and a cutoff: h = dE/dT by a fourth-order central difference (truncation
        // ~(δ/T)⁴ = 1e-12, round-off ~1e-13/δ·T = 1e-10), in every regime.
        TransmissionSpectrum s = new TransmissionSpectrum(new double[] {0, 3e13, 6e13}, new double[] {3e-7, 1e-7});
        for (double t : new double[] {1, 30, 150, 400, 3000}) {
            double d = 1e-3 * t;
            double numeric = (8 * (s.emittedFlux(t + d) - s.emittedFlux(t - d))
                    - (s.emittedFlux(t + 2 * d) - s.emittedFlux(t - 2 * d))) / (12 * d);
            assertEquals(s.conductance(t), numeric, 1e-9 * s.conductance(t), "T = " + t);
        }
        // Classical limit T ≫ ħω_c/k_B: every mode carries k_B, h → k_B Σ W_k (ω_k³ − ω_{k−1}³)/(24π²).
        double classical = PhysicalConstants.BOLTZMANN / (24 * Math.PI * Math.PI)
                * (3e-7 * Math.pow(3e13, 3) + 1e-7 * (Math.pow(6e13, 3) - Math.pow(3e13, 3)));
        assertEquals(classical, s.conductance(1e6), 1e-6 * classical);
    }

    @Test
    void badSpectraAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TransmissionSpectrum(new double[] {0, 2, 1}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new TransmissionSpectrum(new double[] {0, 1}, new double[] {-1}));
        TransmissionSpectrum s = new TransmissionSpectrum(new double[] {0, 1e13}, new double[] {1e-7});
        assertThrows(IllegalArgumentException.class, () -> s.conductance(0));
    }
}
