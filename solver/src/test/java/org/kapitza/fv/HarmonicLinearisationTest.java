package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.boundary.TimeFunction;
import org.kapitza.interfaces.PowerLawResistance;
import org.kapitza.material.HeatCapacity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.material.PowerLawConductivity;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;

/**
 * The harmonic solve of a nonlinear problem, linearised about its steady state, against two independent
 * answers of the same discretisation: at ω = 0 the derivative of the steady solution with respect to the
 * heat input (central difference of two nonlinear steady solves), and at ω > 0 the first Fourier
 * coefficient of a Crank–Nicolson transient driven by a small sinusoidal flux about the same steady state.
 *
 * <p>The bar is cryogenic and strongly nonlinear: k ∝ T (metal below its peak) falling from 20 K to
 * 10 K along the bar, and a Kapitza interface R ∝ T⁻³ in the middle with a steady jump of a few kelvin, so
 * the tangent keeps terms a frozen-coefficient linearisation drops (k'(T)∇T₀ θ, and the jump law's
 * dependence on its mean temperature). Measured with the symmetric secant conductances q/ΔT of the steady
 * state in place of the tangent (a frozen-coefficient linearisation): 53 % off at ω = 0 and 9.8 % at the
 * heated cell at 500 Hz, where the tangent agrees to 1e-7 and 2e-6 (3.7e-6 beside the interface).
 */
class HarmonicLinearisationTest {
    static final double LENGTH = 0.005; // m
    static final int CELLS = 40;
    static final double K20 = 200; // W/m/K at 20 K
    static final double C = 2e4; // J/m³/K
    static final double FLUX = 4.8e5; // W/m² into x = 0
    static final double R10 = 2e-5; // m²K/W at 10 K

