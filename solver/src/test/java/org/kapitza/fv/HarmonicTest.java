package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.HeatCapacity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;

/**
 * The harmonic solve against closed forms: a slab heated on one face with the other held (1D), a
 * semi-infinite body, a slab with a Kapitza interface, the second-order convergence of the scheme, and
 * ω → 0 giving the steady solution.
 */
class HarmonicTest {
    static final double K = 35;
    static final double C = 3.03e6;

    static Material material(String name, double k) {
        return new Material(name, new ConstantConductivity(k), "test", HeatCapacity.constant(C, 1));
    }

    /** A 1D bar [0, L] of unit cross-section, heated in its first cell, fixed at x = L; two regions split at L/2 with R. */
    static ThermalProblem bar(double length, int cells, double r) {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, length, cells)));
        b.fill(b.addRegion("left", "a"), new Box(-1, length / 2, -1, 2, -1, 2));
        b.fill(b.addRegion("right", "b"), new Box(length / 2, length + 1, -1, 2, -1, 2));
        return new ThermalProblem(b.build(), MaterialLibrary.builtIn()).material("a", material("a", K)).material("b", material("b", K))
                .interfaceBetweenRegions("left", "right", new ConstantResistance(r))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(300));
    }

    /** θ̂(x) of the slab heated by a flux of 1 W/m² at x = 0, θ̂ = 0 at x = L: sinh(m(L − x))/(k m cosh mL), m = √(iω/D). */
    static double[] slab(double x, double length, double omega) {
        double mag = Math.sqrt(omega * C / K);
        double mr = mag * Math.cos(Math.PI / 4);
        double mi = mag * Math.sin(Math.PI / 4);
        double[] num = sinh(mr * (length - x), mi * (length - x));
        double[] den = cosh(mr * length, mi * length);
        // × 1/(k m)
        double dr = K * (mr * den[0] - mi * den[1]);
        double di = K * (mr * den[1] + mi * den[0]);
        double d2 = dr * dr + di * di;
        return new double[] {(num[0] * dr + num[1] * di) / d2, (num[1] * dr - num[0] * di) / d2};
    }

    static double[] sinh(double a, double b) {
        return new double[] {Math.sinh(a) * Math.cos(b), Math.cosh(a) * Math.sin(b)};
    }

    static double[] cosh(double a, double b) {
        return new double[] {Math.cosh(a) * Math.cos(b), Math.sinh(a) * Math.sin(b)};
    }

    static HarmonicResult solve(ThermalProblem p, double omega) {
        HarmonicSolver s = new HarmonicSolver(p, 1e-12, 5000);
        double[] q = new double[s.size()];
        q[0] = 1; // 1 W into the first cell: a flux of 1 W/m² through the face x = 0
        return s.solve(omega, q, new double[s.size()]);
    }

    /** Worst relative amplitude and phase errors over the cell centres. */
    static double[] errors(HarmonicResult r, double length, double omega, int cells, int every) {
        double amp = 0;
        double phase = 0;
        for (int c = 0; c < cells; c += every) {
            double x = (c + 0.5) * length / cells;
            double[] e = slab(x, length, omega);
            amp = Math.max(amp, Math.abs(r.amplitude(c) / Math.hypot(e[0], e[1]) - 1));
            phase = Math.max(phase, Math.abs(Math.IEEEremainder(r.phase(c) - Math.atan2(e[1], e[0]), 2 * Math.PI)));
        }
        return new double[] {amp, phase};
    }

    @Test
    void slabMatchesItsClosedFormToOnePartInAMillionWithSecondOrderConvergence() {
        double omega = 2 * Math.PI * 1e5;
        double depth = Math.sqrt(K / C / omega); // 6.1 um
        double length = 3 * depth;
        double[] coarse = errors(solve(bar(length, 500, 0), omega), length, omega, 500, 1);
        HarmonicResult fine = solve(bar(length, 1000, 0), omega);
        double[] e = errors(fine, length, omega, 1000, 1);
        // second order: halving the cells quarters the error
        assertEquals(4, coarse[0] / e[0], 0.2, "amplitude order");
        assertTrue(e[0] < 1e-6 && e[1] < 1e-4, "amplitude error " + e[0] + ", phase error " + e[1] + " rad");
        assertTrue(fine.energyImbalance() <= 1e-9, "imbalance " + fine.energyImbalance());
    }

    @Test
    void semiInfiniteBodyDecaysAsExpMinusMx() {
        double omega = 2 * Math.PI * 1e6;
        double depth = Math.sqrt(K / C / omega);
        double length = 20 * depth; // the wave reflected at the far end returns with e^{−2L/(√2 δ)} = e^{−28}
        int cells = 16000;
        HarmonicResult r = solve(bar(length, cells, 0), omega);
        double amp = 0;
        double phase = 0;
        for (int c = 0; c < cells / 4; c++) {
            double x = (c + 0.5) * length / cells;
            // θ̂ = e^{−mx}/(k m), m = (1 + i)/(√2 δ)
            double a = x / (Math.sqrt(2) * depth);
            double mag = Math.exp(-a) / (K * Math.sqrt(omega * C / K));
            amp = Math.max(amp, Math.abs(r.amplitude(c) / mag - 1));
            double d = r.phase(c) - (-a - Math.PI / 4);
            phase = Math.max(phase, Math.abs(Math.IEEEremainder(d, 2 * Math.PI)));
        }
        assertTrue(amp < 1e-6 && phase < 1e-4, "amplitude error " + amp + ", phase error " + phase + " rad");
    }

    @Test
    void kapitzaInterfaceJumpsByRTimesTheFlux() {
        // With R at x = L/2, the slab's solution on each side is the two-layer transfer-matrix answer; here
        // checked through the jump: θ̂_left − θ̂_right across the face = R q̂(L/2), q̂ from the right side's profile.
        double omega = 2 * Math.PI * 1e4;
        double depth = Math.sqrt(K / C / omega);
        double length = 2 * depth;
        int cells = 2000;
        double r = 1e-7;
        HarmonicResult h = solve(bar(length, cells, r), omega);
        int left = cells / 2 - 1;
        int right = cells / 2;
        double hCell = length / cells;
        // The face flux from the right-hand side: q̂ = k (θ̂_right − θ̂_{right+1})/h (second-order at the face
        // to the h² of the test), and the jump R q̂ plus the two half cells' drops q̂ h/(2k) each.
        double qr = K * (h.re()[right] - h.re()[right + 1]) / hCell;
        double qi = K * (h.im()[right] - h.im()[right + 1]) / hCell;
        double jr = h.re()[left] - h.re()[right];
        double ji = h.im()[left] - h.im()[right];
        double er = qr * (r + hCell / K);
        double ei = qi * (r + hCell / K);
        assertEquals(0, Math.hypot(jr - er, ji - ei) / Math.hypot(er, ei), 1e-3);
        assertTrue(h.energyImbalance() <= 1e-9, "imbalance " + h.energyImbalance());
    }

    @Test
    void zeroFrequencyIsTheSteadySolution() {
        ThermalProblem p = bar(1e-3, 50, 1e-5);
        HarmonicResult h = solve(p, 0);
        // The steady solver's answer for the same 1 W, entering through the face x = 0.
        SteadyResult s = new SteadySolver(SolverSettings.defaults().withLinearTolerance(1e-13)).solve(
                bar(1e-3, 50, 1e-5).boundary("xmin", new BoundaryCondition.TotalPower(1)));
        for (int c = 0; c < 50; c++) {
            assertEquals(s.temperature(c) - 300, h.re()[c], 1e-9 * (s.temperature(0) - 300), "cell " + c);
            assertEquals(0, h.im()[c], 1e-12);
        }
    }
}
