package org.kapitza.multitemp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.HeatCapacity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;

/** Backward-Euler multi-temperature conduction: exact relaxation of a uniform metal, and the steady limit. */
class TransientRelaxationTest {
    private static final SolverSettings TIGHT = SolverSettings.defaults().withLinearTolerance(1e-14);

    /**
     * An insulated metal whose electrons start 100 K above its lattice (after a laser pulse): every cell
     * alike, so per step (1 + gΔt(1/C_e + 1/C_p))(T_e − T_p)^{n+1} = (T_e − T_p)^n exactly, and
     * C_eT_e + C_pT_p is conserved.
     */
    @Test
    void aHotElectronGasRelaxesToTheLatticeAsBackwardEulerSays() {
        double ce = 2e4;
        double cp = 2.5e6;
        double g = 1e17;
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 1e-7, 4)));
        b.fill(b.addRegion("film", "au"), Box.everywhere());
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("au", new Material("au", new ConstantConductivity(300), "test"));
        MultiTemperatureProblem mp = new MultiTemperatureProblem(p)
                .carriers("au", CarrierModel.twoTemperature(295, 5, g))
                .heatCapacity("au", CarrierHeatCapacity.twoTemperature(ce, cp));
        MultiTemperatureTransient run = new MultiTemperatureTransient(mp, TIGHT, Map.of(Carrier.ELECTRONS, 400.0, Carrier.PHONONS, 300.0));
        double dt = 1e-13;
        double factor = 1 / (1 + g * dt * (1 / ce + 1 / cp));
        double energy = ce * 400 + cp * 300;
        for (int n = 1; n <= 10; n++) {
            run.step(dt);
            double te = run.temperature(2, Carrier.ELECTRONS);
            double tp = run.temperature(2, Carrier.PHONONS);
            assertEquals(100 * Math.pow(factor, n), te - tp, 1e-9 * 100, "step " + n);
            assertEquals(energy, ce * te + cp * tp, 1e-12 * energy, "energy, step " + n);
        }
    }

    /** Stepped long enough, the film on its substrate reaches the steady two-temperature solution. */
    @Test
    void theLongTimeLimitIsTheSteadySolution() {
        double[] xm = GridLines.uniform(0, 60e-9, 60);
        double[] xd = GridLines.uniform(60e-9, 260e-9, 10);
        double[] x = new double[xm.length + xd.length - 1];
        System.arraycopy(xm, 0, x, 0, xm.length);
        System.arraycopy(xd, 1, x, xm.length, xd.length - 1);
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(x));
        b.fill(b.addRegion("film", "au"), new Box(0, 60e-9, -1, 2, -1, 2));
        b.fill(b.addRegion("substrate", "sapphire"), new Box(60e-9, 260e-9, -1, 2, -1, 2));
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .material("au", new Material("au", new ConstantConductivity(1), "test"))
                .material("sapphire", new Material("sapphire", new ConstantConductivity(30), "test",
                        HeatCapacity.constant(3980, 761)))
                .interfaceBetweenRegions("film", "substrate", new ConstantResistance(4e-9))
                .boundary("xmin", new BoundaryCondition.HeatFlux(1e9))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(300));
        MultiTemperatureProblem mp = new MultiTemperatureProblem(p)
                .carriers("au", CarrierModel.twoTemperature(310, 3, 2.5e16))
                .heatCapacity("au", CarrierHeatCapacity.twoTemperature(2e4, 2.5e6))
                .boundaryCarriers("xmin", EnumSet.of(Carrier.ELECTRONS));
        MultiTemperatureResult steady = new MultiTemperatureSolver(TIGHT).solve(mp);
        MultiTemperatureTransient run = new MultiTemperatureTransient(mp, TIGHT, Map.of());
        for (double dt = 1e-13; dt < 1e-3; dt *= 2) run.step(dt);
        for (int c = 0; c < 70; c++) {
            for (Carrier k : new Carrier[] {Carrier.ELECTRONS, Carrier.PHONONS}) {
                double want = steady.temperature(c, k);
                if (Double.isNaN(want)) continue;
                assertEquals(want, run.temperature(c, k), 1e-8 * (want - 300), k + " in cell " + c);
            }
        }
    }
}
