package org.kapitza.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.SolverSettings;
import org.kapitza.fv.SteadyResult;
import org.kapitza.fv.ThermalProblem;
import org.kapitza.interfaces.ConstantResistance;
import org.kapitza.material.ConstantConductivity;
import org.kapitza.material.Material;
import org.kapitza.material.MaterialLibrary;
import org.kapitza.mesh.gmsh.GmshReader;
import org.kapitza.mesh.poly.PolyMesh;
import org.kapitza.mesh.poly.PolyMeshBuilder;
import org.kapitza.mesh.poly.PolyMeshBuilder.RegionSpec;
import org.junit.jupiter.api.Test;

/**
 * Two slabs with a jump (examples/two-slab) meshed with unstructured tetrahedra: k = 10 and 2 W/m/K,
 * R = 0.1 m²K/W, 400 K and 300 K at the ends. The exact field is linear on each side, q = 250 W/m²,
 * 387.5 K and 362.5 K on the two sides of x = 0.5 m; the per-side gradients and the face law reproduce
 * it to round-off however the tetrahedra lie.
 */
class GmshTwoSlabTest {
    static final Path DIR = Path.of("src/test/resources/gmsh");

    static PolyResult solve(String file, double tolerance) {
        return solve(file, tolerance, 0);
    }

    static PolyResult solve(String file, double tolerance, double depth) {
        PolyMesh mesh = new PolyMeshBuilder(new GmshReader(1).read(DIR.resolve(file)), depth)
                .build(List.of(new RegionSpec("left", "slab-a", null), new RegionSpec("right", "slab-b", null)));
        ThermalProblem p = new ThermalProblem(null, MaterialLibrary.builtIn())
                .material("slab-a", new Material("slab-a", new ConstantConductivity(10), "test"))
                .material("slab-b", new Material("slab-b", new ConstantConductivity(2), "test"))
                .interfaceBetweenRegions("left", "right", new ConstantResistance(0.1))
                .boundary("xmin", BoundaryCondition.FixedTemperature.of(400))
                .boundary("xmax", BoundaryCondition.FixedTemperature.of(300));
        SolverSettings s = SolverSettings.defaults().withLinearTolerance(1e-13);
        s = new SolverSettings(s.preconditioner(), 1e-13, s.maxLinearIterations(), tolerance, 500, false, 1e-10, "picard");
        return new PolySolver(s).solve(mesh, p);
    }

    static double exact(double x) {
        return x < 0.5 ? 400 - 25 * x : 362.5 - 125 * (x - 0.5);
    }

    @Test
    void tetrahedraReproduceTheJumpToRoundOff() {
        PolyResult r = solve("two-slab.msh", 1e-13);
        PolyMesh m = r.mesh();
        System.out.printf("two-slab tets: %d cells, non-orthogonality max %.1f mean %.1f deg, %d outer, %d CG, imbalance %.2e%n",
                m.cellCount(), m.maxNonOrthogonality(), m.meanNonOrthogonality(), r.outerIterations(), r.linearIterations(),
                r.energyImbalance());
        assertTrue(m.maxNonOrthogonality() > 20, "the mesh is far from orthogonal");
        double worst = 0;
        for (int c = 0; c < m.cellCount(); c++) worst = Math.max(worst, Math.abs(r.temperature(c) - exact(m.centre(c, 0))));
        assertEquals(0, worst, 1e-9, "largest cell error (K)");
        SteadyResult.InterfaceStats i = r.interfaces().get(0);
        assertEquals(0.04, i.area(), 1e-12);
        assertEquals(250 * 0.04, i.heatFlow(), 1e-9);
        assertEquals(25, i.meanJump(), 1e-9);
        assertEquals(25, i.maxJump(), 1e-9);
        for (int f = m.faceStart(org.kapitza.mesh.FaceClass.INTERFACE); f < m.faceEnd(org.kapitza.mesh.FaceClass.INTERFACE); f++) {
            boolean leftOwner = m.region(m.owner(f)) == 0;
            assertEquals(387.5, leftOwner ? r.ownerSideTemperature(f) : r.neighbourSideTemperature(f), 1e-9);
            assertEquals(362.5, leftOwner ? r.neighbourSideTemperature(f) : r.ownerSideTemperature(f), 1e-9);
        }
        assertTrue(r.energyImbalance() <= 1e-9, "energy imbalance " + r.energyImbalance());
    }

    @Test
    void aTwoDimensionalMeshOfTrianglesAndQuadranglesExtrudedByItsDepth() {
        PolyResult r = solve("two-slab-2d.msh", 1e-13, 0.2);
        PolyMesh m = r.mesh();
        int prisms = 0;
        int hexahedra = 0;
        for (int c = 0; c < m.cellCount(); c++) {
            if (m.cellType(c) == 13) prisms++;
            if (m.cellType(c) == 12) hexahedra++;
        }
        assertTrue(prisms > 0 && hexahedra > 0, prisms + " prisms, " + hexahedra + " hexahedra");
        double worst = 0;
        for (int c = 0; c < m.cellCount(); c++) worst = Math.max(worst, Math.abs(r.temperature(c) - exact(m.centre(c, 0))));
        assertEquals(0, worst, 1e-9);
        assertEquals(250 * 0.4 * 0.2, r.interfaces().get(0).heatFlow(), 1e-9, "q = 250 W/m² over 0.4 m × 0.2 m");
        assertEquals(25, r.interfaces().get(0).meanJump(), 1e-9);
        assertTrue(r.energyImbalance() <= 1e-9);
    }
}
