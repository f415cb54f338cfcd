package org.kapitza.thermoreflectance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layered thermoreflectance model against closed forms and limits: the semi-infinite solid (DC and
 * at every frequency through erfc of a complex argument), the quadrature's convergence, perfect contact
 * merging two layers, a thick film equal to the semi-infinite substrate, and the TDTR pulse sum against
 * the same signal summed in time.
 */
class LayeredModelTest {
    static final double INF = Double.POSITIVE_INFINITY;
    /** Sapphire at 300 K (CRC): k 35 W/m/K, ρc_p = 3980 × 761 J/m³/K. */
    static final Layer SAPPHIRE = Layer.isotropic("sapphire", 35, 3980 * 761.0, INF);
    /** Aluminium film: k 180 W/m/K (thin-film value), ρc_p = 2700 × 897 J/m³/K, 80 nm. */
    static final Layer ALUMINIUM = Layer.isotropic("al", 180, 2700 * 897.0, 80e-9);

    static double[] response(SurfaceResponse r, double f) {
        double[] h = new double[2];
        r.response(2 * Math.PI * f, h);
        return h;
    }

    /**
     * Semi-infinite solid, anisotropic: H(ω) = (1/(2πΛ)) (1/2)√(π/b) e^{bβ²} erfc(β√b), Λ = √(k_z k_r),
     * β² = iωC/k_r, b = (w₀² + w₁²)/8, from ∫ k e^{−bk²}/√(k² + β²) dk; at ω = 0, 1/(√(2π) Λ w).
     */
    static double[] semiInfinite(double kz, double kr, double c, double w0, double w1, double f) {
        double lambda = Math.sqrt(kz * kr);
        double b = (w0 * w0 + w1 * w1) / 8;
        double omega = 2 * Math.PI * f;
        // β = √(iωC/k_r) = √(ωC/k_r) e^{iπ/4}
        double mag = Math.sqrt(omega * c / kr * b);
        double zr = mag * Math.cos(Math.PI / 4);
        double zi = mag * Math.sin(Math.PI / 4);
        double[] e = ComplexErfc.erfc(zr, zi);
        // e^{z²}, z² = i mag²
        double er = Math.cos(mag * mag);
        double ei = Math.sin(mag * mag);
        double pre = 0.5 * Math.sqrt(Math.PI / b) / (2 * Math.PI * lambda);
        return new double[] {pre * (er * e[0] - ei * e[1]), pre * (er * e[1] + ei * e[0])};
    }

    @Test
    void erfcSeriesAndContinuedFractionAgreeWhereTheyMeet() {
        // Not on the real axis, where erfc is small and 1 − erf loses its digits; the closed forms use arg z = π/4.
        for (double angle : new double[] {Math.PI / 8, Math.PI / 4, 0.4 * Math.PI}) {
            double zr = 3 * Math.cos(angle);
            double zi = 3 * Math.sin(angle);
            double[] a = ComplexErfc.series(zr, zi);
            double[] b = ComplexErfc.continuedFraction(zr, zi);
            assertEquals(0, Math.hypot(a[0] - b[0], a[1] - b[1]) / Math.hypot(b[0], b[1]), 1e-10, "angle " + angle);
        }
        // erfc(1) = 0.157299207050285 (A&S Table 7.1)
        assertEquals(0.157299207050285, ComplexErfc.erfc(1, 0)[0], 1e-14);
    }

    @Test
    void semiInfiniteSolidAtDcIsOneOverRootTwoPiLambdaW() {
        Layer aniso = new Layer("graphite-like", 6, 400, 1.6e6, INF);
        LayeredStack s = new LayeredStack(List.of(aniso), new double[0], LayeredStack.Bottom.ADIABATIC);
        double w0 = 10e-6;
        double w1 = 5e-6;
        double[] h = response(new SurfaceResponse(s, w0, w1), 0);
        double exact = 1 / (Math.sqrt(2 * Math.PI) * Math.sqrt(6 * 400.0) * Math.hypot(w0, w1));
        assertEquals(1, h[0] / exact, 1e-10);
        assertEquals(0, h[1], 1e-14 * exact);
    }