    static ThermalProblem bar(double flux, TimeFunction drive) {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, LENGTH, CELLS)));
        b.fill(b.addRegion("left", "a"), new Box(-1, LENGTH / 2, -1, 2, -1, 2));
        b.fill(b.addRegion("right", "b"), new Box(LENGTH / 2, LENGTH + 1, -1, 2, -1, 2));
        Material m = new Material("metal", new PowerLawConductivity(K20, 20, 1, 1, 400), "test", HeatCapacity.constant(C, 1));
        BoundaryCondition heated = new BoundaryCondition.HeatFlux(flux);
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn()).material("a", m).material("b", m)
                .interfaceBetweenRegions("left", "right", new PowerLawResistance(R10, 10, 3))
                .boundary("xmin", heated)
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(10));
        if (drive != null) p.drive(heated, drive);
        return p;
    }

    /** Newton and CG far below the differences the tests resolve. */
    static SolverSettings tight() {
        return new SolverSettings("amg", 1e-13, 20000, 1e-13, 200, false, 1e-10, "newton");
    }

    /** At ω = 0 the amplitude per watt is the steady solution's derivative with respect to the heat input. */
    @Test
    void zeroFrequencyIsTheDerivativeOfTheSteadySolution() {
        HarmonicSolver s = new HarmonicSolver(bar(FLUX, null), 1e-13, 2000);
        assertTrue(s.linearised());
        double[] q = new double[s.size()];
        q[0] = 1; // 1 W into the heated cell: a flux of 1 W/m² (unit cross-section)
        HarmonicResult r = s.solve(0, q, new double[s.size()]);
        double h = 1e-3 * FLUX;
        SteadySolver tight = new SteadySolver(tight());
        SteadyResult up = tight.solve(bar(FLUX + h, null));
        SteadyResult down = tight.solve(bar(FLUX - h, null));
        SteadyResult at = tight.solve(bar(FLUX, null));
        double worst = 0;
        for (int c = 0; c < CELLS; c++) {
            double derivative = (up.temperature(c) - down.temperature(c)) / (2 * h);
            worst = Math.max(worst, Math.abs(r.re()[c] / derivative - 1));
            assertEquals(0, r.im()[c], 1e-12 * Math.abs(derivative));
            assertEquals(at.temperature(c), s.steadyTemperature(c), 1e-6);
        }
        // Central differences with h/F = 1e-3 leave ~(h/F)² of the curvature (measured 1e-7).
        assertTrue(worst < 1e-6, "worst relative difference " + worst);
        double span = s.steadyTemperature(0) - 10;
        assertTrue(span > 8, "the bar must be strongly heated for the test to mean anything: " + span + " K");
        assertTrue(r.energyImbalance() < 1e-10, "imbalance " + r.energyImbalance());
    }

    /**
     * At a frequency whose penetration depth is a quarter of the bar, the amplitude and phase equal the
     * first Fourier coefficient of the temperature of a transient driven by F₀(1 + ε sin ωt), ε = 10⁻³,
     * about the same steady state (Crank–Nicolson, 1000 steps a period: phase error (ωΔt)²/12 ≈ 3e-6; 12
     * periods, about 20 of the slowest mode's time constants 4L²/(π²D), so the start-up has decayed to e^{-20}).
     */
    @Test
    void amplitudeEqualsTheTransientsFirstHarmonic() {
        double period = 2e-3;
        double omega = 2 * Math.PI / period;
        double eps = 1e-3;
        int perPeriod = 1000;
        int periods = 12;
        TimeFunction drive = new TimeFunction() {
            @Override
            public double value(double t) {
                return FLUX * (1 + eps * Math.sin(omega * t));
            }

            @Override
            public double[] breakpoints(double from, double to) {
                return new double[0];
            }
        };
        double dt = period / perPeriod;
        TransientSettings ts = TransientSettings.fixed(TransientSettings.Integrator.CRANK_NICOLSON, periods * period, dt)
                .withSteady(SolverSettings.defaults());
        double xHeated = 0.5 * LENGTH / CELLS;
        double xMiddle = (CELLS / 2 - 0.5) * LENGTH / CELLS;
        TransientResult tr = new TransientSolver(ts).probe(Probe.point("heated", xHeated, 0.5, 0.5))
                .probe(Probe.point("left-of-interface", xMiddle, 0.5, 0.5))
                .run(bar(FLUX, drive), new InitialCondition.Steady());

        HarmonicSolver s = new HarmonicSolver(bar(FLUX, null), 1e-12, 2000);
        double[] qr = new double[s.size()];
        double[] qi = new double[s.size()];
        qi[0] = -eps * FLUX; // sin ωt = Re(−i e^{iωt}); unit cross-section
        HarmonicResult r = s.solve(omega, qr, qi);
        for (String[] probe : new String[][] {{"heated", "0"}, {"left-of-interface", String.valueOf(CELLS / 2 - 1)}}) {
            double[] fourier = lastPeriodHarmonic(tr.series(probe[0]), omega, perPeriod);
            int c = Integer.parseInt(probe[1]);
            double re = r.re()[c];
            double im = r.im()[c];
            double amplitude = Math.hypot(re, im);
            double err = Math.hypot(fourier[0] - re, fourier[1] - im) / amplitude;
            assertTrue(err < 2e-5, probe[0] + ": transient " + fourier[0] + " " + fourier[1] + "i, harmonic " + re + " "
                    + im + "i, relative difference " + err);
        }
        assertTrue(r.energyImbalance() < 1e-10, "imbalance " + r.energyImbalance());
    }

    /**
     * {a, −b}: θ̂ = a − ib from the least-squares fit T ≈ T̄ + a cos ωt + b sin ωt to the last period's
     * samples. A fit rather than a quadrature: the stepper's accumulated time drifts by round-off and may
     * end with a short step, and a quadrature over a window not exactly one period leaks the 25 K mean
     * into the coefficients.
     */
    static double[] lastPeriodHarmonic(double[][] series, double omega, int samples) {
        double[][] n = new double[3][4];
        for (int i = series.length - samples; i < series.length; i++) {
            double t = series[i][0];
            double[] basis = {1, Math.cos(omega * t), Math.sin(omega * t)};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) n[r][c] += basis[r] * basis[c];
                n[r][3] += basis[r] * series[i][1];
            }
        }
        org.ejml.data.DMatrixRMaj a = new org.ejml.data.DMatrixRMaj(new double[][] {
                {n[0][0], n[0][1], n[0][2]}, {n[1][0], n[1][1], n[1][2]}, {n[2][0], n[2][1], n[2][2]}});
        org.ejml.data.DMatrixRMaj rhs = new org.ejml.data.DMatrixRMaj(new double[][] {{n[0][3]}, {n[1][3]}, {n[2][3]}});
        org.ejml.data.DMatrixRMaj sol = new org.ejml.data.DMatrixRMaj(3, 1);
        assertTrue(org.ejml.dense.row.CommonOps_DDRM.solve(a, rhs, sol));
        double[] x = sol.data;
        return new double[] {x[1], -x[2]};
    }
}
