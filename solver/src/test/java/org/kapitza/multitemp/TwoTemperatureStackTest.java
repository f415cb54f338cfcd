package org.kapitza.multitemp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;

/**
 * The system shall reproduce the closed-form two-temperature solution of a 1D metal film on a
 * dielectric: heat flux q into the metal's electrons at x = 0, phonons only crossing the interface at
 * x = L (resistance R_pp), the dielectric's far end at T₀.
 *
 * <p>In the metal T_w = (k_eT_e + k_pT_p)/(k_e + k_p) is linear (its second derivative is
 * (g θ − g θ)/k = 0) and θ = T_e − T_p obeys θ'' = θ/λ², λ = √(k_ek_p/(g(k_e + k_p))), so
 * θ = A cosh(x/λ) + B sinh(x/λ) with θ'(0) = −q/k_e (the phonons carry nothing in at x = 0) and
 * θ'(L) = q/k_p (the electrons carry nothing out at x = L). The jump of T_w at the interface per unit
 * flux is R_pp + k_eθ(L)/((k_e + k_p)q), which for L ≫ λ is R_pp + (1/√(g k_p))(1 + k_p/k_e)^{-3/2}:
 * Majumdar and Reddy's electron–phonon resistance 1/√(g k_p) (Appl. Phys. Lett. 84 (2004) 4768) with its
 * exact dependence on k_p/k_e.
 *
 * <p>How 1e-6 is reached: the cell-centred scheme is second order (measured below), so the values of
 * two grids, N and 2N cells across the metal, are Richardson-extrapolated, (4 v_{2N} − v_N)/3, which
 * leaves a fourth-order error.
 */
class TwoTemperatureStackTest {
    static final double KE = 310;
    static final double KP = 3;
    static final double G = 2.5e16;
    static final double KD = 30;
    static final double LM = 60e-9;
    static final double LD = 200e-9;
    static final double RPP = 4e-9;
    static final double Q = 1e9;
    static final double T0 = 300;

    static MultiTemperatureResult solve(int metalCells, double g) {
        double[] xm = GridLines.uniform(0, LM, metalCells);
        double[] xd = GridLines.uniform(LM, LM + LD, Math.max(2, metalCells / 8));
        double[] x = new double[xm.length + xd.length - 1];
        System.arraycopy(xm, 0, x, 0, xm.length);
        System.arraycopy(xd, 1, x, xm.length, xd.length - 1);
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(x));
        b.fill(b.addRegion("film", "au"), new Box(0, LM, -1, 2, -1, 2));
        b.fill(b.addRegion("substrate", "sapphire"), new Box(LM, LM + LD, -1, 2, -1, 2));
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("au", new Material("au", new ConstantConductivity(KE + KP), "test"))
                .material("sapphire", new Material("sapphire", new ConstantConductivity(KD), "test"))
                .interfaceBetweenRegions("film", "substrate", new ConstantResistance(RPP))
                .boundary("xmin", new BoundaryCondition.HeatFlux(Q))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(T0));
        MultiTemperatureProblem mp = new MultiTemperatureProblem(p)
                .carriers("au", CarrierModel.twoTemperature(KE, KP, g))
                .boundaryCarriers("xmin", EnumSet.of(Carrier.ELECTRONS));
        return new MultiTemperatureSolver(SolverSettings.defaults().withLinearTolerance(1e-14)).solve(mp);
    }

    /** {R_eff, T_e(0)} in closed form. */
    static double[] closedForm() {
        double kt = KE + KP;
        double lambda = Math.sqrt(KE * KP / (G * kt));
        double b = -Q * lambda / KE;
        double a = (Q * lambda / KP - b * Math.cosh(LM / lambda)) / Math.sinh(LM / lambda);
        double thetaL = a * Math.cosh(LM / lambda) + b * Math.sinh(LM / lambda);
        double theta0 = a;
        double tdL = T0 + Q * LD / KD;
        double tpL = tdL + Q * RPP;
        double twL = tpL + KE * thetaL / kt;
        double tw0 = twL + Q * LM / kt;
        double te0 = tw0 + KP * theta0 / kt;
        return new double[] {(twL - tdL) / Q, te0};
    }

    /** {R_eff, T_e(0)} from a solve: the electrons' surface temperature extrapolated over the half cell. */
    static double[] measured(MultiTemperatureResult r) {
        List<MultiTemperatureResult.InterfaceReport> ifs = r.interfaces();
        double d = r.mesh().centre(0, 0);
        double te0 = r.temperature(0, Carrier.ELECTRONS) + Q * d / KE;
        return new double[] {ifs.get(0).effectiveR(), te0};
    }

    @Test
    void matchesTheClosedFormToOneInAMillion() {
        double[] exact = closedForm();
        double[] coarse = measured(solve(300, G));
        double[] fine = measured(solve(600, G));
        double[] finer = measured(solve(1200, G));
        for (int k = 0; k < 2; k++) {
            double rise = k == 0 ? exact[0] : exact[1] - T0;
            double e1 = Math.abs(coarse[k] - exact[k]);
            double e2 = Math.abs(fine[k] - exact[k]);
            double e3 = Math.abs(finer[k] - exact[k]);
            double order = Math.log(e2 / e3) / Math.log(2);
            assertEquals(2, order, 0.05, "second order: errors " + e1 + ", " + e2 + ", " + e3);
            double richardson = (4 * finer[k] - fine[k]) / 3;
            assertEquals(exact[k], richardson, 1e-6 * rise, (k == 0 ? "R_eff" : "T_e(0) − T₀") + ": exact " + exact[k]
                    + ", Richardson " + richardson + ", finest grid " + finer[k]);
        }
        // The electron–phonon term is a large part of what a one-temperature measurement sees here.
        assertTrue(exact[0] > 1.5 * RPP, "R_eff " + exact[0]);
    }

    @Test
    void aThickFilmAddsTheMajumdarReddyResistance() {
        double kt = KE + KP;
        double lambda = Math.sqrt(KE * KP / (G * kt));
        double extra = closedForm()[0] - RPP;
        double thick = KE * Q * lambda / KP / kt / Q * Math.tanh(LM / lambda); // θ(L) for the semi-infinite film, → λq/k_p
        assertEquals(1 / Math.sqrt(G * KP) * Math.pow(1 + KP / KE, -1.5), KE * lambda / (KP * kt), 1e-12 * extra);
        assertTrue(Math.abs(extra - thick) < 0.01 * extra, "60 nm ≫ λ = " + lambda + ": " + extra + " vs " + thick);
    }

    @Test
    void energyIsConservedPerCarrierAndInTotal() {
        MultiTemperatureResult r = solve(300, G);
        for (MultiTemperatureResult.Balance b : r.energyBalance()) {
            assertTrue(b.relative() < 1e-9, b.toString());
        }
        MultiTemperatureResult.Balance e = r.energyBalance().get(1);
        assertEquals(Carrier.ELECTRONS, e.carrier());
        assertEquals(Q * 1.0, e.boundaries(), 1e-9 * Q, "the flux enters the electrons (1 m² cross-section)");
        assertEquals(-Q, e.exchange(), 1e-6 * Q, "and all of it passes to the phonons inside the film");
    }
}
