package org.kapitza.multitemp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.SteadySolver;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.source.Source;

/** The two limits of the coupling: g → ∞ is one temperature, g → 0 is independent carriers. */
class CouplingLimitsTest {
    private static final SolverSettings TIGHT = SolverSettings.defaults().withLinearTolerance(1e-14);
    private static final double KE = 300;
    private static final double KP = 5;
    private static final double L = 1e-6;
    private static final double S = 1e17; // W/m³ into the electrons

    private static Mesh bar(double[] x, double split) {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(x));
        b.fill(b.addRegion("a", "m1"), new Box(0, split, -1, 2, -1, 2));
        if (split < x[x.length - 1]) b.fill(b.addRegion("b", "m2"), new Box(split, x[x.length - 1], -1, 2, -1, 2));
        return b.build();
    }

    private static ThermalProblem oneTemperature(Mesh mesh, double k1, double k2) {
        ThermalProblem p = new ThermalProblem(mesh, MaterialLibrary.builtIn())
                .material("m1", new Material("m1", new ConstantConductivity(k1), "test"))
                .material("m2", new Material("m2", new ConstantConductivity(k2), "test"))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(310))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(300));
        return p;
    }

    private static MultiTemperatureProblem metalBar(Mesh mesh, double g) {
        ThermalProblem p = oneTemperature(mesh, KE + KP, KE + KP).source(new Source.Density("a", S));
        return new MultiTemperatureProblem(p)
                .carriers("m1", CarrierModel.twoTemperature(KE, KP, g))
                .boundaryCarriers("xmin", EnumSet.of(Carrier.ELECTRONS, Carrier.PHONONS))
                .boundaryCarriers("xmax", EnumSet.of(Carrier.ELECTRONS, Carrier.PHONONS))
                .sourceCarriers("a", EnumSet.of(Carrier.ELECTRONS));
    }

    /**
     * A metal bar held at both ends (every carrier), heated in its electrons: summed over the carriers the
     * equations are those of one temperature with k = k_e + k_p, so T_w = (k_eT_e + k_pT_p)/(k_e + k_p)
     * equals the one-temperature solution for every g, and as g grows each carrier's temperature
     * approaches it, the separation falling as 1/g (θ ≈ S/(g(1 + k_e/k_p)) away from the ends).
     */
    @Test
    void strongCouplingIsOneTemperature() {
        Mesh mesh = bar(GridLines.uniform(0, L, 200), L);
        SteadyResult one = new SteadySolver(TIGHT).solve(oneTemperature(mesh, KE + KP, KE + KP).source(new Source.Density("a", S)));
        double span = 0;
        for (int c = 0; c < mesh.cellCount(); c++) span = Math.max(span, one.temperature(c) - 300);
        double previous = Double.NaN;
        for (double g : new double[] {1e18, 1e20, 1e22}) {
            MultiTemperatureResult r = new MultiTemperatureSolver(TIGHT).solve(metalBar(mesh, g));
            double worstW = 0;
            double worstE = 0;
            for (int c = 0; c < mesh.cellCount(); c++) {
                worstW = Math.max(worstW, Math.abs(r.weightedTemperature(c) - one.temperature(c)));
                worstE = Math.max(worstE, Math.max(Math.abs(r.temperature(c, Carrier.ELECTRONS) - one.temperature(c)),
                        Math.abs(r.temperature(c, Carrier.PHONONS) - one.temperature(c))));
            }
            assertTrue(worstW < 1e-9 * span, "T_w is the one-temperature solution at g = " + g + ": off by " + worstW + " K");
            double predicted = S / (g * (1 + KE / KP)) * KE / (KE + KP); // |T_p − T_w| = k_e θ/(k_e + k_p) in the middle
            assertEquals(predicted, worstE, 0.02 * predicted, "carrier deviation at g = " + g);
            if (!Double.isNaN(previous)) assertEquals(100, previous / worstE, 2, "falls as 1/g");
            previous = worstE;
        }
    }

    /**
     * Two metals in contact, electrons and phonons crossing with their own resistances, every carrier held
     * at both ends and heated in the electrons: with g = 0 the electron field is the one-temperature
     * solution of the electrons alone (k_e, R_ee, the source) and the phonon field that of the phonons
     * alone (k_p, R_pp, no source), to solver precision.
     */
    @Test
    void noCouplingIsIndependentCarriers() {
        Mesh mesh = bar(GridLines.uniform(0, 2 * L, 120), L);
        double ke2 = 80;
        double kp2 = 12;
        double ree = 2e-9;
        double rpp = 7e-9;
        ThermalProblem base = oneTemperature(mesh, KE + KP, ke2 + kp2).source(new Source.Density("a", S))
                .interfaceBetweenRegions("a", "b", new ConstantResistance(rpp));
        MultiTemperatureProblem mp = new MultiTemperatureProblem(base)
                .carriers("m1", CarrierModel.twoTemperature(KE, KP, 0))
                .carriers("m2", CarrierModel.twoTemperature(ke2, kp2, 0))
                .electrons("a", "b", new ConstantResistance(ree))
                .boundaryCarriers("xmin", EnumSet.of(Carrier.ELECTRONS, Carrier.PHONONS))
                .boundaryCarriers("xmax", EnumSet.of(Carrier.ELECTRONS, Carrier.PHONONS))
                .sourceCarriers("a", EnumSet.of(Carrier.ELECTRONS));
        MultiTemperatureResult r = new MultiTemperatureSolver(TIGHT).solve(mp);
        SteadyResult electrons = new SteadySolver(TIGHT).solve(oneTemperature(mesh, KE, ke2).source(new Source.Density("a", S))
                .interfaceBetweenRegions("a", "b", new ConstantResistance(ree)));
        SteadyResult phonons = new SteadySolver(TIGHT).solve(oneTemperature(mesh, KP, kp2)
                .interfaceBetweenRegions("a", "b", new ConstantResistance(rpp)));
        double span = 0;
        for (int c = 0; c < mesh.cellCount(); c++) span = Math.max(span, electrons.temperature(c) - 300);
        for (int c = 0; c < mesh.cellCount(); c++) {
            assertEquals(electrons.temperature(c), r.temperature(c, Carrier.ELECTRONS), 1e-9 * span, "electrons, cell " + c);
            assertEquals(phonons.temperature(c), r.temperature(c, Carrier.PHONONS), 1e-9 * span, "phonons, cell " + c);
        }
        assertTrue(span > 10, "the electrons are heated well above the phonons: " + span + " K");
        for (MultiTemperatureResult.Balance b : r.energyBalance()) {
            assertTrue(b.relative() < 1e-9, b.toString());
            assertEquals(0, b.exchange(), 1e-12, "no exchange without coupling");
        }
    }

    /**
     * The metal/dielectric stack of {@link TwoTemperatureStackTest}: as g grows the resistance a
     * one-temperature measurement sees approaches the phonon resistance R_pp of the one-temperature model,
     * the excess following the closed form (1/√(g k_p))(1 + k_p/k_e)^{-3/2} ∝ g^{-1/2}. The grid is graded
     * towards the interface so that λ = √(k_ek_p/(g(k_e + k_p))), 0.35 nm at g = 10²⁰, stays resolved.
     */
    @Test
    void strongCouplingLeavesOnlyThePhononResistance() {
        double previous = Double.NaN;
        for (double g : new double[] {1e16, 1e18, 1e20}) {
            double kt = TwoTemperatureStackTest.KE + TwoTemperatureStackTest.KP;
            double lambda = Math.sqrt(TwoTemperatureStackTest.KE * TwoTemperatureStackTest.KP / (g * kt));
            double excess = TwoTemperatureStackTest.KE * lambda / (TwoTemperatureStackTest.KP * kt)
                    * Math.tanh(TwoTemperatureStackTest.LM / lambda);
            MultiTemperatureResult r = GradedStack.solve(g, lambda);
            double measured = r.interfaces().get(0).effectiveR() - TwoTemperatureStackTest.RPP;
            assertEquals(excess, measured, 0.01 * excess, "g = " + g);
            if (!Double.isNaN(previous)) assertEquals(10, previous / measured, 0.2, "excess ∝ g^-1/2");
            previous = measured;
        }
        assertTrue(previous < 0.02 * TwoTemperatureStackTest.RPP, "at g = 1e20 the excess is 1.4 % of the one-temperature R_pp");
    }
}