    @Test
    void semiInfiniteSolidMatchesItsClosedFormFromTenKilohertzToFiftyMegahertz() {
        double[][] cases = {{35, 35, 3980 * 761.0}, {1.4, 1.4, 1.65e6}, {6, 400, 1.6e6}};
        for (double[] p : cases) {
            LayeredStack s = new LayeredStack(List.of(new Layer("s", p[0], p[1], p[2], INF)), new double[0],
                    LayeredStack.Bottom.ADIABATIC);
            SurfaceResponse r = new SurfaceResponse(s, 8e-6, 4e-6);
            for (double f = 1e4; f <= 5e7; f *= 1.7) {
                double[] h = response(r, f);
                double[] e = semiInfinite(p[0], p[1], p[2], 8e-6, 4e-6, f);
                double rel = Math.hypot(h[0] - e[0], h[1] - e[1]) / Math.hypot(e[0], e[1]);
                assertEquals(0, rel, 1e-9, "k " + p[0] + "/" + p[1] + " at " + f + " Hz");
            }
        }
    }

    @Test
    void quadratureHasConverged() {
        LayeredStack s = new LayeredStack(List.of(ALUMINIUM, Layer.isotropic("sio2", 1.4, 1.65e6, 300e-9), SAPPHIRE),
                new double[] {1e8, 3e8}, LayeredStack.Bottom.ADIABATIC);
        for (double f : new double[] {1e3, 1e4, 1e5, 1e6, 1e7, 1e8}) {
            double[] a = response(new SurfaceResponse(s, 10e-6, 10e-6), f);
            double[] b = response(new SurfaceResponse(s, 10e-6, 10e-6, 32, 1e-5), f);
            double rel = Math.hypot(a[0] - b[0], a[1] - b[1]) / Math.hypot(b[0], b[1]);
            assertEquals(0, rel, 1e-9, "at " + f + " Hz");
        }
    }

    @Test
    void perfectContactMergesTwoLayersOfOneMaterial() {
        Layer a = Layer.isotropic("a", 1.4, 1.65e6, 200e-9);
        Layer b = Layer.isotropic("b", 1.4, 1.65e6, 300e-9);
        Layer ab = Layer.isotropic("ab", 1.4, 1.65e6, 500e-9);
        LayeredStack split = new LayeredStack(List.of(ALUMINIUM, a, b, SAPPHIRE), new double[] {1e8, INF, 2e8},
                LayeredStack.Bottom.ADIABATIC);
        LayeredStack nearly = split.withConductance(1, 1e16);
        LayeredStack merged = new LayeredStack(List.of(ALUMINIUM, ab, SAPPHIRE), new double[] {1e8, 2e8},
                LayeredStack.Bottom.ADIABATIC);
        for (double f : new double[] {1e4, 1e6, 2e7}) {
            double[] x = response(new SurfaceResponse(split, 5e-6, 5e-6), f);
            double[] y = response(new SurfaceResponse(merged, 5e-6, 5e-6), f);
            double[] z = response(new SurfaceResponse(nearly, 5e-6, 5e-6), f);
            double norm = Math.hypot(y[0], y[1]);
            assertEquals(0, Math.hypot(x[0] - y[0], x[1] - y[1]) / norm, 1e-12, "G = ∞ at " + f);
            // 1/G = 1e-16 m²K/W against the film's 500 nm / 1.4 W/m/K = 3.6e-7: a relative effect below 1e-9
            assertEquals(0, Math.hypot(z[0] - y[0], z[1] - y[1]) / norm, 1e-9, "G = 1e16 at " + f);
        }
    }

