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
        assertEquals(1e6 * 1e-6 - 0.05 + 0.2, e.imposed(), 1e-12);
        double outflow = 0;
        for (SteadyResult.PatchFlow pf : r.patches()) {
            if (pf.patch().equals("zmin") || pf.patch().equals("xmax") || pf.patch().equals("zmax")
                    || pf.patch().equals("ymin") || pf.patch().equals("ymax") || pf.patch().equals("xmin")) {
                outflow += pf.outflow();
            }
        }
        assertEquals(0.2, outflow, 1e-9 * 1.15, "what leaves the box faces equals the volumetric source");
        assertTrue(r.picardIterations() > 1);
        assertEquals(1, r.grainBoundaries().size());
    }
}
