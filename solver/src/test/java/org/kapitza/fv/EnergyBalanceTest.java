package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.interfaces.PowerLawResistance;
import org.kapitza.interfaces.ResistanceDistribution;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.FaceClass;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.VoronoiGrains;
import org.kapitza.mesh.stack.Layer;
import org.kapitza.mesh.stack.LayerStack;
import org.kapitza.source.Source;
import org.junit.jupiter.api.Test;

/** Every converged run shall conserve energy to round-off: sources minus outflow below 1e-9 of the total. */
class EnergyBalanceTest {

    private static Mesh polycrystalStack(int grains) {
        MeshBuilder b = LayerStack.builder().base(1e-3, 1e-3).baseCells(30, 30)
                .layer(Layer.of("copper", "copper", 0.3e-3, 9))
                .layer(Layer.of("film", "silicon", 0.4e-3, 12))
                .layer(Layer.of("glass", "glass", 0.3e-3, 9))
                .build().meshBuilder();
        b.grains(VoronoiGrains.ofCount(grains).seed(42).inRegions("film"));
        return b.build();
    }

    @Test
    void aThousandGrainPolycrystalWithMixedConditionsBalancesEnergy() {
        Mesh mesh = polycrystalStack(1000);
        assertTrue(mesh.faceCount(FaceClass.GRAIN_BOUNDARY) > 10000);
        ThermalProblem p = new ThermalProblem(mesh, MaterialLibrary.builtIn())
                .interfaceBetweenRegions("copper", "film", new ConstantResistance(1e-6))
                .interfaceBetweenRegions("film", "glass", new PowerLawResistance(1e-6, 300, 3))
                .grainBoundaries("film", new ResistanceDistribution(ResistanceDistribution.Kind.LOGNORMAL, 5e-7, 2e-7, 9))
                .boundary("zmin", BoundaryCondition.FixedTemperature.of(300))
                .boundary("xmax", new BoundaryCondition.Convection(5e4, 290))
                .boundary("zmax", new BoundaryCondition.HeatFlux(1e6))
                .boundary("ymin", new BoundaryCondition.TotalPower(-0.05))
                .source(new Source.Total("film", 0.2));
        SteadyResult r = new SteadySolver().solve(p);
        SteadyResult.EnergyBalance e = r.energyBalance();
        assertTrue(e.relative() < 1e-9, "energy balance " + e);
        // What the fixed-temperature and convective faces remove equals what the flux, the power and
        // the volumetric source impose: 1 W in through zmax, 0.05 W out through ymin, 0.2 W generated.
        double imposed = 1e6 * 1e-6 - 0.05 + 0.2;
        double removed = r.patchOutflow("zmin") + r.patchOutflow("xmax");
        assertEquals(imposed, removed, 1e-9 * imposed);
        assertEquals(0, e.imbalance(), 1e-9 * e.heatIn());
        assertTrue(e.heatIn() >= 1.2, "heat in counts the flux and the source at least: " + e);
        assertTrue(r.picardIterations() > 1);
        assertEquals(1, r.grainBoundaries().size());
    }
}
