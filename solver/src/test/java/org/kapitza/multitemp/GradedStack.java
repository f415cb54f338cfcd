package org.kapitza.multitemp;

import java.util.EnumSet;
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

/** The stack of {@link TwoTemperatureStackTest} on a grid graded so that its finest cells next to the interface are λ/20. */
final class GradedStack {
    private GradedStack() {
    }

    static MultiTemperatureResult solve(double g, double lambda) {
        double lm = TwoTemperatureStackTest.LM;
        int n = 200;
        // Geometric cells shrinking towards the interface at x = L_M: the last one about λ/20.
        double ratio = Math.pow(lambda / 20 / (lm / n), 1.0 / (n - 1));
        ratio = Math.min(ratio, 1.0);
        double[] xm = ratio == 1.0 ? GridLines.uniform(0, lm, n) : GridLines.geometric(0, lm, n, ratio);
        double[] xd = GridLines.uniform(lm, lm + TwoTemperatureStackTest.LD, 10);
        double[] x = new double[xm.length + xd.length - 1];
        System.arraycopy(xm, 0, x, 0, xm.length);
        System.arraycopy(xd, 1, x, xm.length, xd.length - 1);
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(x));
        b.fill(b.addRegion("film", "au"), new Box(0, lm, -1, 2, -1, 2));
        b.fill(b.addRegion("substrate", "sapphire"), new Box(lm, lm + TwoTemperatureStackTest.LD, -1, 2, -1, 2));
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("au", new Material("au", new ConstantConductivity(1), "test"))
                .material("sapphire", new Material("sapphire", new ConstantConductivity(TwoTemperatureStackTest.KD), "test"))
                .interfaceBetweenRegions("film", "substrate", new ConstantResistance(TwoTemperatureStackTest.RPP))
                .boundary("xmin", new BoundaryCondition.HeatFlux(TwoTemperatureStackTest.Q))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(TwoTemperatureStackTest.T0));
        MultiTemperatureProblem mp = new MultiTemperatureProblem(p)
                .carriers("au", CarrierModel.twoTemperature(TwoTemperatureStackTest.KE, TwoTemperatureStackTest.KP, g))
                .boundaryCarriers("xmin", EnumSet.of(Carrier.ELECTRONS));
        return new MultiTemperatureSolver(SolverSettings.defaults().withLinearTolerance(1e-13)).solve(mp);
    }
}