    @Test
    void thickFilmEqualsSemiInfiniteSubstrate() {
        Layer thick = SAPPHIRE.with("thickness", 1e-3);
        for (LayeredStack.Bottom bottom : LayeredStack.Bottom.values()) {
            LayeredStack film = new LayeredStack(List.of(ALUMINIUM, thick), new double[] {1e8}, bottom);
            LayeredStack half = new LayeredStack(List.of(ALUMINIUM, SAPPHIRE), new double[] {1e8}, bottom);
            // The diffusion length √(D/ω) in sapphire at 10 kHz is 18 um: 1 mm is 55 of them.
            for (double f : new double[] {1e4, 1e6, 2e7}) {
                double[] x = response(new SurfaceResponse(film, 10e-6, 10e-6), f);
                double[] y = response(new SurfaceResponse(half, 10e-6, 10e-6), f);
                assertEquals(0, Math.hypot(x[0] - y[0], x[1] - y[1]) / Math.hypot(y[0], y[1]), 1e-12, bottom + " at " + f);
            }
        }
    }

    @Test
    void thinFilmAdiabaticAndIsothermalBottomsBracketTheSubstrateAtLowFrequency() {
        // A 10 um sapphire plate: at 100 Hz the heat reaches the bottom, so an adiabatic bottom runs hotter
        // and an isothermal one cooler than the semi-infinite substrate.
        Layer plate = SAPPHIRE.with("thickness", 10e-6);
        double hot = new SurfaceResponse(new LayeredStack(List.of(ALUMINIUM, plate), new double[] {1e8},
                LayeredStack.Bottom.ADIABATIC), 10e-6, 10e-6).amplitude(100);
        double cold = new SurfaceResponse(new LayeredStack(List.of(ALUMINIUM, plate), new double[] {1e8},
                LayeredStack.Bottom.ISOTHERMAL), 10e-6, 10e-6).amplitude(100);
        double half = new SurfaceResponse(new LayeredStack(List.of(ALUMINIUM, SAPPHIRE), new double[] {1e8},
                LayeredStack.Bottom.ADIABATIC), 10e-6, 10e-6).amplitude(100);
        assertTrue(hot > half && half > cold, hot + " > " + half + " > " + cold);
    }

    /**
     * The pulse sum in frequency equals T Σ_n h(τ + nT) e^{−iω₀(τ+nT)} in time, with the impulse response
     * of the semi-infinite solid under Gaussian beams, h(t) = 1/(4π(w²/8 + D t) √(π k C t)) per joule
     * (the 1D surface response 1/(e√(πt)) times the decay e^{−Dk²t} of each Hankel mode).
     */
    @Test
    void tdtrPulseSumEqualsTheSignalAccumulatedInTime() {
        double k = 35;
        double c = 3980 * 761.0;
        double w = 10e-6;
        LayeredStack s = new LayeredStack(List.of(SAPPHIRE), new double[0], LayeredStack.Bottom.ADIABATIC);
        double f0 = 9.8e6;
        double frep = 80e6;
        Tdtr tdtr = new Tdtr(new SurfaceResponse(s, w, w), f0, frep);
        double[] delays = {100e-12, 300e-12, 1e-9, 3e-9, 6e-9};
        double[][] sig = tdtr.signals(delays);
        double period = 1 / frep;
        double d = k / c;
        double b = 2 * w * w / 8;
        for (int i = 0; i < delays.length; i++) {
            double sr = 0;
            double si = 0;
            for (int n = 400_000; n >= 0; n--) {
                double t = delays[i] + n * period;
                double h = 1 / (4 * Math.PI * (b + d * t) * Math.sqrt(Math.PI * k * c * t));
                double ph = -2 * Math.PI * f0 * t;
                sr += h * Math.cos(ph);
                si += h * Math.sin(ph);
            }
            sr *= period;
            si *= period;
            assertEquals(sr, sig[0][i], 1e-3 * Math.abs(sr), "in-phase at " + delays[i]);
            assertEquals(si, sig[1][i], 1e-3 * Math.abs(si), "out-of-phase at " + delays[i]);
        }
    }
}
