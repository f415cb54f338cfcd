package org.kapitza.fv;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.kapitza.InputException;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.Conductivity;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.Box;
import org.kapitza.mesh.GridLines;
import org.kapitza.mesh.Mesh;
import org.kapitza.mesh.MeshBuilder;
import org.kapitza.mesh.RectilinearGrid;
import org.kapitza.source.Source;
import org.junit.jupiter.api.Test;

/** Problems that cannot be solved as stated get a clear message, never NaN output. */
class BadInputTest {

    /** Three 1D regions: a (copper) | b (silicon) | c (copper). */
    private static Mesh threeRegions() {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 3, 6)));
        b.fill(b.addRegion("a", "copper"), new Box(0, 1, -1, 2, -1, 2));
        b.fill(b.addRegion("b", "silicon"), new Box(1, 2, -1, 2, -1, 2));
        b.fill(b.addRegion("c", "copper"), new Box(2, 3, -1, 2, -1, 2));
        return b.build();
    }

    private static String refusal(ThermalProblem p) {
        InputException e = assertThrows(InputException.class, () -> new SteadySolver().solve(p));
        return e.getMessage();
    }

    private static ThermalProblem base() {
        return new ThermalProblem(threeRegions(), MaterialLibrary.builtIn())
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(300));
    }

    @Test
    void negativeConductivityOrResistanceIsRefusedAtOnce() {
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class, () -> new ConstantConductivity(-3));
        assertTrue(k.getMessage().contains("-3"), k.getMessage());
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class, () -> new ConstantResistance(-1e-6));
        assertTrue(r.getMessage().contains("-1.0E-6") && r.getMessage().contains("m²K/W"), r.getMessage());
    }

    @Test
    void aConductivityThatBecomesNonPositiveIsNamed() {
        Conductivity falling = new Conductivity() {
            @Override
            public double k(int axis, double t) {
                return 400 - t; // zero at 400 K
            }

            @Override
            public boolean temperatureDependent() {
                return true;
            }

            @Override
            public String describe() {
                return "400 - T";
            }
        };
        String m = refusal(base().material("silicon", new Material("bad-si", falling, "test"))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(450)));
        assertTrue(m.contains("bad-si") && m.contains("not a positive number") && m.contains("region 'b'"), m);
    }

    @Test
    void anInterfaceBetweenMaterialsThatNeverTouchIsRefused() {
        String m = refusal(base().interfaceBetweenMaterials("copper", "copper", new ConstantResistance(1e-6)));
        assertTrue(m.contains("'copper' and 'copper' never touch") && m.contains("copper|silicon"), m);
        String r = refusal(base().interfaceBetweenRegions("a", "c", new ConstantResistance(1e-6)));
        assertTrue(r.contains("'a' and 'c' never touch") && r.contains("a|b"), r);
    }

    @Test
    void aBoundaryConditionOnAMissingPatchIsRefusedWithASuggestion() {
        String m = refusal(base().boundary("xmx", BoundaryCondition.FixedTemperature.of(300)));
        assertTrue(m.contains("'xmx'") && m.contains("did you mean 'xmax'") && m.contains("patches are"), m);
    }

    @Test
    void allAdiabaticWithSourcesHasNoSteadyState() {
        ThermalProblem p = new ThermalProblem(threeRegions(), MaterialLibrary.builtIn()).source(new Source.Total("b", 5));
        String m = refusal(p);
        assertTrue(m.contains("no steady state") && m.contains("5 W") && m.contains("cannot leave"), m);
    }

    @Test
    void noFixedTemperatureAndNoConvectionLeavesTheLevelUndetermined() {
        ThermalProblem p = new ThermalProblem(threeRegions(), MaterialLibrary.builtIn())
                .boundary("xmin", new BoundaryCondition.HeatFlux(10)).boundary("xmax", new BoundaryCondition.HeatFlux(-10));
        String m = refusal(p);
        assertTrue(m.contains("undetermined") && m.contains("fixed temperature or convection"), m);
    }

    @Test
    void aFloatingPartIsNamed() {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 3, 6)));
        b.fill(b.addRegion("a", "copper"), new Box(0, 1, -1, 2, -1, 2));
        b.fill(b.addRegion("island", "copper"), new Box(2, 3, -1, 2, -1, 2));
        ThermalProblem p = new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(300))
                .source(new Source.Total("island", 1));
        String m = refusal(p);
        assertTrue(m.contains("region island") && m.contains("no steady state"), m);
    }

    @Test
    void conflictingConditionsOnSharedFacesAreRefused() {
        String m = refusal(base().boundary("xmax", BoundaryCondition.FixedTemperature.of(300))
                .boundary("void", new BoundaryCondition.Convection(10, 300))
                .boundary("xmax", new BoundaryCondition.Convection(10, 290)));
        assertTrue(m.contains("'xmax'") && m.contains("both apply"), m);
    }

    @Test
    void unknownMaterialsAndRegionsAreNamed() {
        MeshBuilder b = new MeshBuilder(RectilinearGrid.of1D(GridLines.uniform(0, 1, 2)));
        b.fill(b.addRegion("a", "coper"), Box.everywhere());
        String m = refusal(new ThermalProblem(b.build(), MaterialLibrary.builtIn())
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(300)));
        assertTrue(m.contains("'coper'") && m.contains("did you mean 'copper'") && m.contains("region 'a'"), m);
        String s = refusal(base().source(new Source.Total("bb", 1)));
        assertTrue(s.contains("'bb'") && s.contains("did you mean 'b'"), s);
    }
}
