package org.kapitza.phonon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Liquid ⁴He on a solid: acoustic mismatch with conversion into shear waves (Khalatnikov 1952; Pollack,
 * Rev. Mod. Phys. 41 (1969) 48; Swartz and Pohl, Rev. Mod. Phys. 61 (1989) 605).
 */
class KhalatnikovTest {
    private static final AcousticLibrary LIB = AcousticLibrary.builtIn();
    private static final AcousticProperties HE = LIB.get("helium-4");
    private static final AcousticProperties CU = LIB.get("copper");

    /** Complex numbers for an independent solution of the elastic boundary-value problem. */
    private record Cx(double re, double im) {
        Cx plus(Cx o) { return new Cx(re + o.re, im + o.im); }
        Cx minus(Cx o) { return new Cx(re - o.re, im - o.im); }
        Cx times(Cx o) { return new Cx(re * o.re - im * o.im, re * o.im + im * o.re); }
        Cx times(double d) { return new Cx(re * d, im * d); }
        Cx over(Cx o) {
            double d = o.re * o.re + o.im * o.im;
            return new Cx((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
        }
        double abs2() { return re * re + im * im; }
        /** √(x) for real x, on the branch with Im ≥ 0 (waves that decay away from the interface). */
        static Cx sqrtOf(double x) { return x >= 0 ? new Cx(Math.sqrt(x), 0) : new Cx(0, Math.sqrt(-x)); }
    }

    /**
     * Reflected and transmitted energy fractions {R, τ_L, τ_T} of a plane wave from the liquid at angle θ,
     * from the boundary conditions themselves: displacement potentials φ (liquid), Φ, Ψ (solid), with u_z
     * continuous, σ_zz = −p and σ_xz = 0 at z = 0, solved by Gaussian elimination. Energy fluxes along z
     * are ρω³ Re(k_z)|amplitude|²/2 for each wave.
     */
    private static double[] boundaryValueProblem(double theta, AcousticProperties liquid, AcousticProperties solid) {
        double w = 1e11;
        double r1 = liquid.density();
        double c1 = liquid.longitudinalSpeed();
        double r2 = solid.density();
        double cl = solid.longitudinalSpeed();
        double ct = solid.transverseSpeed();
        double xi = w * Math.sin(theta) / c1;
        Cx g1 = Cx.sqrtOf(Math.pow(w / c1, 2) - xi * xi);
        Cx gl = Cx.sqrtOf(Math.pow(w / cl, 2) - xi * xi);
        Cx gt = Cx.sqrtOf(Math.pow(w / ct, 2) - xi * xi);
        double mu = r2 * ct * ct;
        double lambda = r2 * (cl * cl - 2 * ct * ct);
        Cx i = new Cx(0, 1);
        Cx x = new Cx(xi, 0);
        Cx[][] m = {
            {i.times(g1), i.times(gl), i.times(x)},
            {new Cx(r1 * w * w, 0), x.times(x).plus(gl.times(gl)).times(-lambda).minus(gl.times(gl).times(2 * mu)),
                x.times(gt).times(-2 * mu)},
            {new Cx(0, 0), x.times(gl).times(-2 * mu), gt.times(gt).minus(x.times(x)).times(mu)}};
        Cx[] rhs = {i.times(g1), new Cx(-r1 * w * w, 0), new Cx(0, 0)};
        for (int k = 0; k < 3; k++) {
            int p = k;
            for (int r = k + 1; r < 3; r++) if (m[r][k].abs2() > m[p][k].abs2()) p = r;
            Cx[] tr = m[k]; m[k] = m[p]; m[p] = tr;
            Cx tb = rhs[k]; rhs[k] = rhs[p]; rhs[p] = tb;
            for (int r = k + 1; r < 3; r++) {
                Cx f = m[r][k].over(m[k][k]);
                for (int c = k; c < 3; c++) m[r][c] = m[r][c].minus(f.times(m[k][c]));
                rhs[r] = rhs[r].minus(f.times(rhs[k]));
            }
        }
        Cx[] sol = new Cx[3];
        for (int k = 2; k >= 0; k--) {
            Cx s = rhs[k];
            for (int c = k + 1; c < 3; c++) s = s.minus(m[k][c].times(sol[c]));
            sol[k] = s.over(m[k][k]);
        }
        double incident = r1 * g1.re();
        return new double[] {sol[0].abs2(), r2 * gl.re() * sol[1].abs2() / incident, r2 * gt.re() * sol[2].abs2() / incident};
    }

    @Test
    void theTransmissionAgreesWithTheBoundaryConditionsAndConservesEnergy() {
        for (AcousticProperties solid : new AcousticProperties[] {CU, LIB.get("lead"), LIB.get("sapphire")}) {
            double critL = Math.asin(HE.longitudinalSpeed() / solid.longitudinalSpeed());
            double critT = Math.asin(HE.longitudinalSpeed() / solid.transverseSpeed());
            for (double theta : new double[] {0, 0.5 * critL, 0.99 * critL, 0.5 * (critL + critT), 0.99 * critT, 1.01 * critT, 1.2}) {
                double[] bvp = boundaryValueProblem(theta, HE, solid);
                double[] t = Khalatnikov.transmissivities(theta, HE, solid);
                String where = solid.name() + " at θ = " + theta;
                // The 3×3 system mixes entries of 1e4 to 1e25 (ρω², λk²): elimination keeps ~11 digits.
                assertEquals(1, bvp[0] + bvp[1] + bvp[2], 1e-10, "energy conservation, " + where);
                assertEquals(bvp[1], t[0], 1e-12 + 1e-9 * bvp[1], "into longitudinal, " + where);
                assertEquals(bvp[2], t[1], 1e-12 + 1e-9 * bvp[2], "into shear, " + where);
            }
            // Beyond the shear critical angle, total reflection.
            double[] beyond = Khalatnikov.transmissivities(1.01 * critT, HE, solid);
            assertEquals(0, beyond[0] + beyond[1]);
        }
        // Normal incidence is the one-dimensional 4Z₁Z₂/(Z₁+Z₂)², all longitudinal.
        double z1 = HE.density() * HE.longitudinalSpeed();
        double z2 = CU.density() * CU.longitudinalSpeed();
        double[] normal = Khalatnikov.transmissivities(0, HE, CU);
        assertEquals(4 * z1 * z2 / Math.pow(z1 + z2, 2), normal[0], 1e-15);
        assertEquals(0, normal[1]);
    }

    /**
     * The exact angular integral tends to Khalatnikov's closed form R·T³ = 15ħ³ρ_s c_T³/(2π²k_B⁴ρ₁c₁F); the
     * closed form drops terms of relative order sin²θ₁ ≤ (c₁/c_T)² and Z₁/(ρ_s c_T), so they agree to that.
     */
    @Test
    void theExactIntegralTendsToKhalatnikovsClosedForm() {
        for (AcousticProperties solid : LIB.all().values()) {
            if (solid.isLiquid()) continue;
            double exact = 1 / Khalatnikov.lowTemperatureCoefficient(HE, solid);
            double closed = Khalatnikov.closedFormRT3(HE, solid);
            double small = Math.pow(HE.longitudinalSpeed() / solid.transverseSpeed(), 2)
                    + HE.density() * HE.longitudinalSpeed() / (solid.density() * solid.transverseSpeed());
            assertEquals(closed, exact, small * closed, solid.name());
        }
        // Copper: R·T³ = 0.1355 K⁴m²/W (F = 0.589), the value this library gives for Cu/⁴He.
        assertEquals(0.589, Khalatnikov.functionF(2325.0 / 4760), 0.0005);
        assertEquals(0.1355, Khalatnikov.closedFormRT3(HE, CU), 0.0005);
        assertEquals(0.1355, 1 / Khalatnikov.lowTemperatureCoefficient(HE, CU), 0.0005);
    }

    /**
     * docs/PHYSICS.md §3: the textbook shortcut R·T³ = 15ħ³ρ_s c_s³/(2π²k_B⁴ρ_He c_He) overstates the
     * conductance. With c_s = c_T it is Khalatnikov with F = 1, and F &lt; 1 for every solid here.
     */
    @Test
    void theTextbookShortcutOverstatesTheConductance() {
        for (AcousticProperties solid : LIB.all().values()) {
            if (solid.isLiquid()) continue;
            double ratio = Khalatnikov.closedFormRT3(HE, solid) / Khalatnikov.textbookRT3(HE, solid);
            assertTrue(ratio > 1.5 && ratio < 1.8, solid.name() + ": shortcut conductance / Khalatnikov = " + ratio);
        }
    }

    /**
     * Swartz and Pohl 1989 (abstract): for helium against a solid, diffuse scattering lowers the boundary
     * resistance below the acoustic-mismatch value "typically [by] over 2 orders of magnitude". And the
     * cutoff of liquid ⁴He (19.8 K) does not touch the T³ law at the temperatures of a He II bath.
     */
    @Test
    void diffuseScatteringLowersTheHeliumResistanceByOverTwoOrdersOfMagnitude() {
        for (AcousticProperties solid : LIB.all().values()) {
            if (solid.isLiquid()) continue;
            double ratio = DiffuseMismatch.lowTemperatureCoefficient(HE, solid) / Khalatnikov.lowTemperatureCoefficient(HE, solid);
            assertTrue(ratio > 100, solid.name() + ": R_AMM/R_DMM = " + ratio);
        }
        for (Cutoff c : Cutoff.values()) {
            TransmissionSpectrum s = Khalatnikov.spectrum(HE, CU, c);
            double a = Khalatnikov.lowTemperatureCoefficient(HE, CU);
            assertEquals(a, s.conductance(0.5) / 0.125, 1e-9 * a);
            // 2 K is x = 9.9 at the cutoff: the Debye helium loses 2.7 % of its T³ conductance.
            assertEquals(0.973, s.conductance(2) / (8 * a), 0.002);
            // Either side may be the liquid.
            assertEquals(s.conductance(1.8), Khalatnikov.spectrum(CU, HE, c).conductance(1.8), 0);
            // Elastic: within the radiation limit.
            for (double t = 0.1; t < 300; t *= 2) {
                assertTrue(s.conductance(t) < RadiationLimit.spectrum(HE, CU, c).conductance(t));
            }
        }
    }

    @Test
    void itNeedsOneLiquidAndOneSolid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Khalatnikov.spectrum(CU, LIB.get("silicon"), Cutoff.PER_BRANCH));
        assertTrue(e.getMessage().contains("one liquid and one solid"), e.getMessage());
    }
}
